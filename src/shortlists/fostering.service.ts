import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Actor } from '../access/actor';
import { covers, scopeCondition } from '../access/scope';
import { AuditService } from '../audit/audit.service';
import { ClubsService } from '../clubs/clubs.service';
import { AppError, FieldError, invalidFields } from '../common/errors/app-error';
import { Page, pageOf } from '../common/pagination';
import { inTransaction } from '../database/transaction';
import { Participant } from '../participants/entities/participant.entity';
import { ParticipantsService } from '../participants/participants.service';
import { todayInVietnam } from '../participants/participant-rules';
import {
  CreateProgrammeDto,
  EnrolDto,
  EnrolmentView,
  ProgrammeClubView,
  ProgrammeQuery,
  ProgrammeView,
} from './dto/fostering.dto';
import { FosteringEnrolment } from './entities/fostering-enrolment.entity';
import { FosteringProgramme } from './entities/fostering-programme.entity';
import { MESSAGES } from './messages';

/** Fostering programmes at the palace and the enrolment of accepted candidates. */
@Injectable()
export class FosteringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clubs: ClubsService,
    private readonly participants: ParticipantsService,
  ) {}

  async list(actor: Actor, query: ProgrammeQuery): Promise<Page<ProgrammeView>> {
    this.access.requireSomewhere(actor, 'shortlist.manage');
    const condition = scopeCondition(this.access.scope(actor, 'shortlist.manage'), 'organisation.path');
    const [items, total] = await this.dataSource
      .getRepository(FosteringProgramme)
      .createQueryBuilder('programme')
      .innerJoinAndSelect('programme.club', 'club')
      .innerJoinAndSelect('programme.discipline', 'discipline')
      .innerJoin('club.organisation', 'organisation')
      .where(condition.sql, condition.params)
      .orderBy('programme.id', 'DESC')
      .skip(query.offset)
      .take(query.pageSize)
      .getManyAndCount();
    return pageOf(items.map(toView), total, query);
  }

  /** The clubs open today of the units where the caller runs fostering programmes, by name. */
  async programmeClubs(actor: Actor): Promise<ProgrammeClubView[]> {
    this.access.requireSomewhere(actor, 'shortlist.manage');
    const inScope = this.scopeSql(actor);
    const rows = await this.dataSource.query<
      {
        id: number;
        name: string;
        organisation_name: string;
        discipline_id: number;
        discipline_name: string;
        field_id: number | null;
        field_name: string | null;
      }[]
    >(
      `SELECT c.id, c.name, o.name AS organisation_name, d.id AS discipline_id, d.name AS discipline_name,
              f.id AS field_id, f.name AS field_name
       FROM clubs c
       JOIN organisations o ON o.id = c.organisation_id
       JOIN disciplines d ON d.id = c.discipline_id
       LEFT JOIN disciplines f ON f.id = d.parent_id
       WHERE ${inScope.sql} AND (c.valid_to IS NULL OR c.valid_to >= ?)
       ORDER BY c.name, c.id`,
      [...inScope.params, todayInVietnam()],
    );
    return rows.map((row) => ({
      id: Number(row.id),
      name: row.name,
      organisationName: row.organisation_name,
      discipline: { id: Number(row.discipline_id), name: row.discipline_name },
      field: row.field_id === null ? null : { id: Number(row.field_id), name: row.field_name! },
    }));
  }

  async create(actor: Actor, input: CreateProgrammeDto): Promise<ProgrammeView> {
    this.access.requireSomewhere(actor, 'shortlist.manage');
    return inTransaction(this.dataSource, async (manager) => {
      const club = await this.clubOf(manager, actor, input.clubId);
      const errors: FieldError[] = [];
      if (input.endsOn < input.startsOn)
        errors.push({ path: 'endsOn', message: MESSAGES.programmeEndsEarly });
      if (input.disciplineId !== club.discipline_id && input.disciplineId !== club.field_id)
        errors.push({ path: 'disciplineId', message: MESSAGES.programmeDiscipline });
      if (errors.length) throw invalidFields(errors);
      const { identifiers } = await manager.insert(FosteringProgramme, {
        name: input.name,
        clubId: input.clubId,
        disciplineId: input.disciplineId,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        capacity: input.capacity,
        createdById: actor.userId,
      });
      const id = Number(identifiers[0].id);
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'fostering_programme',
        entityId: id,
        after: { ...input },
      });
      return toView(
        await manager.findOneOrFail(FosteringProgramme, {
          where: { id },
          relations: { club: true, discipline: true },
        }),
      );
    });
  }

  /**
   * Enrols accepted candidates, all or none: each child's problem (not accepted, no consent, no place left,
   * enrolled already) is named; otherwise each becomes a member of the programme's club.
   */
  async enrol(actor: Actor, id: number, input: EnrolDto): Promise<EnrolmentView[]> {
    return inTransaction(this.dataSource, async (manager) => {
      const programme = await manager
        .getRepository(FosteringProgramme)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!programme) throw new AppError('not_found');
      await this.clubOf(manager, actor, programme.clubId);

      const inScope = this.scopeSql(actor);
      const accepted = new Map(
        (
          await manager.query<{ participant_id: number; run_id: number }[]>(
            `SELECT d.participant_id, MAX(d.run_id) AS run_id FROM shortlist_decisions d
             JOIN shortlist_runs r ON r.id = d.run_id
             JOIN organisations o ON o.id = r.organisation_id
             WHERE d.decision = 'accepted' AND d.participant_id IN (?) AND ${inScope.sql}
             GROUP BY d.participant_id`,
            [input.participantIds, ...inScope.params],
          )
        ).map((row) => [Number(row.participant_id), Number(row.run_id)]),
      );
      const enrolled = new Set(
        (
          await manager.query<{ participant_id: number }[]>(
            'SELECT participant_id FROM fostering_enrolments WHERE programme_id = ? AND participant_id IN (?)',
            [id, input.participantIds],
          )
        ).map((row) => Number(row.participant_id)),
      );
      const errors: FieldError[] = [];
      let places = programme.capacity - programme.enrolled;
      for (const [index, participantId] of input.participantIds.entries()) {
        const path = `participantIds.${index}`;
        if (enrolled.has(participantId)) errors.push({ path, message: MESSAGES.enrolAlready });
        else if (!accepted.has(participantId)) errors.push({ path, message: MESSAGES.enrolNotAccepted });
        else if (!(await this.consents(manager, participantId)))
          errors.push({ path, message: MESSAGES.enrolConsent });
        else if (places <= 0) errors.push({ path, message: MESSAGES.enrolCapacity });
        else places -= 1;
      }
      if (errors.length)
        throw new AppError('enrolment_refused', { errors, params: { count: errors.length } });

      const memberships = await this.clubs.addMembersIn(
        manager,
        actor,
        programme.clubId,
        input.participantIds,
        todayInVietnam(),
      );
      const rows = input.participantIds.map((participantId) => ({
        programmeId: id,
        participantId,
        runId: accepted.get(participantId)!,
        membershipId: memberships.get(participantId)!,
        enrolledById: actor.userId,
      }));
      await manager.insert(FosteringEnrolment, rows);
      await manager.update(
        FosteringProgramme,
        { id },
        { enrolled: programme.enrolled + rows.length, version: programme.version + 1 },
      );
      await this.audit.record(manager, actor, {
        action: 'fostering.enrol',
        entityType: 'fostering_programme',
        entityId: id,
        after: { participantIds: input.participantIds },
      });
      return rows.map(({ participantId, runId, membershipId }) => ({ participantId, runId, membershipId }));
    });
  }

  /** Whether the child may join a club and be fostered: consents on record for both. */
  private async consents(manager: EntityManager, participantId: number): Promise<boolean> {
    const participant = await manager.findOneBy(Participant, { id: participantId });
    if (!participant) return false;
    try {
      await this.participants.requireConsent(manager, participant, 'club_membership');
      await this.participants.requireConsent(manager, participant, 'shortlisting');
      return true;
    } catch (error) {
      if (error instanceof AppError) return false;
      throw error;
    }
  }

  /** The SQL condition on `o.path` of the actor's shortlist scope, with its parameters. */
  private scopeSql(actor: Actor): { sql: string; params: string[] } {
    const scope = this.access.scope(actor, 'shortlist.manage');
    if (scope.everywhere) return { sql: '1 = 1', params: [] };
    if (scope.paths.length === 0) return { sql: '1 = 0', params: [] };
    return {
      sql: `(${scope.paths.map(() => 'o.path LIKE ?').join(' OR ')})`,
      params: scope.paths.map((path) => `${path}%`),
    };
  }

  /** The club, when it belongs to a unit where the actor runs fostering programmes (404 otherwise). */
  private async clubOf(manager: EntityManager, actor: Actor, clubId: number) {
    const [club] = await manager.query<{ path: string; discipline_id: number; field_id: number | null }[]>(
      `SELECT o.path, c.discipline_id, d.parent_id AS field_id FROM clubs c
       JOIN organisations o ON o.id = c.organisation_id
       JOIN disciplines d ON d.id = c.discipline_id
       WHERE c.id = ?`,
      [clubId],
    );
    if (!club || !covers(this.access.scope(actor, 'shortlist.manage'), club.path))
      throw new AppError('not_found');
    return {
      ...club,
      discipline_id: Number(club.discipline_id),
      field_id: club.field_id === null ? null : Number(club.field_id),
    };
  }
}

function toView(programme: FosteringProgramme): ProgrammeView {
  return {
    id: programme.id,
    name: programme.name,
    clubId: programme.clubId,
    clubName: programme.club!.name,
    disciplineId: programme.disciplineId,
    disciplineName: programme.discipline!.name,
    startsOn: programme.startsOn,
    endsOn: programme.endsOn,
    capacity: programme.capacity,
    enrolled: programme.enrolled,
    version: programme.version,
  };
}
