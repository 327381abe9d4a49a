import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Scope, scopeCondition } from '../access/scope';
import { wordPrefixes } from '../database/escape-like';
import { AttendanceStatus } from './entities/attendance.entity';
import { ClubCoach } from './entities/club-coach.entity';
import { ClubSession } from './entities/club-session.entity';
import { Club } from './entities/club.entity';
import { Membership } from './entities/membership.entity';
import {
  ClubQuery,
  ClubView,
  CoachView,
  MemberQuery,
  MembershipView,
  SessionQuery,
  SessionView,
} from './dto/club.dto';

export interface ClubRow {
  club: Club;
  organisationPath: string;
}

/** Clubs, coaches, memberships, sessions and attendance. */
@Injectable()
export class ClubsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(manager: EntityManager, id: number, lock = false): Promise<ClubRow | undefined> {
    const club = await manager
      .getRepository(Club)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
    if (!club) return undefined;
    const [{ path }] = await manager.query<{ path: string }[]>(
      'SELECT path FROM organisations WHERE id = ?',
      [club.organisationId],
    );
    return { club, organisationPath: path };
  }

  isCoach(manager: EntityManager, clubId: number, userId: number): Promise<boolean> {
    return manager.getRepository(ClubCoach).existsBy({ clubId, userId });
  }

  /** Clubs within `scope`, or coached by `coachId`, filtered and paged. */
  async list(
    scope: Scope,
    coachId: number | null,
    query: ClubQuery,
  ): Promise<{ items: ClubView[]; total: number }> {
    const qb = this.dataSource
      .getRepository(Club)
      .createQueryBuilder('club')
      .innerJoin('organisations', 'organisation', 'organisation.id = club.organisationId');
    const reach = scopeCondition(scope, 'organisation.path', 'reach');
    qb.where(
      coachId === null
        ? reach.sql
        : `(${reach.sql} OR club.id IN (SELECT coach.club_id FROM club_coaches coach WHERE coach.user_id = :coachId))`,
      { ...reach.params, coachId },
    );
    if (query.q) {
      qb.andWhere('(club.name LIKE :prefix OR club.name LIKE :wordPrefix)', wordPrefixes(query.q));
    }
    if (query.organisationId) {
      qb.andWhere(
        "organisation.path LIKE CONCAT((SELECT path FROM organisations WHERE id = :organisationId), '%')",
        {
          organisationId: query.organisationId,
        },
      );
    }
    if (query.disciplineId)
      qb.andWhere('club.disciplineId = :disciplineId', { disciplineId: query.disciplineId });
    if (query.kind) qb.andWhere('club.kind = :kind', { kind: query.kind });
    if (query.activeOn) {
      qb.andWhere(
        '(club.validFrom IS NULL OR club.validFrom <= :on) AND (club.validTo IS NULL OR club.validTo >= :on)',
        {
          on: query.activeOn,
        },
      );
    }
    const [clubs, total] = await qb
      .orderBy('club.name')
      .addOrderBy('club.id')
      .skip(query.offset)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: await this.views(this.dataSource.manager, clubs), total };
  }

  /** Clubs as answered: with their active member counts and coaches, in two queries for any number of clubs. */
  async views(manager: EntityManager, clubs: Club[]): Promise<ClubView[]> {
    if (clubs.length === 0) return [];
    const ids = clubs.map((club) => club.id);
    const [counts, coaches] = await Promise.all([
      manager.query<{ club_id: number; members: string }[]>(
        'SELECT club_id, COUNT(*) AS members FROM club_memberships WHERE club_id IN (?) AND left_on IS NULL GROUP BY club_id',
        [ids],
      ),
      manager.query<{ club_id: number; user_id: number; full_name: string }[]>(
        `SELECT c.club_id, c.user_id, u.full_name FROM club_coaches c JOIN users u ON u.id = c.user_id
          WHERE c.club_id IN (?) ORDER BY u.full_name`,
        [ids],
      ),
    ]);
    const members = new Map(counts.map((row) => [row.club_id, Number(row.members)]));
    return clubs.map((club) => ({
      ...club,
      activeMembers: members.get(club.id) ?? 0,
      coaches: coaches
        .filter((row) => row.club_id === club.id)
        .map((row): CoachView => ({ userId: row.user_id, fullName: row.full_name })),
    }));
  }

  countActiveMembers(manager: EntityManager, clubId: number): Promise<number> {
    return manager.getRepository(Membership).countBy({ clubId, leftOn: IsNull() });
  }

  activeMembership(
    manager: EntityManager,
    clubId: number,
    participantId: number,
  ): Promise<Membership | null> {
    return manager.getRepository(Membership).findOneBy({ clubId, participantId, leftOn: IsNull() });
  }

  async members(clubId: number, query: MemberQuery): Promise<{ items: MembershipView[]; total: number }> {
    const where = query.status === 'active' ? 'AND m.left_on IS NULL' : '';
    const [{ total }] = await this.dataSource.query<{ total: string }[]>(
      `SELECT COUNT(*) AS total FROM club_memberships m WHERE m.club_id = ? ${where}`,
      [clubId],
    );
    const rows = await this.dataSource.query<MembershipRow[]>(
      `SELECT m.*, p.full_name FROM club_memberships m JOIN participants p ON p.id = m.participant_id
        WHERE m.club_id = ? ${where} ORDER BY p.full_name, m.id LIMIT ? OFFSET ?`,
      [clubId, query.pageSize, query.offset],
    );
    return { items: rows.map(membershipView), total: Number(total) };
  }

  async membershipView(manager: EntityManager, id: number): Promise<MembershipView> {
    const [row] = await manager.query<MembershipRow[]>(
      'SELECT m.*, p.full_name FROM club_memberships m JOIN participants p ON p.id = m.participant_id WHERE m.id = ?',
      [id],
    );
    return membershipView(row);
  }

  /** Of `participantIds`, those who were members of the club on `date`. One query, whatever their number. */
  async membersOn(
    manager: EntityManager,
    clubId: number,
    date: string,
    participantIds: number[],
  ): Promise<Set<number>> {
    if (participantIds.length === 0) return new Set();
    const rows = await manager.query<{ participant_id: number }[]>(
      `SELECT DISTINCT participant_id FROM club_memberships
        WHERE club_id = ? AND participant_id IN (?) AND joined_on <= ? AND (left_on IS NULL OR left_on >= ?)`,
      [clubId, participantIds, date, date],
    );
    return new Set(rows.map((row) => row.participant_id));
  }

  async sessions(clubId: number, query: SessionQuery): Promise<{ items: SessionView[]; total: number }> {
    const qb = this.dataSource
      .getRepository(ClubSession)
      .createQueryBuilder('session')
      .where('session.clubId = :clubId', { clubId });
    if (query.from) qb.andWhere('session.date >= :from', { from: query.from });
    if (query.to) qb.andWhere('session.date <= :to', { to: query.to });
    const [sessions, total] = await qb
      .orderBy('session.date', 'DESC')
      .addOrderBy('session.startTime', 'DESC')
      .addOrderBy('session.id', 'DESC')
      .skip(query.offset)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: await this.sessionViews(this.dataSource.manager, sessions), total };
  }

  async sessionViews(manager: EntityManager, sessions: ClubSession[]): Promise<SessionView[]> {
    if (sessions.length === 0) return [];
    const rows = await manager.query<{ session_id: number; status: AttendanceStatus; n: string }[]>(
      'SELECT session_id, status, COUNT(*) AS n FROM attendance WHERE session_id IN (?) GROUP BY session_id, status',
      [sessions.map((session) => session.id)],
    );
    return sessions.map((session) => {
      const count = (status: AttendanceStatus) =>
        Number(rows.find((row) => row.session_id === session.id && row.status === status)?.n ?? 0);
      const { club: _club, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = session;
      return {
        ...fields,
        attendance: { present: count('present'), absent: count('absent'), excused: count('excused') },
      };
    });
  }

  attendance(manager: EntityManager, sessionId: number) {
    return manager.query<
      { participant_id: number; full_name: string; status: AttendanceStatus; note: string | null }[]
    >(
      `SELECT a.participant_id, p.full_name, a.status, a.note FROM attendance a JOIN participants p ON p.id = a.participant_id
        WHERE a.session_id = ? ORDER BY p.full_name, a.participant_id`,
      [sessionId],
    );
  }

  /** Replaces a session's attendance and its counts: three statements for any number of trainees. */
  async replaceAttendance(
    manager: EntityManager,
    sessionId: number,
    records: { participantId: number; status: AttendanceStatus; note: string | null }[],
    recordedById: number,
  ): Promise<void> {
    const count = (status: AttendanceStatus) => records.filter((record) => record.status === status).length;
    await manager.query('UPDATE club_sessions SET present_count = ?, absent_count = ? WHERE id = ?', [
      count('present'),
      count('absent'),
      sessionId,
    ]);
    await manager.query('DELETE FROM attendance WHERE session_id = ?', [sessionId]);
    if (records.length === 0) return;
    await manager.query(
      `INSERT INTO attendance (session_id, participant_id, status, note, recorded_by_id) VALUES ${records.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
      records.flatMap((record) => [
        sessionId,
        record.participantId,
        record.status,
        record.note,
        recordedById,
      ]),
    );
  }

  /** Active members of the clubs a coach coaches, by name, paged. */
  async trainees(coachId: number, page: { offset: number; pageSize: number }) {
    const coached = `SELECT m.participant_id FROM club_memberships m JOIN club_coaches c ON c.club_id = m.club_id
                      WHERE c.user_id = ? AND m.left_on IS NULL`;
    const [{ total }] = await this.dataSource.query<{ total: string }[]>(
      `SELECT COUNT(DISTINCT participant_id) AS total FROM (${coached}) t`,
      [coachId],
    );
    const rows = await this.dataSource.query<
      { participant_id: number; full_name: string; date_of_birth: string | null }[]
    >(
      `SELECT p.id AS participant_id, p.full_name, p.date_of_birth FROM participants p
        WHERE p.id IN (${coached}) ORDER BY p.full_name, p.id LIMIT ? OFFSET ?`,
      [coachId, page.pageSize, page.offset],
    );
    return { rows, total: Number(total) };
  }

  /** The clubs (coached by `coachId`) that each of `participantIds` is an active member of. */
  traineeClubs(coachId: number, participantIds: number[]) {
    if (participantIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query<{ participant_id: number; id: number; name: string }[]>(
      `SELECT m.participant_id, cl.id, cl.name FROM club_memberships m
         JOIN club_coaches c ON c.club_id = m.club_id JOIN clubs cl ON cl.id = m.club_id
        WHERE c.user_id = ? AND m.left_on IS NULL AND m.participant_id IN (?) ORDER BY cl.name`,
      [coachId, participantIds],
    );
  }

  /**
   * Present and absent counts of each participant in the coach's clubs' sessions, over the last 90 days and
   * the 90 days before, to compare.
   */
  attendanceWindows(coachId: number, participantIds: number[], today: string) {
    if (participantIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query<
      {
        participant_id: number;
        recent_present: string;
        recent_absent: string;
        earlier_present: string;
        earlier_absent: string;
      }[]
    >(
      `SELECT a.participant_id,
              SUM(s.date > ? - INTERVAL 90 DAY AND a.status = 'present') AS recent_present,
              SUM(s.date > ? - INTERVAL 90 DAY AND a.status = 'absent') AS recent_absent,
              SUM(s.date <= ? - INTERVAL 90 DAY AND a.status = 'present') AS earlier_present,
              SUM(s.date <= ? - INTERVAL 90 DAY AND a.status = 'absent') AS earlier_absent
         FROM attendance a
         JOIN club_sessions s ON s.id = a.session_id
         JOIN club_coaches c ON c.club_id = s.club_id AND c.user_id = ?
        WHERE a.participant_id IN (?) AND s.date > ? - INTERVAL 180 DAY AND s.date <= ?
        GROUP BY a.participant_id`,
      [today, today, today, today, coachId, participantIds, today, today],
    );
  }

  /** Attendance counts by participant and month, for progress and trainee lists. */
  attendanceByMonth(participantIds: number[], from?: string) {
    if (participantIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query<
      { participant_id: number; month: string; status: AttendanceStatus; n: string }[]
    >(
      `SELECT a.participant_id, DATE_FORMAT(s.date, '%Y-%m') AS month, a.status, COUNT(*) AS n
         FROM attendance a JOIN club_sessions s ON s.id = a.session_id
        WHERE a.participant_id IN (?) ${from ? 'AND s.date >= ?' : ''}
        GROUP BY a.participant_id, month, a.status ORDER BY month`,
      from ? [participantIds, from] : [participantIds],
    );
  }
}

interface MembershipRow {
  id: number;
  club_id: number;
  participant_id: number;
  full_name: string;
  joined_on: string;
  left_on: string | null;
  leave_reason: string | null;
  version: number;
}

function membershipView(row: MembershipRow): MembershipView {
  return {
    id: row.id,
    clubId: row.club_id,
    participantId: row.participant_id,
    fullName: row.full_name,
    joinedOn: row.joined_on,
    leftOn: row.left_on,
    leaveReason: row.leave_reason,
    active: row.left_on === null,
    version: row.version,
  };
}
