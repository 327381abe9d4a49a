import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * This database's identity, one row written by its first migration: a random id that names its jobs in
 * Redis, so two databases sharing a queue prefix (a database recreated, a test copy) never take each
 * other's job ids for their own.
 */
@Entity('installation')
export class Installation {
  /** Always 1: the table holds one row. */
  @PrimaryColumn({ type: 'tinyint', unsigned: true })
  id!: number;

  /** 16 lower-case hex digits. */
  @Column({ type: 'char', length: 16, charset: 'ascii', collation: 'ascii_bin' })
  runId!: string;
}
