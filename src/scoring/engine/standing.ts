import type { Decimal } from './decimal';

/** A ranked entry as prizes and advancement see it; lists of these are in rank order, best first. */
export interface Standing {
  entryId: string;
  rank: number;
  /** The rounded final score. */
  score: Decimal;
}
