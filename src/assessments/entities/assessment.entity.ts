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
import { Club } from '../../clubs/entities/club.entity';
import { CreatedAtColumn, UpdatedAtColumn } from '../../database/timestamp-columns';
import { Participant } from '../../participants/entities/participant.entity';
import { AssessmentRubric } from './assessment-rubric.entity';
import { AssessmentScore } from './assessment-score.entity';

/** A coach's dated assessment of a trainee against a rubric. Corrections are audited. */
@Entity('assessments')
@Index(['participantId', 'assessedOn'])
@Index(['clubId'])
export class Assessment {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  participantId!: number;

  @ManyToOne(() => Participant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Column({ type: 'int' })
  clubId!: number;

  @ManyToOne(() => Club, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'club_id' })
  club?: Club;

  @Column({ type: 'int' })
  rubricId!: number;

  @ManyToOne(() => AssessmentRubric, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rubric_id' })
  rubric?: AssessmentRubric;

  @Column({ type: 'date' })
  assessedOn!: string;

  @Column({ type: 'int' })
  assessorId!: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment!: string | null;

  @OneToMany(() => AssessmentScore, (score) => score.assessment)
  scores?: Relation<AssessmentScore[]>;

  @VersionColumn()
  version!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
