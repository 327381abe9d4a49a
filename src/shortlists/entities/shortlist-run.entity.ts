import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../database/timestamp-columns';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { User } from '../../users/entities/user.entity';
import type { RunParameters } from '../run-parameters';

export const RUN_STATES = ['pending', 'building', 'completed', 'failed'] as const;
export type RunState = (typeof RUN_STATES)[number];

export const RUN_PHASES = ['gathering', 'scoring', 'writing'] as const;
export type RunPhase = (typeof RUN_PHASES)[number];

export interface RunCounts {
  /** Children with evidence in the run's disciplines, ages, period and localities. */
  considered: number;
  /** Scored: consent on record. */
  scored: number;
  /** Left out for missing shortlisting consent. */
  consentMissing: number;
  candidates: number;
}

/** What the build read: the latest change of each source, so a reader can tell whether the data moved on. */
export interface RunWatermark {
  readAt: string;
  lastPublicationAt: string | null;
  lastAssessmentChangeAt: string | null;
  lastAttendanceAt: string | null;
}

/**
 * One build of a talent shortlist: its parameters (defaults filled in), the scoring version and a watermark
 * of the data it read, its progress, and its lineage (a rebuild is a new run of the same lineage, version + 1).
 */
@Entity('shortlist_runs')
@Index(['lineageId', 'lineageVersion'], { unique: true })
@Index(['state'])
export class ShortlistRun {
  @PrimaryGeneratedColumn()
  id!: number;

  /** The unit whose staff requested it (a palace): whose staff see it. */
  @Index()
  @Column({ type: 'int' })
  organisationId!: number;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'json' })
  parameters!: RunParameters;

  /** SHA-256 of the canonical parameters and organisation. */
  @Column({ type: 'char', length: 64 })
  parametersKey!: string;

  /** parametersKey while pending or building, null after: the unique index lets one such run exist at a time. */
  @Index({ unique: true })
  @Column({ type: 'char', length: 64, nullable: true })
  activeKey!: string | null;

  @Column({ type: 'varchar', length: 20 })
  scoringVersion!: string;

  @Column({ type: 'json', nullable: true })
  watermark!: RunWatermark | null;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  state!: RunState;

  @Column({ type: 'tinyint', unsigned: true, default: 0 })
  progress!: number;

  @Column({ type: 'varchar', length: 10, nullable: true })
  phase!: RunPhase | null;

  @Column({ type: 'json', nullable: true })
  counts!: RunCounts | null;

  /** Children left out for missing consent, by home locality id ("null": none recorded). */
  @Column({ type: 'json', nullable: true })
  consentMissingByLocality!: Record<string, number> | null;

  /** Milliseconds spent in each phase of the last attempt. */
  @Column({ type: 'json', nullable: true })
  timings!: Partial<Record<RunPhase, number>> | null;

  @Column({ type: 'tinyint', unsigned: true, default: 0 })
  attempts!: number;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  failureReasonVi!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  failureReasonEn!: string | null;

  /** Results published since the build touch some of its candidates. */
  @Column({ type: 'boolean', default: false })
  stale!: boolean;

  @Column({ type: 'int', default: 0 })
  staleCount!: number;

  /** The first run of the lineage (its own id for a first build). */
  @Column({ type: 'int' })
  lineageId!: number;

  @Column({ type: 'int' })
  lineageVersion!: number;

  @Column({ type: 'int', nullable: true })
  rebuiltFromId!: number | null;

  @Column({ type: 'int' })
  requestedById!: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_id' })
  requestedBy?: User;

  @VersionColumn()
  version!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
