import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { EntryMember } from '../competition/entities/entry-member.entity';
import { Entry } from '../competition/entities/entry.entity';
import { Round } from '../competition/entities/round.entity';
import { RoundEntry } from '../competition/entities/round-entry.entity';
import { groupBy } from '../common/group-by';
import { Consent } from '../participants/entities/consent.entity';
import { prizedEntries, ResultSnapshot } from './entities/result-snapshot.entity';
import type { PublicationFacts } from './public-results';
import type { PublishedResults } from './results-view';

/** A publication as listed: who published which version, when and why. */
export interface PublicationRow {
  version: number;
  publishedAt: Date;
  publishedBy: number;
  publisherName: string;
  reason: string | null;
}

export interface StoredSnapshot {
  roundId: number;
  version: number;
  results: PublishedResults;
  reason: string | null;
  publishedBy: number;
  publishedAt: Date;
}

/** One published result of a participant's entry (the latest publication of its round). */
export interface ParticipantResultRow {
  eventId: number;
  eventName: string;
  eventLevel: string;
  eventDate: string;
  categoryCode: string;
  categoryName: string;
  roundName: string;
  roundPosition: number;
  entryCode: string;
  rank: number | null;
  finalScore: string | null;
  prize: string | null;
  advances: boolean;
  publishedAt: Date;
}

/** An entry of an earlier event, with what a new entry advanced from it copies. */
export interface SourceEntry {
  entry: Entry;
  participantIds: number[];
}

/** Result snapshots and the reads and writes around them: names, consents, advancement. */
@Injectable()
export class ResultsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async snapshot(manager: EntityManager, roundId: number, version: number): Promise<StoredSnapshot | null> {
    const snapshot = await manager.findOneBy(ResultSnapshot, { roundId, version });
    return snapshot && stored(snapshot);
  }

  /** A published round's snapshot: `version`, or the latest. Null for a round never published. */
  /** The round's latest published version; 0 when it was never published (or does not exist). */
  async publishedVersion(roundId: number): Promise<number> {
    const [row] = await this.dataSource.query<{ published_version: number }[]>(
      'SELECT published_version FROM rounds WHERE id = ?',
      [roundId],
    );
    return row?.published_version ?? 0;
  }

  async publishedSnapshot(roundId: number, version?: number): Promise<StoredSnapshot | null> {
    const snapshot = await this.dataSource
      .getRepository(ResultSnapshot)
      .createQueryBuilder('snapshot')
      .innerJoin(Round, 'round', 'round.id = snapshot.roundId')
      .where('snapshot.roundId = :roundId AND round.publishedVersion > 0', { roundId })
      .andWhere(
        version === undefined ? 'snapshot.version = round.publishedVersion' : 'snapshot.version = :version',
        { version },
      )
      .getOne();
    return snapshot && stored(snapshot);
  }

  /** The latest publication of each of the rounds (those published), in one query. */
  async latestSnapshots(manager: EntityManager, roundIds: number[]): Promise<StoredSnapshot[]> {
    if (roundIds.length === 0) return [];
    const snapshots = await manager
      .getRepository(ResultSnapshot)
      .createQueryBuilder('snapshot')
      .innerJoin(Round, 'round', 'round.id = snapshot.roundId AND snapshot.version = round.publishedVersion')
      .where('snapshot.roundId IN (:...roundIds)', { roundIds })
      .getMany();
    return snapshots.map(stored);
  }

  /** The category's rounds that count towards its final standing, in order. */
  standingRounds(manager: EntityManager, categoryId: number): Promise<Round[]> {
    return manager.find(Round, {
      where: { categoryId, standingWeight: Not(IsNull()) },
      order: { position: 'ASC' },
    });
  }

  async insertSnapshot(
    manager: EntityManager,
    snapshot: Omit<StoredSnapshot, 'publishedAt'>,
  ): Promise<StoredSnapshot> {
    await manager.insert(ResultSnapshot, { ...snapshot, entryPrizes: prizedEntries(snapshot.results) });
    return (await this.snapshot(manager, snapshot.roundId, snapshot.version))!;
  }

  /** The round's publications, newest first. */
  publications(manager: EntityManager, roundId: number): Promise<PublicationRow[]> {
    return manager
      .getRepository(ResultSnapshot)
      .createQueryBuilder('snapshot')
      .innerJoin('users', 'publisher', 'publisher.id = snapshot.publishedBy')
      .select([
        'snapshot.version AS version',
        'snapshot.publishedAt AS publishedAt',
        'snapshot.publishedBy AS publishedBy',
        'publisher.full_name AS publisherName',
        'snapshot.reason AS reason',
      ])
      .where('snapshot.roundId = :roundId', { roundId })
      .orderBy('snapshot.version', 'DESC')
      .getRawMany<PublicationRow>();
  }

  /** Participants' names as they are now (empty once anonymised), in one query. */
  async participantNames(manager: EntityManager, participantIds: number[]): Promise<Map<number, string>> {
    if (participantIds.length === 0) return new Map();
    const rows = await manager.query<{ id: number; full_name: string }[]>(
      'SELECT id, full_name FROM participants WHERE id IN (?)',
      [participantIds],
    );
    return new Map(rows.map((row) => [row.id, row.full_name]));
  }

  /** The names of the units running an event, in their order. */
  async eventOrganisers(manager: EntityManager, eventId: number): Promise<string[]> {
    const rows = await manager.query<{ name: string }[]>(
      `SELECT o.name FROM event_organisations eo JOIN organisations o ON o.id = eo.organisation_id
        WHERE eo.event_id = ? ORDER BY eo.position`,
      [eventId],
    );
    return rows.map((row) => row.name);
  }

  /** What publishing (or entering) the participants depends on, read now: two queries for any number of them. */
  async publicationFacts(
    manager: EntityManager,
    participantIds: number[],
  ): Promise<Map<number, PublicationFacts>> {
    if (participantIds.length === 0) return new Map();
    const [people, consents] = await Promise.all([
      manager.query<
        { id: number; full_name: string; date_of_birth: string | null; anonymised_at: Date | null }[]
      >('SELECT id, full_name, date_of_birth, anonymised_at FROM participants WHERE id IN (?)', [
        participantIds,
      ]),
      manager.find(Consent, {
        select: { id: true, participantId: true, kind: true, scopes: true },
        where: { participantId: In(participantIds), withdrawnAt: IsNull() },
      }),
    ]);
    const consentsOf = groupBy(consents, (consent) => consent.participantId);
    return new Map(
      people.map((person) => [
        person.id,
        {
          participantId: person.id,
          fullName: person.full_name,
          dateOfBirth: person.date_of_birth,
          anonymised: person.anonymised_at !== null,
          activeConsents: (consentsOf.get(person.id) ?? []).map(({ kind, scopes }) => ({ kind, scopes })),
        },
      ]),
    );
  }

  /**
   * The latest published result of every entry the participant was a member of, newest event first, in one
   * query: each snapshot's entries are read by the database (JSON_TABLE), not shipped here whole.
   */
  async participantResults(participantId: number): Promise<ParticipantResultRow[]> {
    const rows = await this.dataSource.query<
      {
        event_id: number;
        event_name: string;
        event_level: string;
        event_date: string;
        category_code: string;
        category_name: string;
        round_name: string;
        round_position: number;
        entry_code: string;
        entry_rank: number | null;
        final_score: string | null;
        prize: string | null;
        advances: string | null;
        published_at: Date;
      }[]
    >(
      `SELECT ev.id AS event_id, ev.name AS event_name, ev.level AS event_level, ev.start_date AS event_date,
              c.code AS category_code, c.name AS category_name, r.name AS round_name,
              r.position AS round_position, jt.code AS entry_code, jt.entry_rank, jt.final_score, jt.prize,
              jt.advances, rs.published_at
         FROM entry_members m
         JOIN entries e ON e.id = m.entry_id
         JOIN categories c ON c.id = e.category_id
         JOIN events ev ON ev.id = c.event_id
         JOIN rounds r ON r.category_id = c.id AND r.published_version > 0
         JOIN result_snapshots rs ON rs.round_id = r.id AND rs.version = r.published_version
         JOIN JSON_TABLE(rs.results, '$.entries[*]' COLUMNS (
                entry_id INT PATH '$.entryId',
                code VARCHAR(40) PATH '$.code',
                entry_rank INT PATH '$.rank',
                final_score VARCHAR(40) PATH '$.finalScore',
                prize VARCHAR(100) PATH '$.prize',
                advances VARCHAR(5) PATH '$.advances'
              )) jt ON jt.entry_id = e.id
        WHERE m.participant_id = ?
        ORDER BY ev.start_date DESC, r.position DESC, rs.published_at DESC, c.code`,
      [participantId],
    );
    return rows.map((row) => ({
      eventId: row.event_id,
      eventName: row.event_name,
      eventLevel: row.event_level,
      eventDate: row.event_date,
      categoryCode: row.category_code,
      categoryName: row.category_name,
      roundName: row.round_name,
      roundPosition: row.round_position,
      entryCode: row.entry_code,
      rank: row.entry_rank,
      finalScore: row.final_score,
      prize: row.prize,
      advances: row.advances === 'true',
      publishedAt: row.published_at,
    }));
  }

  // -------------------------------------------------------------------------------------------------------
  // Advancement
  // -------------------------------------------------------------------------------------------------------

  nextRound(manager: EntityManager, round: Round): Promise<Round | null> {
    return manager.findOne(Round, {
      where: { categoryId: round.categoryId, position: round.position + 1 },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async hasScores(manager: EntityManager, roundId: number): Promise<boolean> {
    const rows = await manager.query<unknown[]>('SELECT 1 FROM scores WHERE round_id = ? LIMIT 1', [roundId]);
    return rows.length > 0;
  }

  async roundEntryIds(manager: EntityManager, roundId: number): Promise<number[]> {
    const rows = await manager.find(RoundEntry, { where: { roundId }, order: { entryId: 'ASC' } });
    return rows.map((row) => row.entryId);
  }

  async replaceRoundEntries(manager: EntityManager, roundId: number, entryIds: number[]): Promise<void> {
    await manager.delete(RoundEntry, { roundId });
    if (entryIds.length > 0)
      await manager.insert(
        RoundEntry,
        entryIds.map((entryId) => ({ roundId, entryId })),
      );
  }

  /** The entries with their members, in two queries. */
  async sourceEntries(manager: EntityManager, entryIds: number[]): Promise<Map<number, SourceEntry>> {
    if (entryIds.length === 0) return new Map();
    const [entries, members] = await Promise.all([
      manager.find(Entry, { where: { id: In(entryIds) } }),
      manager.find(EntryMember, { where: { entryId: In(entryIds) }, order: { participantId: 'ASC' } }),
    ]);
    return new Map(
      entries.map((entry) => [
        entry.id,
        {
          entry,
          participantIds: members
            .filter((member) => member.entryId === entry.id)
            .map((member) => member.participantId),
        },
      ]),
    );
  }

  /** The source entries an active entry of the category already advanced from. */
  async advancedInto(
    manager: EntityManager,
    categoryId: number,
    sourceEntryIds: number[],
  ): Promise<Set<number>> {
    if (sourceEntryIds.length === 0) return new Set();
    const rows = await manager.query<{ advanced_from_entry_id: number }[]>(
      `SELECT advanced_from_entry_id FROM entries
        WHERE category_id = ? AND state = 'active' AND advanced_from_entry_id IN (?)`,
      [categoryId, sourceEntryIds],
    );
    return new Set(rows.map((row) => row.advanced_from_entry_id));
  }
}

function stored(snapshot: ResultSnapshot): StoredSnapshot {
  return {
    roundId: snapshot.roundId,
    version: snapshot.version,
    results: snapshot.results as PublishedResults,
    reason: snapshot.reason,
    publishedBy: snapshot.publishedBy,
    publishedAt: snapshot.publishedAt,
  };
}
