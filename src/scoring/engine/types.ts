/**
 * A decimal number written as a string ('8.75', '-0.5', '9'): score values never travel as JS numbers. In a
 * breakdown, a value whose exact form has no finite decimals (or more than 12) is rounded to 12 places.
 */
export type DecimalString = string;

// ---------------------------------------------------------------------------------------------------------------
// Inputs of a round
// ---------------------------------------------------------------------------------------------------------------

/** One criterion of the rubric. */
export interface RubricCriterion {
  /** The criterion's code, unique in the rubric. */
  id: string;
  /** Lowest mark on the scale; '0' when omitted. */
  min?: DecimalString;
  max: DecimalString;
  /** Marks are min, min + step, min + 2·step … up to max. */
  step: DecimalString;
  /** Weight in a judge's weighted total; with `basis: 'criteria'` also the factor of the criterion's panel value. */
  weight: DecimalString;
}

export interface PanelJudge {
  id: string;
  /** The head judge, whose totals break ties under `{ kind: 'headJudge' }`. At most one. */
  head?: boolean;
  /** Absent for the whole round: counted for no entry and owes no score. */
  absent?: boolean;
}

/** A penalty an organiser records against an entry: subtracted from the panel's score. */
export interface Deduction {
  kind: string;
  /** Zero or more points to subtract. */
  amount: DecimalString;
  reason: string;
}

export interface RoundEntry {
  id: string;
  deductions?: Deduction[];
  /** A disqualified entry is scored for the record but unranked, without prize or advancement. */
  disqualification?: { reason: string } | null;
}

/** One judge's mark for one entry on one criterion. */
export interface JudgeScore {
  judgeId: string;
  entryId: string;
  criterionId: string;
  value: DecimalString;
}

/** A judge with a conflict of interest for an entry: simply not counted for it. */
export interface Recusal {
  judgeId: string;
  entryId: string;
}

export type AggregationMethod =
  | { kind: 'mean' }
  /** Drops the `trim` highest and `trim` lowest marks when at least `minPanel` judges count, else the mean. */
  | { kind: 'trimmed_mean'; trim: number; minPanel: number }
  /** With an even count, the exact mean of the middle two. */
  | { kind: 'median' }
  /** Each judge's marks as z-scores over the entries they scored, averaged, mapped back on the pooled scale. */
  | { kind: 'normalised' };

export type AggregationMethodKind = AggregationMethod['kind'];

/**
 * `totals`: the method aggregates each judge's weighted total. `criteria`: the method aggregates criterion by
 * criterion; each criterion's panel value is rounded to the round's decimals, multiplied by its weight (a
 * factor) and the products are summed (the figure-skating way).
 */
export type AggregationBasis = 'totals' | 'criteria';

export type TieBreak =
  /** Higher panel value (rounded to the round's decimals) on the named criterion wins. */
  | { kind: 'criterion'; criterion: string }
  /** Higher total from the head judge wins; no decision when the head judge is not counted for every entry. */
  | { kind: 'headJudge' }
  /** The entry preferred, by their own totals, by more of the judges counted for both entries wins. */
  | { kind: 'judgesMajority' };

/**
 * Prize rules apply in order, each to the entries not yet awarded, best first. `count` awards that many (more
 * when entries tied at the boundary share the rank); `minScore` limits the rule to final scores at or above
 * it; with both, at most `count` of those at or above `minScore` (plus ties).
 */
export interface PrizeRule {
  prize: string;
  count?: number;
  minScore?: DecimalString;
}

/** Advances the entries ranked `top` or better (ties at the boundary included) and/or scoring at least `minScore`. */
export interface AdvancementRule {
  top?: number;
  minScore?: DecimalString;
}

export interface RoundInput {
  criteria: RubricCriterion[];
  entries: RoundEntry[];
  judges: PanelJudge[];
  scores: JudgeScore[];
  recusals?: Recusal[];
  method: AggregationMethod;
  /** 'totals' when omitted. */
  basis?: AggregationBasis;
  /** Decimal places of the final score (and of criterion panel values with `basis: 'criteria'`); 2 when omitted. */
  decimals?: number;
  /** Applied in order to entries whose rounded final scores are equal. */
  tieBreaks?: TieBreak[];
  /** Flags an entry whose counted judges' totals spread (max − min) by more than this. */
  spreadLimit?: DecimalString | null;
  prizes?: PrizeRule[];
  /** Entries sharing a prize beyond its count take the next prizes' places (see awardPrizes); false when omitted. */
  tiesUseNextPlaces?: boolean;
  advancement?: AdvancementRule | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Results of a round
// ---------------------------------------------------------------------------------------------------------------

/** `unscored`: no judge could be counted for the entry (all recused, absent or missing a score). */
export type EntryStatus = 'ranked' | 'disqualified' | 'unscored';

export type EntryFlag = { kind: 'disagreement'; spread: DecimalString; limit: DecimalString };

export type JudgeStatus = 'counted' | 'recused' | 'absent' | 'missing';

/** How one judge took part for one entry. */
export interface JudgeLine {
  judgeId: string;
  head: boolean;
  status: JudgeStatus;
  /** The judge's marks, by criterion id (absent and recused judges: none). */
  scores: { criterionId: string; value: DecimalString }[];
  /** Σ weight × mark; only for a counted judge. */
  total: DecimalString | null;
  /** With status `missing`: the criteria this judge has not scored for the entry. */
  missingCriteria: string[];
}

export type DropReason = 'highest' | 'lowest';

export type NormalisationExclusion = 'no_spread' | 'single_entry';

/** How the panel's marks for one entry (totals, or one criterion) became one value. */
export interface AggregationDetail {
  /** The method actually applied (`mean` after a trimmed-mean fallback). */
  method: AggregationMethodKind;
  /** A trimmed mean that fell back to the mean because fewer than `minPanel` judges counted. */
  fellBackToMean: boolean;
  /** The marks that entered the value (for a median: the middle one or two). */
  used: { judgeId: string; value: DecimalString }[];
  dropped: { judgeId: string; value: DecimalString; reason: DropReason }[];
  normalisation: EntryNormalisation | null;
  /**
   * Unrounded. A value with no finite decimal form (a mean of three marks, a square root) is shown rounded to
   * 12 places; the engine itself computes with the exact value.
   */
  value: DecimalString | null;
}

export interface EntryNormalisation {
  zScores: { judgeId: string; z: DecimalString }[];
  /** Counted judges whose marks could not be standardised, so they do not enter this value. */
  excluded: { judgeId: string; reason: NormalisationExclusion }[];
  averageZ: DecimalString | null;
  /** Null when no judge in the round could be standardised. */
  pooledMean: DecimalString | null;
  pooledSd: DecimalString | null;
}

/** With `basis: 'criteria'`: one criterion's panel value, rounded, times its factor. */
export interface CriterionLine {
  criterionId: string;
  factor: DecimalString;
  panel: AggregationDetail;
  rounded: DecimalString | null;
  weighted: DecimalString | null;
}

export interface TieBreakOpponent {
  entryId: string;
  /** The opponent's value under the rule. */
  value: DecimalString;
  /** `judgesMajority` only: judges preferring this entry to the opponent, and the opponent to this entry. */
  judgesFor?: number;
  judgesAgainst?: number;
}

/**
 * One tie-break that separated this entry from others it was tied with. `value` is this entry's value under
 * the rule: the criterion's panel value, the head judge's total, or (judgesMajority) how many of the tied
 * entries it beats by a majority of judges.
 */
export interface TieBreakDecision {
  rule: TieBreak;
  value: DecimalString;
  wonAgainst: TieBreakOpponent[];
  lostTo: TieBreakOpponent[];
}

export interface EntryBreakdown {
  judges: JudgeLine[];
  /** max − min of the counted judges' totals; null with fewer than two counted judges. */
  spread: DecimalString | null;
  /** With `basis: 'totals'`: how the judges' totals were aggregated. */
  panel: AggregationDetail | null;
  /** With `basis: 'criteria'`: each criterion's panel value. */
  criteria: CriterionLine[] | null;
  /** The panel's score before deductions, unrounded. */
  panelScore: DecimalString | null;
  deductions: Deduction[];
  deductionTotal: DecimalString;
  disqualification: { reason: string } | null;
  /** Panel score minus deductions, before rounding. */
  unroundedScore: DecimalString | null;
  /** The rounded score (also for a disqualified entry, for the record; its result's finalScore is null). */
  roundedScore: DecimalString | null;
  tieBreaks: TieBreakDecision[];
  /** Entries still tied with this one after every tie-break: they share its rank. */
  tiedWith: string[];
}

export interface EntryResult {
  entryId: string;
  status: EntryStatus;
  /** Rounded half-up to the round's decimals; null unless ranked. */
  finalScore: DecimalString | null;
  /** Competition ranking (1, 1, 3); null unless ranked. */
  rank: number | null;
  prize: string | null;
  advances: boolean;
  flags: EntryFlag[];
  breakdown: EntryBreakdown;
}

/** Scores a judge still owes: the app blocks publication while any remain. */
export interface JudgeMissingScores {
  judgeId: string;
  entries: { entryId: string; criteria: string[] }[];
}

/** With the normalised method: one judge's statistics over one dimension (the totals, or one criterion). */
export interface JudgeNormalisation {
  judgeId: string;
  entries: number;
  mean: DecimalString;
  sd: DecimalString;
  excluded: NormalisationExclusion | null;
}

export interface RoundNormalisation {
  /** 'totals', or a criterion id with `basis: 'criteria'` (or when a criterion breaks ties). */
  dimension: string;
  judges: JudgeNormalisation[];
  pooledMean: DecimalString | null;
  pooledSd: DecimalString | null;
}

export interface RoundResults {
  /** Ranked entries by rank (then id), then the unranked by id. */
  entries: EntryResult[];
  missingScores: JudgeMissingScores[];
  /** No score is missing: every judge present and not recused has scored every criterion of every entry. */
  complete: boolean;
  /** With the normalised method: each judge's mean and spread per dimension; else empty. */
  normalisation: RoundNormalisation[];
}

// ---------------------------------------------------------------------------------------------------------------
// Combined standing of several rounds
// ---------------------------------------------------------------------------------------------------------------

export interface WeightedRound {
  roundId: string;
  /** Relative weight: 10/20/70 and 0.1/0.2/0.7 give the same standing. */
  weight: DecimalString;
  /** The round's results; `EntryResult[]` fits. A null final score (disqualified, unscored) counts as missing. */
  results: { entryId: string; finalScore: DecimalString | null }[];
}

export interface CombineInput {
  rounds: WeightedRound[];
  /** 2 when omitted. */
  decimals?: number;
  prizes?: PrizeRule[];
  /** As in RoundInput. */
  tiesUseNextPlaces?: boolean;
}

export interface CombinedRoundLine {
  roundId: string;
  weight: DecimalString;
  score: DecimalString | null;
  /** weight × score / Σ weights */
  contribution: DecimalString | null;
}

export interface CombinedEntryResult {
  entryId: string;
  /** `incomplete`: no final score in at least one round; such an entry is not ranked. */
  status: 'ranked' | 'incomplete';
  finalScore: DecimalString | null;
  rank: number | null;
  prize: string | null;
  breakdown: {
    rounds: CombinedRoundLine[];
    missingRounds: string[];
    unroundedScore: DecimalString | null;
    tiedWith: string[];
  };
}
