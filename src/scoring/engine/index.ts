// The results engine: pure functions from a round's scores to its results. No framework, no I/O.
export { Decimal, DecimalFormatError, formatExact } from './decimal';
export { computeRoundResults } from './round-results';
export { combineRounds } from './combine-rounds';
export { validateScore, ScoringInputError } from './round-input';
export type { InputIssue, ScoreProblem } from './round-input';
export type * from './types';
export { computeSkatingResults } from './skating';
export { computeRecallResults } from './recall';
export { computeRankedRoundResults, isRankedMethod } from './ranked-round';
export type { RankedRoundInput } from './ranked-round';
