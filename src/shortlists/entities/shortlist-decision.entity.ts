import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { UpdatedAtColumn } from '../../database/timestamp-columns';
import { Participant } from '../../participants/entities/participant.entity';

export const DECISIONS = ['accepted', 'waitlisted', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

/**
 * Staff's decision on a child, kept per lineage so every rebuilt version carries it; the evidence it was made
 * on is remembered by hash.
 */
@Entity('shortlist_decisions')
export class ShortlistDecision {
  @PrimaryColumn({ type: 'int' })
  lineageId!: number;

  @PrimaryColumn({ type: 'int' })
  participantId!: number;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Column({ type: 'varchar', length: 12 })
  decision!: Decision;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  /** The run the decision was made on, and the evidence it showed. */
  @Column({ type: 'int' })
  runId!: number;

  @Column({ type: 'char', length: 64 })
  evidenceHash!: string;

  @Column({ type: 'int' })
  decidedById!: number;

  @VersionColumn()
  version!: number;

  @UpdatedAtColumn()
  decidedAt!: Date;
}
