import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../../database/timestamp-columns';
import { Round } from './round.entity';
import { User } from '../../users/entities/user.entity';

/** A score changed by an organiser after the round was locked, with the reason: part of the result's story. */
@Entity('score_corrections')
@Index(['roundId', 'entryId'])
export class ScoreCorrection {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  roundId!: number;

  @Column({ type: 'int' })
  entryId!: number;

  @Column({ type: 'int' })
  judgeId!: number;

  @Column({ type: 'varchar', length: 40 })
  criterion!: string;

  /** Null when the judge had not scored the cell. */
  @Column({ type: 'decimal', precision: 12, scale: 4, nullable: true })
  valueBefore!: string | null;

  @Column({ type: 'decimal', precision: 12, scale: 4 })
  valueAfter!: string;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  /** Made after the round's results were published (so they need a republish). */
  @Column({ type: 'boolean' })
  afterPublication!: boolean;

  @Column({ type: 'int' })
  correctedBy!: number;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'corrected_by' })
  corrector?: User;

  @CreatedAtColumn()
  createdAt!: Date;
}
