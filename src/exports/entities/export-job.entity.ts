import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { HeldRole } from '../../access/actor';
import { CreatedAtColumn } from '../../database/timestamp-columns';

export const EXPORT_KINDS = [
  'round_results',
  'category_standing',
  'summary',
  'review',
  'participants',
  'shortlist',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_STATES = ['queued', 'running', 'succeeded', 'failed', 'expired'] as const;
export type ExportState = (typeof EXPORT_STATES)[number];

/**
 * A spreadsheet requested by a user and built by a queued job (whose payload is this row's id). The
 * requester's roles are kept as they were when it was asked for, so the job shows exactly what the
 * requester could see then. The file lives in `export_chunks` until it expires.
 */
@Entity('exports')
@Index(['requestedById', 'createdAt'])
@Index(['expiresAt'])
export class ExportJob {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 30 })
  kind!: ExportKind;

  /** What to export: record ids and filters (never personal data). */
  @Column({ type: 'json' })
  params!: Record<string, unknown>;

  @Column({ type: 'int' })
  requestedById!: number;

  /** The requester's roles when asked. */
  @Column({ type: 'json' })
  requesterRoles!: HeldRole[];

  @Column({ type: 'varchar', length: 20 })
  state!: ExportState;

  /** 0–100. */
  @Column({ type: 'tinyint', unsigned: true, default: 0 })
  progress!: number;

  @Column({ type: 'int', default: 0 })
  rows!: number;

  @Column({ type: 'varchar', length: 255, nullable: true })
  fileName!: string | null;

  @Column({ type: 'int', default: 0 })
  byteSize!: number;

  /** Why it failed (a code, never personal data). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  failure!: string | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'datetime', precision: 3 })
  expiresAt!: Date;

  @VersionColumn()
  version!: number;
}
