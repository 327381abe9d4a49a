import type { Role } from '../users/roles';
import type { Actor } from './actor';
import { covers, isEmpty, Scope, scopeCondition, scopeOf } from './scope';

/** An actor holding each role at the organisation with that path (null: granted everywhere). */
function actorWith(...held: Array<[Role, string | null]>): Pick<Actor, 'roles'> {
  return {
    roles: held.map(([role, organisationPath], index) => ({
      id: index + 1,
      role,
      organisationId: organisationPath === null ? null : Number(organisationPath.split('/').at(-2)),
      organisationPath,
    })),
  };
}

const nowhere: Scope = { everywhere: false, paths: [] };

describe('scopeOf', () => {
  it('gives an administrator every action everywhere', () => {
    const admin = actorWith(['admin', null]);
    expect(scopeOf(admin, 'audit.read')).toEqual({ everywhere: true });
    expect(scopeOf(admin, 'locality.manage')).toEqual({ everywhere: true });
    expect(scopeOf(admin, 'organisation.manage')).toEqual({ everywhere: true });
  });

  it('gives an administrator granted at an organisation every action everywhere too', () => {
    const admin = actorWith(['admin', '/1/5/']);
    expect(scopeOf(admin, 'user.manage')).toEqual({ everywhere: true });
    expect(covers(scopeOf(admin, 'organisation.manage'), '/2/7/')).toBe(true);
  });

  it('gives a role granted without an organisation its actions everywhere', () => {
    expect(scopeOf(actorWith(['organiser', null]), 'organisation.manage')).toEqual({ everywhere: true });
    expect(scopeOf(actorWith(['viewer', null]), 'organisation.read')).toEqual({ everywhere: true });
  });

  it('limits an organiser to the subtree of the organisation it was granted at', () => {
    const scope = scopeOf(actorWith(['organiser', '/1/5/']), 'organisation.manage');
    expect(scope).toEqual({ everywhere: false, paths: ['/1/5/'] });
    expect(covers(scope, '/1/5/')).toBe(true);
    expect(covers(scope, '/1/5/23/')).toBe(true);
    expect(covers(scope, '/1/5/23/40/')).toBe(true);
    expect(covers(scope, '/1/6/')).toBe(false);
    expect(covers(scope, '/1/')).toBe(false);
    expect(covers(scope, '/2/1/5/')).toBe(false);
  });

  it("does not let '/1/5/' reach organisation 50, whose id starts with the same digit", () => {
    const scope = scopeOf(actorWith(['organiser', '/1/5/']), 'organisation.manage');
    expect(covers(scope, '/1/50/')).toBe(false);
    expect(covers(scope, '/1/50/23/')).toBe(false);
  });

  it('grants nothing for an action none of the roles allows', () => {
    const judge = actorWith(['judge', '/1/5/']);
    expect(scopeOf(judge, 'organisation.manage')).toEqual(nowhere);
    expect(scopeOf(judge, 'user.read')).toEqual(nowhere);
    expect(scopeOf(judge, 'organisation.read')).toEqual({ everywhere: false, paths: ['/1/5/'] });
    expect(scopeOf(actorWith(['organiser', '/1/5/']), 'audit.read')).toEqual(nowhere);
  });

  it('does not let a role granted everywhere widen actions it does not grant', () => {
    const actor = actorWith(['judge', null], ['organiser', '/1/5/']);
    expect(scopeOf(actor, 'organisation.manage')).toEqual({ everywhere: false, paths: ['/1/5/'] });
    expect(scopeOf(actor, 'organisation.read')).toEqual({ everywhere: true });
  });

  it('keeps only the ancestor when roles are held at nested organisations, in either order', () => {
    const expected = { everywhere: false, paths: ['/1/5/'] };
    expect(
      scopeOf(actorWith(['organiser', '/1/5/23/'], ['organiser', '/1/5/']), 'organisation.manage'),
    ).toEqual(expected);
    expect(
      scopeOf(actorWith(['organiser', '/1/5/'], ['organiser', '/1/5/23/']), 'organisation.manage'),
    ).toEqual(expected);
    expect(scopeOf(actorWith(['viewer', '/1/5/23/40/'], ['judge', '/1/5/']), 'organisation.read')).toEqual(
      expected,
    );
  });

  it('keeps sibling organisations and organisations whose ids share a digit prefix apart', () => {
    expect(
      scopeOf(
        actorWith(['organiser', '/1/6/'], ['organiser', '/1/50/'], ['organiser', '/1/5/']),
        'organisation.manage',
      ),
    ).toEqual({ everywhere: false, paths: ['/1/5/', '/1/50/', '/1/6/'] });
  });

  it('lists an organisation once when several roles are held there', () => {
    expect(
      scopeOf(
        actorWith(['organiser', '/1/5/'], ['viewer', '/1/5/'], ['coach', '/1/5/']),
        'organisation.read',
      ),
    ).toEqual({ everywhere: false, paths: ['/1/5/'] });
  });

  it('gives an actor without roles nothing', () => {
    const scope = scopeOf(actorWith(), 'organisation.read');
    expect(scope).toEqual(nowhere);
    expect(isEmpty(scope)).toBe(true);
    expect(covers(scope, '/1/')).toBe(false);
  });
});

describe('covers', () => {
  it('covers every organisation when the scope is everywhere', () => {
    expect(covers({ everywhere: true }, '/1/')).toBe(true);
    expect(covers({ everywhere: true }, '/3/17/250/')).toBe(true);
  });

  it('covers an organisation lying under any one of several roots', () => {
    const scope: Scope = { everywhere: false, paths: ['/1/5/', '/2/'] };
    expect(covers(scope, '/2/9/')).toBe(true);
    expect(covers(scope, '/1/5/7/')).toBe(true);
    expect(covers(scope, '/1/7/')).toBe(false);
    expect(covers(scope, '/3/')).toBe(false);
  });
});

describe('isEmpty', () => {
  it('is true only for a scope with no paths that is not everywhere', () => {
    expect(isEmpty(nowhere)).toBe(true);
    expect(isEmpty({ everywhere: true })).toBe(false);
    expect(isEmpty({ everywhere: false, paths: ['/1/'] })).toBe(false);
  });
});

describe('scopeCondition', () => {
  it('places no restriction for a scope that is everywhere', () => {
    expect(scopeCondition({ everywhere: true }, 'o.path')).toEqual({ sql: '1 = 1', params: {} });
  });

  it('matches no row for an empty scope', () => {
    expect(scopeCondition(nowhere, 'o.path')).toEqual({ sql: '1 = 0', params: {} });
  });

  it('matches the subtree of one root with a prefix LIKE, named with the default prefix', () => {
    expect(scopeCondition({ everywhere: false, paths: ['/1/5/'] }, 'o.path')).toEqual({
      sql: '(o.path LIKE :scope0)',
      params: { scope0: '/1/5/%' },
    });
  });

  it('joins several roots with OR, naming parameters with the given prefix', () => {
    expect(scopeCondition({ everywhere: false, paths: ['/1/5/', '/2/'] }, 'visible_org.path', 'org')).toEqual(
      {
        sql: '(visible_org.path LIKE :org0 OR visible_org.path LIKE :org1)',
        params: { org0: '/1/5/%', org1: '/2/%' },
      },
    );
  });
});
