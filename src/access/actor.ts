import type { Role } from '../users/roles';

/** A role held by the caller, with the path of the organisation it was granted at (null: everywhere). */
export interface HeldRole {
  id: number;
  role: Role;
  organisationId: number | null;
  organisationPath: string | null;
}

/** The authenticated caller of a request: who, under which session, with which roles, and the request id. */
export interface Actor {
  userId: number;
  sessionId: string;
  roles: HeldRole[];
  requestId: string;
  clientAddress: string;
}
