import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { auditChanges } from './audit-changes';
import { AuditLogEntry } from './entities/audit-log-entry.entity';

export interface AuditedChange {
  /** A verb: create, update, delete, or a domain action such as auth.login or round.lock. */
  action: string;
  entityType: string;
  entityId: string | number;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Fields of children's (or other) personal data to mask rather than record. */
  personalFields?: readonly string[];
}

/**
 * Writes audit-log rows inside the caller's transaction, so a change and its audit row commit or roll back
 * together. Keeps only what changed, with secrets redacted and personal fields masked (see auditChanges).
 * The log is append-only: nothing updates or deletes its rows.
 */
@Injectable()
export class AuditService {
  /** `actor` null: the system itself (start-up, jobs). */
  async record(manager: EntityManager, actor: Actor | null, change: AuditedChange): Promise<void> {
    const { before, after } = auditChanges(
      change.before ?? null,
      change.after ?? null,
      change.personalFields,
    );
    await manager.insert(AuditLogEntry, {
      actorId: actor?.userId ?? null,
      action: change.action,
      entityType: change.entityType,
      entityId: String(change.entityId),
      before,
      after,
      requestId: actor?.requestId ?? null,
    });
  }
}
