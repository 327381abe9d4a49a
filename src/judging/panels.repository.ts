import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { escapeLike } from '../database/escape-like';
import { Role } from '../users/roles';
import { PanelRole } from '../competition/entities/panel-member.entity';

export interface PanelConflictRow {
  userId: number;
  participantId: number;
  relation: string;
}

export interface PanelCandidate {
  active: boolean;
  roles: Set<Role>;
  /** Where the judge role was granted: organisation paths, null for province-wide (granted by an admin). */
  judgeAt: (string | null)[];
}

/** A panel's composition and its declared conflicts. */
@Injectable()
export class PanelsRepository {
  async conflicts(manager: EntityManager, roundId: number): Promise<PanelConflictRow[]> {
    const rows = await manager.query<{ user_id: number; participant_id: number; relation: string }[]>(
      `SELECT user_id, participant_id, relation FROM panel_conflicts
        WHERE round_id = ? ORDER BY user_id, participant_id`,
      [roundId],
    );
    return rows.map((row) => ({
      userId: row.user_id,
      participantId: row.participant_id,
      relation: row.relation,
    }));
  }

  /** The named users that exist, whether they are active and the roles they hold (anywhere). */
  async candidates(manager: EntityManager, userIds: number[]): Promise<Map<number, PanelCandidate>> {
    if (userIds.length === 0) return new Map();
    const rows = await manager.query<
      { id: number; active: number; role: Role | null; path: string | null }[]
    >(
      `SELECT u.id, u.active, ra.role, o.path FROM users u
         LEFT JOIN role_assignments ra ON ra.user_id = u.id
         LEFT JOIN organisations o ON o.id = ra.organisation_id
        WHERE u.id IN (?)`,
      [userIds],
    );
    const candidates = new Map<number, PanelCandidate>();
    for (const row of rows) {
      const candidate = candidates.get(row.id) ?? {
        active: Boolean(row.active),
        roles: new Set<Role>(),
        judgeAt: [],
      };
      if (row.role) candidate.roles.add(row.role);
      if (row.role === 'judge') candidate.judgeAt.push(row.path);
      candidates.set(row.id, candidate);
    }
    return candidates;
  }

  /**
   * Active accounts holding the judge role at or below one of `paths` or province-wide (path null), one row
   * per such grant, by name.
   */
  judgeGrantsUnder(
    manager: EntityManager,
    paths: string[],
  ): Promise<
    { user_id: number; full_name: string; email: string; path: string | null; unit_name: string | null }[]
  > {
    const under = paths.map(() => ' OR o.path LIKE ?').join('');
    return manager.query(
      `SELECT u.id AS user_id, u.full_name, u.email, o.path, o.name AS unit_name
         FROM role_assignments ra
         JOIN users u ON u.id = ra.user_id
         LEFT JOIN organisations o ON o.id = ra.organisation_id
        WHERE ra.role = 'judge' AND u.active = 1 AND (ra.organisation_id IS NULL${under})
        ORDER BY u.full_name, u.id, o.path IS NOT NULL, o.path`,
      paths.map((path) => `${escapeLike(path)}%`),
    );
  }

  async existingParticipants(manager: EntityManager, ids: number[]): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows = await manager.query<{ id: number }[]>('SELECT id FROM participants WHERE id IN (?)', [ids]);
    return new Set(rows.map((row) => row.id));
  }

  /** How many marks each of the given users has in the round. */
  async scoreCounts(
    manager: EntityManager,
    roundId: number,
    userIds: number[],
  ): Promise<Map<number, number>> {
    if (userIds.length === 0) return new Map();
    const rows = await manager.query<{ judge_id: number; marks: string }[]>(
      `SELECT judge_id, COUNT(*) AS marks FROM scores WHERE round_id = ? AND judge_id IN (?) GROUP BY judge_id`,
      [roundId, userIds],
    );
    return new Map(rows.map((row) => [row.judge_id, Number(row.marks)]));
  }

  /**
   * Makes the panel exactly `members`: removes the others, adds or updates these. A member who stays keeps
   * their sheet's submission, unless they become a secretary (who has no sheet).
   */
  async replaceMembers(
    manager: EntityManager,
    roundId: number,
    members: { userId: number; role: PanelRole; absent: boolean }[],
  ): Promise<void> {
    if (members.length === 0) {
      await manager.query('DELETE FROM panel_members WHERE round_id = ?', [roundId]);
      return;
    }
    await manager.query('DELETE FROM panel_members WHERE round_id = ? AND user_id NOT IN (?)', [
      roundId,
      members.map((member) => member.userId),
    ]);
    await manager.query(
      `INSERT INTO panel_members (round_id, user_id, role, absent) VALUES ?
       ON DUPLICATE KEY UPDATE
         submitted_at = IF(VALUES(role) = 'secretary', NULL, submitted_at),
         submitted_by = IF(VALUES(role) = 'secretary', NULL, submitted_by),
         role = VALUES(role),
         absent = VALUES(absent)`,
      [members.map((member) => [roundId, member.userId, member.role, member.absent])],
    );
  }

  async replaceConflicts(
    manager: EntityManager,
    roundId: number,
    conflicts: PanelConflictRow[],
  ): Promise<void> {
    await manager.query('DELETE FROM panel_conflicts WHERE round_id = ?', [roundId]);
    if (conflicts.length === 0) return;
    await manager.query(
      'INSERT INTO panel_conflicts (round_id, user_id, participant_id, relation) VALUES ?',
      [conflicts.map((conflict) => [roundId, conflict.userId, conflict.participantId, conflict.relation])],
    );
  }
}
