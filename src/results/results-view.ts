import { sameJson } from '../common/same-json';
import type { DisagreementFlag } from '../competition/flags';
import type { RecusalGround } from '../competition/recusal';
import type { RoundMaterials, RoundScope } from '../competition/round-materials';
import type { CategoryFormat } from '../competition/entities/category.entity';
import type { EventKind, EventLevel } from '../competition/entities/event.entity';
import type { PanelRole } from '../competition/entities/panel-member.entity';
import type {
  RankedDetail,
  AggregationDetail,
  AggregationMethodKind,
  DecimalString,
  Deduction,
  DropReason,
  EntryStatus,
  JudgeStatus,
  NormalisationExclusion,
  RoundResults,
  TieBreak,
  TieBreakOpponent,
} from '../scoring/engine';

// The results of a round as organisers read them, and as a publication freezes them. Participants' names are
// not stored: they are looked up when read, so that an anonymised participant's name is gone from every
// publication too (see withNames).

export interface RecusalGroundView extends RecusalGround {
  /** Filled when read; empty once the participant is anonymised. */
  participantName?: string | null;
}

// Ids are numbers (the engine's strings converted back) and criteria their rubric codes, named `criterion`,
// as everywhere else in the API; lists of criteria follow the rubric's order.

/** One judge's part in one entry: the engine's line, with who the judge is and, if recused, why. */
export interface JudgeLineView {
  /** The judge's user id. */
  judgeId: number;
  fullName: string;
  role: PanelRole;
  head: boolean;
  status: JudgeStatus;
  scores: { criterion: string; value: DecimalString }[];
  total: DecimalString | null;
  missingCriteria: string[];
  /** The conflicts of interest that recused the judge (status `recused`); null otherwise. */
  recusalGrounds: RecusalGroundView[] | null;
}

export interface MarkView {
  judgeId: number;
  fullName: string;
  value: DecimalString;
}

export interface AggregationView {
  method: AggregationMethodKind;
  fellBackToMean: boolean;
  used: MarkView[];
  dropped: (MarkView & { reason: DropReason })[];
  normalisation: {
    zScores: { judgeId: number; fullName: string; z: DecimalString }[];
    excluded: { judgeId: number; fullName: string; reason: NormalisationExclusion }[];
    averageZ: DecimalString | null;
    pooledMean: DecimalString | null;
    pooledSd: DecimalString | null;
  } | null;
  value: DecimalString | null;
}

export interface TieBreakOpponentView {
  entryId: number;
  code: string;
  value: DecimalString;
  judgesFor?: number;
  judgesAgainst?: number;
}

export interface BreakdownView {
  judges: JudgeLineView[];
  spread: DecimalString | null;
  panel: AggregationView | null;
  criteria:
    | {
        criterion: string;
        factor: DecimalString;
        panel: AggregationView;
        rounded: DecimalString | null;
        weighted: DecimalString | null;
      }[]
    | null;
  panelScore: DecimalString | null;
  deductions: Deduction[];
  deductionTotal: DecimalString;
  disqualification: { reason: string } | null;
  unroundedScore: DecimalString | null;
  roundedScore: DecimalString | null;
  tieBreaks: {
    rule: TieBreak;
    value: DecimalString;
    wonAgainst: TieBreakOpponentView[];
    lostTo: TieBreakOpponentView[];
  }[];
  /** The entries still tied with this one (they share its rank). */
  tiedWith: number[];
  tiedWithCodes: string[];
}

export interface ResultFlag {
  kind: 'disagreement';
  spread: DecimalString;
  limit: DecimalString;
  confirmed: boolean;
}

export interface ResultMember {
  participantId: number;
  /** Filled when read; empty once the participant is anonymised. */
  fullName?: string;
}

export interface EntryResultView {
  entryId: number;
  code: string;
  title: string | null;
  teamName: string | null;
  organisationName: string;
  localityName: string | null;
  members: ResultMember[];
  status: EntryStatus;
  finalScore: DecimalString | null;
  rank: number | null;
  prize: string | null;
  advances: boolean;
  flags: ResultFlag[];
  breakdown: BreakdownView;
}

export interface MissingScoresView {
  judgeId: number;
  fullName: string;
  entries: { entryId: number; code: string; criteria: string[] }[];
}

export interface NormalisationView {
  dimension: string;
  judges: {
    judgeId: number;
    fullName: string;
    entries: number;
    mean: DecimalString;
    sd: DecimalString;
    excluded: NormalisationExclusion | null;
  }[];
  pooledMean: DecimalString | null;
  pooledSd: DecimalString | null;
}

/** An entry's result without its breakdown: what a preview lists unless asked for more. */
export type EntrySummaryView = Omit<EntryResultView, 'breakdown'>;

/** An entry's result with its breakdown or without. */
export type EntryView = EntrySummaryView & { breakdown?: BreakdownView };

/**
 * A round's results with everything needed to show them: what a publication stores (ResultSnapshot.results)
 * and what the preview shows, less the live state (event state, round lock, readiness).
 */
export interface PublishedResults<Entry extends EntrySummaryView = EntryResultView> {
  event: {
    id: number;
    name: string;
    kind: EventKind;
    level: EventLevel;
    startDate: string;
    endDate: string;
    venue: string | null;
  };
  category: { id: number; code: string; name: string; format: CategoryFormat };
  round: { id: number; name: string; position: number };
  /** No score is missing. */
  complete: boolean;
  /** In the engine's order: ranked entries by rank, then the disqualified and unscored. */
  entries: Entry[];
  missingScores: MissingScoresView[];
  normalisation: NormalisationView[];
  /** A ranked round (skating, recall): the engine's majority tables or crosses, entries by id. */
  ranked?: RankedDetail;
}

/** The engine's results made readable: judges named, recusals explained, entries coded and described. */
export function publishedResults(
  scope: RoundScope,
  materials: RoundMaterials,
  results: RoundResults,
  flags: DisagreementFlag[],
): PublishedResults {
  return resultsView(scope, materials, results, flags, true) as PublishedResults;
}

/** The same without each entry's breakdown, the larger part by far (tie-breaks list every opponent). */
export function resultsSummary(
  scope: RoundScope,
  materials: RoundMaterials,
  results: RoundResults,
  flags: DisagreementFlag[],
): PublishedResults<EntrySummaryView> {
  return resultsView(scope, materials, results, flags, false);
}

function resultsView(
  { event, category, round }: RoundScope,
  materials: RoundMaterials,
  results: RoundResults,
  flags: DisagreementFlag[],
  withBreakdown: boolean,
): PublishedResults<EntryView> {
  const judges = new Map(materials.panel.map((member) => [String(member.userId), member]));
  const entries = new Map(materials.entries.map((entry) => [String(entry.entryId), entry]));
  const grounds = new Map(
    materials.recusals.map((recusal) => [`${recusal.judgeId}:${recusal.entryId}`, recusal.grounds]),
  );
  const judgeName = (judgeId: string) => judges.get(judgeId)?.fullName ?? '';
  const rubricOrder = new Map(round.criteria.map((criterion, index) => [criterion.code, index]));
  const inRubricOrder = <T>(lines: T[], code: (line: T) => string): T[] =>
    [...lines].sort((a, b) => (rubricOrder.get(code(a)) ?? 0) - (rubricOrder.get(code(b)) ?? 0));
  const codeOf = (entryId: string) => entries.get(entryId)?.code ?? entryId;
  const flagsOf = new Map<number, ResultFlag[]>();
  for (const flag of flags) {
    const own = flagsOf.get(flag.entryId) ?? [];
    own.push({ kind: 'disagreement', spread: flag.spread, limit: flag.limit, confirmed: flag.confirmed });
    flagsOf.set(flag.entryId, own);
  }

  const aggregation = (detail: AggregationDetail): AggregationView => ({
    method: detail.method,
    fellBackToMean: detail.fellBackToMean,
    used: detail.used.map((mark) => ({
      judgeId: Number(mark.judgeId),
      fullName: judgeName(mark.judgeId),
      value: mark.value,
    })),
    dropped: detail.dropped.map((mark) => ({
      judgeId: Number(mark.judgeId),
      fullName: judgeName(mark.judgeId),
      value: mark.value,
      reason: mark.reason,
    })),
    normalisation:
      detail.normalisation === null
        ? null
        : {
            ...detail.normalisation,
            zScores: detail.normalisation.zScores.map((z) => ({
              judgeId: Number(z.judgeId),
              fullName: judgeName(z.judgeId),
              z: z.z,
            })),
            excluded: detail.normalisation.excluded.map((excluded) => ({
              judgeId: Number(excluded.judgeId),
              fullName: judgeName(excluded.judgeId),
              reason: excluded.reason,
            })),
          },
    value: detail.value,
  });
  const opponent = (against: TieBreakOpponent): TieBreakOpponentView => ({
    ...against,
    entryId: Number(against.entryId),
    code: codeOf(against.entryId),
  });

  return {
    event: {
      id: event.id,
      name: event.name,
      kind: event.kind,
      level: event.level,
      startDate: event.startDate,
      endDate: event.endDate,
      venue: event.venue,
    },
    category: { id: category.id, code: category.code, name: category.name, format: category.format },
    round: { id: round.id, name: round.name, position: round.position },
    complete: results.complete,
    entries: results.entries.map((result) => {
      const entry = entries.get(result.entryId);
      if (!entry) throw new Error(`Entry ${result.entryId} is in the results but not in the round`);
      const { breakdown } = result;
      const summary: EntrySummaryView = {
        entryId: entry.entryId,
        code: entry.code,
        title: entry.title,
        teamName: entry.teamName,
        organisationName: entry.organisationName,
        localityName: entry.localityName,
        members: entry.members.map(({ participantId }) => ({ participantId })),
        status: result.status,
        finalScore: result.finalScore,
        rank: result.rank,
        prize: result.prize,
        advances: result.advances,
        flags: flagsOf.get(entry.entryId) ?? [],
      };
      if (!withBreakdown) return summary;
      return {
        ...summary,
        breakdown: {
          judges: breakdown.judges.map((line) => {
            const judge = judges.get(line.judgeId);
            return {
              judgeId: Number(line.judgeId),
              fullName: judge?.fullName ?? '',
              role: judge?.role ?? 'member',
              head: line.head,
              status: line.status,
              scores: inRubricOrder(line.scores, (score) => score.criterionId).map((score) => ({
                criterion: score.criterionId,
                value: score.value,
              })),
              total: line.total,
              missingCriteria: inRubricOrder(line.missingCriteria, (code) => code),
              recusalGrounds:
                line.status === 'recused'
                  ? (grounds.get(`${line.judgeId}:${entry.entryId}`) ?? []).map((ground) => ({ ...ground }))
                  : null,
            };
          }),
          spread: breakdown.spread,
          panel: breakdown.panel === null ? null : aggregation(breakdown.panel),
          criteria:
            breakdown.criteria === null
              ? null
              : inRubricOrder(breakdown.criteria, (line) => line.criterionId).map((line) => ({
                  criterion: line.criterionId,
                  factor: line.factor,
                  panel: aggregation(line.panel),
                  rounded: line.rounded,
                  weighted: line.weighted,
                })),
          panelScore: breakdown.panelScore,
          deductions: breakdown.deductions,
          deductionTotal: breakdown.deductionTotal,
          disqualification: breakdown.disqualification,
          unroundedScore: breakdown.unroundedScore,
          roundedScore: breakdown.roundedScore,
          tieBreaks: breakdown.tieBreaks.map((decision) => ({
            rule: decision.rule,
            value: decision.value,
            wonAgainst: decision.wonAgainst.map(opponent),
            lostTo: decision.lostTo.map(opponent),
          })),
          tiedWith: breakdown.tiedWith.map(Number),
          tiedWithCodes: breakdown.tiedWith.map(codeOf),
        },
      };
    }),
    missingScores: results.missingScores.map((missing) => ({
      judgeId: Number(missing.judgeId),
      fullName: judgeName(missing.judgeId),
      entries: missing.entries.map(({ entryId, criteria }) => ({
        entryId: Number(entryId),
        code: codeOf(entryId),
        criteria: inRubricOrder(criteria, (code) => code),
      })),
    })),
    normalisation: results.normalisation.map((dimension) => ({
      ...dimension,
      judges: dimension.judges.map((judge) => ({
        ...judge,
        judgeId: Number(judge.judgeId),
        fullName: judgeName(judge.judgeId),
      })),
    })),
    // Only on ranked rounds, so a marked round's results read exactly as before.
    ...(results.ranked ? { ranked: results.ranked } : {}),
  };
}

/** The participants whose names the results mention: the entries' members (recusals name members too). */
export function participantIds(results: PublishedResults): number[] {
  return [
    ...new Set(results.entries.flatMap((entry) => entry.members.map((member) => member.participantId))),
  ];
}

/** A copy of the results with the participants' names filled in, as they are now. */
export function withNames<Entry extends EntryView>(
  results: PublishedResults<Entry>,
  names: Map<number, string>,
): PublishedResults<Entry> {
  const nameOf = (participantId: number | null) =>
    participantId === null ? null : (names.get(participantId) ?? '');
  return {
    ...results,
    entries: results.entries.map((entry) => {
      const named = {
        ...entry,
        members: entry.members.map(({ participantId }) => ({
          participantId,
          fullName: nameOf(participantId) ?? '',
        })),
      };
      const { breakdown } = entry;
      if (!breakdown) return named;
      return {
        ...named,
        breakdown: {
          ...breakdown,
          judges: breakdown.judges.map((line) => ({
            ...line,
            recusalGrounds:
              line.recusalGrounds?.map((ground) => ({
                reason: ground.reason,
                participantId: ground.participantId,
                participantName: nameOf(ground.participantId),
                relation: ground.relation,
              })) ?? null,
          })),
        },
      };
    }),
  };
}

/**
 * Whether two sets of results would show the same thing: compared as JSON whatever the order in which a stored
 * document lists its keys (the order of arrays counts).
 */
export function sameResults(a: PublishedResults, b: PublishedResults<EntrySummaryView>): boolean {
  return sameJson(a, b);
}
