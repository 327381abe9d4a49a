import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { ClubsRepository } from '../clubs/clubs.repository';
import { ClubsService } from '../clubs/clubs.service';
import { fromHundredths, onScale, toHundredths } from '../common/decimal-hundredths';
import { AppError, FieldError, invalidField, invalidFields } from '../common/errors/app-error';
import { inTransaction } from '../database/transaction';
import { updateVersioned } from '../database/versioned-update';
import { DisciplinesService } from '../disciplines/disciplines.service';
import { todayInVietnam } from '../participants/participant-rules';
import { AssessmentsRepository } from './assessments.repository';
import {
  AssessmentView,
  CreateAssessmentDto,
  CreateRubricDto,
  AssessmentCriterionView,
  RubricView,
  ScoreDto,
  UpdateAssessmentDto,
  UpdateRubricDto,
} from './dto/assessment.dto';
import { AssessmentCriterion } from './entities/assessment-criterion.entity';
import { AssessmentRubric } from './entities/assessment-rubric.entity';
import { Assessment } from './entities/assessment.entity';

/**
 * Rubrics (organisers and admins write them; everyone reads them) and coaches' assessments of their trainees
 * against them. Marks are checked exactly against each criterion's scale; corrections are audited.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentsRepository,
    private readonly clubs: ClubsService,
    private readonly clubRows: ClubsRepository,
    private readonly disciplines: DisciplinesService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  rubrics(disciplineId?: number): Promise<RubricView[]> {
    return this.assessments.rubrics(disciplineId);
  }

  async rubric(id: number): Promise<RubricView> {
    const rubric = await this.assessments.rubric(this.dataSource.manager, id);
    if (!rubric) throw new AppError('not_found');
    return rubric;
  }

  async createRubric(actor: Actor, input: CreateRubricDto): Promise<RubricView> {
    await this.access.visibleOrganisationPath(
      actor,
      input.organisationId,
      'organisation.read',
      'rubric.manage',
    );
    const errors = input.criteria.flatMap((criterion, index): FieldError[] => {
      const [min, max, step] = [
        toHundredths(criterion.min)!,
        toHundredths(criterion.max)!,
        toHundredths(criterion.step)!,
      ];
      if (min >= max)
        return [
          {
            path: `criteria.${index}.max`,
            message: { vi: 'phải lớn hơn min', en: 'must be greater than min' },
          },
        ];
      if (step <= 0 || (max - min) % step !== 0) {
        return [
          {
            path: `criteria.${index}.step`,
            message: {
              vi: 'phải chia hết khoảng từ min đến max',
              en: 'must divide the range from min to max',
            },
          },
        ];
      }
      return [];
    });
    if (errors.length > 0) throw invalidFields(errors);
    return inTransaction(this.dataSource, async (manager) => {
      await this.disciplines.requireExisting(manager, [input.disciplineId]);
      const rubric = await manager.save(
        manager.create(AssessmentRubric, {
          organisationId: input.organisationId,
          disciplineId: input.disciplineId,
          name: input.name,
        }),
      );
      await manager.insert(
        AssessmentCriterion,
        input.criteria.map((criterion, position) => ({
          rubricId: rubric.id,
          code: criterion.code,
          name: criterion.name,
          min: fromHundredths(toHundredths(criterion.min)!),
          max: fromHundredths(toHundredths(criterion.max)!),
          step: fromHundredths(toHundredths(criterion.step)!),
          position,
        })),
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'assessment_rubric',
        entityId: rubric.id,
        after: {
          organisationId: rubric.organisationId,
          disciplineId: rubric.disciplineId,
          name: rubric.name,
          criteria: input.criteria,
        },
      });
      return (await this.assessments.rubric(manager, rubric.id))!;
    });
  }

  /** Renames or retires a rubric; its criteria never change, so past assessments keep their meaning. */
  async updateRubric(actor: Actor, id: number, input: UpdateRubricDto): Promise<RubricView> {
    return inTransaction(this.dataSource, async (manager) => {
      const rubric = await manager.findOne(AssessmentRubric, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!rubric) throw new AppError('not_found');
      // Edited by the organisers of its unit: 404 outside their reach. A rubric without a unit is the admins'.
      if (rubric.organisationId === null) this.access.requireEverywhere(actor, 'rubric.manage');
      else
        await this.access.visibleOrganisationPath(
          actor,
          rubric.organisationId,
          'organisation.read',
          'rubric.manage',
        );
      const changes = {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.active !== undefined && { active: input.active }),
      };
      if (Object.keys(changes).length > 0) {
        await updateVersioned(manager, AssessmentRubric, id, rubric.version, changes);
        await this.audit.record(manager, actor, {
          action: 'update',
          entityType: 'assessment_rubric',
          entityId: id,
          before: { name: rubric.name, active: rubric.active },
          after: changes,
        });
      }
      return (await this.assessments.rubric(manager, id))!;
    });
  }

  /** A coach's assessment of a trainee of their club, on a rubric that fits the club's discipline. */
  async create(actor: Actor, input: CreateAssessmentDto): Promise<AssessmentView> {
    if (input.assessedOn > todayInVietnam()) {
      throw invalidField('assessedOn', { vi: 'không được ở tương lai', en: 'must not be in the future' });
    }
    return inTransaction(this.dataSource, async (manager) => {
      const { club } = await this.clubs.authorized(manager, actor, input.clubId, 'coach');
      const members = await this.clubRows.membersOn(manager, club.id, input.assessedOn, [
        input.participantId,
      ]);
      if (!members.has(input.participantId)) {
        throw invalidField('participantId', {
          vi: 'không là thành viên của câu lạc bộ vào ngày này',
          en: 'was not a member of the club on that date',
        });
      }
      const rubric = await this.assessments.rubric(manager, input.rubricId);
      if (!rubric) throw new AppError('not_found');
      if (!rubric.active) throw invalidField('rubricId', { vi: 'đã ngừng sử dụng', en: 'is retired' });
      if (!(await this.assessments.rubricFits(manager, rubric.disciplineId, club.disciplineId))) {
        throw invalidField('rubricId', {
          vi: 'không dành cho bộ môn của câu lạc bộ',
          en: 'is not for the club’s discipline',
        });
      }
      const scores = checkScores(input.scores, rubric.criteria, 'scores');
      const assessment = await manager.save(
        manager.create(Assessment, {
          participantId: input.participantId,
          clubId: club.id,
          rubricId: rubric.id,
          assessedOn: input.assessedOn,
          assessorId: actor.userId,
          comment: input.comment || null,
        }),
      );
      await this.assessments.replaceScores(manager, assessment.id, scores);
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'assessment',
        entityId: assessment.id,
        after: {
          participantId: input.participantId,
          clubId: club.id,
          rubricId: rubric.id,
          assessedOn: input.assessedOn,
          scores,
        },
      });
      return (await this.assessments.assessment(manager, assessment.id))!;
    });
  }

  async get(actor: Actor, id: number): Promise<AssessmentView> {
    const view = await this.assessments.assessment(this.dataSource.manager, id);
    if (!view) throw new AppError('not_found');
    await this.clubs.authorized(this.dataSource.manager, actor, view.clubId, 'read');
    return view;
  }

  /** A correction: the coach (or a manager of the club) changes date, marks or comment; the audit keeps both. */
  async update(actor: Actor, id: number, input: UpdateAssessmentDto): Promise<AssessmentView> {
    return inTransaction(this.dataSource, async (manager) => {
      const assessment = await manager.findOne(Assessment, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!assessment) throw new AppError('not_found');
      await this.clubs.authorized(manager, actor, assessment.clubId, 'coach');
      if (input.version !== undefined && input.version !== assessment.version) throw new AppError('conflict');
      const before = (await this.assessments.assessment(manager, id))!;
      const fields = {
        ...(input.assessedOn !== undefined && { assessedOn: input.assessedOn }),
        ...(input.comment !== undefined && { comment: input.comment || null }),
      };
      if (fields.assessedOn && fields.assessedOn > todayInVietnam()) {
        throw invalidField('assessedOn', { vi: 'không được ở tương lai', en: 'must not be in the future' });
      }
      const rubric = (await this.assessments.rubric(manager, assessment.rubricId))!;
      const scores = input.scores && checkScores(input.scores, rubric.criteria, 'scores');
      // The version moves with any change, marks included, so a stale correction is refused.
      await updateVersioned(manager, Assessment, id, assessment.version, {
        ...fields,
        assessorId: assessment.assessorId,
      });
      if (scores) await this.assessments.replaceScores(manager, id, scores);
      const after = (await this.assessments.assessment(manager, id))!;
      await this.audit.record(manager, actor, {
        action: 'correct',
        entityType: 'assessment',
        entityId: id,
        before: { assessedOn: before.assessedOn, comment: before.comment, scores: before.scores },
        after: { assessedOn: after.assessedOn, comment: after.comment, scores: after.scores },
      });
      return after;
    });
  }
}

/** Exactly one mark per criterion, each on its scale; 400 naming every wrong one. */
function checkScores(
  scores: ScoreDto[],
  criteria: AssessmentCriterionView[],
  path: string,
): { criterionId: number; value: string }[] {
  const errors: FieldError[] = [];
  scores.forEach((score, index) => {
    const criterion = criteria.find((candidate) => candidate.id === score.criterionId);
    if (!criterion) {
      errors.push({
        path: `${path}.${index}.criterionId`,
        message: { vi: 'không thuộc tiêu chí đánh giá này', en: 'is not a criterion of this rubric' },
      });
      return;
    }
    const scale = {
      min: toHundredths(criterion.min)!,
      max: toHundredths(criterion.max)!,
      step: toHundredths(criterion.step)!,
    };
    if (!onScale(toHundredths(score.value)!, scale)) {
      errors.push({
        path: `${path}.${index}.value`,
        message: {
          vi: `phải từ ${criterion.min} đến ${criterion.max}, bước ${criterion.step}`,
          en: `must be from ${criterion.min} to ${criterion.max} in steps of ${criterion.step}`,
        },
      });
    }
  });
  const missing = criteria.filter((criterion) => !scores.some((score) => score.criterionId === criterion.id));
  if (missing.length > 0) {
    errors.push({
      path,
      message: {
        vi: `thiếu điểm tiêu chí ${missing.map((c) => c.code).join(', ')}`,
        en: `missing marks for ${missing.map((c) => c.code).join(', ')}`,
      },
    });
  }
  if (errors.length > 0) throw invalidFields(errors);
  return scores.map((score) => ({
    criterionId: score.criterionId,
    value: fromHundredths(toHundredths(score.value)!),
  }));
}
