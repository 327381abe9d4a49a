import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Participant } from './participant.entity';

/**
 * The participant's name from each word on ("nguyễn văn đức", "văn đức", "đức"), so that a prefix search on
 * any part of a name is an index range scan. The collation makes it case- and accent-insensitive (đ = d).
 */
@Entity('participant_name_keys')
@Index(['suffix', 'participantId'])
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
}
