import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Scope, scopeCondition } from '../access/scope';
import { wordPrefixes } from '../database/escape-like';
import { OrganisationQuery, OrganisationView } from './dto/organisation.dto';
import { Organisation } from './entities/organisation.entity';

/** The organisation tree's queries. */
@Injectable()
export class OrganisationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(manager: EntityManager, id: number, lock = false): Promise<Organisation | null> {
    return manager
      .getRepository(Organisation)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
  }

  /** Inserts a unit under `parent` (or as a root) and sets its path from its new id. */
  async insert(
    manager: EntityManager,
    values: Partial<Organisation>,
    parent: Organisation | null,
  ): Promise<Organisation> {
    const { identifiers } = await manager.insert(Organisation, {
      ...values,
      parentId: parent?.id ?? null,
      path: '',
    });
    const id = Number(identifiers[0].id);
    // Raw, so setting the path it could not know before the insert does not count as an edit (version).
    await manager.query('UPDATE organisations SET path = ? WHERE id = ?', [
      `${parent?.path ?? '/'}${id}/`,
      id,
    ]);
    return (await this.findById(manager, id))!;
  }

  /** Moves a unit's whole subtree from `oldPath` to `newPath` (its own path included). */
  async movePaths(manager: EntityManager, oldPath: string, newPath: string): Promise<void> {
    await manager.query('UPDATE organisations SET path = CONCAT(?, SUBSTRING(path, ?)) WHERE path LIKE ?', [
      newPath,
      oldPath.length + 1,
      `${oldPath}%`,
    ]);
  }

  async list(scope: Scope, query: OrganisationQuery): Promise<{ items: OrganisationView[]; total: number }> {
    const { sql, params } = scopeCondition(scope, 'organisation.path');
    const qb = this.dataSource
      .getRepository(Organisation)
      .createQueryBuilder('organisation')
      .where(sql, params);
    if (query.q) {
      qb.andWhere(
        '(organisation.name LIKE :prefix OR organisation.name LIKE :wordPrefix)',
        wordPrefixes(query.q),
      );
    }
    if (query.kind) qb.andWhere('organisation.kind = :kind', { kind: query.kind });
    if (query.level) qb.andWhere('organisation.level = :level', { level: query.level });
    if (query.parentId) qb.andWhere('organisation.parentId = :parentId', { parentId: query.parentId });
    if (query.localityId)
      qb.andWhere('organisation.localityId = :localityId', { localityId: query.localityId });
    if (query.activeOn) {
      qb.andWhere('(organisation.validFrom IS NULL OR organisation.validFrom <= :on)', {
        on: query.activeOn,
      });
      qb.andWhere('(organisation.validTo IS NULL OR organisation.validTo >= :on)', { on: query.activeOn });
    }
    const [rows, total] = await qb
      .orderBy('organisation.path')
      .skip(query.offset)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toView), total };
  }
}

export function toView(organisation: Organisation): OrganisationView {
  const { id, parentId, name, kind, level, localityId, validFrom, validTo, version, createdAt, updatedAt } =
    organisation;
  return { id, parentId, name, kind, level, localityId, validFrom, validTo, version, createdAt, updatedAt };
}
