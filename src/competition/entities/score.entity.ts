import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UpdatedAtColumn } from '../../database/timestamp-columns';
import { Entry } from './entry.entity';
import { Round } from './round.entity';
import { User } from '../../users/entities/user.entity';

/** One judge's mark for one entry on one criterion of a round. Exact: DECIMAL, read as a string. */
@Entity('scores')
@Index(['roundId', 'judgeId'])
export class Score {
  @PrimaryColumn({ type: 'int' })
  roundId!: number;

  @PrimaryColumn({ type: 'int' })
  entryId!: number;

  @PrimaryColumn({ type: 'int' })
  judgeId!: number;

  /** The criterion's code in the round's rubric. */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  criterion!: string;

  @Column({ type: 'decimal', precision: 12, scale: 4 })
  value!: string;

  /** Incremented by every change: a write naming an older version is refused (409). */
  @Column({ type: 'int', default: 1 })
  version!: number;

  /** Who typed it: the judge, a secretary from a paper sheet, or an organiser's correction. */
  @Column({ type: 'int' })
  enteredBy!: number;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  @ManyToOne(() => Entry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entry_id' })
  entry?: Entry;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'judge_id' })
  judge?: User;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
