import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../database/timestamp-columns';
import { Entry } from './entry.entity';
import { Round } from './round.entity';
import { User } from '../../users/entities/user.entity';

/**
 * An organiser's confirmation of an entry's disagreement flag, for the spread it had then: a later change of
 * the marks that changes the spread needs a new confirmation.
 */
@Entity('flag_confirmations')
export class FlagConfirmation {
  @PrimaryColumn({ type: 'int' })
  roundId!: number;

  @PrimaryColumn({ type: 'int' })
  entryId!: number;

  /** The spread confirmed, exactly as the engine wrote it. */
  @Column({ type: 'varchar', length: 60 })
  spread!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ type: 'int' })
  confirmedBy!: number;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  @ManyToOne(() => Entry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entry_id' })
  entry?: Entry;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'confirmed_by' })
  confirmer?: User;

  @CreatedAtColumn()
  confirmedAt!: Date;
}
