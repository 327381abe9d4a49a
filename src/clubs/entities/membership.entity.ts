import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../database/timestamp-columns';
import { Participant } from '../../participants/entities/participant.entity';
import { Club } from './club.entity';

/** A participant's time in a club, from joining to leaving; joining again starts a new one (history kept). */
@Entity('club_memberships')
@Index(['clubId', 'leftOn'])
@Index(['participantId'])
export class Membership {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  clubId!: number;

  @ManyToOne(() => Club, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'club_id' })
  club?: Club;

  @Column({ type: 'int' })
  participantId!: number;

  @ManyToOne(() => Participant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Column({ type: 'date' })
  joinedOn!: string;

  /** Null while a member. */
  @Column({ type: 'date', nullable: true })
  leftOn!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  leaveReason!: string | null;

  @VersionColumn()
  version!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
