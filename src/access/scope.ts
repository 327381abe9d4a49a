import { Action, ROLE_ACTIONS } from './actions';
import { Actor } from './actor';

/**
 * Where an actor may perform an action: everywhere, or within the subtrees rooted at `paths` (organisation
 * paths such as '/1/5/'). No paths: nowhere.
 */
export type Scope = { everywhere: true } | { everywhere: false; paths: string[] };

export function scopeOf(actor: Pick<Actor, 'roles'>, action: Action): Scope {
  const granting = actor.roles.filter((held) => ROLE_ACTIONS[held.role].includes(action));
  if (granting.some((held) => held.role === 'admin' || held.organisationPath === null))
    return { everywhere: true };
  const paths = [...new Set(granting.map((held) => held.organisationPath!))].sort();
  // A subtree inside another adds nothing.
  return {
    everywhere: false,
    paths: paths.filter((path) => !paths.some((other) => other !== path && path.startsWith(other))),
  };
}

/** Whether an organisation at `path` lies within the scope. */
export function covers(scope: Scope, path: string): boolean {
  return scope.everywhere || scope.paths.some((root) => path.startsWith(root));
}

export function isEmpty(scope: Scope): boolean {
  return !scope.everywhere && scope.paths.length === 0;
}

/**
 * The scope as a SQL condition on a column holding organisation paths, with its parameters. Paths hold only
 * digits and slashes, so they need no escaping inside LIKE.
 */
export function scopeCondition(
  scope: Scope,
  pathColumn: string,
  parameterPrefix = 'scope',
): { sql: string; params: Record<string, string> } {
  if (scope.everywhere) return { sql: '1 = 1', params: {} };
  if (scope.paths.length === 0) return { sql: '1 = 0', params: {} };
  const params = Object.fromEntries(scope.paths.map((path, i) => [`${parameterPrefix}${i}`, `${path}%`]));
  return {
    sql: `(${Object.keys(params)
      .map((name) => `${pathColumn} LIKE :${name}`)
      .join(' OR ')})`,
    params,
  };
}
