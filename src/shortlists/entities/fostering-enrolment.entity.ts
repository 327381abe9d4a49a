import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../database/timestamp-columns';
import { Participant } from '../../participants/entities/participant.entity';
import { FosteringProgramme } from './fostering-programme.entity';

/** An accepted candidate enrolled in a programme, through the run that shortlisted them. */
@Entity('fostering_enrolments')
export class FosteringEnrolment {
  @PrimaryColumn({ type: 'int' })
  programmeId!: number;

  @PrimaryColumn({ type: 'int' })
  participantId!: number;

  @ManyToOne(() => FosteringProgramme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: FosteringProgramme;

  @ManyToOne(() => Participant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Column({ type: 'int' })
  runId!: number;

  /** The club membership the enrolment created (the coaches track the child there). */
  @Column({ type: 'int' })
  membershipId!: number;

  @Column({ type: 'int' })
  enrolledById!: number;

  @CreatedAtColumn()
  enrolledAt!: Date;
}
