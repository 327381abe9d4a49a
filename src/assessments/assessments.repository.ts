import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AssessmentView, RubricView } from './dto/assessment.dto';
import { AssessmentCriterion } from './entities/assessment-criterion.entity';
import { AssessmentRubric } from './entities/assessment-rubric.entity';
import { Assessment } from './entities/assessment.entity';

/** Rubrics, assessments and their marks. */
@Injectable()
export class AssessmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async rubric(manager: EntityManager, id: number): Promise<RubricView | undefined> {
    const rubric = await manager.getRepository(AssessmentRubric).findOneBy({ id });
    if (!rubric) return undefined;
    const [view] = await this.rubricViews(manager, [rubric]);
    return view;
  }

  /** Rubrics of a discipline and of its field (a field's rubric fits its disciplines), or all of them. */
  async rubrics(disciplineId?: number): Promise<RubricView[]> {
    const qb = this.dataSource.getRepository(AssessmentRubric).createQueryBuilder('rubric');
    if (disciplineId) {
      qb.where(
        'rubric.disciplineId = :disciplineId OR rubric.disciplineId = (SELECT parent_id FROM disciplines WHERE id = :disciplineId)',
        {
          disciplineId,
        },
      );
    }
    return this.rubricViews(
      this.dataSource.manager,
      await qb.orderBy('rubric.name').addOrderBy('rubric.id').getMany(),
    );
  }

  private async rubricViews(manager: EntityManager, rubrics: AssessmentRubric[]): Promise<RubricView[]> {
    if (rubrics.length === 0) return [];
    const criteria = await manager
      .getRepository(AssessmentCriterion)
      .createQueryBuilder('criterion')
      .where('criterion.rubricId IN (:...ids)', { ids: rubrics.map((rubric) => rubric.id) })
      .orderBy('criterion.position')
      .getMany();
    return rubrics.map((rubric) => ({
      id: rubric.id,
      disciplineId: rubric.disciplineId,
      organisationId: rubric.organisationId,
      name: rubric.name,
      active: rubric.active,
      version: rubric.version,
      criteria: criteria
        .filter((criterion) => criterion.rubricId === rubric.id)
        .map(({ id, code, name, min, max, step }) => ({ id, code, name, min, max, step })),
    }));
  }

  /** Whether the rubric suits the discipline: made for it, or for the field it belongs to. */
  async rubricFits(
    manager: EntityManager,
    rubricDisciplineId: number,
    disciplineId: number,
  ): Promise<boolean> {
    if (rubricDisciplineId === disciplineId) return true;
    const rows = await manager.query<unknown[]>('SELECT 1 FROM disciplines WHERE id = ? AND parent_id = ?', [
      disciplineId,
      rubricDisciplineId,
    ]);
    return rows.length > 0;
  }

  async assessment(manager: EntityManager, id: number): Promise<AssessmentView | undefined> {
    const assessment = await manager.getRepository(Assessment).findOneBy({ id });
    if (!assessment) return undefined;
    const scores = await manager.query<{ criterion_id: number; code: string; value: string }[]>(
      `SELECT s.criterion_id, c.code, s.value FROM assessment_scores s JOIN assessment_criteria c ON c.id = s.criterion_id
        WHERE s.assessment_id = ? ORDER BY c.position`,
      [id],
    );
    const {
      participant: _participant,
      club: _club,
      rubric: _rubric,
      scores: _scores,
      createdAt: _createdAt,
      updatedAt: _updatedAt,
      ...fields
    } = assessment;
    return {
      ...fields,
      scores: scores.map((score) => ({
        criterionId: score.criterion_id,
        code: score.code,
        value: score.value,
      })),
    };
  }

  async replaceScores(
    manager: EntityManager,
    assessmentId: number,
    scores: { criterionId: number; value: string }[],
  ): Promise<void> {
    await manager.query('DELETE FROM assessment_scores WHERE assessment_id = ?', [assessmentId]);
    await manager.query(
      `INSERT INTO assessment_scores (assessment_id, criterion_id, value) VALUES ${scores.map(() => '(?, ?, ?)').join(', ')}`,
      scores.flatMap((score) => [assessmentId, score.criterionId, score.value]),
    );
  }

  /** Every mark of the participants' assessments, oldest first, with the criterion's scale: for progress and trends. */
  marks(participantIds: number[]) {
    if (participantIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query<MarkRow[]>(
      `SELECT a.participant_id, a.id AS assessment_id, a.assessed_on, a.rubric_id, r.name AS rubric_name,
              c.id AS criterion_id, c.code, c.name AS criterion_name, c.min, c.max, s.value, c.position
         FROM assessments a
         JOIN assessment_rubrics r ON r.id = a.rubric_id
         JOIN assessment_scores s ON s.assessment_id = a.id
         JOIN assessment_criteria c ON c.id = s.criterion_id
        WHERE a.participant_id IN (?)
        ORDER BY a.assessed_on, a.id, c.position`,
      [participantIds],
    );
  }
}

export interface MarkRow {
  participant_id: number;
  assessment_id: number;
  assessed_on: string;
  rubric_id: number;
  rubric_name: string;
  criterion_id: number;
  code: string;
  criterion_name: string;
  min: string;
  max: string;
  value: string;
  position: number;
}
