import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../database/timestamp-columns';
import { Participant } from '../../participants/entities/participant.entity';
import { Round } from './round.entity';
import { User } from '../../users/entities/user.entity';

/** A relation a judge declared with a participant (relative, current pupil): recuses them from that entry. */
@Entity('panel_conflicts')
export class PanelConflict {
  @PrimaryColumn({ type: 'int' })
  roundId!: number;

  @PrimaryColumn({ type: 'int' })
  userId!: number;

  @PrimaryColumn({ type: 'int' })
  participantId!: number;

  /** As declared: "cháu ruột", "học trò đang dạy". */
  @Column({ type: 'varchar', length: 200 })
  relation!: string;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @ManyToOne(() => Participant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @CreatedAtColumn()
  createdAt!: Date;
}
