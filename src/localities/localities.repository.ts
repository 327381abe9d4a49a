import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { wordPrefixes } from '../database/escape-like';
import { LinkedLocality, LocalityQuery, LocalityView, SuccessionLink } from './dto/locality.dto';
import { LocalitySuccession } from './entities/locality-succession.entity';
import { Locality } from './entities/locality.entity';

/** Localities and which replaced which. */
@Injectable()
export class LocalitiesRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(manager: EntityManager, id: number, lock = false): Promise<Locality | null> {
    return manager
      .getRepository(Locality)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
  }

  async existingIds(manager: EntityManager, ids: number[]): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows = await manager.query<{ id: number }[]>('SELECT id FROM localities WHERE id IN (?)', [ids]);
    return new Set(rows.map((row) => row.id));
  }

  /**
   * A unit other than `exceptId` with this official code whose validity overlaps [validFrom, validTo]
   * (open ends unbounded, both ends inclusive). Reads every unit of the code FOR UPDATE: the (code, …) index
   * range stays locked to the end of the transaction, so two units of one code cannot be created at once.
   */
  async overlappingCode(
    manager: EntityManager,
    code: string,
    validFrom: string | null,
    validTo: string | null,
    exceptId?: number,
  ): Promise<number | undefined> {
    const rows = await manager.query<{ id: number; valid_from: string | null; valid_to: string | null }[]>(
      'SELECT id, valid_from, valid_to FROM localities WHERE code = ? FOR UPDATE',
      [code],
    );
    return rows.find(
      (row) =>
        row.id !== exceptId &&
        (validFrom === null || row.valid_to === null || validFrom <= row.valid_to) &&
        (row.valid_from === null || validTo === null || row.valid_from <= validTo),
    )?.id;
  }

  async list(query: LocalityQuery): Promise<{ items: LocalityView[]; total: number }> {
    const qb = this.dataSource.getRepository(Locality).createQueryBuilder('locality');
    if (query.at) {
      qb.andWhere('(locality.validFrom IS NULL OR locality.validFrom <= :at)', { at: query.at });
      qb.andWhere('(locality.validTo IS NULL OR locality.validTo >= :at)', { at: query.at });
    }
    if (query.level) qb.andWhere('locality.level = :level', { level: query.level });
    if (query.kind) qb.andWhere('locality.kind = :kind', { kind: query.kind });
    if (query.parentId) qb.andWhere('locality.parentId = :parentId', { parentId: query.parentId });
    if (query.code) qb.andWhere('locality.code = :code', { code: query.code });
    if (query.q) {
      qb.andWhere('(locality.name LIKE :prefix OR locality.name LIKE :wordPrefix)', wordPrefixes(query.q));
    }
    const [rows, total] = await qb
      .orderBy("FIELD(locality.level, 'province', 'district', 'commune')")
      .addOrderBy('locality.name')
      .addOrderBy('locality.id')
      .skip(query.offset)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toView), total };
  }

  /** Units linked to `id`: the ones it replaced (predecessors) or the ones that replaced it (successors). */
  async linked(
    manager: EntityManager,
    id: number,
    direction: 'predecessors' | 'successors',
  ): Promise<LinkedLocality[]> {
    const [self, other] =
      direction === 'predecessors' ? ['successor_id', 'predecessor_id'] : ['predecessor_id', 'successor_id'];
    const rows = await manager.query<{ id: number; full_name: string; partial: number }[]>(
      `SELECT l.id, l.full_name, s.partial FROM locality_successions s JOIN localities l ON l.id = s.${other}
        WHERE s.${self} = ? ORDER BY l.full_name`,
      [id],
    );
    return rows.map((row) => ({ id: row.id, fullName: row.full_name, partial: Boolean(row.partial) }));
  }

  async link(
    manager: EntityManager,
    links: { predecessorId: number; successorId: number; partial: boolean }[],
  ): Promise<void> {
    if (links.length > 0) await manager.insert(LocalitySuccession, links);
  }

  async unlinkSuccessors(manager: EntityManager, predecessorId: number): Promise<void> {
    await manager.delete(LocalitySuccession, { predecessorId });
  }

  /** Deletes a unit nothing refers to; false when something does (a foreign key refuses). */
  async deleteUnreferenced(manager: EntityManager, id: number): Promise<boolean> {
    if (await manager.existsBy(LocalitySuccession, [{ predecessorId: id }, { successorId: id }]))
      return false;
    try {
      await manager.delete(Locality, { id });
      return true;
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === 'ER_ROW_IS_REFERENCED_2')
        return false;
      throw error;
    }
  }
}

export function toView(locality: Locality): LocalityView {
  const { id, parentId, level, kind, code, name, fullName, validFrom, validTo, version } = locality;
  return { id, parentId, level, kind, code, name, fullName, validFrom, validTo, version };
}

export function toLinks(links: SuccessionLink[] | undefined): { id: number; partial: boolean }[] {
  return (links ?? []).map((link) => ({ id: link.id, partial: link.partial ?? false }));
}
