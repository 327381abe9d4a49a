import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import { Action } from './actions';
import { Actor } from './actor';
import { covers, isEmpty, Scope, scopeOf } from './scope';

/**
 * The one place that answers "may this caller do this on a record owned by that organisation". Features
 * call it for every record they touch; lists filter with `scope()` (see scopeCondition).
 */
@Injectable()
export class AccessService {
  constructor(private readonly dataSource: DataSource) {}

  scope(actor: Actor, action: Action): Scope {
    return scopeOf(actor, action);
  }

  /** 403 unless the actor may perform `action` somewhere (for routes that name no record yet). */
  requireSomewhere(actor: Actor, action: Action): void {
    if (isEmpty(scopeOf(actor, action))) throw new AppError('forbidden');
  }

  /** 403 unless the actor may perform `action` everywhere (province-wide things: reference data, the audit log, roots). */
  requireEverywhere(actor: Actor, action: Action): void {
    if (!scopeOf(actor, action).everywhere) throw new AppError('forbidden');
  }

  /**
   * For a record owned by the organisation at `path`: 404 when the actor may not even read it, 403 when it
   * may read it but not perform `action`.
   */
  authorize(actor: Actor, path: string, read: Action, action: Action = read): void {
    this.authorizeAmong(actor, [path], read, action);
  }

  /** As authorize(), for a record reachable through any of several organisations (an account and its roles). */
  authorizeAmong(actor: Actor, paths: string[], read: Action, action: Action = read): void {
    const visible = (scope: Scope) => scope.everywhere || paths.some((path) => covers(scope, path));
    if (!visible(scopeOf(actor, read))) throw new AppError('not_found');
    if (action !== read && !visible(scopeOf(actor, action))) throw new AppError('forbidden');
  }

  /** The path of an organisation the actor may see for `read`; 404 for one that is unknown or out of reach. */
  async visibleOrganisationPath(
    actor: Actor,
    organisationId: number,
    read: Action,
    action: Action = read,
  ): Promise<string> {
    const [row] = await this.dataSource.query<{ path: string }[]>(
      'SELECT path FROM organisations WHERE id = ?',
      [organisationId],
    );
    if (!row) throw new AppError('not_found');
    this.authorize(actor, row.path, read, action);
    return row.path;
  }
}
