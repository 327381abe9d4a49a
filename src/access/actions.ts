import type { Role } from '../users/roles';

/**
 * What a caller may be allowed to do. A role grants actions at the organisation it was granted at and over
 * that organisation's whole subtree; `admin` grants every action everywhere.
 */
export const ACTIONS = [
  'locality.manage',
  'organisation.read',
  'organisation.manage',
  'user.read',
  'user.manage',
  'audit.read',
] as const;
export type Action = (typeof ACTIONS)[number];

export const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  admin: ACTIONS,
  organiser: ['organisation.read', 'organisation.manage', 'user.read'],
  judge: ['organisation.read'],
  palace_staff: ['organisation.read'],
  coach: ['organisation.read'],
  viewer: ['organisation.read'],
};
