import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../../database/timestamp-columns';

/** Who did what to which record, when, with the values before and after. Written in the change's transaction. */
@Entity('audit_log')
@Index(['entityType', 'entityId'])
@Index(['actorId', 'occurredAt'])
export class AuditLogEntry {
  /** bigint: read back as a string. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Index()
  @CreatedAtColumn()
  occurredAt!: Date;

  /** The user who made the change; null for the system itself (start-up, jobs). */
  @Column({ type: 'int', nullable: true })
  actorId!: number | null;

  /** A verb: create, update, delete, or a domain action such as round.lock. */
  @Column({ type: 'varchar', length: 60 })
  action!: string;

  @Column({ type: 'varchar', length: 60 })
  entityType!: string;

  @Column({ type: 'varchar', length: 40 })
  entityId!: string;

  @Column({ type: 'json', nullable: true })
  before!: object | null;

  @Column({ type: 'json', nullable: true })
  after!: object | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;
}
