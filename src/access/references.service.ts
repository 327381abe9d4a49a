import { Injectable } from '@nestjs/common';
import { AppError } from '../common/errors/app-error';
import { Action } from './actions';
import { Actor } from './actor';
import { ReferenceKind, referencesOf } from './references';
import { ReferenceOwner, ReferencesRepository } from './references.repository';
import type { Role } from '../users/roles';
import { covers, Scope, scopeOf } from './scope';

interface Reach {
  /** Actions whose scope covering one of the record's organisations puts it in reach. */
  actions: Action[];
  /** Roles whose subtree does too (a coach adds the children of the unit where they coach). */
  roles?: Role[];
  /** Coaching the record (a club, a trainee) puts it in reach. */
  byCoaching?: boolean;
  /** The caller's own account is always in reach. */
  self?: boolean;
}

/** What puts a named record within the caller's reach, per kind. Kinds without actions are shared reference data. */
const REACH: Record<ReferenceKind, Reach> = {
  organisation: { actions: ['organisation.read'] },
  invitable_organisation: { actions: [] },
  user: { actions: ['user.read'], self: true },
  participant: {
    actions: ['participant.read', 'participant.read_limited'],
    roles: ['coach'],
    byCoaching: true,
  },
  club: { actions: ['club.read'], byCoaching: true },
  category: { actions: ['event.read'] },
  locality: { actions: [] },
  discipline: { actions: [] },
  rubric: { actions: [] },
};

/**
 * Checks every record a request names in its body or query against the caller's reach, the same way for
 * every route: 404 when any is unknown or out of reach, so the answer never tells which. Features keep their
 * own rules (a coach must hold the coach role, an organiser may read a unit but not run its events: 400/403)
 * for records in reach.
 */
@Injectable()
export class ReferencesService {
  constructor(private readonly references: ReferencesRepository) {}

  /** The ids of each kind named anywhere in `value` (a DTO instance, nested DTOs and arrays included). */
  static collect(
    value: unknown,
    into = new Map<ReferenceKind, Set<number>>(),
  ): Map<ReferenceKind, Set<number>> {
    if (Array.isArray(value)) {
      for (const item of value) ReferencesService.collect(item, into);
      return into;
    }
    if (value === null || typeof value !== 'object' || value.constructor === Object) return into;
    const declared = referencesOf(value.constructor);
    for (const [key, field] of Object.entries(value)) {
      const kind = declared.get(key);
      if (!kind) {
        ReferencesService.collect(field, into);
        continue;
      }
      const ids = into.get(kind) ?? new Set<number>();
      for (const id of [field].flat()) {
        const number = asId(id);
        if (number !== undefined) ids.add(number);
      }
      into.set(kind, ids);
    }
    return into;
  }

  async check(actor: Actor, named: Map<ReferenceKind, Set<number>>): Promise<void> {
    const checks = [...named].filter(([, ids]) => ids.size > 0);
    await Promise.all(
      checks.map(async ([kind, ids]) => {
        const owners = await this.references.owners(kind, [...ids], actor.userId);
        const reach = REACH[kind];
        const scopes = [
          ...reach.actions.map((action) => scopeOf(actor, action)),
          ...(reach.roles ?? []).map((role) => roleScope(actor, role)),
        ];
        for (const id of ids) {
          const owner = owners.get(id);
          if (!owner || !reachable(owner, scopes, reach, actor.userId === id))
            throw new AppError('not_found');
        }
      }),
    );
  }
}

function reachable(owner: ReferenceOwner, scopes: Scope[], reach: Reach, isCaller: boolean): boolean {
  if (reach.actions.length === 0) return true;
  if (reach.self && isCaller) return true;
  if (reach.byCoaching && owner.coached) return true;
  return scopes.some(
    (scope) =>
      scope.everywhere ||
      (owner.pooled && scope.paths.length > 0) ||
      owner.paths.some((path) => covers(scope, path)),
  );
}

/** The subtrees where the actor holds `role`. */
function roleScope(actor: Actor, role: Role): Scope {
  return scopeOf({ roles: actor.roles.filter((held) => held.role === role) }, 'organisation.read');
}

/**
 * A positive integer id. Query DTOs convert only canonical decimal strings within an INT into numbers
 * (`integerFromQuery`), so a string still here is malformed: validation refuses it and no service sees it.
 */
function asId(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}
