import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Scope } from '../access/scope';
import { Succession, UnitOfHistory } from './locality-placement';
import { Dimension, FactSource, SourceName, SOURCES } from './report-figures';

export interface FigureQuery {
  from: string;
  to: string;
  dimensions: Dimension[];
  localitiesAt: string;
  scope: Scope;
  /** [source locality id, report unit id, 0 placed directly | 1 through the history | 2 apportioned]; units absent are unplaced. */
  localityMap: [number, number, 0 | 1 | 2][];
  /** Each year of the period with its part of the period: [year, first day, last day]. */
  years: [number, string, string][];
}

export type FigureRow = Record<string, number | string | null>;

/** How a placement query marks facts: 0 placed directly, 1 through the history, 2 apportioned, 3 unplaced. */
export interface PlacementRow {
  via: 0 | 1 | 2 | 3;
  sourceId: number | null;
  records: number;
}

/** The set-based queries of the reports: one statement per figure and grouping, whatever the data's size. */
@Injectable()
export class ReportsRepository {
  async localityHistory(
    manager: EntityManager,
  ): Promise<{ units: (UnitOfHistory & { fullName: string })[]; successions: Succession[] }> {
    const [units, successions] = await Promise.all([
      manager.query<
        {
          id: number;
          parent_id: number | null;
          level: UnitOfHistory['level'];
          valid_from: string | null;
          valid_to: string | null;
          full_name: string;
        }[]
      >(
        `SELECT id, parent_id, level, DATE_FORMAT(valid_from, '%Y-%m-%d') AS valid_from,
                DATE_FORMAT(valid_to, '%Y-%m-%d') AS valid_to, full_name FROM localities`,
      ),
      manager.query<{ predecessor_id: number; successor_id: number; partial: number }[]>(
        'SELECT predecessor_id, successor_id, partial FROM locality_successions',
      ),
    ]);
    return {
      units: units.map((row) => ({
        id: row.id,
        parentId: row.parent_id,
        level: row.level,
        validFrom: row.valid_from,
        validTo: row.valid_to,
        fullName: row.full_name,
      })),
      successions: successions.map((row) => ({
        predecessorId: row.predecessor_id,
        successorId: row.successor_id,
        partial: Boolean(row.partial),
      })),
    };
  }

  /** One figure's measures grouped by the query's dimensions (none: the total). */
  async figure(manager: EntityManager, name: SourceName, query: FigureQuery): Promise<FigureRow[]> {
    const source: FactSource = SOURCES[name];
    const sql = new Statement();
    const groups: string[] = [];
    const columns: string[] = [];
    const joins: string[] = [];
    const dimensionColumn: Record<Dimension, () => string> = {
      locality: () => {
        joins.push(sql.localityJoin(source, query.localityMap));
        return 'lm.target_id';
      },
      discipline: () => source.discipline,
      organisation: () => source.organisation,
      year: () => {
        if ('date' in source.time) return `YEAR(${source.time.date})`;
        joins.push(sql.yearsJoin(source, query.years));
        return 'yr.y';
      },
    };
    for (const dimension of query.dimensions) {
      const column = dimensionColumn[dimension]();
      columns.push(`${column} AS g_${dimension}`);
      groups.push(`g_${dimension}`);
    }
    if (source.extraGroup) {
      columns.push(`${source.extraGroup} AS g_extra`);
      groups.push('g_extra');
    }
    const text = `SELECT ${[...columns, source.measures].join(', ')} FROM ${source.from} ${joins.join(' ')}
      WHERE ${sql.conditions(source, query)}${groups.length > 0 ? ` GROUP BY ${groups.join(', ')}` : ''}`;
    const rows = await manager.query<FigureRow[]>(text, sql.params);
    return rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([key, value]) => [
          key,
          key === 'g_extra' || value === null ? value : Number(value),
        ]),
      ),
    );
  }

  /** How many of a figure's records were placed directly, through the history, or left unplaced, by source unit. */
  async placement(manager: EntityManager, name: SourceName, query: FigureQuery): Promise<PlacementRow[]> {
    const source: FactSource = SOURCES[name];
    const sql = new Statement();
    const join = sql.localityJoin(source, query.localityMap);
    const rows = await manager.query<{ via: string; source_id: number | null; records: string }[]>(
      `SELECT COALESCE(lm.via, 3) AS via, ${source.locality} AS source_id, COUNT(DISTINCT ${source.record}) AS records
         FROM ${source.from} ${join} WHERE ${sql.conditions(source, query)} GROUP BY via, source_id`,
      sql.params,
    );
    return rows.map((row) => ({
      via: Number(row.via) as PlacementRow['via'],
      sourceId: row.source_id,
      records: Number(row.records),
    }));
  }

  async disciplineLabels(
    manager: EntityManager,
    ids: number[],
  ): Promise<Map<number, { code: string; name: string }>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.query<{ id: number; code: string; name: string }[]>(
      'SELECT id, code, name FROM disciplines WHERE id IN (?)',
      [ids],
    );
    return new Map(rows.map((row) => [row.id, { code: row.code, name: row.name }]));
  }

  async organisationLabels(manager: EntityManager, ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.query<{ id: number; name: string }[]>(
      'SELECT id, name FROM organisations WHERE id IN (?)',
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}

/** One statement's text pieces and their positional parameters, in order. */
class Statement {
  readonly params: unknown[] = [];

  localityJoin(source: FactSource, map: FigureQuery['localityMap']): string {
    this.params.push(JSON.stringify(map));
    return `LEFT JOIN JSON_TABLE(?, '$[*]' COLUMNS (source_id INT PATH '$[0]', target_id INT PATH '$[1]', via INT PATH '$[2]')) lm
      ON lm.source_id = ${source.locality}`;
  }

  /** Spreads a fact over the years of the period it was active in. */
  yearsJoin(source: FactSource, years: FigureQuery['years']): string {
    const { start, end } = source.time as { start: string; end: string };
    this.params.push(JSON.stringify(years));
    return `JOIN JSON_TABLE(?, '$[*]' COLUMNS (y INT PATH '$[0]', first_day DATE PATH '$[1]', last_day DATE PATH '$[2]')) yr
      ON (${start} IS NULL OR ${start} <= yr.last_day) AND (${end} IS NULL OR ${end} >= yr.first_day)`;
  }

  conditions(source: FactSource, query: FigureQuery): string {
    const parts: string[] = [];
    if ('date' in source.time) {
      parts.push(`${source.time.date} BETWEEN ? AND ?`);
      this.params.push(query.from, query.to);
    } else {
      const { start, end } = source.time;
      parts.push(`(${start} IS NULL OR ${start} <= ?) AND (${end} IS NULL OR ${end} >= ?)`);
      this.params.push(query.to, query.from);
    }
    if (source.where) parts.push(source.where);
    if (!query.scope.everywhere) {
      parts.push(
        query.scope.paths.length === 0
          ? '1 = 0'
          : `(${query.scope.paths.map(() => `${source.organisationPath} LIKE ?`).join(' OR ')})`,
      );
      this.params.push(...query.scope.paths.map((path) => `${path}%`));
    }
    return parts.join(' AND ');
  }
}
