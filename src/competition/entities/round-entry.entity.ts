import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../database/timestamp-columns';
import { Entry } from './entry.entity';
import { Round } from './round.entity';

/** An entry advanced into a later round (the first round takes all of its category's active entries). */
@Entity('round_entries')
@Index(['entryId'])
export class RoundEntry {
  @PrimaryColumn({ type: 'int' })
  roundId!: number;

  @PrimaryColumn({ type: 'int' })
  entryId!: number;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  @ManyToOne(() => Entry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entry_id' })
  entry?: Entry;

  @CreatedAtColumn()
  createdAt!: Date;
}
