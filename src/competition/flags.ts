import type { RoundResults } from '../scoring/engine';

export interface FlagConfirmationRow {
  entryId: number;
  spread: string;
  note: string | null;
  confirmedBy: number;
  confirmedAt: Date;
}

export interface DisagreementFlag {
  entryId: number;
  spread: string;
  limit: string;
  /** Confirmed by an organiser for this very spread (a change of marks since needs a new confirmation). */
  confirmed: boolean;
  confirmation: FlagConfirmationRow | null;
}

/** The round's disagreement flags, each with whether an organiser confirmed it as it stands. */
export function disagreementFlags(
  results: RoundResults,
  confirmations: FlagConfirmationRow[],
): DisagreementFlag[] {
  const byEntry = new Map(confirmations.map((confirmation) => [confirmation.entryId, confirmation]));
  return results.entries.flatMap((entry) =>
    entry.flags
      .filter((flag) => flag.kind === 'disagreement')
      .map((flag) => {
        const entryId = Number(entry.entryId);
        const confirmation = byEntry.get(entryId) ?? null;
        const confirmed = confirmation !== null && confirmation.spread === flag.spread;
        return {
          entryId,
          spread: flag.spread,
          limit: flag.limit,
          confirmed,
          confirmation: confirmed ? confirmation : null,
        };
      }),
  );
}
