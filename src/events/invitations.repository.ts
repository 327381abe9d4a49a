import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Scope, scopeCondition } from '../access/scope';
import { wordPrefixes } from '../database/escape-like';
import { InvitableUnitView, InvitationView } from './dto/invitation.dto';
import { EventInvitation, InvitationState } from '../competition/entities/event-invitation.entity';
import { EventOrganisation } from '../competition/entities/event-organisation.entity';

const VIEW_COLUMNS = `i.id, i.event_id AS eventId, e.name AS eventName, lead.name AS leadOrganisationName,
  i.organisation_id AS organisationId, invited.name AS organisationName, i.state,
  i.decided_at AS decidedAt, i.created_at AS createdAt`;
const VIEW_FROM = `event_invitations i
  JOIN events e ON e.id = i.event_id
  JOIN organisations invited ON invited.id = i.organisation_id
  JOIN event_organisations eo ON eo.event_id = i.event_id AND eo.position = 1
  JOIN organisations lead ON lead.id = eo.organisation_id`;

@Injectable()
export class InvitationsRepository {
  findForEvent(
    manager: EntityManager,
    eventId: number,
    organisationId: number,
  ): Promise<EventInvitation | null> {
    return manager.findOne(EventInvitation, {
      where: { eventId, organisationId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The invitation, locked, with the path of the invited unit. */
  async locked(
    manager: EntityManager,
    id: number,
  ): Promise<{ invitation: EventInvitation; path: string } | null> {
    const invitation = await manager.findOne(EventInvitation, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!invitation) return null;
    const [row] = await manager.query<{ path: string }[]>('SELECT path FROM organisations WHERE id = ?', [
      invitation.organisationId,
    ]);
    return { invitation, path: row.path };
  }

  async view(manager: EntityManager, id: number): Promise<InvitationView> {
    const [row] = await manager.query<InvitationView[]>(
      `SELECT ${VIEW_COLUMNS} FROM ${VIEW_FROM} WHERE i.id = ?`,
      [id],
    );
    return row;
  }

  /**
   * Up to `limit` units active on `on` whose name has a word starting with `q`, other than the event's
   * organisers, by name. Any unit of the province: co-organisers usually sit in another branch of the tree.
   */
  invitable(
    manager: EntityManager,
    eventId: number,
    q: string,
    on: string,
    limit: number,
  ): Promise<InvitableUnitView[]> {
    const { prefix, wordPrefix } = wordPrefixes(q);
    return manager.query<InvitableUnitView[]>(
      `SELECT o.id, o.name, o.kind, o.level FROM organisations o
       WHERE (o.name LIKE ? OR o.name LIKE ?)
         AND (o.valid_from IS NULL OR o.valid_from <= ?) AND (o.valid_to IS NULL OR o.valid_to >= ?)
         AND o.id NOT IN (SELECT organisation_id FROM event_organisations WHERE event_id = ?)
       ORDER BY o.name, o.id LIMIT ?`,
      [prefix, wordPrefix, on, on, eventId, limit],
    );
  }

  /** Every invitation the event has sent, newest first. */
  ofEvent(manager: EntityManager, eventId: number): Promise<InvitationView[]> {
    return manager.query<InvitationView[]>(
      `SELECT ${VIEW_COLUMNS} FROM ${VIEW_FROM} WHERE i.event_id = ? ORDER BY i.created_at DESC, i.id DESC`,
      [eventId],
    );
  }

  /** Invitations addressed to units within `scope`, newest first. */
  async list(
    manager: EntityManager,
    scope: Scope,
    state: InvitationState,
    page: { offset: number; pageSize: number },
  ): Promise<{ items: InvitationView[]; total: number }> {
    const reach = scopeCondition(scope, 'invited.path');
    const names = Object.keys(reach.params);
    // scopeCondition names its parameters; mysql2 takes positional ones, in order of appearance.
    const where = `i.state = ? AND ${names.reduce((sql, name) => sql.replace(new RegExp(`:${name}\\b`), '?'), reach.sql)}`;
    const params = [state, ...names.map((name) => reach.params[name])];
    const [{ total }] = await manager.query<{ total: number }[]>(
      `SELECT COUNT(*) AS total FROM ${VIEW_FROM} WHERE ${where}`,
      params,
    );
    const items = await manager.query<InvitationView[]>(
      `SELECT ${VIEW_COLUMNS} FROM ${VIEW_FROM} WHERE ${where} ORDER BY i.created_at DESC, i.id DESC LIMIT ? OFFSET ?`,
      [...params, page.pageSize, page.offset],
    );
    return { items, total: Number(total) };
  }

  /** Adds the unit as the event's last organising unit. */
  async addOrganiser(manager: EntityManager, eventId: number, organisationId: number): Promise<void> {
    const [{ last }] = await manager.query<{ last: number | null }[]>(
      'SELECT MAX(position) AS last FROM event_organisations WHERE event_id = ?',
      [eventId],
    );
    await manager.insert(EventOrganisation, { eventId, organisationId, position: Number(last ?? 0) + 1 });
  }
}
