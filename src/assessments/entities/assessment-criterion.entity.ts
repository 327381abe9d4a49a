import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { AssessmentRubric } from './assessment-rubric.entity';

/** One criterion of a rubric and its scale: from `min` to `max` in steps of `step` (exact decimals). */
@Entity('assessment_criteria')
@Index(['rubricId', 'code'], { unique: true })
export class AssessmentCriterion {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  rubricId!: number;

  @ManyToOne(() => AssessmentRubric, (rubric) => rubric.criteria, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rubric_id' })
  rubric?: Relation<AssessmentRubric>;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 150 })
  name!: string;

  @Column({ type: 'decimal', precision: 6, scale: 2 })
  min!: string;

  @Column({ type: 'decimal', precision: 6, scale: 2 })
  max!: string;

  @Column({ type: 'decimal', precision: 6, scale: 2 })
  step!: string;

  /** Order within the rubric. */
  @Column({ type: 'smallint' })
  position!: number;
}
