import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ExportJob } from './export-job.entity';

/**
 * One piece of an export's file, in order. Files live in the database, in pieces of at most 1 MiB, so
 * that every API and worker process reaches them without a shared disk, a file never has to sit whole in
 * memory, and expiry is one DELETE.
 */
@Entity('export_chunks')
export class ExportChunk {
  @PrimaryColumn({ type: 'int' })
  exportId!: number;

  @PrimaryColumn({ type: 'int' })
  seq!: number;

  @ManyToOne(() => ExportJob, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'export_id' })
  export?: ExportJob;

  @Column({ type: 'mediumblob' })
  data!: Buffer;
}
