import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../../database/timestamp-columns';
import { Entry } from './entry.entity';
import { Round } from './round.entity';
import { User } from '../../users/entities/user.entity';

export const DEDUCTION_KINDS = [
  'time_violation',
  'fall',
  'rule_breach',
  'disqualification',
  'other',
] as const;
export type DeductionKind = (typeof DEDUCTION_KINDS)[number];

/** A penalty an organiser recorded against an entry in a round, with the reason; revoked rather than deleted. */
@Entity('deductions')
@Index(['roundId', 'entryId'])
export class DeductionRecord {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  roundId!: number;

  @Column({ type: 'int' })
  entryId!: number;

  @Column({ type: 'varchar', length: 20 })
  kind!: DeductionKind;

  /** Points subtracted from the panel's score; 0 for a disqualification. */
  @Column({ type: 'decimal', precision: 12, scale: 4 })
  amount!: string;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ type: 'int' })
  recordedBy!: number;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  revokedBy!: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  revokeReason!: string | null;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  @ManyToOne(() => Entry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entry_id' })
  entry?: Entry;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by' })
  recorder?: User;

  @CreatedAtColumn()
  createdAt!: Date;
}
