import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditQuery } from './dto/audit.dto';
import { AuditLogEntry } from './entities/audit-log-entry.entity';

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Entries matching the filters, newest first. */
  list(query: AuditQuery): Promise<[AuditLogEntry[], number]> {
    const qb = this.dataSource.getRepository(AuditLogEntry).createQueryBuilder('entry');
    if (query.actor) qb.andWhere('entry.actorId = :actor', { actor: query.actor });
    if (query.entity) qb.andWhere('entry.entityType = :entity', { entity: query.entity });
    if (query.entityId) qb.andWhere('entry.entityId = :entityId', { entityId: query.entityId });
    if (query.action) qb.andWhere('entry.action = :action', { action: query.action });
    if (query.from) qb.andWhere('entry.occurredAt >= :from', { from: instant(query.from, 'start') });
    if (query.to) qb.andWhere('entry.occurredAt < :to', { to: instant(query.to, 'end') });
    return qb
      .orderBy('entry.occurredAt', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .skip(query.offset)
      .take(query.pageSize)
      .getManyAndCount();
  }
}

/** A date alone stands for the start of that day, or (as an upper bound) the start of the next, in UTC. */
function instant(value: string, bound: 'start' | 'end'): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(value);
  const day = new Date(`${value}T00:00:00Z`);
  return bound === 'start' ? day : new Date(day.getTime() + 24 * 3600 * 1000);
}
