/** What a role assignment grants, at an organisation and its whole subtree (admin: everywhere). */
export const ROLES = ['admin', 'organiser', 'judge', 'palace_staff', 'coach', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
