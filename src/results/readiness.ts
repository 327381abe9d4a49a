import type { DisagreementFlag } from '../competition/flags';
import type { RoundMaterials, RoundScope } from '../competition/round-materials';
import type { EventState } from '../competition/entities/event.entity';
import { JUDGING_ROLES } from '../competition/entities/panel-member.entity';
import type { RoundResults } from '../scoring/engine';

/** Event states in which a round's results may be published (a republication comes after the event's). */
export const PUBLISHABLE_EVENT_STATES: readonly EventState[] = ['judging', 'published'];

/** What stands between a round and the publication of its results. */
export type PublicationBlocker =
  | { kind: 'event_state'; state: EventState }
  | { kind: 'round_not_locked' }
  | { kind: 'no_entries' }
  /** No judge of the panel is present: nothing could be scored. */
  | { kind: 'no_judges' }
  | { kind: 'sheet_not_submitted'; judgeId: number; fullName: string }
  /** `cells`: judge × entry × criterion marks still to be entered, by `judges` judges. */
  | { kind: 'scores_missing'; judges: number; cells: number }
  | { kind: 'unconfirmed_flag'; entryId: number; code: string; spread: string; limit: string };

export interface Readiness {
  canPublish: boolean;
  blockers: PublicationBlocker[];
}

/**
 * Whether the round may be published: the event judging (or already published), the round locked, every
 * judge present who owes a mark having submitted the sheet, no score missing, every disagreement confirmed.
 * A judge recused from every entry owes nothing, and neither does an absent one.
 */
export function readiness(
  { event, round }: RoundScope,
  materials: RoundMaterials,
  results: RoundResults,
  flags: DisagreementFlag[],
): Readiness {
  const blockers: PublicationBlocker[] = [];
  if (!PUBLISHABLE_EVENT_STATES.includes(event.state))
    blockers.push({ kind: 'event_state', state: event.state });
  if (round.state !== 'locked') blockers.push({ kind: 'round_not_locked' });
  if (materials.entries.length === 0) blockers.push({ kind: 'no_entries' });

  const present = materials.panel.filter((member) => JUDGING_ROLES.includes(member.role) && !member.absent);
  if (present.length === 0 && materials.entries.length > 0) blockers.push({ kind: 'no_judges' });
  const recused = new Set(materials.recusals.map((recusal) => `${recusal.judgeId}:${recusal.entryId}`));
  for (const judge of present) {
    const owes = materials.entries.some((entry) => !recused.has(`${judge.userId}:${entry.entryId}`));
    if (owes && judge.submittedAt === null)
      blockers.push({ kind: 'sheet_not_submitted', judgeId: judge.userId, fullName: judge.fullName });
  }

  if (!results.complete) {
    const cells = results.missingScores.reduce(
      (sum, judge) => sum + judge.entries.reduce((count, entry) => count + entry.criteria.length, 0),
      0,
    );
    blockers.push({ kind: 'scores_missing', judges: results.missingScores.length, cells });
  }

  const codes = new Map(materials.entries.map((entry) => [entry.entryId, entry.code]));
  for (const flag of flags.filter((candidate) => !candidate.confirmed)) {
    blockers.push({
      kind: 'unconfirmed_flag',
      entryId: flag.entryId,
      code: codes.get(flag.entryId) ?? String(flag.entryId),
      spread: flag.spread,
      limit: flag.limit,
    });
  }
  return { canPublish: blockers.length === 0, blockers };
}
