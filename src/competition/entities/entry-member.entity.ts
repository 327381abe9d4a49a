import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Participant } from '../../participants/entities/participant.entity';
import { Entry } from './entry.entity';

/** A participant performing in an entry (the one member of an individual entry). */
@Entity('entry_members')
@Index(['participantId'])
// One active entry per participant per category, held by the database too: the column is null once withdrawn.
@Index(['activeCategoryId', 'participantId'], { unique: true })
export class EntryMember {
  @PrimaryColumn({ type: 'int' })
  entryId!: number;

  @PrimaryColumn({ type: 'int' })
  participantId!: number;

  /** The entry's category while the entry is active; null after withdrawal. */
  @Column({ type: 'int', nullable: true })
  activeCategoryId!: number | null;

  @ManyToOne(() => Entry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id' })
  entry?: Entry;

  @ManyToOne(() => Participant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;
}
