import { Injectable } from '@nestjs/common';
import { DataSource, QueryRunner } from 'typeorm';
import type { Level } from './talent/parameters';

export interface ParticipantRow {
  participant_id: number;
  date_of_birth: string;
  gender: string;
  home_locality_id: number | null;
  /** The kinds of active consents covering shortlisting, comma-separated. */
  consent_kinds: string | null;
}

export interface ResultRow {
  participant_id: number;
  event_id: number;
  event_name: string;
  level: Level;
  end_date: string;
  round_id: number;
  round_name: string;
  category_id: number;
  format: string;
  entry_rank: number;
  tied: number;
  ranked: number;
  prize: string | null;
}

export interface AssessmentRow {
  participant_id: number;
  assessment_id: number;
  assessed_on: string;
  assessor_id: number;
  club_id: number;
  value: string;
  min: string;
  max: string;
}

export interface AttendanceRow {
  participant_id: number;
  club_id: number;
  club_name: string;
  present: number;
  absent: number;
}

export interface GatherScope {
  disciplineIds: number[];
  from: string;
  to: string;
  bornFrom: string;
  bornTo: string;
  /** Null: every locality. */
  localityIds: number[] | null;
}

/**
 * The build's reads: a fixed number of set-based queries whatever the number of children. The per-child
 * streams are ordered by participant id so the build reads them in step, holding one child at a time.
 */
@Injectable()
export class EvidenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The disciplines and, for a field, its disciplines. */
  async expandDisciplines(ids: number[]): Promise<number[]> {
    const rows = await this.dataSource.query<{ id: number }[]>(
      'SELECT id FROM disciplines WHERE id IN (?) OR parent_id IN (?)',
      [ids, ids],
    );
    return rows.map((row) => Number(row.id));
  }

  /**
   * The units of any date as the home localities they cover: each unit, the units under it (a 2019 district's
   * communes), and the units it replaced (a 2025 commune's predecessors), with theirs, transitively.
   */
  async expandLocalities(ids: number[]): Promise<number[]> {
    const rows = await this.dataSource.query<{ id: number }[]>(
      `WITH RECURSIVE covered (id) AS (
         SELECT id FROM localities WHERE id IN (?)
         UNION
         SELECT l.id FROM localities l JOIN covered c ON l.parent_id = c.id
         UNION
         SELECT s.predecessor_id FROM locality_successions s JOIN covered c ON s.successor_id = c.id
           WHERE s.partial = 0
       )
       SELECT id FROM covered`,
      [ids],
    );
    return rows.map((row) => Number(row.id));
  }

  async existingLocalities(ids: number[]): Promise<Set<number>> {
    const rows = await this.dataSource.query<{ id: number }[]>('SELECT id FROM localities WHERE id IN (?)', [
      ids,
    ]);
    return new Set(rows.map((row) => Number(row.id)));
  }

  /** Prize lists of the disciplines' categories: a prize's place in its list sets its bonus. */
  async prizeLists(disciplineIds: number[]): Promise<Map<number, string[]>> {
    const rows = await this.dataSource.query<{ id: number; prizes: string | { prize: string }[] }[]>(
      'SELECT id, prizes FROM categories WHERE discipline_id IN (?)',
      [disciplineIds],
    );
    return new Map(
      rows.map((row) => {
        const prizes =
          typeof row.prizes === 'string' ? (JSON.parse(row.prizes) as { prize: string }[]) : row.prizes;
        return [Number(row.id), prizes.map((rule) => rule.prize)];
      }),
    );
  }

  async countParticipants(scope: GatherScope): Promise<number> {
    const [row] = await this.dataSource.query<{ n: number }[]>(
      `SELECT COUNT(*) AS n FROM participants p WHERE ${participantFilter(scope)}`,
      participantParams(scope),
    );
    return Number(row.n);
  }

  /** Children born in the bands' range, not anonymised, in the localities; by id. */
  participants(runner: QueryRunner, scope: GatherScope): Promise<AsyncIterator<ParticipantRow>> {
    return this.stream<ParticipantRow>(
      runner,
      `SELECT p.id AS participant_id, p.date_of_birth, p.gender, p.home_locality_id,
         (SELECT GROUP_CONCAT(DISTINCT c.kind) FROM participant_consents c
           WHERE c.participant_id = p.id AND c.withdrawn_at IS NULL AND FIND_IN_SET('shortlisting', c.scopes)
         ) AS consent_kinds
       FROM participants p
       WHERE ${participantFilter(scope)}
       ORDER BY p.id`,
      participantParams(scope),
    );
  }

  /**
   * Ranked entries of the latest publication of every round of the disciplines whose event ended in the
   * period, one row per member; with the round's count of ranked entries and of entries sharing the rank.
   */
  results(runner: QueryRunner, scope: GatherScope): Promise<AsyncIterator<ResultRow>> {
    return this.stream<ResultRow>(
      runner,
      `SELECT em.participant_id, x.event_id, x.event_name, x.level, x.end_date, x.round_id, x.round_name,
              x.category_id, x.format, x.entry_rank, x.tied, x.ranked, x.prize
       FROM (
         SELECT e.id AS event_id, e.name AS event_name, e.level, e.end_date, r.id AS round_id,
                r.name AS round_name, c.id AS category_id, c.format, j.entry_id, j.entry_rank, j.prize,
                COUNT(j.entry_rank) OVER (PARTITION BY r.id) AS ranked,
                COUNT(*) OVER (PARTITION BY r.id, j.entry_rank) AS tied
         FROM result_snapshots s
         JOIN rounds r ON r.id = s.round_id AND r.published_version = s.version
         JOIN categories c ON c.id = r.category_id
         JOIN events e ON e.id = c.event_id
         CROSS JOIN JSON_TABLE(s.results, '$.entries[*]' COLUMNS (
           entry_id INT PATH '$.entryId',
           entry_rank INT PATH '$.rank',
           prize VARCHAR(200) PATH '$.prize'
         )) j
         WHERE c.discipline_id IN (?) AND e.end_date BETWEEN ? AND ?
       ) x
       JOIN entry_members em ON em.entry_id = x.entry_id
       WHERE x.entry_rank IS NOT NULL
       ORDER BY em.participant_id, x.end_date, x.round_id`,
      [scope.disciplineIds, scope.from, scope.to],
    );
  }

  /** Marks of assessments in the disciplines' clubs dated in the period, with their criteria's scales. */
  assessments(runner: QueryRunner, scope: GatherScope): Promise<AsyncIterator<AssessmentRow>> {
    return this.stream<AssessmentRow>(
      runner,
      `SELECT a.participant_id, a.id AS assessment_id, a.assessed_on, a.assessor_id, a.club_id,
              s.value, cr.min, cr.max
       FROM assessments a
       JOIN clubs cl ON cl.id = a.club_id
       JOIN assessment_scores s ON s.assessment_id = a.id
       JOIN assessment_criteria cr ON cr.id = s.criterion_id
       WHERE cl.discipline_id IN (?) AND a.assessed_on BETWEEN ? AND ?
       ORDER BY a.participant_id, a.id`,
      [scope.disciplineIds, scope.from, scope.to],
    );
  }

  /** Present and absent counts per child and club of the disciplines, sessions in the period. */
  attendance(runner: QueryRunner, scope: GatherScope): Promise<AsyncIterator<AttendanceRow>> {
    return this.stream<AttendanceRow>(
      runner,
      `SELECT at.participant_id, cs.club_id, MAX(cl.name) AS club_name,
              SUM(at.status = 'present') AS present, SUM(at.status = 'absent') AS absent
       FROM attendance at
       JOIN club_sessions cs ON cs.id = at.session_id
       JOIN clubs cl ON cl.id = cs.club_id
       WHERE cl.discipline_id IN (?) AND cs.date BETWEEN ? AND ?
       GROUP BY at.participant_id, cs.club_id
       ORDER BY at.participant_id, cs.club_id`,
      [scope.disciplineIds, scope.from, scope.to],
    );
  }

  /** The newest change of each source the build reads. */
  async watermark(): Promise<{ publication: Date | null; assessment: Date | null; attendance: Date | null }> {
    const [row] = await this.dataSource.query<
      { publication: Date | null; assessment: Date | null; attendance: Date | null }[]
    >(
      `SELECT (SELECT MAX(published_at) FROM result_snapshots) AS publication,
              (SELECT MAX(updated_at) FROM assessments) AS assessment,
              (SELECT MAX(recorded_at) FROM attendance) AS attendance`,
    );
    return row;
  }

  private async stream<Row>(
    runner: QueryRunner,
    sql: string,
    params: unknown[],
  ): Promise<AsyncIterator<Row>> {
    const stream = await runner.stream(sql, params);
    return (stream as unknown as AsyncIterable<Row>)[Symbol.asyncIterator]();
  }
}

function participantFilter(scope: GatherScope): string {
  return `p.anonymised_at IS NULL AND p.date_of_birth BETWEEN ? AND ?${
    scope.localityIds ? ' AND p.home_locality_id IN (?)' : ''
  }`;
}

function participantParams(scope: GatherScope): unknown[] {
  return [scope.bornFrom, scope.bornTo, ...(scope.localityIds ? [scope.localityIds] : [])];
}
