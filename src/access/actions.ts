import type { Role } from '../users/roles';

/**
 * What a caller may be allowed to do. A role grants actions at the organisation it was granted at and over
 * that organisation's whole subtree; `admin` grants every action everywhere.
 */
export const ACTIONS = [
  'locality.manage',
  'discipline.manage',
  'organisation.read',
  'organisation.manage',
  'user.read',
  'user.manage',
  /** Create judges' and coaches' accounts, hand over their passwords, disable them (src/users/staff-roles.ts). */
  'user.manage_staff',
  'audit.read',
  /** Every field of a participant, guardian and date of birth included. */
  'participant.read',
  /** A participant without date of birth, guardian or phone (what a judge needs). */
  'participant.read_limited',
  /** Register, edit, record consents, export and import. */
  'participant.manage',
  'participant.anonymise',
  /** See clubs, their members and sessions (coaches see the clubs they coach whatever their scope). */
  'club.read',
  /** Create and edit clubs, assign coaches, and everything a coach does. */
  'club.manage',
  /** Create assessment rubrics. */
  'rubric.manage',
  /** See events, their categories, rounds and entries (not scores before publication). */
  'event.read',
  /** Run events: categories, rounds, entries, panels, deductions, lock, corrections, publication. */
  'event.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

export const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  admin: ACTIONS,
  organiser: [
    'organisation.read',
    'organisation.manage',
    'user.read',
    'user.manage_staff',
    'participant.read',
    'participant.manage',
    'club.read',
    'club.manage',
    'rubric.manage',
    'event.read',
    'event.manage',
  ],
  judge: ['organisation.read', 'participant.read_limited'],
  palace_staff: ['organisation.read', 'event.read'],
  coach: ['organisation.read'],
  viewer: ['organisation.read', 'event.read'],
};
