import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { wordPrefixes } from '../database/escape-like';
import { DisciplineQuery, DisciplineView } from './dto/discipline.dto';
import { Discipline } from './entities/discipline.entity';

/** The fields and disciplines. */
@Injectable()
export class DisciplinesRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(manager: EntityManager, id: number, lock = false): Promise<Discipline | null> {
    return manager
      .getRepository(Discipline)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
  }

  /** Whether a code is taken (the collation compares it case-insensitively, as the unique index does). */
  codeExists(manager: EntityManager, code: string): Promise<boolean> {
    return manager.existsBy(Discipline, { code });
  }

  async existingIds(manager: EntityManager, ids: number[]): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows = await manager.query<{ id: number }[]>('SELECT id FROM disciplines WHERE id IN (?)', [ids]);
    return new Set(rows.map((row) => row.id));
  }

  /** The stored (upper-case) codes and ids of the rows whose code is among `codes` (upper-case). */
  async idsByCode(manager: EntityManager, codes: string[]): Promise<Map<string, number>> {
    if (codes.length === 0) return new Map();
    const rows = await manager.query<{ id: number; code: string }[]>(
      'SELECT id, code FROM disciplines WHERE code IN (?)',
      [codes],
    );
    // The collation also ignores accents and trailing spaces: keep exact matches only.
    const wanted = new Set(codes);
    return new Map(rows.filter((row) => wanted.has(row.code)).map((row) => [row.code, row.id]));
  }

  /** Each field, by name, followed by its disciplines, by name. */
  async list(query: DisciplineQuery): Promise<{ items: DisciplineView[]; total: number }> {
    const qb = this.dataSource
      .getRepository(Discipline)
      .createQueryBuilder('discipline')
      .leftJoin('discipline.parent', 'parent');
    if (query.parentId) qb.andWhere('discipline.parentId = :parentId', { parentId: query.parentId });
    if (query.kind) qb.andWhere('discipline.kind = :kind', { kind: query.kind });
    if (query.active !== undefined) qb.andWhere('discipline.active = :active', { active: query.active });
    if (query.q) {
      qb.andWhere(
        '(discipline.name LIKE :prefix OR discipline.name LIKE :wordPrefix)',
        wordPrefixes(query.q),
      );
    }
    // A many-to-one join adds no rows, so offset/limit page the rows themselves.
    const [rows, total] = await qb
      .orderBy('COALESCE(parent.name, discipline.name)')
      .addOrderBy('COALESCE(discipline.parentId, discipline.id)')
      .addOrderBy('discipline.parentId IS NOT NULL')
      .addOrderBy('discipline.name')
      .addOrderBy('discipline.id')
      .offset(query.offset)
      .limit(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toView), total };
  }

  /** A field's disciplines, by name. */
  async children(manager: EntityManager, parentId: number): Promise<DisciplineView[]> {
    const rows = await manager
      .getRepository(Discipline)
      .find({ where: { parentId }, order: { name: 'ASC', id: 'ASC' } });
    return rows.map(toView);
  }
}

export function toView(discipline: Discipline): DisciplineView {
  const { id, parentId, code, name, kind, active, version } = discipline;
  return { id, parentId, code, name, kind, active, version };
}
