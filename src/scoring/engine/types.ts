/**
 * A decimal number written as a string ('8.75', '-0.5', '9'): score values never travel as JS numbers. In a
 * breakdown, a value ending in '…' is shown rounded to 12 places (its exact form has no finite decimals).
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
 * Ranked rounds (skating.md): the rubric's criteria are the dances and a judge's mark is a place (`skating`:
 * 1 … n, each once per dance) or a cross (`recall`: '1' crossed, '0' not, exactly `recall` crosses per dance).
 */
export type RankedMethod = { kind: 'skating' } | { kind: 'recall'; recall: number };

/** Every method a round can use. */
export type RoundMethod = AggregationMethod | RankedMethod;

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
   * 12 places and followed by '…'; the engine itself computes with the exact value.
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
  /** A ranked round's majority tables or crosses (the entries above carry its places); absent otherwise. */
  ranked?: RankedDetail;
}

export type RankedDetail =
  { method: 'skating'; skating: SkatingResults } | { method: 'recall'; recall: RecallResults };

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

// ---------------------------------------------------------------------------------------------------------------
// Ranked rounds: the Skating System (skating.md beside this file)
// ---------------------------------------------------------------------------------------------------------------

/** A judge's place for one entry in one dance of a skating round: 1 is best, each place used once. */
export interface DancePlacement {
  judgeId: string;
  dance: string;
  entryId: string;
  place: number;
}

/** A judge's cross for one entry in one dance of a recall round. */
export interface RecallCross {
  judgeId: string;
  dance: string;
  entryId: string;
}

/** Why a judge's column is left out of a dance. A judge recused from any entry is left out of the whole round. */
export type RankedJudgeExclusion = 'absent' | 'recused' | 'missing';

export interface ExcludedJudge {
  judgeId: string;
  reason: RankedJudgeExclusion;
}

/** A judge's sheet for one dance that is not complete yet: the entries still to place or cross. */
export interface MissingSheet {
  judgeId: string;
  dance: string;
  /** Skating: the entries not placed yet. Recall: the crosses still to give. */
  missing: number;
}

/** Advances the entries placed `top` or better (a tie at the boundary included). */
export interface RankedAdvancementRule {
  top: number;
}

export interface SkatingInput {
  /** Entry ids; every counted judge places every entry in every dance. */
  entries: { id: string }[];
  judges: PanelJudge[];
  /** The dances of the round, in the order they are shown. */
  dances: string[];
  placements: DancePlacement[];
  recusals?: Recusal[];
  /** By `count` only: a skating round has places, not scores. */
  prizes?: PrizeRule[];
  advancement?: RankedAdvancementRule | null;
}

/** Column "1 to `place`": how many counted judges placed the entry there or better, and the sum of those places. */
export interface MajorityCell {
  place: number;
  count: number;
  sum: number;
}

/**
 * The rule that gave an entry its position. 5: the only majority for the place; 6: a greater majority than the
 * others with one; 7: an equal majority, a lower sum of its places (at `column`, or at a later column:
 * rule 7b); 8: nobody had a majority for the place, so lower places were included up to `column`. In a summary:
 * 9: the lowest sum of dance places; 10: the place won in more dances, or the lower sum of those places;
 * 11: all the dances' marks taken as one dance. Null: the rules leave the tie, the place is shared.
 */
export type SkatingRule = 5 | 6 | 7 | 8 | 9 | 10 | 11;

export interface SkatingDecision {
  rule: SkatingRule | null;
  /** Rules 5–8 and 11: the column ("1 to column") where the position was decided. */
  column: number | null;
  /** Entries sharing this position because the rules leave them tied. */
  sharedWith: string[];
}

export interface DanceEntryLine {
  entryId: string;
  /** The counted judges' places, in judge id order. */
  marks: { judgeId: string; place: number }[];
  /** Columns 1 to n. */
  cells: MajorityCell[];
  /** The place in this dance; tied entries share the mean of the places they cover ('2.5'). */
  place: DecimalString;
  decision: SkatingDecision;
}

export interface DanceResult {
  dance: string;
  /** Counted judges, in id order. */
  judges: string[];
  excludedJudges: ExcludedJudge[];
  /** An absolute majority of the counted judges: ⌊judges / 2⌋ + 1. */
  majority: number;
  /** By place, then entry id. */
  entries: DanceEntryLine[];
}

/**
 * Rule 10 at one place: per tied entry, the dances placed `place` or better and the sum of those places; best
 * first (more dances, then the lower sum, then entry id).
 */
export interface Rule10Table {
  place: number;
  entries: { entryId: string; dances: number; sum: DecimalString }[];
  /** The entry given the place, or null when rule 11 had to decide. */
  awarded: string | null;
}

/** Rule 11 at one place: the tied entries' marks of every dance taken as one dance. */
export interface Rule11Table {
  place: number;
  /** Counted marks per entry (judges × dances) and their absolute majority. */
  marks: number;
  majority: number;
  entries: { entryId: string; cells: MajorityCell[] }[];
  /** The entry given the place; several when even rule 11 leaves them tied (they share it). */
  awarded: string[];
}

export interface SkatingEntryResult {
  entryId: string;
  status: 'ranked' | 'unscored';
  /** The final position (1, 1, 3 when two share first); null unless ranked. */
  rank: number | null;
  /** One dance: the dance place ('2.5' when shared). Several dances: the rank. */
  place: DecimalString | null;
  /** Rule 9: the sum of the dance places; null for one dance or unscored. */
  total: DecimalString | null;
  dancePlaces: { dance: string; place: DecimalString }[];
  decision: SkatingDecision | null;
  prize: string | null;
  advances: boolean;
}

export interface SkatingResults {
  /** By rank, then entry id; unscored entries last. */
  entries: SkatingEntryResult[];
  dances: DanceResult[];
  /** Several dances: the rule 10 and rule 11 tables used, by place. */
  rule10: Rule10Table[];
  rule11: Rule11Table[];
  missingSheets: MissingSheet[];
  complete: boolean;
}

export interface RecallInput {
  entries: { id: string }[];
  judges: PanelJudge[];
  dances: string[];
  crosses: RecallCross[];
  recusals?: Recusal[];
  /** How many entries each judge crosses in each dance (every entry, when there are no more than this). */
  recall: number;
  /**
   * How many to advance, chosen by the organiser when the recall number falls inside a tie; it must not split
   * one. The recall number when omitted.
   */
  advance?: number | null;
}

export interface RecallEntryResult {
  entryId: string;
  crosses: number;
  byDance: { dance: string; crosses: number; judges: string[] }[];
  /** 1, 1, 3: entries with equal crosses share the position. */
  rank: number;
  advances: boolean;
}

/** The recall number falls inside a group of entries with equal crosses. */
export interface RecallCutoffTie {
  crosses: number;
  entries: string[];
  /** Advance this many to recall fewer (the group left out) or `more` to recall the whole group. */
  fewer: number;
  more: number;
}

export interface RecallResults {
  /** By crosses, most first, then entry id. */
  entries: RecallEntryResult[];
  dances: { dance: string; judges: string[]; excludedJudges: ExcludedJudge[] }[];
  recall: number;
  /** The tie at the recall number, or null when the recall number falls between two cross counts. */
  cutoffTie: RecallCutoffTie | null;
  /** How many advance: the organiser's choice, else the recall number; null while a cut-off tie is unresolved. */
  advancing: number | null;
  missingSheets: MissingSheet[];
  complete: boolean;
}
