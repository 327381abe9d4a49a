import { selectAdvancing } from './advancement';
import { aggregateMarks, type DimensionAggregate, type Mark, type PanelValue } from './aggregate';
import { Decimal, formatExact } from './decimal';
import { ExactReal, formatReal } from './exact-real';
import { compareIds } from './ids';
import { collectJudgeLines, countedLines, type JudgeEntryLine } from './judge-sheets';
import { awardPrizes } from './prizes';
import { rankEntries, type RankedEntry } from './rank';
import { parseRoundInput, type ParsedEntry, type ParsedRound } from './round-input';
import type { Standing } from './standing';
import { buildTieBreakers } from './tie-breaks';
import type {
  AggregationDetail,
  CriterionLine,
  EntryFlag,
  EntryResult,
  EntryStatus,
  JudgeMissingScores,
  RoundInput,
  RoundNormalisation,
  RoundResults,
} from './types';

/**
 * Computes a round's results from its scores: each judge's total, the panel's score by the round's method,
 * deductions, the rounded final score, ranks with tie-breaks, prizes, advancement and disagreement flags, each
 * entry with a breakdown of how its numbers were reached. Pure: the same input, in any order, gives the same
 * output. Throws a ScoringInputError when the input is inconsistent or a mark is off the rubric's scale.
 */
export function computeRoundResults(input: RoundInput): RoundResults {
  const round = parseRoundInput(input);
  const linesByEntry = collectJudgeLines(round);
  const dimensions = aggregateDimensions(round, linesByEntry);
  const scored = round.entries.map((entry) => scoreEntry(round, entry, linesByEntry, dimensions));

  const candidates = scored.flatMap((entry) =>
    entry.status === 'ranked' && entry.rounded !== null ? [{ entryId: entry.id, score: entry.rounded }] : [],
  );
  const ranked = rankEntries(
    candidates,
    buildTieBreakers(round.tieBreaks, {
      decimals: round.decimals,
      criterionValue: (entryId, criterionId) =>
        dimensions.criteria.get(criterionId)?.byEntry.get(entryId)?.value?.roundHalfUp(round.decimals) ??
        null,
      headJudgeId: round.judges.find((judge) => judge.head)?.id ?? null,
      judgeTotals: (entryId) => judgeTotals(linesByEntry.get(entryId) ?? []),
    }),
  );
  const finalScores = new Map(candidates.map((candidate) => [candidate.entryId, candidate.score]));
  const standing: Standing[] = ranked.map(({ entryId, rank }) => ({
    entryId,
    rank,
    score: finalScores.get(entryId) ?? Decimal.ZERO, // every ranked entry is a candidate
  }));
  const prizes = awardPrizes(standing, round.prizes, round.tiesUseNextPlaces);
  const advancing = selectAdvancing(standing, round.advancement);
  const rankedById = new Map(ranked.map((entry) => [entry.entryId, entry]));

  const results = scored.map((entry) =>
    describeEntry(round, entry, rankedById.get(entry.id) ?? null, prizes.get(entry.id) ?? null, advancing),
  );
  const unrankedAfter = ranked.length + 1;
  results.sort(
    (a, b) => (a.rank ?? unrankedAfter) - (b.rank ?? unrankedAfter) || compareIds(a.entryId, b.entryId),
  );

  const missingScores = findMissingScores(round, linesByEntry);
  return {
    entries: results,
    missingScores,
    complete: missingScores.length === 0,
    normalisation: describeNormalisation(round, dimensions),
  };
}

interface Dimensions {
  /** With `basis: 'totals'`: the judges' totals. */
  totals: DimensionAggregate | null;
  /** Per criterion: every criterion with `basis: 'criteria'`, else those named by a tie-break. */
  criteria: Map<string, DimensionAggregate>;
}

function aggregateDimensions(round: ParsedRound, linesByEntry: Map<string, JudgeEntryLine[]>): Dimensions {
  const marksOf = (markOf: (line: JudgeEntryLine) => Decimal | null) =>
    new Map<string, Mark[]>(
      round.entries.map((entry) => [
        entry.id,
        countedLines(linesByEntry.get(entry.id) ?? []).map((line) => ({
          judgeId: line.judgeId,
          value: markOf(line) ?? Decimal.ZERO, // counted lines hold a total and every criterion's mark
        })),
      ]),
    );
  const neededCriteria =
    round.basis === 'criteria'
      ? round.criteria.map((criterion) => criterion.id)
      : round.tieBreaks.flatMap((tieBreak) => (tieBreak.kind === 'criterion' ? [tieBreak.criterion] : []));
  const criteria = new Map<string, DimensionAggregate>();
  for (const criterionId of new Set(neededCriteria)) {
    const marks = marksOf(
      (line) => line.scores.find((score) => score.criterionId === criterionId)?.value ?? null,
    );
    criteria.set(criterionId, aggregateMarks(marks, round.method));
  }
  const totals =
    round.basis === 'totals'
      ? aggregateMarks(
          marksOf((line) => line.total),
          round.method,
        )
      : null;
  return { totals, criteria };
}

interface ScoredEntry {
  id: string;
  entry: ParsedEntry;
  status: EntryStatus;
  lines: JudgeEntryLine[];
  spread: Decimal | null;
  panel: PanelValue | null;
  criteria: { criterionId: string; factor: Decimal; panel: PanelValue; rounded: Decimal | null }[] | null;
  panelScore: ExactReal | null;
  deductionTotal: Decimal;
  unrounded: ExactReal | null;
  rounded: Decimal | null;
}

function scoreEntry(
  round: ParsedRound,
  entry: ParsedEntry,
  linesByEntry: Map<string, JudgeEntryLine[]>,
  dimensions: Dimensions,
): ScoredEntry {
  const lines = linesByEntry.get(entry.id) ?? [];
  const totals = countedLines(lines).map((line) => line.total ?? Decimal.ZERO);
  const spread = totals.length >= 2 ? Decimal.max(totals).minus(Decimal.min(totals)) : null;

  let panel: PanelValue | null = null;
  let criteria: ScoredEntry['criteria'] = null;
  let panelScore: ExactReal | null;
  if (round.basis === 'totals') {
    panel = dimensions.totals?.byEntry.get(entry.id) ?? null;
    panelScore = panel?.value ?? null;
  } else {
    // The figure-skating way: round each criterion's panel value, then apply its factor, then sum.
    criteria = round.criteria.map((criterion) => {
      const criterionPanel = dimensions.criteria.get(criterion.id)?.byEntry.get(entry.id);
      if (!criterionPanel) throw new Error(`No panel value for ${entry.id} on ${criterion.id}`);
      const rounded = criterionPanel.value?.roundHalfUp(round.decimals) ?? null;
      return { criterionId: criterion.id, factor: criterion.weight, panel: criterionPanel, rounded };
    });
    const weighted = criteria.map((line) => line.rounded?.times(line.factor) ?? null);
    panelScore = weighted.every((value) => value !== null) ? ExactReal.of(Decimal.sum(weighted)) : null;
  }

  const deductionTotal = Decimal.sum(entry.deductions.map((deduction) => deduction.amount));
  const unrounded = panelScore?.minus(deductionTotal) ?? null;
  const rounded = unrounded?.roundHalfUp(round.decimals) ?? null;
  const status: EntryStatus = entry.disqualification
    ? 'disqualified'
    : rounded === null
      ? 'unscored'
      : 'ranked';
  return {
    id: entry.id,
    entry,
    status,
    lines,
    spread,
    panel,
    criteria,
    panelScore,
    deductionTotal,
    unrounded,
    rounded,
  };
}

function judgeTotals(lines: readonly JudgeEntryLine[]): Map<string, Decimal> {
  return new Map(countedLines(lines).map((line) => [line.judgeId, line.total ?? Decimal.ZERO]));
}

function describeEntry(
  round: ParsedRound,
  scored: ScoredEntry,
  ranked: RankedEntry | null,
  prize: string | null,
  advancing: ReadonlySet<string>,
): EntryResult {
  const show = formatter(round.decimals);
  const showOrNull = (value: Decimal | ExactReal | null) => (value === null ? null : show(value));
  const flags: EntryFlag[] = [];
  if (round.spreadLimit !== null && scored.spread !== null && scored.spread.greaterThan(round.spreadLimit)) {
    flags.push({ kind: 'disagreement', spread: show(scored.spread), limit: show(round.spreadLimit) });
  }
  const criteria: CriterionLine[] | null =
    scored.criteria?.map((line) => ({
      criterionId: line.criterionId,
      factor: formatExact(line.factor, 0),
      panel: describePanel(line.panel, show),
      rounded: line.rounded === null ? null : line.rounded.toFixed(round.decimals),
      weighted: showOrNull(line.rounded?.times(line.factor) ?? null),
    })) ?? null;

  return {
    entryId: scored.id,
    status: scored.status,
    finalScore: scored.status === 'ranked' ? (scored.rounded?.toFixed(round.decimals) ?? null) : null,
    rank: ranked?.rank ?? null,
    prize,
    advances: advancing.has(scored.id),
    flags,
    breakdown: {
      judges: scored.lines.map((line) => ({
        judgeId: line.judgeId,
        head: line.head,
        status: line.status,
        scores: line.scores.map((score) => ({ criterionId: score.criterionId, value: show(score.value) })),
        total: showOrNull(line.total),
        missingCriteria: line.missingCriteria,
      })),
      spread: showOrNull(scored.spread),
      panel: scored.panel === null ? null : describePanel(scored.panel, show),
      criteria,
      panelScore: showOrNull(scored.panelScore),
      deductions: scored.entry.deductions.map((deduction) => ({
        kind: deduction.kind,
        amount: show(deduction.amount),
        reason: deduction.reason,
      })),
      deductionTotal: show(scored.deductionTotal),
      disqualification: scored.entry.disqualification,
      unroundedScore: showOrNull(scored.unrounded),
      roundedScore: scored.rounded?.toFixed(round.decimals) ?? null,
      tieBreaks: ranked?.tieBreaks ?? [],
      tiedWith: ranked?.tiedWith ?? [],
    },
  };
}

/** Writes breakdown values with at least `decimals` places; see formatExact and formatReal. */
function formatter(decimals: number): (value: Decimal | ExactReal) => string {
  return (value) => (value instanceof ExactReal ? formatReal(value, decimals) : formatExact(value, decimals));
}

function describePanel(panel: PanelValue, show: (value: Decimal | ExactReal) => string): AggregationDetail {
  const normalisation = panel.normalisation;
  return {
    method: panel.method,
    fellBackToMean: panel.fellBackToMean,
    used: panel.used.map((mark) => ({ judgeId: mark.judgeId, value: show(mark.value) })),
    dropped: panel.dropped.map((mark) => ({
      judgeId: mark.judgeId,
      value: show(mark.value),
      reason: mark.reason,
    })),
    normalisation:
      normalisation === null
        ? null
        : {
            zScores: normalisation.zScores.map(({ judgeId, z }) => ({ judgeId, z: show(z) })),
            excluded: normalisation.excluded,
            averageZ: normalisation.averageZ === null ? null : show(normalisation.averageZ),
            pooledMean: normalisation.pooledMean === null ? null : show(normalisation.pooledMean),
            pooledSd: normalisation.pooledSd === null ? null : show(normalisation.pooledSd),
          },
    value: panel.value === null ? null : show(panel.value),
  };
}

function findMissingScores(
  round: ParsedRound,
  linesByEntry: Map<string, JudgeEntryLine[]>,
): JudgeMissingScores[] {
  return round.judges
    .map((judge) => ({
      judgeId: judge.id,
      entries: round.entries.flatMap((entry) => {
        const line = linesByEntry.get(entry.id)?.find((candidate) => candidate.judgeId === judge.id);
        return line?.status === 'missing' ? [{ entryId: entry.id, criteria: line.missingCriteria }] : [];
      }),
    }))
    .filter((judge) => judge.entries.length > 0);
}

function describeNormalisation(round: ParsedRound, dimensions: Dimensions): RoundNormalisation[] {
  if (round.method.kind !== 'normalised') return [];
  const show = formatter(round.decimals);
  const named: [string, DimensionAggregate][] = [
    ...(dimensions.totals ? [['totals', dimensions.totals] as [string, DimensionAggregate]] : []),
    ...[...dimensions.criteria.entries()].sort(([a], [b]) => compareIds(a, b)),
  ];
  return named.flatMap(([dimension, aggregate]) => {
    const stats = aggregate.normalisation;
    if (!stats) return [];
    return [
      {
        dimension,
        judges: stats.judges.map((judge) => ({
          judgeId: judge.judgeId,
          entries: judge.entries,
          mean: show(judge.mean),
          sd: show(judge.sd),
          excluded: judge.excluded,
        })),
        pooledMean: stats.pooledMean === null ? null : show(stats.pooledMean),
        pooledSd: stats.pooledSd === null ? null : show(stats.pooledSd),
      },
    ];
  });
}
