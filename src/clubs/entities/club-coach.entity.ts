import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../database/timestamp-columns';
import { User } from '../../users/entities/user.entity';
import { Club } from './club.entity';

/** A coach (a user holding the coach role) assigned to a club: what lets them see it and its trainees. */
@Entity('club_coaches')
@Index(['userId'])
export class ClubCoach {
  @PrimaryColumn({ type: 'int' })
  clubId!: number;

  @PrimaryColumn({ type: 'int' })
  userId!: number;

  @ManyToOne(() => Club, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'club_id' })
  club?: Club;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @CreatedAtColumn()
  assignedAt!: Date;
}
