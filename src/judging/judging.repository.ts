import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { plainDecimal, SqlCondition } from '../competition/round-materials';
import { DeductionKind, DeductionRecord } from '../competition/entities/deduction.entity';
import { PanelRole } from '../competition/entities/panel-member.entity';
import { ScoreCorrection } from '../competition/entities/score-correction.entity';
import { StoredCell } from './sheet-rules';

/** A judge's place on the panel as it stands, read under lock: the sheet's state. */
export interface SheetOwnerRow {
  userId: number;
  fullName: string;
  role: PanelRole;
  absent: boolean;
  submittedAt: Date | null;
  submittedBy: number | null;
}

/**
 * A sheet's state as far as writing marks on it goes: its owner's place on the panel and the relations the
 * owner declared (what panel changes alter). Two reads of it compare equal when nothing relevant changed.
 */
export interface SheetState {
  userId: number;
  role: PanelRole;
  absent: boolean;
  submittedAt: Date | null;
  submittedBy: number | null;
  /** The declared conflicts, as one comparable string ('' for none). */
  conflicts: string;
}

/** Judges' sheets and marks, corrections, deductions and flag confirmations. */
@Injectable()
export class JudgingRepository {
  /**
   * The panel member's row, locked for update: everyone writing to a sheet (score entry, submission,
   * reopening) takes this lock first, so writes to one sheet take turns and each sees the last one's marks.
   */
  async lockSheet(
    manager: EntityManager,
    roundId: number,
    userId: number,
  ): Promise<SheetOwnerRow | undefined> {
    const [row] = await manager.query<
      { role: PanelRole; absent: number; submitted_at: Date | null; submitted_by: number | null }[]
    >(
      `SELECT role, absent, submitted_at, submitted_by FROM panel_members
        WHERE round_id = ? AND user_id = ? FOR UPDATE`,
      [roundId, userId],
    );
    if (!row) return undefined;
    const [user] = await manager.query<{ full_name: string }[]>('SELECT full_name FROM users WHERE id = ?', [
      userId,
    ]);
    return {
      userId,
      fullName: user.full_name,
      role: row.role,
      absent: Boolean(row.absent),
      submittedAt: row.submitted_at,
      submittedBy: row.submitted_by,
    };
  }

  /**
   * The sheet's state (see SheetState); with `lock`, the panel member's row locked for update as in
   * lockSheet. Undefined when the user is not on the panel.
   */
  async sheetState(
    manager: EntityManager,
    roundId: number,
    userId: number,
    lock: boolean,
  ): Promise<SheetState | undefined> {
    const [row] = await manager.query<
      {
        role: PanelRole;
        absent: number;
        submitted_at: Date | null;
        submitted_by: number | null;
        conflicts: string | Buffer | null;
      }[]
    >(
      `SELECT pm.role, pm.absent, pm.submitted_at, pm.submitted_by,
              (SELECT GROUP_CONCAT(pc.participant_id, ':', pc.relation ORDER BY pc.participant_id SEPARATOR '\n')
                 FROM panel_conflicts pc WHERE pc.round_id = pm.round_id AND pc.user_id = pm.user_id) AS conflicts
         FROM panel_members pm WHERE pm.round_id = ? AND pm.user_id = ? ${lock ? 'FOR UPDATE' : ''}`,
      [roundId, userId],
    );
    if (!row) return undefined;
    return {
      userId,
      role: row.role,
      absent: Boolean(row.absent),
      submittedAt: row.submitted_at,
      submittedBy: row.submitted_by,
      conflicts: row.conflicts === null ? '' : String(row.conflicts),
    };
  }

  /** A panel member's role, or undefined when the user is not on the panel. */
  async panelRole(manager: EntityManager, roundId: number, userId: number): Promise<PanelRole | undefined> {
    const [row] = await manager.query<{ role: PanelRole }[]>(
      'SELECT role FROM panel_members WHERE round_id = ? AND user_id = ?',
      [roundId, userId],
    );
    return row?.role;
  }

  /**
   * The round's row in share mode (as CompetitionAccess.round takes it for score entry), answering what
   * tells whether the round changed since it was read: its state, version and last update.
   */
  async shareRound(
    manager: EntityManager,
    roundId: number,
  ): Promise<{ state: string; version: number; updatedAt: Date } | undefined> {
    const [row] = await manager.query<{ state: string; version: number; updated_at: Date }[]>(
      'SELECT state, version, updated_at FROM rounds WHERE id = ? LOCK IN SHARE MODE',
      [roundId],
    );
    return row && { state: row.state, version: row.version, updatedAt: row.updated_at };
  }

  /** The judge's marks in the round, locked: a locking read also sees what committed after the snapshot. */
  async cellsForUpdate(manager: EntityManager, roundId: number, judgeId: number): Promise<StoredCell[]> {
    const rows = await manager.query<
      { entry_id: number; criterion: string; value: string; version: number }[]
    >(
      `SELECT entry_id, criterion, value, version FROM scores
        WHERE round_id = ? AND judge_id = ? FOR UPDATE`,
      [roundId, judgeId],
    );
    return rows.map((row) => ({
      entryId: row.entry_id,
      criterion: row.criterion,
      value: plainDecimal(row.value),
      version: row.version,
    }));
  }

  /**
   * The named cells of the judge's sheet that hold a mark, locked: point reads on the primary key, so only
   * these rows are locked and no other judge's cells are waited for.
   */
  async namedCellsForUpdate(
    manager: EntityManager,
    roundId: number,
    judgeId: number,
    cells: { entryId: number; criterion: string }[],
  ): Promise<StoredCell[]> {
    if (cells.length === 0) return [];
    const rows = await manager.query<
      { entry_id: number; criterion: string; value: string; version: number }[]
    >(
      `SELECT entry_id, criterion, value, version FROM scores
        WHERE (round_id, entry_id, judge_id, criterion) IN (?) FOR UPDATE`,
      [cells.map((cell) => [roundId, cell.entryId, judgeId, cell.criterion])],
    );
    return rows.map((row) => ({
      entryId: row.entry_id,
      criterion: row.criterion,
      value: plainDecimal(row.value),
      version: row.version,
    }));
  }

  /**
   * How many of the judge's marks count on the sheet: those of the entries `entries` picks (the round's),
   * leaving out `except` (the entries the judge is recused from), in the given criteria (the rubric's).
   */
  async countFilled(
    manager: EntityManager,
    roundId: number,
    judgeId: number,
    criteria: string[],
    entries: SqlCondition,
    except: number[],
  ): Promise<number> {
    if (criteria.length === 0) return 0;
    const [{ n }] = await manager.query<{ n: number | string }[]>(
      `SELECT COUNT(*) AS n FROM scores
        WHERE round_id = ? AND judge_id = ? AND criterion IN (?) AND entry_id ${entries.sql}
          ${except.length > 0 ? 'AND entry_id NOT IN (?)' : ''}`,
      [roundId, judgeId, criteria, ...entries.params, ...(except.length > 0 ? [except] : [])],
    );
    return Number(n);
  }

  /**
   * Writes marks in one statement: new cells start at version 1, existing ones move to the next version.
   * Answers MariaDB's affected-row count (1 per new row, 2 per changed row), which the caller checks.
   */
  async writeCells(
    manager: EntityManager,
    roundId: number,
    judgeId: number,
    enteredBy: number,
    cells: { entryId: number; criterion: string; value: string }[],
  ): Promise<number> {
    if (cells.length === 0) return 0;
    const result = await manager.query<{ affectedRows: number }>(
      `INSERT INTO scores (round_id, entry_id, judge_id, criterion, value, version, entered_by) VALUES ?
       ON DUPLICATE KEY UPDATE value = VALUES(value), version = version + 1, entered_by = VALUES(entered_by)`,
      [cells.map((cell) => [roundId, cell.entryId, judgeId, cell.criterion, cell.value, 1, enteredBy])],
    );
    return result.affectedRows;
  }

  /** Clears marks in one statement; answers how many rows went. */
  async clearCells(
    manager: EntityManager,
    roundId: number,
    judgeId: number,
    cells: { entryId: number; criterion: string }[],
  ): Promise<number> {
    if (cells.length === 0) return 0;
    const result = await manager.query<{ affectedRows: number }>(
      'DELETE FROM scores WHERE round_id = ? AND judge_id = ? AND (entry_id, criterion) IN (?)',
      [roundId, judgeId, cells.map((cell) => [cell.entryId, cell.criterion])],
    );
    return result.affectedRows;
  }

  async setSubmission(
    manager: EntityManager,
    roundId: number,
    judgeId: number,
    submittedAt: Date | null,
    submittedBy: number | null,
  ): Promise<void> {
    await manager.query(
      'UPDATE panel_members SET submitted_at = ?, submitted_by = ? WHERE round_id = ? AND user_id = ?',
      [submittedAt, submittedBy, roundId, judgeId],
    );
  }

  // Corrections

  async cellForUpdate(
    manager: EntityManager,
    roundId: number,
    entryId: number,
    judgeId: number,
    criterion: string,
  ): Promise<StoredCell | undefined> {
    const [row] = await manager.query<{ value: string; version: number }[]>(
      `SELECT value, version FROM scores
        WHERE round_id = ? AND entry_id = ? AND judge_id = ? AND criterion = ? FOR UPDATE`,
      [roundId, entryId, judgeId, criterion],
    );
    return row && { entryId, criterion, value: plainDecimal(row.value), version: row.version };
  }

  async insertCorrection(
    manager: EntityManager,
    correction: Omit<ScoreCorrection, 'id' | 'createdAt'>,
  ): Promise<ScoreCorrection> {
    const { identifiers } = await manager.insert(ScoreCorrection, correction);
    return manager.findOneByOrFail(ScoreCorrection, { id: Number(identifiers[0].id) });
  }

  corrections(manager: EntityManager, roundId: number): Promise<ScoreCorrection[]> {
    return manager.find(ScoreCorrection, { where: { roundId }, order: { id: 'ASC' } });
  }

  // Deductions

  deductions(manager: EntityManager, roundId: number): Promise<DeductionRecord[]> {
    return manager.find(DeductionRecord, { where: { roundId }, order: { id: 'ASC' } });
  }

  async activeDisqualification(manager: EntityManager, roundId: number, entryId: number): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM deductions
        WHERE round_id = ? AND entry_id = ? AND kind = 'disqualification' AND revoked_at IS NULL LIMIT 1`,
      [roundId, entryId],
    );
    return rows.length > 0;
  }

  async insertDeduction(
    manager: EntityManager,
    deduction: {
      roundId: number;
      entryId: number;
      kind: DeductionKind;
      amount: string;
      reason: string;
      recordedBy: number;
    },
  ): Promise<DeductionRecord> {
    const { identifiers } = await manager.insert(DeductionRecord, deduction);
    return manager.findOneByOrFail(DeductionRecord, { id: Number(identifiers[0].id) });
  }

  deductionForUpdate(manager: EntityManager, roundId: number, id: number): Promise<DeductionRecord | null> {
    return manager.findOne(DeductionRecord, { where: { id, roundId }, lock: { mode: 'pessimistic_write' } });
  }

  async revokeDeduction(
    manager: EntityManager,
    id: number,
    revokedBy: number,
    reason: string,
  ): Promise<DeductionRecord> {
    await manager.query(
      'UPDATE deductions SET revoked_at = NOW(3), revoked_by = ?, revoke_reason = ? WHERE id = ?',
      [revokedBy, reason, id],
    );
    return manager.findOneByOrFail(DeductionRecord, { id });
  }

  // Disagreement flags

  /** Records (or renews) an organiser's confirmation of an entry's flag for the spread it has now. */
  async confirmFlag(
    manager: EntityManager,
    confirmation: {
      roundId: number;
      entryId: number;
      spread: string;
      note: string | null;
      confirmedBy: number;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO flag_confirmations (round_id, entry_id, spread, note, confirmed_by) VALUES (?, ?, ?, ?, ?)
       ON DUPLICATE KEY UPDATE spread = VALUES(spread), note = VALUES(note),
         confirmed_by = VALUES(confirmed_by), confirmed_at = CURRENT_TIMESTAMP(3)`,
      [
        confirmation.roundId,
        confirmation.entryId,
        confirmation.spread,
        confirmation.note,
        confirmation.confirmedBy,
      ],
    );
  }
}
