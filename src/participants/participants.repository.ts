import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Scope } from '../access/scope';
import { groupBy } from '../common/group-by';
import { entryCode } from '../competition/entry-code';
import { escapeLike } from '../database/escape-like';
import { ParticipantQuery } from './dto/participant.dto';
import { Consent } from './entities/consent.entity';
import { ParticipantDiscipline } from './entities/participant-discipline.entity';
import { ParticipantNameKey } from './entities/participant-name-key.entity';
import { Participant } from './entities/participant.entity';
import { bornYearsBefore, nameSuffixes, normaliseName, SEARCH_COUNT_CAP } from './participant-rules';

/** A participant with the path of the organisation that registered it: what decides who sees it. */
export interface ParticipantRow {
  participant: Participant;
  organisationPath: string;
}

export type NewParticipant = Omit<
  Participant,
  'id' | 'version' | 'createdAt' | 'updatedAt' | 'anonymisedAt' | 'importId'
>;

/** A consent as recorded. */
export type NewConsent = Pick<
  Consent,
  'participantId' | 'kind' | 'givenBy' | 'relationship' | 'givenOn' | 'method' | 'scopes' | 'recordedById'
>;

/** The participants' queries, their name keys, disciplines and consents. */
@Injectable()
export class ParticipantsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(manager: EntityManager, id: number, lock = false): Promise<ParticipantRow | undefined> {
    const participant = await manager
      .getRepository(Participant)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
    if (!participant) return undefined;
    const [row] = await manager.query<{ path: string }[]>('SELECT path FROM organisations WHERE id = ?', [
      participant.organisationId,
    ]);
    return { participant, organisationPath: row.path };
  }

  /** The participants among `ids` with their unit's path, locked: who may receive consents in bulk. */
  async consentTargets(
    manager: EntityManager,
    ids: number[],
  ): Promise<Map<number, { dateOfBirth: string | null; anonymised: boolean; organisationPath: string }>> {
    const rows = await manager.query<
      { id: number; date_of_birth: string | null; anonymised_at: Date | null; path: string }[]
    >(
      `SELECT p.id, p.date_of_birth, p.anonymised_at, o.path FROM participants p
         JOIN organisations o ON o.id = p.organisation_id WHERE p.id IN (?) FOR UPDATE`,
      [ids],
    );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          dateOfBirth: row.date_of_birth,
          anonymised: row.anonymised_at !== null,
          organisationPath: row.path,
        },
      ]),
    );
  }

  /** A registered (not anonymised) participant with this name, compared without case or accents, and birth date. */
  async findNamesake(
    manager: EntityManager,
    fullName: string,
    dateOfBirth: string,
    exceptId?: number,
  ): Promise<number | undefined> {
    const qb = manager
      .getRepository(Participant)
      .createQueryBuilder('participant')
      .select('participant.id', 'id')
      .where('participant.dateOfBirth = :dateOfBirth AND participant.fullName = :fullName', {
        dateOfBirth,
        fullName,
      })
      .andWhere('participant.anonymisedAt IS NULL');
    if (exceptId) qb.andWhere('participant.id <> :exceptId', { exceptId });
    const row = await qb.orderBy('participant.id').getRawOne<{ id: number }>();
    return row?.id;
  }

  async insert(manager: EntityManager, values: NewParticipant, disciplineIds: number[]): Promise<number> {
    const { identifiers } = await manager.insert(Participant, values);
    const id = Number(identifiers[0].id);
    await this.replaceNameKeys(manager, id, values.fullName, values.organisationId);
    await this.replaceDisciplines(manager, id, disciplineIds);
    return id;
  }

  /**
   * Inserts many participants in multi-row statements, with their name keys and disciplines, for an import;
   * returns how many were inserted.
   */
  async insertMany(
    manager: EntityManager,
    importId: number,
    rows: {
      values: NewParticipant;
      disciplineIds: number[];
      consents?: Omit<NewConsent, 'participantId' | 'recordedById'>[];
    }[],
    recordedById: number | null = null,
    batchSize = 1000,
  ): Promise<void> {
    for (let start = 0; start < rows.length; start += batchSize) {
      const batch = rows.slice(start, start + batchSize);
      await manager.insert(
        Participant,
        batch.map((row) => ({ ...row.values, importId })),
      );
    }
    // Rows of one import get increasing ids in insertion order, so ordering by id pairs them back up.
    const ids = (
      await manager.query<{ id: number }[]>('SELECT id FROM participants WHERE import_id = ? ORDER BY id', [
        importId,
      ])
    ).map((row) => row.id);
    const keys = rows.flatMap((row, i) =>
      nameSuffixes(row.values.fullName).map((suffix, position) => ({
        participantId: ids[i],
        position,
        suffix,
        organisationId: row.values.organisationId,
      })),
    );
    const disciplines = rows.flatMap((row, i) =>
      row.disciplineIds.map((disciplineId) => ({ participantId: ids[i], disciplineId })),
    );
    for (let start = 0; start < keys.length; start += batchSize * 3) {
      await manager.insert(ParticipantNameKey, keys.slice(start, start + batchSize * 3));
    }
    for (let start = 0; start < disciplines.length; start += batchSize * 3) {
      await manager.insert(ParticipantDiscipline, disciplines.slice(start, start + batchSize * 3));
    }
    const consents = rows.flatMap((row, i) =>
      (row.consents ?? []).map((consent) => ({ ...consent, participantId: ids[i], recordedById })),
    );
    for (let start = 0; start < consents.length; start += batchSize) {
      await manager.insert(Consent, consents.slice(start, start + batchSize));
    }
  }

  async replaceNameKeys(
    manager: EntityManager,
    participantId: number,
    fullName: string,
    organisationId: number,
  ): Promise<void> {
    await manager.delete(ParticipantNameKey, { participantId });
    const keys = fullName
      ? nameSuffixes(fullName).map((suffix, position) => ({
          participantId,
          position,
          suffix,
          organisationId,
        }))
      : [];
    if (keys.length > 0) await manager.insert(ParticipantNameKey, keys);
  }

  async replaceDisciplines(
    manager: EntityManager,
    participantId: number,
    disciplineIds: number[],
  ): Promise<void> {
    await manager.delete(ParticipantDiscipline, { participantId });
    if (disciplineIds.length > 0) {
      await manager.insert(
        ParticipantDiscipline,
        disciplineIds.map((disciplineId) => ({ participantId, disciplineId })),
      );
    }
  }

  async disciplineIds(manager: EntityManager, participantIds: number[]): Promise<Map<number, number[]>> {
    const map = new Map<number, number[]>(participantIds.map((id) => [id, []]));
    if (participantIds.length === 0) return map;
    const rows = await manager.query<{ participant_id: number; discipline_id: number }[]>(
      'SELECT participant_id, discipline_id FROM participant_disciplines WHERE participant_id IN (?) ORDER BY discipline_id',
      [participantIds],
    );
    for (const row of rows) map.get(row.participant_id)?.push(row.discipline_id);
    return map;
  }

  /**
   * Participants the caller may see (registered within `visible`), filtered and paged. With `q`, ordered by
   * the matching part of the name, straight from the name keys' index, so a page costs the same on a large
   * registry; otherwise by name. Age and birth-date filters keep to `ageScope`: those whose date of birth the
   * caller may see.
   */
  async list(
    visible: Scope,
    ageScope: Scope,
    query: ParticipantQuery,
    today: string,
  ): Promise<{ rows: ParticipantRow[]; total: number; totalCapped: boolean }> {
    const filters = new SqlConditions();
    if (query.localityId) filters.add('p.home_locality_id = ?', query.localityId);
    if (query.organisationId) {
      filters.add(
        "p.organisation_id IN (SELECT id FROM organisations WHERE path LIKE CONCAT((SELECT path FROM organisations WHERE id = ?), '%'))",
        query.organisationId,
      );
    }
    if (query.disciplineId) {
      filters.add(
        `p.id IN (SELECT pd.participant_id FROM participant_disciplines pd JOIN disciplines d ON d.id = pd.discipline_id
                   WHERE d.id = ? OR d.parent_id = ?)`,
        query.disciplineId,
        query.disciplineId,
      );
    }
    if (query.ageMin !== undefined || query.ageMax !== undefined || query.dateOfBirth !== undefined) {
      filters.addScope('p.organisation_id', ageScope);
      if (query.dateOfBirth !== undefined) filters.add('p.date_of_birth = ?', query.dateOfBirth);
      // Age a on `today` ⇔ born in (today − (a+1) years, today − a years].
      if (query.ageMin !== undefined)
        filters.add('p.date_of_birth <= ?', bornYearsBefore(today, query.ageMin));
      if (query.ageMax !== undefined)
        filters.add('p.date_of_birth > ?', bornYearsBefore(today, query.ageMax + 1));
    }
    const { ids, total } = query.q
      ? await this.searchByName(normaliseName(query.q), visible, filters, query)
      : await this.browse(visible, filters, query);
    const totalCapped = total > SEARCH_COUNT_CAP;
    return { rows: await this.rowsInOrder(ids), total: totalCapped ? SEARCH_COUNT_CAP : total, totalCapped };
  }

  private async searchByName(
    name: string,
    visible: Scope,
    filters: SqlConditions,
    page: { offset: number; pageSize: number },
  ): Promise<{ ids: number[]; total: number }> {
    const where = new SqlConditions();
    where.add('k.suffix LIKE ?', `${escapeLike(name)}%`);
    where.addScope('k.organisation_id', visible);
    where.merge(filters);
    const join = filters.isEmpty() ? '' : 'JOIN participants p ON p.id = k.participant_id';
    // Counting stops at the cap: past it, "more than 1,000" is all a person searching can use.
    const [{ total }] = await this.dataSource.query<{ total: string }[]>(
      `SELECT COUNT(*) AS total FROM (
         SELECT DISTINCT k.participant_id FROM participant_name_keys k ${join} WHERE ${where.sql} LIMIT ${SEARCH_COUNT_CAP + 1}
       ) matched`,
      where.params,
    );
    // A name matching at two words (Đức Đức) is listed once, where it matches first.
    const rows = await this.dataSource.query<{ id: number }[]>(
      `SELECT STRAIGHT_JOIN k.participant_id AS id FROM participant_name_keys k ${join}
        WHERE ${where.sql}
          AND NOT EXISTS (SELECT 1 FROM participant_name_keys earlier
                           WHERE earlier.participant_id = k.participant_id AND earlier.position < k.position AND earlier.suffix LIKE ?)
        ORDER BY k.suffix, k.organisation_id, k.participant_id LIMIT ? OFFSET ?`,
      [...where.params, `${escapeLike(name)}%`, page.pageSize, page.offset],
    );
    return { ids: rows.map((row) => row.id), total: Number(total) };
  }

  private async browse(
    visible: Scope,
    filters: SqlConditions,
    page: { offset: number; pageSize: number },
  ): Promise<{ ids: number[]; total: number }> {
    const where = new SqlConditions();
    where.addScope('p.organisation_id', visible);
    where.merge(filters);
    const [{ total }] = await this.dataSource.query<{ total: string }[]>(
      `SELECT COUNT(*) AS total FROM participants p WHERE ${where.sql}`,
      where.params,
    );
    const rows = await this.dataSource.query<{ id: number }[]>(
      `SELECT p.id FROM participants p WHERE ${where.sql} ORDER BY p.full_name, p.id LIMIT ? OFFSET ?`,
      [...where.params, page.pageSize, page.offset],
    );
    return { ids: rows.map((row) => row.id), total: Number(total) };
  }

  /** The participants of `ids`, in that order, with their organisations' paths. */
  private async rowsInOrder(ids: number[]): Promise<ParticipantRow[]> {
    if (ids.length === 0) return [];
    const { entities, raw } = await this.dataSource
      .getRepository(Participant)
      .createQueryBuilder('participant')
      .innerJoin('organisations', 'organisation', 'organisation.id = participant.organisationId')
      .addSelect('organisation.path', 'organisation_path')
      .where('participant.id IN (:...ids)', { ids })
      .getRawAndEntities<{ organisation_path: string; participant_id: number }>();
    const byId = new Map(
      entities.map((participant, i) => [
        participant.id,
        { participant, organisationPath: raw[i].organisation_path },
      ]),
    );
    return ids.map((id) => byId.get(id)!);
  }

  /** Whether the participant is, or was, a member of a club the user coaches. */
  async coachedBy(manager: EntityManager, userId: number, participantId: number): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM club_memberships m JOIN club_coaches c ON c.club_id = m.club_id
        WHERE c.user_id = ? AND m.participant_id = ? LIMIT 1`,
      [userId, participantId],
    );
    return rows.length > 0;
  }

  consents(manager: EntityManager, participantId: number): Promise<Consent[]> {
    return manager.getRepository(Consent).find({ where: { participantId }, order: { id: 'ASC' } });
  }

  activeConsents(manager: EntityManager, participantId: number): Promise<Consent[]> {
    return manager.getRepository(Consent).find({ where: { participantId, withdrawnAt: IsNull() } });
  }

  /** The disciplines by id, with their codes and names, for an export. */
  disciplines(manager: EntityManager, ids: number[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.query<{ id: number; code: string; name: string }[]>(
      'SELECT id, code, name FROM disciplines WHERE id IN (?) ORDER BY code',
      [ids],
    );
  }

  /** The audit rows about a participant, oldest first: part of what an export gives the person. */
  /**
   * What the clubs and events hold on the person, for the export: memberships, attendance, assessments with
   * their marks, and entries in events. Read-only joins into those features' tables.
   */
  async activities(manager: EntityManager, participantId: number) {
    const [memberships, attendance, marks, entries] = await Promise.all([
      manager.query<Record<string, unknown>[]>(
        `SELECT m.id, c.name AS club, m.joined_on AS joinedOn, m.left_on AS leftOn, m.leave_reason AS leaveReason
           FROM club_memberships m JOIN clubs c ON c.id = m.club_id
          WHERE m.participant_id = ? ORDER BY m.joined_on, m.id`,
        [participantId],
      ),
      manager.query<Record<string, unknown>[]>(
        `SELECT s.date, c.name AS club, a.status, a.note
           FROM attendance a JOIN club_sessions s ON s.id = a.session_id JOIN clubs c ON c.id = s.club_id
          WHERE a.participant_id = ? ORDER BY s.date, s.id`,
        [participantId],
      ),
      manager.query<
        {
          id: number;
          assessed_on: string;
          rubric: string;
          comment: string | null;
          criterion: string;
          value: string;
        }[]
      >(
        `SELECT a.id, a.assessed_on, r.name AS rubric, a.comment, cr.code AS criterion, sc.value
           FROM assessments a JOIN assessment_rubrics r ON r.id = a.rubric_id
           JOIN assessment_scores sc ON sc.assessment_id = a.id
           JOIN assessment_criteria cr ON cr.id = sc.criterion_id
          WHERE a.participant_id = ? ORDER BY a.assessed_on, a.id, cr.position`,
        [participantId],
      ),
      manager.query<
        {
          id: number;
          event: string;
          category_code: string;
          category: string;
          number: number;
          title: string | null;
          team_name: string | null;
          state: string;
          withdrawn_at: Date | null;
        }[]
      >(
        `SELECT e.id, ev.name AS event, c.code AS category_code, c.name AS category, e.number, e.title,
                e.team_name, e.state, e.withdrawn_at
           FROM entry_members m JOIN entries e ON e.id = m.entry_id
           JOIN categories c ON c.id = e.category_id JOIN events ev ON ev.id = c.event_id
          WHERE m.participant_id = ? ORDER BY ev.start_date, e.id`,
        [participantId],
      ),
    ]);
    const assessments = [...groupBy(marks, (mark) => mark.id).values()].map((rows) => ({
      id: rows[0].id,
      assessedOn: rows[0].assessed_on,
      rubric: rows[0].rubric,
      comment: rows[0].comment,
      marks: rows.map(({ criterion, value }) => ({ criterion, value })),
    }));
    return {
      memberships,
      attendance,
      assessments,
      entries: entries.map((entry) => ({
        id: entry.id,
        event: entry.event,
        category: entry.category,
        code: entryCode(entry.category_code, entry.number),
        title: entry.title,
        teamName: entry.team_name,
        state: entry.state,
        withdrawnAt: entry.withdrawn_at,
      })),
    };
  }

  auditTrail(manager: EntityManager, participantId: number) {
    return manager.query<Record<string, unknown>[]>(
      `SELECT id, occurred_at AS occurredAt, actor_id AS actorId, action, \`before\`, \`after\`
         FROM audit_log WHERE entity_type = 'participant' AND entity_id = ? ORDER BY id`,
      [String(participantId)],
    );
  }
}

/** WHERE conditions with positional parameters, built up piece by piece. */
class SqlConditions {
  private readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  add(condition: string, ...params: unknown[]): void {
    this.conditions.push(condition);
    this.params.push(...params);
  }

  /** Keeps rows whose organisation (by id) lies within the scope. */
  addScope(organisationIdColumn: string, scope: Scope): void {
    if (scope.everywhere) return;
    if (scope.paths.length === 0) return this.add('1 = 0');
    this.add(
      `${organisationIdColumn} IN (SELECT id FROM organisations WHERE ${scope.paths.map(() => 'path LIKE ?').join(' OR ')})`,
      ...scope.paths.map((path) => `${path}%`),
    );
  }

  merge(other: SqlConditions): void {
    this.conditions.push(...other.conditions);
    this.params.push(...other.params);
  }

  isEmpty(): boolean {
    return this.conditions.length === 0;
  }

  get sql(): string {
    return this.conditions.length === 0 ? '1 = 1' : this.conditions.join(' AND ');
  }
}
