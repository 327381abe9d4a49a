import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UpdatedAtColumn } from '../../database/timestamp-columns';
import { Participant } from '../../participants/entities/participant.entity';
import { ClubSession } from './club-session.entity';

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Whether a member came to a session. */
@Entity('attendance')
@Index(['participantId'])
export class Attendance {
  @PrimaryColumn({ type: 'int' })
  sessionId!: number;

  @PrimaryColumn({ type: 'int' })
  participantId!: number;

  @ManyToOne(() => ClubSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: ClubSession;

  @ManyToOne(() => Participant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Column({ type: 'varchar', length: 10 })
  status!: AttendanceStatus;

  @Column({ type: 'varchar', length: 300, nullable: true })
  note!: string | null;

  @Column({ type: 'int' })
  recordedById!: number;

  @UpdatedAtColumn()
  recordedAt!: Date;
}
