import type { Role } from './roles';

/**
 * The roles an organiser may give the accounts it creates: judges (a panel's secretaries are judges too, see
 * src/judging/panels.service.ts) and coaches. Accounts holding anything else stay with the administrators.
 */
export const STAFF_ROLES = ['judge', 'coach'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(role: Role): role is StaffRole {
  return (STAFF_ROLES as readonly Role[]).includes(role);
}
