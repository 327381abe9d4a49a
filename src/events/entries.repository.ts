import { Injectable } from '@nestjs/common';
import { Between, DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import { groupBy } from '../common/group-by';
import { entryCode } from '../competition/entry-code';
import { wordPrefixes } from '../database/escape-like';
import { Consent } from '../participants/entities/consent.entity';
import { EntryQuery, EntryView } from './dto/entry.dto';
import { Category } from '../competition/entities/category.entity';
import { EntryMember } from '../competition/entities/entry-member.entity';
import { Entry } from '../competition/entities/entry.entity';
import { Entrant } from './entry-eligibility';

export interface EntrantRow extends Entrant {
  id: number;
  organisationPath: string;
}

/** What registering an entry sets; the number and the state come from the registration itself. */
export type NewEntry = Pick<
  Entry,
  'title' | 'teamName' | 'organisationId' | 'localityId' | 'coachUserId' | 'clubId' | 'advancedFromEntryId'
> & { members: number[] };

/** Entries, their members, and what registering them needs to know. */
@Injectable()
export class EntriesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The participants among `ids` that exist, with their active consents: three queries for any number. */
  async entrants(manager: EntityManager, ids: number[]): Promise<Map<number, EntrantRow>> {
    if (ids.length === 0) return new Map();
    const [rows, consents] = await Promise.all([
      manager.query<{ id: number; date_of_birth: string | null; anonymised_at: Date | null; path: string }[]>(
        `SELECT p.id, p.date_of_birth, p.anonymised_at, o.path FROM participants p
           JOIN organisations o ON o.id = p.organisation_id WHERE p.id IN (?)`,
        [ids],
      ),
      manager.find(Consent, { where: { participantId: In(ids), withdrawnAt: IsNull() } }),
    ]);
    const consentsOf = groupBy(consents, (consent) => consent.participantId);
    return new Map(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          dateOfBirth: row.date_of_birth,
          anonymised: row.anonymised_at !== null,
          organisationPath: row.path,
          activeConsents: (consentsOf.get(row.id) ?? []).map(({ kind, scopes }) => ({ kind, scopes })),
        },
      ]),
    );
  }

  /** Home localities of participants and localities of organisations, for entries' default locality. */
  async localitiesOf(
    manager: EntityManager,
    participantIds: number[],
    organisationIds: number[],
  ): Promise<{ participants: Map<number, number | null>; organisations: Map<number, number> }> {
    const [participants, organisations] = await Promise.all([
      participantIds.length === 0
        ? []
        : manager.query<{ id: number; locality_id: number | null }[]>(
            'SELECT id, home_locality_id AS locality_id FROM participants WHERE id IN (?)',
            [participantIds],
          ),
      organisationIds.length === 0
        ? []
        : manager.query<{ id: number; locality_id: number }[]>(
            'SELECT id, locality_id FROM organisations WHERE id IN (?)',
            [organisationIds],
          ),
    ]);
    return {
      participants: new Map(participants.map((row) => [row.id, row.locality_id])),
      organisations: new Map(organisations.map((row) => [row.id, row.locality_id])),
    };
  }

  /** Participants among `ids` already in an active entry of the category, with that entry's number. */
  async registered(
    manager: EntityManager,
    categoryId: number,
    ids: number[],
    exceptEntryId?: number,
  ): Promise<Map<number, number>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.query<{ participant_id: number; number: number }[]>(
      `SELECT m.participant_id, e.number FROM entry_members m JOIN entries e ON e.id = m.entry_id
        WHERE m.active_category_id = ? AND m.participant_id IN (?) AND e.id <> ?`,
      [categoryId, ids, exceptEntryId ?? 0],
    );
    return new Map(rows.map((row) => [row.participant_id, row.number]));
  }

  /** The active users among `ids` holding the coach role. */
  async coaches(manager: EntityManager, ids: number[]): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows = await manager.query<{ id: number }[]>(
      `SELECT DISTINCT u.id FROM users u JOIN role_assignments ra ON ra.user_id = u.id
        WHERE u.id IN (?) AND u.active = 1 AND ra.role = 'coach'`,
      [ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Inserts entries numbered on from the category's counter, with their members, and moves the counter on;
   * answers the new entries in order. The caller holds the category's row locked, which serialises
   * numbering. The counter moves by plain SQL, so a registration leaves the category's version alone (an
   * organiser editing its rules meanwhile is not refused).
   */
  async insert(manager: EntityManager, category: Category, entries: NewEntry[]): Promise<Entry[]> {
    if (entries.length === 0) return [];
    const first = category.nextEntryNumber;
    await manager.insert(
      Entry,
      entries.map(({ members: _members, ...fields }, index) => ({
        ...fields,
        categoryId: category.id,
        number: first + index,
      })),
    );
    await manager.query('UPDATE categories SET next_entry_number = ? WHERE id = ?', [
      first + entries.length,
      category.id,
    ]);
    // Numbers are unique in the category, so they find the new rows whatever the auto-increment mode.
    const created = await manager.find(Entry, {
      where: { categoryId: category.id, number: Between(first, first + entries.length - 1) },
      order: { number: 'ASC' },
    });
    try {
      await manager.insert(
        EntryMember,
        entries.flatMap(({ members }, index) =>
          members.map((participantId) => ({
            entryId: created[index].id,
            participantId,
            activeCategoryId: category.id,
          })),
        ),
      );
    } catch (error) {
      // Someone already holds an active entry in the category (the unique index is the last word).
      if ((error as { driverError?: { code?: string } }).driverError?.code === 'ER_DUP_ENTRY')
        throw new AppError('conflict', { cause: error });
      throw error;
    }
    return created;
  }

  async replaceMembers(manager: EntityManager, entry: Entry, members: number[]): Promise<void> {
    await manager.delete(EntryMember, { entryId: entry.id });
    await manager.insert(
      EntryMember,
      members.map((participantId) => ({
        entryId: entry.id,
        participantId,
        activeCategoryId: entry.state === 'active' ? entry.categoryId : null,
      })),
    );
  }

  /** Frees (withdrawal) or takes back (reinstatement) the members' places in the category. */
  async setActiveCategory(manager: EntityManager, entryId: number, categoryId: number | null): Promise<void> {
    await manager.update(EntryMember, { entryId }, { activeCategoryId: categoryId });
  }

  async memberIds(manager: EntityManager, entryId: number): Promise<number[]> {
    const rows = await manager.find(EntryMember, { where: { entryId }, order: { participantId: 'ASC' } });
    return rows.map((row) => row.participantId);
  }

  /** The rounds the entry competes in (the category's first, and those it advanced into) that are locked or published. */
  async settledRounds(manager: EntityManager, entry: Entry): Promise<{ id: number; name: string }[]> {
    return manager.query<{ id: number; name: string }[]>(
      `SELECT r.id, r.name FROM rounds r
        WHERE r.category_id = ? AND (r.state = 'locked' OR r.published_version > 0)
          AND (r.position = 1 OR EXISTS (SELECT 1 FROM round_entries re WHERE re.round_id = r.id AND re.entry_id = ?))
        ORDER BY r.position`,
      [entry.categoryId, entry.id],
    );
  }

  async list(category: Category, query: EntryQuery): Promise<{ items: EntryView[]; total: number }> {
    const qb = this.dataSource
      .getRepository(Entry)
      .createQueryBuilder('entry')
      .where('entry.categoryId = :categoryId', { categoryId: category.id });
    if (query.state) qb.andWhere('entry.state = :state', { state: query.state });
    if (query.organisationId) {
      qb.andWhere(
        `entry.organisationId IN (SELECT o.id FROM organisations o
          WHERE o.path LIKE CONCAT((SELECT path FROM organisations WHERE id = :organisationId), '%'))`,
        { organisationId: query.organisationId },
      );
    }
    if (query.q) {
      const words = wordPrefixes(query.q);
      qb.andWhere(
        `(entry.title LIKE :prefix OR entry.title LIKE :wordPrefix OR entry.teamName LIKE :prefix
          OR entry.teamName LIKE :wordPrefix
          OR entry.id IN (SELECT m.entry_id FROM entry_members m JOIN participants p ON p.id = m.participant_id
                           WHERE p.full_name LIKE :prefix OR p.full_name LIKE :wordPrefix))`,
        words,
      );
    }
    const [entries, total] = await qb
      .orderBy('entry.number')
      .skip(query.offset)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: await this.views(this.dataSource.manager, category, entries), total };
  }

  /** Entries as organisers see them, in a constant number of queries. */
  async views(manager: EntityManager, category: Category, entries: Entry[]): Promise<EntryView[]> {
    if (entries.length === 0) return [];
    const ids = entries.map((entry) => entry.id);
    const named = (table: string, column: string, values: (number | null)[]) => {
      const wanted = [...new Set(values.filter((value): value is number => value !== null))];
      return wanted.length === 0
        ? Promise.resolve(new Map<number, string>())
        : manager
            .query<{ id: number; name: string }[]>(
              `SELECT id, ${column} AS name FROM ${table} WHERE id IN (?)`,
              [wanted],
            )
            .then((rows) => new Map(rows.map((row) => [row.id, row.name])));
    };
    const [members, organisations, localities, coaches, clubs] = await Promise.all([
      manager.query<{ entry_id: number; participant_id: number; full_name: string }[]>(
        `SELECT m.entry_id, m.participant_id, p.full_name FROM entry_members m
           JOIN participants p ON p.id = m.participant_id WHERE m.entry_id IN (?) ORDER BY p.full_name, p.id`,
        [ids],
      ),
      named(
        'organisations',
        'name',
        entries.map((entry) => entry.organisationId),
      ),
      named(
        'localities',
        'name',
        entries.map((entry) => entry.localityId),
      ),
      named(
        'users',
        'full_name',
        entries.map((entry) => entry.coachUserId),
      ),
      named(
        'clubs',
        'name',
        entries.map((entry) => entry.clubId),
      ),
    ]);
    const membersOf = groupBy(members, (member) => member.entry_id);
    const reference = (names: Map<number, string>, id: number | null) =>
      id === null ? null : { id, name: names.get(id) ?? '' };
    return entries.map((entry) => ({
      id: entry.id,
      categoryId: entry.categoryId,
      code: entryCode(category.code, entry.number),
      number: entry.number,
      title: entry.title,
      teamName: entry.teamName,
      organisation: reference(organisations, entry.organisationId)!,
      locality: reference(localities, entry.localityId),
      coach: reference(coaches, entry.coachUserId),
      club: reference(clubs, entry.clubId),
      members: (membersOf.get(entry.id) ?? []).map((member) => ({
        participantId: member.participant_id,
        fullName: member.full_name,
      })),
      state: entry.state,
      withdrawnAt: entry.withdrawnAt,
      withdrawReason: entry.withdrawReason,
      advancedFromEntryId: entry.advancedFromEntryId,
      version: entry.version,
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
    }));
  }
}
