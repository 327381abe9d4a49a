import type { EntryState } from '../competition/entities/entry.entity';
import { Entrant, entrantProblem } from '../events/entry-eligibility';

/** Why an advancing entry was not entered where it advances to. */
export const SKIP_REASONS = [
  /** Withdrawn since the results were published. */
  'withdrawn',
  /** An active entry in the target category already advanced from it. */
  'already_advanced',
  /** The target category's team size bounds exclude it. */
  'team_size',
  /** A member's record was anonymised: nothing can be checked or entered for them. */
  'anonymised',
  /** A member already holds an active entry in the target category. */
  'member_already_entered',
  /** A member's age on the target category's reference date is outside its band. */
  'outside_age_band',
  /** A member lacks the consents entering an event needs (a guardian's below 18). */
  'consent_missing',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface AdvancingMember extends Entrant {
  participantId: number;
  /** Holds an active entry in the target category already. */
  enteredInTarget: boolean;
}

export interface AdvancingEntry {
  state: EntryState;
  alreadyAdvanced: boolean;
  members: AdvancingMember[];
}

export interface TargetBounds {
  minAge: number | null;
  maxAge: number | null;
  /** The day ages are taken on: the category's reference date, else its event's first day. */
  ageReferenceDate: string;
  minMembers: number;
  maxMembers: number;
}

export interface Skip {
  reason: SkipReason;
  /** The members concerned, for the reasons about members. */
  participantIds?: number[];
}

/**
 * Why an entry advancing to another event's category cannot be entered there, or null when it can: the same
 * eligibility rules as a registration (one entry per participant per category, the age band, consent to
 * enter an event, the team size), checked now, on the facts as they are today.
 */
export function advancementSkip(entry: AdvancingEntry, target: TargetBounds, today: string): Skip | null {
  if (entry.state !== 'active') return { reason: 'withdrawn' };
  if (entry.alreadyAdvanced) return { reason: 'already_advanced' };
  if (entry.members.length < target.minMembers || entry.members.length > target.maxMembers)
    return { reason: 'team_size' };
  // A registration's own rules (src/events/entry-eligibility.ts), each member's first problem.
  const band = { minAge: target.minAge, maxAge: target.maxAge, agesOn: target.ageReferenceDate };
  const problems = entry.members.map((member) => ({
    member,
    reason: entrantProblem(member, band, today)?.reason,
  }));
  const concerned = (
    reason: SkipReason,
    test: (checked: (typeof problems)[number]) => boolean,
  ): Skip | null => {
    const participantIds = problems.filter(test).map(({ member }) => member.participantId);
    return participantIds.length > 0 ? { reason, participantIds } : null;
  };
  return (
    concerned('anonymised', ({ reason }) => reason === 'anonymised') ??
    concerned('member_already_entered', ({ member }) => member.enteredInTarget) ??
    concerned('outside_age_band', ({ reason }) => reason === 'outside_age_band') ??
    concerned('consent_missing', ({ reason }) => reason === 'consent_missing')
  );
}
