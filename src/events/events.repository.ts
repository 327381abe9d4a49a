import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Scope, scopeCondition } from '../access/scope';
import { wordPrefixes } from '../database/escape-like';
import { EventQuery, EventView } from './dto/event.dto';
import { EventOrganisation } from '../competition/entities/event-organisation.entity';
import { Event } from '../competition/entities/event.entity';
import { EVENT_TRANSITIONS } from './event-states';

/** Events and their organising units. */
@Injectable()
export class EventsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Events organised within `scope`, or with a round whose panel lists `userId`, filtered and paged. */
  async list(
    scope: Scope,
    userId: number,
    query: EventQuery,
  ): Promise<{ items: EventView[]; total: number }> {
    const reach = scopeCondition(scope, 'o.path', 'reach');
    const qb = this.dataSource
      .getRepository(Event)
      .createQueryBuilder('event')
      .where(
        `(EXISTS (SELECT 1 FROM event_organisations eo JOIN organisations o ON o.id = eo.organisation_id
                   WHERE eo.event_id = event.id AND ${reach.sql})
          OR EXISTS (SELECT 1 FROM categories c JOIN rounds r ON r.category_id = c.id
                       JOIN panel_members pm ON pm.round_id = r.id
                      WHERE c.event_id = event.id AND pm.user_id = :userId))`,
        { ...reach.params, userId },
      );
    if (query.q) {
      qb.andWhere('(event.name LIKE :prefix OR event.name LIKE :wordPrefix)', wordPrefixes(query.q));
    }
    if (query.state) qb.andWhere('event.state = :state', { state: query.state });
    if (query.kind) qb.andWhere('event.kind = :kind', { kind: query.kind });
    if (query.level) qb.andWhere('event.level = :level', { level: query.level });
    if (query.from) qb.andWhere('event.endDate >= :from', { from: query.from });
    if (query.to) qb.andWhere('event.startDate <= :to', { to: query.to });
    if (query.organisationId) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM event_organisations eo2 JOIN organisations o2 ON o2.id = eo2.organisation_id
                  WHERE eo2.event_id = event.id
                    AND o2.path LIKE CONCAT((SELECT path FROM organisations WHERE id = :organisationId), '%'))`,
        { organisationId: query.organisationId },
      );
    }
    const [events, total] = await qb
      .orderBy('event.startDate', 'DESC')
      .addOrderBy('event.id', 'DESC')
      .skip(query.offset)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: await this.views(this.dataSource.manager, events), total };
  }

  async views(manager: EntityManager, events: Event[]): Promise<EventView[]> {
    if (events.length === 0) return [];
    const ids = events.map((event) => event.id);
    const [organisations, counts] = await Promise.all([
      manager.query<{ event_id: number; id: number; name: string }[]>(
        `SELECT eo.event_id, o.id, o.name FROM event_organisations eo JOIN organisations o ON o.id = eo.organisation_id
          WHERE eo.event_id IN (?) ORDER BY eo.event_id, eo.position`,
        [ids],
      ),
      manager.query<{ event_id: number; categories: string }[]>(
        'SELECT event_id, COUNT(*) AS categories FROM categories WHERE event_id IN (?) GROUP BY event_id',
        [ids],
      ),
    ]);
    const categoryCount = new Map(counts.map((row) => [row.event_id, Number(row.categories)]));
    return events.map((event) => ({
      id: event.id,
      name: event.name,
      kind: event.kind,
      level: event.level,
      organisations: organisations
        .filter((row) => row.event_id === event.id)
        .map((row) => ({ id: row.id, name: row.name })),
      venue: event.venue,
      localityId: event.localityId,
      startDate: event.startDate,
      endDate: event.endDate,
      description: event.description,
      state: event.state,
      nextStates: [...EVENT_TRANSITIONS[event.state]],
      categoryCount: categoryCount.get(event.id) ?? 0,
      version: event.version,
      createdAt: event.createdAt,
      updatedAt: event.updatedAt,
    }));
  }

  async organisationIds(manager: EntityManager, eventId: number): Promise<number[]> {
    const rows = await manager.find(EventOrganisation, { where: { eventId }, order: { position: 'ASC' } });
    return rows.map((row) => row.organisationId);
  }

  async replaceOrganisations(
    manager: EntityManager,
    eventId: number,
    organisationIds: number[],
  ): Promise<void> {
    await manager.delete(EventOrganisation, { eventId });
    await manager.insert(
      EventOrganisation,
      organisationIds.map((organisationId, index) => ({ eventId, organisationId, position: index + 1 })),
    );
  }

  /** The paths of the given organisations that exist, by id. */
  async organisationPaths(manager: EntityManager, ids: number[]): Promise<Map<number, string>> {
    const rows = await manager.query<{ id: number; path: string }[]>(
      'SELECT id, path FROM organisations WHERE id IN (?)',
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.path]));
  }

  async countEntries(manager: EntityManager, eventId: number): Promise<number> {
    const [{ entries }] = await manager.query<{ entries: string }[]>(
      'SELECT COUNT(*) AS entries FROM entries e JOIN categories c ON c.id = e.category_id WHERE c.event_id = ?',
      [eventId],
    );
    return Number(entries);
  }

  async hasScores(manager: EntityManager, eventId: number): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM scores s JOIN rounds r ON r.id = s.round_id JOIN categories c ON c.id = r.category_id
        WHERE c.event_id = ? LIMIT 1`,
      [eventId],
    );
    return rows.length > 0;
  }

  /** Rounds that have entries but whose results were never published (or need a republish), with their names. */
  async roundsAwaitingPublication(
    manager: EntityManager,
    eventId: number,
  ): Promise<{ roundId: number; categoryCode: string; roundName: string }[]> {
    const rows = await manager.query<{ round_id: number; code: string; name: string }[]>(
      `SELECT r.id AS round_id, c.code, r.name FROM rounds r JOIN categories c ON c.id = r.category_id
        WHERE c.event_id = ? AND (r.published_version = 0 OR r.changed_since_publication = 1)
          AND EXISTS (SELECT 1 FROM entries e WHERE e.category_id = c.id AND e.state = 'active'
                        AND (r.position = 1 OR e.id IN (SELECT re.entry_id FROM round_entries re WHERE re.round_id = r.id)))
        ORDER BY c.code, r.position`,
      [eventId],
    );
    return rows.map((row) => ({ roundId: row.round_id, categoryCode: row.code, roundName: row.name }));
  }
}

/** Tables other records point to from an event's rows. */
export type ReferencedTable = 'localities' | 'disciplines' | 'organisations' | 'clubs';

/** The ids among `ids` that exist in `table`. */
export async function existingIds(
  manager: EntityManager,
  table: ReferencedTable,
  ids: readonly number[],
): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await manager.query<{ id: number }[]>(`SELECT id FROM ${table} WHERE id IN (?)`, [
    [...new Set(ids)],
  ]);
  return new Set(rows.map((row) => row.id));
}
