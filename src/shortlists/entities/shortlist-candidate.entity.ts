import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Participant } from '../../participants/entities/participant.entity';
import type { Evidence } from '../talent/talent-score';
import { ShortlistRun } from './shortlist-run.entity';

export const CANDIDATE_VIAS = ['rank', 'local_quota'] as const;
export type CandidateVia = (typeof CANDIDATE_VIAS)[number];

/**
 * A child scored by a run: the whole eligible pool is kept (the representation view compares it with the
 * candidates); `via` is set for candidates. Rows are read only while their run is completed, so a build
 * that is writing, or died writing, shows none.
 */
@Entity('shortlist_candidates')
@Index(['runId', 'band', 'rankInBand'])
@Index(['participantId'])
export class ShortlistCandidate {
  @PrimaryColumn({ type: 'int' })
  runId!: number;

  @PrimaryColumn({ type: 'int' })
  participantId!: number;

  @ManyToOne(() => ShortlistRun, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id' })
  run?: ShortlistRun;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  /** Index of the age band in the run's parameters. */
  @Column({ type: 'tinyint', unsigned: true })
  band!: number;

  @Column({ type: 'int', nullable: true })
  rankInBand!: number | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  via!: CandidateVia | null;

  @Column({ type: 'decimal', precision: 5, scale: 2 })
  score!: string;

  /** The score's parts in hundredths: they sum to score × 100. */
  @Column({ type: 'int' })
  contestsPart!: number;

  @Column({ type: 'int' })
  assessmentsPart!: number;

  @Column({ type: 'int' })
  attendancePart!: number;

  @Column({ type: 'smallint', unsigned: true })
  independentEvidence!: number;

  @Column({ type: 'boolean' })
  meetsMinimum!: boolean;

  /** Facts for the representation view, as they were at build time. */
  @Column({ type: 'int', nullable: true })
  homeLocalityId!: number | null;

  @Column({ type: 'varchar', length: 10 })
  gender!: string;

  @Column({ type: 'tinyint', unsigned: true })
  age!: number;

  @Column({ type: 'tinyint', unsigned: true })
  birthQuarter!: number;

  @Column({ type: 'json' })
  evidence!: Evidence[];

  /** SHA-256 of the evidence: a decision made on other evidence is flagged evidenceChanged. */
  @Column({ type: 'char', length: 64 })
  evidenceHash!: string;
}
