import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
  VersionColumn,
} from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../database/timestamp-columns';
import { Discipline } from '../../disciplines/entities/discipline.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { AssessmentCriterion } from './assessment-criterion.entity';

/** How coaches assess a discipline: a set of criteria, each on a scale. Its criteria never change once used. */
@Entity('assessment_rubrics')
@Index(['disciplineId'])
@Index(['organisationId'])
export class AssessmentRubric {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  disciplineId!: number;

  @ManyToOne(() => Discipline, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'discipline_id' })
  discipline?: Discipline;

  /** The unit whose organisers edit it; none for the rubrics written before rubrics had owners (admins edit those). */
  @Column({ type: 'int', nullable: true })
  organisationId!: number | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'varchar', length: 150 })
  name!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @OneToMany(() => AssessmentCriterion, (criterion) => criterion.rubric)
  criteria?: Relation<AssessmentCriterion[]>;

  @VersionColumn()
  version!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
