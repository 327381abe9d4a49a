/** Why a judge is recused from an entry (a conflict of interest), most direct first. */
export const RECUSAL_REASONS = [
  'coaches_entry',
  'coaches_club',
  'coaches_member',
  'declared',
  /** A ranked round: recused from another entry, so the judge's whole column is left out (skating.md). */
  'ranked_column',
] as const;
export type RecusalReason = (typeof RECUSAL_REASONS)[number];

export interface RecusalGround {
  reason: RecusalReason;
  /** The member concerned (coaches_member, declared). */
  participantId: number | null;
  /** The declared relation, as written. */
  relation: string | null;
}

export interface JudgeRecusal {
  judgeId: number;
  entryId: number;
  grounds: RecusalGround[];
}
