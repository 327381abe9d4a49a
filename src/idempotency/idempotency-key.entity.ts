import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../database/timestamp-columns';

/**
 * A write request a user sent with an Idempotency-Key, and the answer it got: the same key again replays the
 * answer instead of applying the write twice. Written in the write's own transaction.
 */
@Entity('idempotency_keys')
@Index(['createdAt'])
export class IdempotencyKey {
  @PrimaryColumn({ type: 'int' })
  userId!: number;

  /** Compared byte for byte: 'abc' and 'ABC' are different keys (the database's collation would equate them). */
  @PrimaryColumn({ type: 'varchar', length: 100, charset: 'ascii', collation: 'ascii_bin' })
  key!: string;

  /** SHA-256 of the route and body: the same key with another request is refused. */
  @Column({ type: 'char', length: 64 })
  requestHash!: string;

  @Column({ type: 'smallint', unsigned: true, nullable: true })
  responseStatus!: number | null;

  @Column({ type: 'json', nullable: true })
  responseBody!: unknown;

  @CreatedAtColumn()
  createdAt!: Date;
}
