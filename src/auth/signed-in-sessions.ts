import { Injectable } from '@nestjs/common';
import { Actor, HeldRole } from '../access/actor';
import { LruCache } from '../common/lru-cache';
import { AccessGeneration } from '../generations/access-generation';
import { UserView } from '../users/dto/user.dto';
import { UsersService } from '../users/users.service';
import { SessionsService } from './sessions/sessions.service';

/**
 * A session is read afresh at least this often even when no change was signalled: it bounds how long a
 * change whose signal was lost (Redis unreachable at that moment) can go unseen.
 */
const TIME_TO_LIVE_MS = 10_000;
const SESSIONS_KEPT = 20_000;

interface Kept {
  userId: number;
  generation: string;
  readAt: number;
  openUntil: number;
  roles: HeldRole[];
  /** The account as GET /me shows it, read on the first such request. */
  view?: Promise<UserView>;
}

/**
 * The open sessions this process served lately, with their accounts' roles, so that an authenticated
 * request costs one Redis read instead of database reads. Every change to a session, an account, its roles
 * or organisations bumps the account's access generation after its commit (AccessGeneration), so a logout
 * or a revoked role takes effect on the next request to any process. Without Redis, every request reads the
 * database.
 */
@Injectable()
export class SignedInSessions {
  private readonly kept = new LruCache<string, Kept>(SESSIONS_KEPT);

  constructor(
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    private readonly generation: AccessGeneration,
  ) {}

  /** The roles of the session's account; null when the session has ended or the account is disabled. */
  async roles(sessionId: string, userId: number): Promise<HeldRole[] | null> {
    // Read before the database, so a change committed in between leaves a generation newer than the entry.
    const generation = await this.generation.current(userId);
    const now = Date.now();
    const kept = this.kept.get(sessionId);
    if (
      generation !== null &&
      kept?.userId === userId &&
      kept.generation === generation &&
      now - kept.readAt < TIME_TO_LIVE_MS &&
      now < kept.openUntil
    ) {
      return kept.roles;
    }
    const [openUntil, roles] = await Promise.all([
      this.sessions.openUntil(sessionId, userId),
      this.users.activeUserRoles(userId),
    ]);
    if (!openUntil || !roles) return null;
    if (generation !== null)
      this.kept.set(sessionId, { userId, generation, readAt: now, openUntil: openUntil.getTime(), roles });
    return roles;
  }

  /** The signed-in account as GET /me shows it: as read with the roles this request was let in with. */
  view(actor: Actor): Promise<UserView> {
    const kept = this.kept.get(actor.sessionId);
    if (kept?.userId !== actor.userId) return this.users.me(actor);
    if (!kept.view) {
      kept.view = this.users.me(actor);
      kept.view.catch(() => (kept.view = undefined));
    }
    return kept.view;
  }
}
