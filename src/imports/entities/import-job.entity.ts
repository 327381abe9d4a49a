import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { LocalisedText } from '../../common/errors/language';
import { CreatedAtColumn } from '../../database/timestamp-columns';

export const IMPORT_STATES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

export interface ImportRowError {
  /** The row's number in the file, the header being row 1. */
  row: number;
  column: string;
  message: LocalisedText;
}

/**
 * An uploaded file and what became of it. The file itself (personal data) is kept only until the job has
 * run; the job's payload is this row's id.
 */
@Entity('imports')
@Index(['createdById', 'createdAt'])
export class ImportJob {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 30 })
  kind!: 'participants';

  /** The unit the imported participants are registered by. */
  @Column({ type: 'int' })
  organisationId!: number;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'varchar', length: 10 })
  format!: 'csv' | 'xlsx';

  /** SHA-256 of the file. */
  @Column({ type: 'char', length: 64 })
  fileHash!: string;

  @Column({ type: 'mediumblob', nullable: true, select: false })
  content!: Buffer | null;

  @Column({ type: 'varchar', length: 20 })
  state!: ImportState;

  @Column({ type: 'int', default: 0 })
  totalRows!: number;

  @Column({ type: 'int', default: 0 })
  processedRows!: number;

  @Column({ type: 'int', default: 0 })
  importedRows!: number;

  /** Rows naming a participant already registered (same name and date of birth): not imported again. */
  @Column({ type: 'int', default: 0 })
  duplicateRows!: number;

  @Column({ type: 'json', nullable: true })
  errors!: ImportRowError[] | null;

  @Column({ type: 'int' })
  createdById!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  finishedAt!: Date | null;

  @VersionColumn()
  version!: number;
}
