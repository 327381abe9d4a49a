import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Actor } from '../access/actor';
import { covers } from '../access/scope';
import { AuditService } from '../audit/audit.service';
import { changedFields } from '../common/changed-fields';
import { AppError, invalidField, invalidFields } from '../common/errors/app-error';
import { LocalisedText } from '../common/errors/language';
import { Page, pageOf } from '../common/pagination';
import { checkPeriod } from '../common/validation/period';
import { inTransaction } from '../database/transaction';
import { updateVersioned } from '../database/versioned-update';
import { DisciplinesService } from '../disciplines/disciplines.service';
import { LocalitiesService } from '../localities/localities.service';
import { todayInVietnam } from '../participants/participant-rules';
import { ParticipantsService } from '../participants/participants.service';
import { ClubRow, ClubsRepository } from './clubs.repository';
import {
  AddMemberDto,
  ClubQuery,
  ClubView,
  CreateClubDto,
  CreateSessionDto,
  LeaveClubDto,
  MemberCandidateQuery,
  MemberCandidateView,
  MemberQuery,
  MembershipView,
  RecordAttendanceDto,
  SessionAttendanceView,
  SessionQuery,
  SessionView,
  UpdateClubDto,
} from './dto/club.dto';
import { ClubCoach } from './entities/club-coach.entity';
import { ClubSession } from './entities/club-session.entity';
import { Club } from './entities/club.entity';
import { Membership } from './entities/membership.entity';

/** read: see the club; coach: run it (members, sessions, attendance, assessments); manage: edit it, assign coaches. */
export type ClubNeed = 'read' | 'coach' | 'manage';

/**
 * Clubs and what happens in them. Organisers manage the clubs of their units; a coach sees and runs only the
 * clubs they are assigned to; admins everything. Judges and viewers have no business here.
 */
@Injectable()
export class ClubsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clubs: ClubsRepository,
    private readonly participants: ParticipantsService,
    private readonly localities: LocalitiesService,
    private readonly disciplines: DisciplinesService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: ClubQuery): Promise<Page<ClubView>> {
    const scope = this.access.scope(actor, 'club.read');
    const coachId = holdsCoachRole(actor) ? actor.userId : null;
    if (coachId === null) this.access.requireSomewhere(actor, 'club.read');
    if (query.organisationId)
      await this.access.visibleOrganisationPath(actor, query.organisationId, 'organisation.read');
    const { items, total } = await this.clubs.list(scope, coachId, query);
    return pageOf(items, total, query);
  }

  async get(actor: Actor, id: number): Promise<ClubView> {
    const { club } = await this.authorized(this.dataSource.manager, actor, id, 'read');
    const [view] = await this.clubs.views(this.dataSource.manager, [club]);
    return view;
  }

  async create(actor: Actor, input: CreateClubDto): Promise<ClubView> {
    await this.access.visibleOrganisationPath(
      actor,
      input.organisationId,
      'organisation.read',
      'club.manage',
    );
    checkPeriod(input.validFrom, input.validTo);
    return inTransaction(this.dataSource, async (manager) => {
      await this.checkReferences(manager, input.disciplineId);
      if (input.localityId !== undefined)
        await this.localities.requireInForce(
          manager,
          input.localityId,
          input.validFrom ?? todayInVietnam(),
          'localityId',
        );
      const club = await manager.save(
        manager.create(Club, {
          organisationId: input.organisationId,
          name: input.name,
          kind: input.kind,
          disciplineId: input.disciplineId,
          localityId: input.localityId ?? null,
          schedule: input.schedule || null,
          capacity: input.capacity ?? null,
          validFrom: input.validFrom ?? null,
          validTo: input.validTo ?? null,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'club',
        entityId: club.id,
        after: { ...club },
      });
      const [view] = await this.clubs.views(manager, [club]);
      return view;
    });
  }

  async update(actor: Actor, id: number, input: UpdateClubDto): Promise<ClubView> {
    return inTransaction(this.dataSource, async (manager) => {
      const { club } = await this.authorized(manager, actor, id, 'manage', true);
      if (input.version !== undefined && input.version !== club.version) throw new AppError('conflict');
      const { version: _version, ...fields } = input;
      const changes = changedFields<Club>(club, fields);
      if (Object.keys(changes).length > 0) {
        const next = { ...club, ...changes };
        checkPeriod(next.validFrom, next.validTo);
        await this.checkReferences(manager, changes.disciplineId);
        if (changes.localityId != null)
          await this.localities.requireInForce(
            manager,
            changes.localityId,
            next.validFrom ?? todayInVietnam(),
            'localityId',
          );
        await updateVersioned(manager, Club, id, club.version, changes);
        await this.audit.record(manager, actor, {
          action: 'update',
          entityType: 'club',
          entityId: id,
          before: { ...club },
          after: changes,
        });
      }
      const [view] = await this.clubs.views(manager, [(await this.clubs.find(manager, id))!.club]);
      return view;
    });
  }

  /** Assigns a user holding the coach role where the club is. */
  async assignCoach(actor: Actor, id: number, userId: number): Promise<ClubView> {
    return inTransaction(this.dataSource, async (manager) => {
      const { club, organisationPath } = await this.authorized(manager, actor, id, 'manage', true);
      const rows = await manager.query<{ path: string | null }[]>(
        `SELECT o.path FROM users u JOIN role_assignments ra ON ra.user_id = u.id LEFT JOIN organisations o ON o.id = ra.organisation_id
          WHERE u.id = ? AND u.active = 1 AND ra.role = 'coach'`,
        [userId],
      );
      const userExists =
        rows.length > 0 ||
        (await manager.query<unknown[]>('SELECT 1 FROM users WHERE id = ?', [userId])).length > 0;
      if (!userExists) throw new AppError('not_found');
      if (!rows.some((row) => row.path === null || organisationPath.startsWith(row.path))) {
        throw invalidField('userId', {
          vi: 'phải là người có vai trò huấn luyện viên tại đơn vị của câu lạc bộ',
          en: 'must hold the coach role at the club’s unit (or above it)',
        });
      }
      if (await this.clubs.isCoach(manager, id, userId))
        throw new AppError('conflict', { detail: ALREADY_COACH });
      await manager.insert(ClubCoach, { clubId: id, userId });
      await this.audit.record(manager, actor, {
        action: 'coach.assign',
        entityType: 'club',
        entityId: id,
        after: { userId },
      });
      const [view] = await this.clubs.views(manager, [club]);
      return view;
    });
  }

  async removeCoach(actor: Actor, id: number, userId: number): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      await this.authorized(manager, actor, id, 'manage', true);
      const { affected } = await manager.delete(ClubCoach, { clubId: id, userId });
      if (!affected) throw new AppError('not_found');
      await this.audit.record(manager, actor, {
        action: 'coach.remove',
        entityType: 'club',
        entityId: id,
        before: { userId },
      });
    });
  }

  async members(actor: Actor, id: number, query: MemberQuery): Promise<Page<MembershipView>> {
    await this.authorized(this.dataSource.manager, actor, id, 'read');
    const { items, total } = await this.clubs.members(id, query);
    return pageOf(items, total, query);
  }

  /** Children registered by the club's unit or below it, found by name, for a coach or manager to add. */
  async memberCandidates(
    actor: Actor,
    id: number,
    query: MemberCandidateQuery,
  ): Promise<Page<MemberCandidateView>> {
    const club = await this.authorized(this.dataSource.manager, actor, id, 'coach');
    return this.participants.searchWithin(club.organisationPath, query);
  }

  /**
   * Adds a participant: one the caller may see, or one registered by the club's unit (or below it). Needs room
   * in the club and, for a minor, the guardian's consent; joining again after leaving starts a new membership.
   */
  async addMember(actor: Actor, id: number, input: AddMemberDto): Promise<MembershipView> {
    const joinedOn = input.joinedOn ?? todayInVietnam();
    if (joinedOn > todayInVietnam()) throw invalidField('joinedOn', NOT_IN_FUTURE);
    return inTransaction(this.dataSource, async (manager) => {
      // Locking the club makes concurrent joins take turns, so capacity holds.
      const { club, organisationPath } = await this.authorized(manager, actor, id, 'coach', true);
      const participant = await this.participants.reachableFrom(
        manager,
        actor,
        input.participantId,
        organisationPath,
      );
      if (!activeOn(club, joinedOn)) {
        throw new AppError('conflict', {
          detail: {
            vi: 'Câu lạc bộ không hoạt động vào ngày này.',
            en: 'The club is not running on that date.',
          },
        });
      }
      if (await this.clubs.activeMembership(manager, id, participant.id)) {
        throw new AppError('conflict', {
          detail: { vi: 'Người này đang là thành viên.', en: 'The participant is already a member.' },
        });
      }
      if (club.capacity !== null && (await this.clubs.countActiveMembers(manager, id)) >= club.capacity) {
        throw new AppError('conflict', {
          detail: {
            vi: `Câu lạc bộ đã đủ ${club.capacity} thành viên.`,
            en: `The club is full (${club.capacity} members).`,
          },
          extensions: { capacity: club.capacity },
        });
      }
      await this.participants.requireConsent(manager, participant, 'club_membership');
      const { identifiers } = await manager.insert(Membership, {
        clubId: id,
        participantId: participant.id,
        joinedOn,
      });
      const membershipId = Number(identifiers[0].id);
      await this.audit.record(manager, actor, {
        action: 'membership.create',
        entityType: 'club',
        entityId: id,
        after: { membershipId, participantId: participant.id, joinedOn },
      });
      return this.clubs.membershipView(manager, membershipId);
    });
  }

  /**
   * Makes participants members of a club inside another feature's transaction, once that feature has made
   * its own checks (a fostering enrolment: accepted candidates with consent). Those already members keep
   * their membership; the club's capacity holds (409 naming it). Returns the membership id of each.
   */
  async addMembersIn(
    manager: EntityManager,
    actor: Actor,
    clubId: number,
    participantIds: number[],
    joinedOn: string,
  ): Promise<Map<number, number>> {
    const row = await this.clubs.find(manager, clubId, true);
    if (!row) throw new AppError('not_found');
    const ids = new Map<number, number>();
    const joining: number[] = [];
    for (const participantId of participantIds) {
      const membership = await this.clubs.activeMembership(manager, clubId, participantId);
      if (membership) ids.set(participantId, membership.id);
      else joining.push(participantId);
    }
    const { club } = row;
    if (
      club.capacity !== null &&
      (await this.clubs.countActiveMembers(manager, clubId)) + joining.length > club.capacity
    ) {
      throw new AppError('conflict', {
        detail: {
          vi: `Câu lạc bộ đã đủ ${club.capacity} thành viên.`,
          en: `The club is full (${club.capacity} members).`,
        },
        extensions: { capacity: club.capacity },
      });
    }
    for (const participantId of joining) {
      const { identifiers } = await manager.insert(Membership, { clubId, participantId, joinedOn });
      const membershipId = Number(identifiers[0].id);
      ids.set(participantId, membershipId);
      await this.audit.record(manager, actor, {
        action: 'membership.create',
        entityType: 'club',
        entityId: clubId,
        after: { membershipId, participantId, joinedOn },
      });
    }
    return ids;
  }

  async leave(actor: Actor, id: number, membershipId: number, input: LeaveClubDto): Promise<MembershipView> {
    return inTransaction(this.dataSource, async (manager) => {
      await this.authorized(manager, actor, id, 'coach', true);
      const membership = await manager.findOneBy(Membership, { id: membershipId, clubId: id });
      if (!membership) throw new AppError('not_found');
      if (membership.leftOn)
        throw new AppError('conflict', {
          detail: { vi: 'Người này đã rời câu lạc bộ.', en: 'The membership has ended already.' },
        });
      if (input.leftOn < membership.joinedOn) {
        throw invalidField('leftOn', {
          vi: 'không được trước ngày tham gia',
          en: 'must not be before the day they joined',
        });
      }
      if (input.leftOn > todayInVietnam()) throw invalidField('leftOn', NOT_IN_FUTURE);
      await updateVersioned(manager, Membership, membershipId, membership.version, {
        leftOn: input.leftOn,
        leaveReason: input.reason ?? null,
      });
      await this.audit.record(manager, actor, {
        action: 'membership.end',
        entityType: 'club',
        entityId: id,
        after: {
          membershipId,
          participantId: membership.participantId,
          leftOn: input.leftOn,
          reason: input.reason ?? null,
        },
      });
      return this.clubs.membershipView(manager, membershipId);
    });
  }

  async sessions(actor: Actor, id: number, query: SessionQuery): Promise<Page<SessionView>> {
    await this.authorized(this.dataSource.manager, actor, id, 'read');
    const { items, total } = await this.clubs.sessions(id, query);
    return pageOf(items, total, query);
  }

  async createSession(actor: Actor, id: number, input: CreateSessionDto): Promise<SessionView> {
    if (input.startTime && input.endTime && input.endTime < input.startTime) {
      throw invalidField('endTime', {
        vi: 'không được trước giờ bắt đầu',
        en: 'must not be before startTime',
      });
    }
    return inTransaction(this.dataSource, async (manager) => {
      await this.authorized(manager, actor, id, 'coach');
      const session = await manager.save(
        manager.create(ClubSession, {
          clubId: id,
          date: input.date,
          startTime: input.startTime ?? null,
          endTime: input.endTime ?? null,
          topic: input.topic || null,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'session.create',
        entityType: 'club',
        entityId: id,
        after: { sessionId: session.id, date: session.date, topic: session.topic },
      });
      const [view] = await this.clubs.sessionViews(manager, [session]);
      return view;
    });
  }

  async session(actor: Actor, sessionId: number): Promise<SessionAttendanceView> {
    const session = await this.dataSource.manager.findOneBy(ClubSession, { id: sessionId });
    if (!session) throw new AppError('not_found');
    await this.authorized(this.dataSource.manager, actor, session.clubId, 'read');
    return this.attendanceView(this.dataSource.manager, session);
  }

  /**
   * Records a whole session's attendance in one request, replacing what was recorded (a correction is the
   * same call). A constant number of queries, whatever the number of trainees.
   */
  async recordAttendance(
    actor: Actor,
    sessionId: number,
    input: RecordAttendanceDto,
  ): Promise<SessionAttendanceView> {
    return inTransaction(this.dataSource, async (manager) => {
      const session = await manager.findOne(ClubSession, {
        where: { id: sessionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session) throw new AppError('not_found');
      await this.authorized(manager, actor, session.clubId, 'coach');
      if (session.date > todayInVietnam()) {
        throw new AppError('conflict', {
          detail: {
            vi: 'Chưa thể điểm danh cho buổi học trong tương lai.',
            en: 'Attendance cannot be recorded for a future session.',
          },
        });
      }
      const ids = input.records.map((record) => record.participantId);
      const members = await this.clubs.membersOn(manager, session.clubId, session.date, ids);
      const strangers = input.records.flatMap((record, index) =>
        members.has(record.participantId) ? [] : [index],
      );
      if (strangers.length > 0) {
        throw invalidFields(
          strangers.map((index) => ({
            path: `records.${index}.participantId`,
            message: {
              vi: 'không là thành viên của câu lạc bộ vào ngày này',
              en: 'was not a member of the club on that date',
            },
          })),
        );
      }
      const before = await this.clubs.attendance(manager, sessionId);
      const records = input.records.map((record) => ({
        participantId: record.participantId,
        status: record.status,
        note: record.note || null,
      }));
      await this.clubs.replaceAttendance(manager, sessionId, records, actor.userId);
      await this.audit.record(manager, actor, {
        action: before.length === 0 ? 'attendance.record' : 'attendance.correct',
        entityType: 'club_session',
        entityId: sessionId,
        before:
          before.length === 0
            ? null
            : { records: before.map((row) => ({ participantId: row.participant_id, status: row.status })) },
        after: { records: records.map(({ participantId, status }) => ({ participantId, status })) },
      });
      return this.attendanceView(manager, session);
    });
  }

  /**
   * The club, when the actor may see it (404 otherwise) and do what `need` asks (403 otherwise). Coaches
   * reach the clubs they are assigned to, whatever unit those belong to.
   */
  async authorized(
    manager: EntityManager,
    actor: Actor,
    clubId: number,
    need: ClubNeed,
    lock = false,
  ): Promise<ClubRow> {
    const row = await this.clubs.find(manager, clubId, lock);
    if (!row) throw new AppError('not_found');
    const coaches = holdsCoachRole(actor) && (await this.clubs.isCoach(manager, clubId, actor.userId));
    const manages = covers(this.access.scope(actor, 'club.manage'), row.organisationPath);
    if (!coaches && !covers(this.access.scope(actor, 'club.read'), row.organisationPath))
      throw new AppError('not_found');
    const allowed = need === 'read' || manages || (need === 'coach' && coaches);
    if (!allowed) throw new AppError('forbidden');
    return row;
  }

  private async attendanceView(manager: EntityManager, session: ClubSession): Promise<SessionAttendanceView> {
    const [[view], rows] = await Promise.all([
      this.clubs.sessionViews(manager, [session]),
      this.clubs.attendance(manager, session.id),
    ]);
    return {
      session: view,
      records: rows.map((row) => ({
        participantId: row.participant_id,
        fullName: row.full_name,
        status: row.status,
        note: row.note,
      })),
    };
  }

  private async checkReferences(manager: EntityManager, disciplineId?: number): Promise<void> {
    if (disciplineId !== undefined) await this.disciplines.requireExisting(manager, [disciplineId]);
  }
}

export function holdsCoachRole(actor: Actor): boolean {
  return actor.roles.some((held) => held.role === 'coach');
}

function activeOn(club: Club, date: string): boolean {
  return (
    (club.validFrom === null || club.validFrom <= date) && (club.validTo === null || club.validTo >= date)
  );
}

const NOT_IN_FUTURE: LocalisedText = { vi: 'không được ở tương lai', en: 'must not be in the future' };
const ALREADY_COACH: LocalisedText = {
  vi: 'Người này đã là huấn luyện viên của câu lạc bộ.',
  en: 'The user already coaches this club.',
};
