import { compareIds } from './ids';
import { computeRecallResults } from './recall';
import { computeSkatingResults } from './skating';
import type {
  EntryResult,
  JudgeLine,
  JudgeMissingScores,
  PanelJudge,
  PrizeRule,
  RankedAdvancementRule,
  RankedMethod,
  RoundMethod,
  RoundResults,
  SkatingDecision,
} from './types';

export function isRankedMethod(method: RoundMethod): method is RankedMethod {
  return method.kind === 'skating' || method.kind === 'recall';
}

/** A ranked round as the app stores it: the dances are the rubric's criteria, marks are its scores. */
export interface RankedRoundInput {
  method: RankedMethod;
  /** The dances, in the order shown. */
  dances: string[];
  entries: { id: string }[];
  judges: PanelJudge[];
  /** `criterionId` is the dance; `value` the place ('3'), or '1' for a cross and '0' for none. */
  scores: { judgeId: string; entryId: string; criterionId: string; value: string }[];
  recusals?: { judgeId: string; entryId: string }[];
  prizes?: PrizeRule[];
  advancement?: RankedAdvancementRule | null;
}

/**
 * A ranked round's results in the shape of a marked round's (ranks, prizes, advancement, what is missing), so
 * publication, public results and advancement treat both alike; `ranked` holds the majority tables. A ranked
 * round has places, not scores: `finalScore` is null.
 */
export function computeRankedRoundResults(input: RankedRoundInput): RoundResults {
  const recusals = input.recusals ?? [];
  const common = { entries: input.entries, judges: input.judges, dances: input.dances, recusals };
  if (input.method.kind === 'skating') {
    const skating = computeSkatingResults({
      ...common,
      placements: input.scores.map((score) => ({
        judgeId: score.judgeId,
        dance: score.criterionId,
        entryId: score.entryId,
        place: Number(score.value),
      })),
      prizes: input.prizes,
      advancement: input.advancement,
    });
    const marks = indexMarks(input);
    const entries = skating.entries.map((entry) =>
      entryResult(input, marks, entry.entryId, entry.rank, entry.prize, entry.advances, entry.decision),
    );
    return shaped(input, entries, { method: 'skating', skating });
  }
  const recall = computeRecallResults({
    ...common,
    crosses: input.scores
      .filter((score) => score.value === '1')
      .map((score) => ({ judgeId: score.judgeId, dance: score.criterionId, entryId: score.entryId })),
    recall: input.method.recall,
  });
  const marks = indexMarks(input);
  const entries = recall.entries.map((entry) =>
    entryResult(input, marks, entry.entryId, entry.rank, null, entry.advances, null),
  );
  return shaped(input, entries, { method: 'recall', recall });
}

function shaped(
  input: RankedRoundInput,
  entries: EntryResult[],
  ranked: NonNullable<RoundResults['ranked']>,
): RoundResults {
  const missingScores = missingCells(input);
  return { entries, missingScores, complete: missingScores.length === 0, normalisation: [], ranked };
}

/** Judges whose column is left out for a recusal owe nothing; the others owe every dance of every entry. */
function owingJudges(input: RankedRoundInput): Set<string> {
  const recused = new Set((input.recusals ?? []).map((recusal) => recusal.judgeId));
  return new Set(
    input.judges.filter((judge) => !judge.absent && !recused.has(judge.id)).map((judge) => judge.id),
  );
}

function missingCells(input: RankedRoundInput): JudgeMissingScores[] {
  const owing = owingJudges(input);
  const filled = new Set(
    input.scores.map((score) => JSON.stringify([score.judgeId, score.entryId, score.criterionId])),
  );
  const entryIds = input.entries.map((entry) => entry.id).sort(compareIds);
  return [...owing].sort(compareIds).flatMap((judgeId) => {
    const entries = entryIds.flatMap((entryId) => {
      const criteria = input.dances.filter((dance) => !filled.has(JSON.stringify([judgeId, entryId, dance])));
      return criteria.length > 0 ? [{ entryId, criteria }] : [];
    });
    return entries.length > 0 ? [{ judgeId, entries }] : [];
  });
}

/** judge id → entry id → dance → mark, built once for every entry's lines. */
type MarkIndex = Map<string, Map<string, Map<string, string>>>;

function indexMarks(input: RankedRoundInput): MarkIndex {
  const index: MarkIndex = new Map();
  for (const score of input.scores) {
    const byEntry = index.get(score.judgeId) ?? new Map<string, Map<string, string>>();
    index.set(score.judgeId, byEntry);
    const byDance = byEntry.get(score.entryId) ?? new Map<string, string>();
    byEntry.set(score.entryId, byDance);
    byDance.set(score.criterionId, score.value);
  }
  return index;
}

function entryResult(
  input: RankedRoundInput,
  marksOf: MarkIndex,
  entryId: string,
  rank: number | null,
  prize: string | null,
  advances: boolean,
  decision: SkatingDecision | null,
): EntryResult {
  const owing = owingJudges(input);
  const recused = new Set((input.recusals ?? []).map((recusal) => recusal.judgeId));
  const judges = [...input.judges].sort((a, b) => compareIds(a.id, b.id));
  const lines = judges.map((judge): JudgeLine => {
    const marks = marksOf.get(judge.id)?.get(entryId) ?? new Map<string, string>();
    const status = judge.absent ? 'absent' : recused.has(judge.id) ? 'recused' : 'counted';
    const scores = owing.has(judge.id)
      ? input.dances.flatMap((dance) => {
          const value = marks.get(dance);
          return value === undefined ? [] : [{ criterionId: dance, value }];
        })
      : [];
    const missingCriteria = owing.has(judge.id) ? input.dances.filter((dance) => !marks.has(dance)) : [];
    return {
      judgeId: judge.id,
      head: judge.head === true,
      status: missingCriteria.length > 0 ? 'missing' : status,
      scores,
      total: null,
      missingCriteria,
    };
  });
  return {
    entryId,
    status: rank === null ? 'unscored' : 'ranked',
    finalScore: null,
    rank,
    prize,
    advances,
    flags: [],
    breakdown: {
      judges: lines,
      spread: null,
      panel: null,
      criteria: null,
      panelScore: null,
      deductions: [],
      deductionTotal: '0',
      disqualification: null,
      unroundedScore: null,
      roundedScore: null,
      tieBreaks: [],
      tiedWith: decision?.sharedWith ?? [],
    },
  };
}
