import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../database/timestamp-columns';
import { Club } from './club.entity';

/** One meeting of a club. */
@Entity('club_sessions')
@Index(['clubId', 'date'])
export class ClubSession {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  clubId!: number;

  @ManyToOne(() => Club, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'club_id' })
  club?: Club;

  @Column({ type: 'date' })
  date!: string;

  /** HH:MM, local time. */
  @Column({ type: 'char', length: 5, nullable: true })
  startTime!: string | null;

  @Column({ type: 'char', length: 5, nullable: true })
  endTime!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  topic!: string | null;

  /**
   * How many trainees came and how many were absent, as its attendance stands: kept by
   * ClubsRepository.replaceAttendance, so that a year's report counts sessions rather than every mark.
   */
  @Column({ type: 'int', default: 0 })
  presentCount!: number;

  @Column({ type: 'int', default: 0 })
  absentCount!: number;

  @VersionColumn()
  version!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
