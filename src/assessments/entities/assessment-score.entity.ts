import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { AssessmentCriterion } from './assessment-criterion.entity';
import { Assessment } from './assessment.entity';

/** The mark on one criterion of an assessment (exact decimal, on the criterion's scale). */
@Entity('assessment_scores')
export class AssessmentScore {
  @PrimaryColumn({ type: 'int' })
  assessmentId!: number;

  @PrimaryColumn({ type: 'int' })
  criterionId!: number;

  @ManyToOne(() => Assessment, (assessment) => assessment.scores, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<Assessment>;

  @ManyToOne(() => AssessmentCriterion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'criterion_id' })
  criterion?: AssessmentCriterion;

  @Column({ type: 'decimal', precision: 6, scale: 2 })
  value!: string;
}
