import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../database/timestamp-columns';
import { Round } from './round.entity';
import { User } from '../../users/entities/user.entity';

export const PANEL_ROLES = ['head', 'deputy', 'member', 'secretary'] as const;
export type PanelRole = (typeof PANEL_ROLES)[number];

/** Judges score; secretaries compile results and may type a judge's paper sheet on their behalf. */
export const JUDGING_ROLES: readonly PanelRole[] = ['head', 'deputy', 'member'];

/** A place on a round's panel (ban giám khảo), with the judge's sheet: submitted or not. */
@Entity('panel_members')
@Index(['userId'])
export class PanelMember {
  @PrimaryColumn({ type: 'int' })
  roundId!: number;

  @PrimaryColumn({ type: 'int' })
  userId!: number;

  @Column({ type: 'varchar', length: 10 })
  role!: PanelRole;

  /** Absent for the whole round: owes nothing and counts for no entry. */
  @Column({ type: 'boolean', default: false })
  absent!: boolean;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  submittedAt!: Date | null;

  /** Who submitted the sheet: the judge, or a secretary typing a paper sheet. */
  @Column({ type: 'int', nullable: true })
  submittedBy!: number | null;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @CreatedAtColumn()
  createdAt!: Date;
}
