import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Scope, scopeCondition } from '../access/scope';
import { LocalisedText } from '../common/errors/language';
import { CandidateQuery } from './dto/shortlist.dto';
import { CandidateVia, ShortlistCandidate } from './entities/shortlist-candidate.entity';
import { ShortlistDecision } from './entities/shortlist-decision.entity';
import type { LocalityNode, Succession } from './locality-on-date';
import { RunCounts, RunPhase, RunWatermark, ShortlistRun } from './entities/shortlist-run.entity';

/** A scored child as the build writes it (evidence already JSON). */
export interface PoolRow {
  participantId: number;
  band: number;
  score: string;
  contestsPart: number;
  assessmentsPart: number;
  attendancePart: number;
  independentEvidence: number;
  meetsMinimum: boolean;
  homeLocalityId: number | null;
  gender: string;
  age: number;
  birthQuarter: number;
  evidence: string;
  evidenceHash: string;
}

const POOL_COLUMNS = [
  'run_id',
  'participant_id',
  'band',
  'score',
  'contests_part',
  'assessments_part',
  'attendance_part',
  'independent_evidence',
  'meets_minimum',
  'home_locality_id',
  'gender',
  'age',
  'birth_quarter',
  'evidence',
  'evidence_hash',
];

export interface CandidateRow {
  participant_id: number;
  full_name: string;
  gender: string;
  age: number;
  home_locality_id: number | null;
  band: number;
  rank_in_band: number | null;
  via: CandidateVia | null;
  score: string;
  contests_part: number;
  assessments_part: number;
  attendance_part: number;
  independent_evidence: number;
  evidence: unknown;
  evidence_hash: string | null;
  decision: string | null;
  note: string | null;
  decision_version: number | null;
  decided_at: Date | null;
  decision_hash: string | null;
}

export interface PoolMember {
  band: number;
  via: CandidateVia | null;
  homeLocalityId: number | null;
  gender: string;
  birthQuarter: number;
}

/** Runs, their candidates and the decisions on them. */
@Injectable()
export class ShortlistsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The run in progress with the same parameters, if any. */
  findActive(manager: EntityManager, key: string): Promise<ShortlistRun | null> {
    return manager.findOneBy(ShortlistRun, { activeKey: key });
  }

  findRun(manager: EntityManager, id: number, lock = false): Promise<ShortlistRun | null> {
    return manager
      .getRepository(ShortlistRun)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  async listRuns(scope: Scope, page: { offset: number; pageSize: number }) {
    const condition = scopeCondition(scope, 'organisation.path');
    const [items, total] = await this.dataSource
      .getRepository(ShortlistRun)
      .createQueryBuilder('run')
      .innerJoin('run.organisation', 'organisation')
      .where(condition.sql, condition.params)
      .orderBy('run.id', 'DESC')
      .skip(page.offset)
      .take(page.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  async organisationPath(manager: EntityManager, organisationId: number): Promise<string> {
    const [row] = await manager.query<{ path: string }[]>('SELECT path FROM organisations WHERE id = ?', [
      organisationId,
    ]);
    return row.path;
  }

  /** The palace's root organisation: where an administrator's shortlists belong unless told otherwise. */
  async palaceRoot(): Promise<number | undefined> {
    const [row] = await this.dataSource.query<{ id: number }[]>(
      "SELECT id FROM organisations WHERE kind = 'palace' ORDER BY (parent_id IS NULL) DESC, id LIMIT 1",
    );
    return row ? Number(row.id) : undefined;
  }

  /** Every locality and succession: a few hundred rows, for the representation view. */
  async localityCalendar(): Promise<{
    nodes: LocalityNode[];
    successions: Succession[];
    names: Map<number, string>;
  }> {
    const nodes = await this.dataSource.query<
      {
        id: number;
        parent_id: number | null;
        level: string;
        valid_from: string | null;
        valid_to: string | null;
        name: string;
      }[]
    >('SELECT id, parent_id, level, valid_from, valid_to, name FROM localities');
    const links = await this.dataSource.query<{ predecessor_id: number; successor_id: number }[]>(
      'SELECT predecessor_id, successor_id FROM locality_successions',
    );
    return {
      nodes: nodes.map((node) => ({
        id: Number(node.id),
        parentId: node.parent_id === null ? null : Number(node.parent_id),
        level: node.level,
        validFrom: node.valid_from,
        validTo: node.valid_to,
      })),
      successions: links.map((link) => ({
        predecessorId: Number(link.predecessor_id),
        successorId: Number(link.successor_id),
      })),
      names: new Map(nodes.map((node) => [Number(node.id), node.name])),
    };
  }

  async nextLineageVersion(manager: EntityManager, lineageId: number): Promise<number> {
    const [row] = await manager.query<{ v: number | null }[]>(
      'SELECT MAX(lineage_version) AS v FROM shortlist_runs WHERE lineage_id = ? FOR UPDATE',
      [lineageId],
    );
    return Number(row.v ?? 0) + 1;
  }

  /** Starts an attempt: pending or building (a retried attempt) becomes building. Null when it is over. */
  async claim(id: number): Promise<ShortlistRun | null> {
    await this.dataSource.query(
      `UPDATE shortlist_runs SET state = 'building', attempts = attempts + 1, started_at = NOW(3),
         progress = 0, phase = 'gathering' WHERE id = ? AND state IN ('pending', 'building')`,
      [id],
    );
    const run = await this.findRun(this.dataSource.manager, id);
    return run && run.state === 'building' ? run : null;
  }

  async progress(id: number, phase: RunPhase, percent: number): Promise<void> {
    await this.dataSource.query(
      "UPDATE shortlist_runs SET phase = ?, progress = ? WHERE id = ? AND state = 'building'",
      [phase, percent, id],
    );
  }

  async deleteCandidates(runId: number): Promise<void> {
    await this.dataSource.query('DELETE FROM shortlist_candidates WHERE run_id = ?', [runId]);
  }

  /** One INSERT per batch; a repeated row (a second delivery writing at once) replaces the first. */
  async insertPool(runId: number, rows: PoolRow[]): Promise<void> {
    const placeholders = rows.map(() => `(${POOL_COLUMNS.map(() => '?').join(', ')})`).join(', ');
    const values = rows.flatMap((row) => [
      runId,
      row.participantId,
      row.band,
      row.score,
      row.contestsPart,
      row.assessmentsPart,
      row.attendancePart,
      row.independentEvidence,
      row.meetsMinimum,
      row.homeLocalityId,
      row.gender,
      row.age,
      row.birthQuarter,
      row.evidence,
      row.evidenceHash,
    ]);
    const updates = POOL_COLUMNS.slice(2)
      .map((column) => `${column} = VALUES(${column})`)
      .join(', ');
    await this.dataSource.query(
      `INSERT INTO shortlist_candidates (${POOL_COLUMNS.join(', ')}) VALUES ${placeholders}
       ON DUPLICATE KEY UPDATE ${updates}`,
      values,
    );
  }

  /** Places within bands by the stable tie rule of talent-score.md §7 (the same order as byTalent). */
  async writeRanks(runId: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE shortlist_candidates c
       JOIN (
         SELECT participant_id, ROW_NUMBER() OVER (
           PARTITION BY band ORDER BY score DESC, contests_part DESC, assessments_part DESC, participant_id
         ) AS place
         FROM shortlist_candidates WHERE run_id = ?
       ) ranked ON ranked.participant_id = c.participant_id
       SET c.rank_in_band = ranked.place, c.via = NULL
       WHERE c.run_id = ?`,
      [runId, runId],
    );
  }

  async markCandidates(runId: number, via: CandidateVia, participantIds: number[]): Promise<void> {
    for (let start = 0; start < participantIds.length; start += 5000) {
      await this.dataSource.query(
        'UPDATE shortlist_candidates SET via = ? WHERE run_id = ? AND participant_id IN (?)',
        [via, runId, participantIds.slice(start, start + 5000)],
      );
    }
  }

  /** Completes the attempt that is still the current one; false when another delivery got there first. */
  async complete(
    manager: EntityManager,
    id: number,
    attempts: number,
    facts: {
      counts: RunCounts;
      consentMissingByLocality: Record<string, number>;
      timings: Partial<Record<RunPhase, number>>;
      watermark: RunWatermark;
    },
  ): Promise<boolean> {
    const result = await manager.query<{ affectedRows: number }>(
      `UPDATE shortlist_runs SET state = 'completed', active_key = NULL, progress = 100, phase = NULL,
         finished_at = NOW(3), counts = ?, consent_missing_by_locality = ?, timings = ?, watermark = ?,
         version = version + 1
       WHERE id = ? AND state = 'building' AND attempts = ?`,
      [
        JSON.stringify(facts.counts),
        JSON.stringify(facts.consentMissingByLocality),
        JSON.stringify(facts.timings),
        JSON.stringify(facts.watermark),
        id,
        attempts,
      ],
    );
    return result.affectedRows === 1;
  }

  async fail(manager: EntityManager, id: number, reason: LocalisedText): Promise<boolean> {
    const result = await manager.query<{ affectedRows: number }>(
      `UPDATE shortlist_runs SET state = 'failed', active_key = NULL, finished_at = NOW(3),
         failure_reason_vi = ?, failure_reason_en = ?, version = version + 1
       WHERE id = ? AND state IN ('pending', 'building')`,
      [reason.vi, reason.en, id],
    );
    return result.affectedRows === 1;
  }

  /** A completed run's children (candidates by default), with the lineage's decisions on them. */
  async candidates(
    run: ShortlistRun,
    query: CandidateQuery,
    localityIds: number[] | null,
    participantId?: number,
  ): Promise<{ items: CandidateRow[]; total: number }> {
    const where = ['c.run_id = ?', 'c.via IS NOT NULL'];
    const params: unknown[] = [run.lineageId, run.id];
    if (participantId !== undefined) {
      where.push('c.participant_id = ?');
      params.push(participantId);
    }
    if (query.band !== undefined) {
      where.push('c.band = ?');
      params.push(query.band);
    }
    if (localityIds) {
      where.push('c.home_locality_id IN (?)');
      params.push(localityIds.length ? localityIds : [0]);
    }
    if (query.decision === 'none') where.push('d.decision IS NULL');
    else if (query.decision) {
      where.push('d.decision = ?');
      params.push(query.decision);
    }
    if (query.evidenceChanged !== undefined) {
      where.push(
        query.evidenceChanged ? 'd.evidence_hash <> c.evidence_hash' : 'd.evidence_hash = c.evidence_hash',
      );
    }
    const from = `FROM shortlist_candidates c
       JOIN participants p ON p.id = c.participant_id
       LEFT JOIN shortlist_decisions d ON d.lineage_id = ? AND d.participant_id = c.participant_id
       WHERE ${where.join(' AND ')}`;
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(`SELECT COUNT(*) AS n ${from}`, params);
    const items = await this.dataSource.query<CandidateRow[]>(
      `SELECT c.participant_id, p.full_name, c.gender, c.age, c.home_locality_id, c.band, c.rank_in_band, c.via,
              c.score, c.contests_part, c.assessments_part, c.attendance_part, c.independent_evidence,
              c.evidence, c.evidence_hash, d.decision, d.note, d.version AS decision_version,
              d.decided_at, d.evidence_hash AS decision_hash
       ${from}
       ORDER BY c.band, c.rank_in_band LIMIT ? OFFSET ?`,
      [...params, query.pageSize, query.offset],
    );
    return { items, total: Number(n) };
  }

  /** Decided children of the lineage who are not candidates of this run (dropped out, decision kept). */
  droppedOut(run: ShortlistRun): Promise<CandidateRow[]> {
    return this.dataSource.query<CandidateRow[]>(
      `SELECT d.participant_id, p.full_name, p.gender, c.age, p.home_locality_id, c.band, c.rank_in_band,
              NULL AS via, COALESCE(c.score, '0.00') AS score, COALESCE(c.contests_part, 0) AS contests_part,
              COALESCE(c.assessments_part, 0) AS assessments_part, COALESCE(c.attendance_part, 0) AS attendance_part,
              COALESCE(c.independent_evidence, 0) AS independent_evidence, COALESCE(c.evidence, '[]') AS evidence,
              c.evidence_hash, d.decision, d.note, d.version AS decision_version, d.decided_at,
              d.evidence_hash AS decision_hash
       FROM shortlist_decisions d
       JOIN participants p ON p.id = d.participant_id
       LEFT JOIN shortlist_candidates c ON c.run_id = ? AND c.participant_id = d.participant_id
       WHERE d.lineage_id = ? AND (c.via IS NULL)
       ORDER BY d.participant_id`,
      [run.id, run.lineageId],
    );
  }

  findCandidate(manager: EntityManager, runId: number, participantId: number) {
    return manager.findOneBy(ShortlistCandidate, { runId, participantId });
  }

  findDecision(manager: EntityManager, lineageId: number, participantId: number, lock = false) {
    return manager.getRepository(ShortlistDecision).findOne({
      where: { lineageId, participantId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** Every pool member's group facts, for the representation view (a few small columns per child). */
  async pool(runId: number): Promise<PoolMember[]> {
    const rows = await this.dataSource.query<
      {
        band: number;
        via: CandidateVia | null;
        home_locality_id: number | null;
        gender: string;
        birth_quarter: number;
      }[]
    >(
      'SELECT band, via, home_locality_id, gender, birth_quarter FROM shortlist_candidates WHERE run_id = ?',
      [runId],
    );
    return rows.map((row) => ({
      band: Number(row.band),
      via: row.via,
      homeLocalityId: row.home_locality_id === null ? null : Number(row.home_locality_id),
      gender: row.gender,
      birthQuarter: Number(row.birth_quarter),
    }));
  }

  /**
   * Marks stale the completed runs with children who were members of entries of `roundId`, with how many of
   * their candidates it touches (one statement).
   */
  async markStale(roundId: number): Promise<number> {
    const result = await this.dataSource.query<{ affectedRows: number }>(
      `UPDATE shortlist_runs r
       JOIN (
         SELECT c.run_id, COUNT(DISTINCT c.participant_id) AS touched
         FROM round_entries re
         JOIN entry_members em ON em.entry_id = re.entry_id
         JOIN shortlist_candidates c ON c.participant_id = em.participant_id AND c.via IS NOT NULL
         WHERE re.round_id = ?
         GROUP BY c.run_id
       ) t ON t.run_id = r.id
       SET r.stale = TRUE, r.stale_count = t.touched
       WHERE r.state = 'completed'`,
      [roundId],
    );
    return result.affectedRows;
  }
}
