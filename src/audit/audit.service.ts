import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditLogEntry } from './entities/audit-log-entry.entity';

export interface AuditRecord {
  /** null for the system itself. */
  actorId: number | null;
  action: string;
  entityType: string;
  entityId: string | number;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  requestId?: string | null;
}

/**
 * Writes audit-log rows inside the caller's transaction, so a change and its audit row commit or roll back
 * together. Callers pass only the fields that changed and never secrets (password hashes, tokens).
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.insert(AuditLogEntry, {
      actorId: record.actorId,
      action: record.action,
      entityType: record.entityType,
      entityId: String(record.entityId),
      before: record.before ?? null,
      after: record.after ?? null,
      requestId: record.requestId ?? null,
    });
  }
}
