import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Participant } from './participant.entity';

/**
 * The participant's name from each word on ("nguyễn văn đức", "văn đức", "đức"), so that a prefix search on
 * any part of a name is an index range scan, in name order, that can stop at the page's end. The collation
 * makes it case- and accent-insensitive (đ = d).
 */
@Entity('participant_name_keys')
@Index(['suffix', 'organisationId', 'participantId'])
export class ParticipantNameKey {
  @PrimaryColumn({ type: 'int' })
  participantId!: number;

  @PrimaryColumn({ type: 'tinyint' })
  position!: number;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Column({ type: 'varchar', length: 150 })
  suffix!: string;

  /** The registering unit (copied from the participant): a search filters by reach inside the index. */
  @Column({ type: 'int' })
  organisationId!: number;
}
