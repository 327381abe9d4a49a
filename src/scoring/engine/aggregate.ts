import { Decimal } from './decimal';
import { ExactReal } from './exact-real';
import { compareIds, sortedIds } from './ids';
import type { AggregationMethod, AggregationMethodKind, DropReason, NormalisationExclusion } from './types';

/** One counted judge's mark for an entry: a weighted total, or one criterion's mark. */
export interface Mark {
  judgeId: string;
  value: Decimal;
}

export interface DroppedMark extends Mark {
  reason: DropReason;
}

export interface PanelNormalisation {
  zScores: { judgeId: string; z: ExactReal }[];
  excluded: { judgeId: string; reason: NormalisationExclusion }[];
  averageZ: ExactReal | null;
  pooledMean: Decimal | null;
  pooledSd: ExactReal | null;
}

/** The panel's value for one entry in one dimension, with what went into it. */
export interface PanelValue {
  method: AggregationMethodKind;
  fellBackToMean: boolean;
  used: Mark[];
  dropped: DroppedMark[];
  normalisation: PanelNormalisation | null;
  /** Exact and unrounded (irrational only when normalised); null when no mark could be used. */
  value: ExactReal | null;
}

export interface JudgeSpread {
  judgeId: string;
  entries: number;
  mean: Decimal;
  sd: ExactReal;
  excluded: NormalisationExclusion | null;
}

export interface DimensionAggregate {
  byEntry: Map<string, PanelValue>;
  /** Normalised method only: each judge's statistics and the pooled ones. */
  normalisation: { judges: JudgeSpread[]; pooledMean: Decimal | null; pooledSd: ExactReal | null } | null;
}

/**
 * Aggregates one dimension (the judges' totals, or one criterion) for every entry of a round. Only the
 * normalised method needs the whole round at once; the others look at one entry's marks at a time.
 */
export function aggregateMarks(
  marksByEntry: ReadonlyMap<string, readonly Mark[]>,
  method: AggregationMethod,
): DimensionAggregate {
  if (method.kind === 'normalised') return normalise(marksByEntry);
  const byEntry = new Map<string, PanelValue>();
  for (const entryId of sortedIds(marksByEntry.keys())) {
    const marks = byJudge(marksByEntry.get(entryId) ?? []);
    byEntry.set(entryId, aggregateEntry(marks, method));
  }
  return { byEntry, normalisation: null };
}

function aggregateEntry(
  marks: Mark[],
  method: Exclude<AggregationMethod, { kind: 'normalised' }>,
): PanelValue {
  switch (method.kind) {
    case 'mean':
      return mean(marks);
    case 'trimmed_mean':
      return trimmedMean(marks, method.trim, method.minPanel);
    case 'median':
      return median(marks);
  }
}

export function mean(marks: readonly Mark[]): PanelValue {
  return {
    method: 'mean',
    fellBackToMean: false,
    used: byJudge(marks),
    dropped: [],
    normalisation: null,
    value: exactMean(marks.map((mark) => mark.value)),
  };
}

/**
 * Drops the `trim` lowest and `trim` highest marks and averages the rest, when at least `minPanel` judges
 * count; below that, the plain mean. Equal marks at an end are dropped one instance at a time: the lowest
 * from the first judge by id, the highest likewise, so the choice never depends on the input order (the value
 * does not depend on it at all).
 */
export function trimmedMean(marks: readonly Mark[], trim: number, minPanel: number): PanelValue {
  if (marks.length < minPanel) return { ...mean(marks), fellBackToMean: true };
  const ascending = [...marks].sort((a, b) => a.value.compare(b.value) || compareIds(a.judgeId, b.judgeId));
  const lowest = ascending.slice(0, trim);
  const rest = ascending
    .slice(trim)
    .sort((a, b) => b.value.compare(a.value) || compareIds(a.judgeId, b.judgeId));
  const highest = rest.slice(0, trim);
  const used = byJudge(rest.slice(trim));
  return {
    method: 'trimmed_mean',
    fellBackToMean: false,
    used,
    dropped: [
      ...highest.map((mark) => ({ ...mark, reason: 'highest' as const })),
      ...lowest.map((mark) => ({ ...mark, reason: 'lowest' as const })),
    ],
    normalisation: null,
    value: exactMean(used.map((mark) => mark.value)),
  };
}

/** The middle mark; with an even count, the exact mean of the middle two. */
export function median(marks: readonly Mark[]): PanelValue {
  const ascending = [...marks].sort((a, b) => a.value.compare(b.value) || compareIds(a.judgeId, b.judgeId));
  const middle = Math.floor(ascending.length / 2);
  const used = ascending.length % 2 === 1 ? [ascending[middle]] : ascending.slice(middle - 1, middle + 1);
  return {
    method: 'median',
    fellBackToMean: false,
    used: byJudge(used),
    dropped: [],
    normalisation: null,
    value: exactMean(used.map((mark) => mark.value)),
  };
}

/**
 * Standardises each judge's marks over every entry that judge is counted for in this dimension
 * (z = (mark − judge's mean) / judge's population SD), averages the z-scores of an entry's judges, and maps
 * the average back onto the scale: pooled mean + average z × pooled SD, pooled over every usable mark.
 *
 * A judge counted for fewer than two entries, or who gave them all the same mark, has no spread to correct
 * and so no z-score: that judge is left out (rather than counted as z = 0, which would pull the entry toward
 * the average for no reason the judge expressed). An entry left with no usable judge has no value.
 *
 * The square roots are held exactly (ExactReal), so a value that is exactly x.xx5, or an average z of
 * exactly 0, rounds as it should.
 */
export function normalise(marksByEntry: ReadonlyMap<string, readonly Mark[]>): DimensionAggregate {
  const entryIds = sortedIds(marksByEntry.keys());
  const marksByJudge = new Map<string, Decimal[]>();
  for (const entryId of entryIds) {
    for (const mark of marksByEntry.get(entryId) ?? []) {
      const values = marksByJudge.get(mark.judgeId);
      if (values) values.push(mark.value);
      else marksByJudge.set(mark.judgeId, [mark.value]);
    }
  }

  const judges = sortedIds(marksByJudge.keys()).map((judgeId) => {
    const values = marksByJudge.get(judgeId) ?? [];
    const { mean, variance } = meanAndVariance(values) ?? { mean: Decimal.ZERO, variance: Decimal.ZERO };
    const excluded: NormalisationExclusion | null =
      values.length < 2 ? 'single_entry' : variance.isZero() ? 'no_spread' : null;
    return { judgeId, entries: values.length, mean, variance, sd: ExactReal.sqrt(variance), excluded };
  });
  const usable = new Map(
    judges.filter((judge) => judge.excluded === null).map((judge) => [judge.judgeId, judge]),
  );
  const pooled = meanAndVariance([...usable.keys()].flatMap((judgeId) => marksByJudge.get(judgeId) ?? []));
  const pooledSd = pooled === null ? null : ExactReal.sqrt(pooled.variance);
  const exclusions = new Map(judges.map((judge) => [judge.judgeId, judge.excluded]));

  const byEntry = new Map<string, PanelValue>();
  for (const entryId of entryIds) {
    const marks = byJudge(marksByEntry.get(entryId) ?? []);
    const zScores = marks.flatMap((mark) => {
      const judge = usable.get(mark.judgeId);
      // z = (mark − mean) / √variance = (mark − mean) · √(1 / variance)
      const z =
        judge && ExactReal.sqrt(Decimal.ONE.dividedBy(judge.variance)).times(mark.value.minus(judge.mean));
      return z ? [{ judgeId: mark.judgeId, z }] : [];
    });
    const excluded = marks.flatMap((mark) => {
      const reason = exclusions.get(mark.judgeId);
      return reason ? [{ judgeId: mark.judgeId, reason }] : [];
    });
    const averageZ =
      zScores.length === 0
        ? null
        : ExactReal.sum(zScores.map((score) => score.z)).dividedBy(Decimal.fromInteger(zScores.length));
    byEntry.set(entryId, {
      method: 'normalised',
      fellBackToMean: false,
      used: marks.filter((mark) => usable.has(mark.judgeId)),
      dropped: [],
      normalisation: { zScores, excluded, averageZ, pooledMean: pooled?.mean ?? null, pooledSd },
      value: pooled && pooledSd && averageZ ? averageZ.times(pooledSd).plus(pooled.mean) : null,
    });
  }

  return {
    byEntry,
    normalisation: {
      judges: judges.map((judge) => ({
        judgeId: judge.judgeId,
        entries: judge.entries,
        mean: judge.mean,
        sd: judge.sd,
        excluded: judge.excluded,
      })),
      pooledMean: pooled?.mean ?? null,
      pooledSd,
    },
  };
}

/**
 * Population mean and variance (divided by n, not n − 1: the marks are the whole population judged);
 * null without values.
 */
function meanAndVariance(values: readonly Decimal[]): { mean: Decimal; variance: Decimal } | null {
  const average = meanOf(values);
  if (average === null) return null;
  const squares = values.map((value) => value.minus(average).times(value.minus(average)));
  return { mean: average, variance: meanOf(squares) ?? Decimal.ZERO };
}

function exactMean(values: readonly Decimal[]): ExactReal | null {
  const average = meanOf(values);
  return average === null ? null : ExactReal.of(average);
}

export function meanOf(values: readonly Decimal[]): Decimal | null {
  if (values.length === 0) return null;
  return Decimal.sum(values).dividedBy(Decimal.fromInteger(values.length));
}

function byJudge(marks: readonly Mark[]): Mark[] {
  return [...marks].sort((a, b) => compareIds(a.judgeId, b.judgeId));
}
