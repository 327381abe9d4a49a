import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../../database/timestamp-columns';

/**
 * A job to enqueue, written in the transaction of the change that calls for it and moved to BullMQ by the
 * outbox relay (job id `outbox-<id>`). So no job is lost while Redis is down, and none is sent for a change
 * that rolled back.
 */
@Entity('outbox')
@Index(['dispatchedAt', 'availableAt'])
export class OutboxMessage {
  /** bigint: read back as a string. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  jobName!: string;

  /** Record ids only: job data sits in Redis in clear text. */
  @Column({ type: 'json' })
  payload!: object;

  @CreatedAtColumn()
  createdAt!: Date;

  /** Not before this time: pushed back after each failed hand-over. */
  @Column({ type: 'datetime', precision: 3, default: () => 'CURRENT_TIMESTAMP(3)' })
  availableAt!: Date;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  dispatchedAt!: Date | null;
}
