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

/** The temporary table of a report's locality map (see `withLocalityMap`). */
const LOCALITY_MAP = 'report_locality_map';

/** The set-based queries of the reports: one statement per figure, whatever the data's size. */
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

  /**
   * Runs `work` with the query's locality map as a temporary table of the transaction's connection (keyed by
   * the source unit, so each fact meets its unit through the key), and drops it after.
   */
  async withLocalityMap<T>(
    manager: EntityManager,
    map: FigureQuery['localityMap'],
    work: () => Promise<T>,
  ): Promise<T> {
    await manager.query(`DROP TEMPORARY TABLE IF EXISTS ${LOCALITY_MAP}`);
    await manager.query(
      `CREATE TEMPORARY TABLE ${LOCALITY_MAP} (source_id INT NOT NULL PRIMARY KEY, target_id INT NOT NULL,
         via TINYINT NOT NULL) ENGINE = MEMORY`,
    );
    try {
      for (let start = 0; start < map.length; start += 1000) {
        const batch = map.slice(start, start + 1000);
        await manager.query(
          `INSERT INTO ${LOCALITY_MAP} (source_id, target_id, via) VALUES ${batch.map(() => '(?, ?, ?)').join(', ')}`,
          batch.flat(),
        );
      }
      return await work();
    } finally {
      await manager.query(`DROP TEMPORARY TABLE IF EXISTS ${LOCALITY_MAP}`);
    }
  }

  /**
   * One figure's measures grouped by the query's dimensions, and over the whole scope (`total`), in one
   * statement: the grouping's roll-up is the total (distinct counts are counted again over all the facts, not
   * added up). Within `withLocalityMap` when grouped by locality. `exact`: the reader sees exact counts, so
   * the counts kept only for the small-cell rule may be left out. Grouped by locality alone, the statement
   * also groups by each fact's own unit (a unit leads to one unit of the report, so this adds no rows to the
   * report's) and answers the figure's placement (`placement`) as well, except for prizes, counted per prize.
   */
  async figure(
    manager: EntityManager,
    name: SourceName,
    query: FigureQuery,
    exact = false,
  ): Promise<{ rows: FigureRow[]; total: FigureRow[]; placement?: PlacementRow[] }> {
    const source: FactSource = SOURCES[name];
    const { from, measures } = (exact && source.exact) || source;
    const sql = new Statement();
    const joins: string[] = [];
    const dimensionColumn: Record<Dimension, () => string> = {
      locality: () => {
        joins.push(sql.localityJoin(source));
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
    // A null of the data (unplaced, unknown) is grouped as 0, which no id or year is, so that the roll-up's
    // nulls are told from it.
    const grouped: { name: string; column: string }[] = query.dimensions.map((dimension) => ({
      name: `g_${dimension}`,
      column: dimensionColumn[dimension](),
    }));
    const placed = query.dimensions.length === 1 && query.dimensions[0] === 'locality' && !source.extraGroup;
    const columns = [measures];
    if (placed) {
      grouped.push({ name: 'g_source', column: source.locality });
      columns.push(
        `COUNT(DISTINCT ${source.record}) AS placement_records`,
        'COALESCE(MAX(lm.via), 3) AS placement_via',
      );
    }
    columns.unshift(...grouped.map(({ name, column }) => `COALESCE(${column}, 0) AS ${name}`));
    const groups = grouped.map(({ name }) => name);
    if (source.extraGroup) {
      columns.unshift(`${source.extraGroup} AS g_extra`);
      groups.unshift('g_extra');
    }
    const grouping =
      groups.length === 0 ? '' : ` GROUP BY ${groups.join(', ')}${grouped.length > 0 ? ' WITH ROLLUP' : ''}`;
    const text = `SELECT ${columns.join(', ')} FROM ${from} ${joins.join(' ')}
      WHERE ${sql.conditions(source, query)}${grouping}`;
    const result = await manager.query<FigureRow[]>(text, sql.params);
    const rows: FigureRow[] = [];
    const total: FigureRow[] = [];
    const placement: PlacementRow[] = [];
    for (const row of result) {
      if (source.extraGroup && row.g_extra === null) continue; // the roll-up over every prize
      const rolledUp = grouped.filter(({ name }) => row[name] === null).length;
      const figures = Object.fromEntries(
        Object.entries(row).map(([key, value]) => [key, figureValue(key, value)]),
      );
      if (placed && rolledUp === 0)
        placement.push({
          via: Number(figures.placement_via) as PlacementRow['via'],
          sourceId: figures.g_source as number | null,
          records: Number(figures.placement_records),
        });
      else if (rolledUp === (placed ? 1 : 0)) rows.push(figures);
      else if (rolledUp === grouped.length) total.push(figures);
      // Otherwise a subtotal of the first of two dimensions.
    }
    // Without dimensions the rows are the total.
    return { rows, total: grouped.length === 0 ? rows : total, ...(placed && { placement }) };
  }

  /**
   * How many of a figure's records were placed directly, through the history, or left unplaced, by source
   * unit: the records counted by their own unit, then that unit looked up in the map (within
   * `withLocalityMap`).
   */
  async placement(manager: EntityManager, name: SourceName, query: FigureQuery): Promise<PlacementRow[]> {
    const source: FactSource = SOURCES[name];
    const sql = new Statement();
    const rows = await manager.query<{ via: string; source_id: number | null; records: string }[]>(
      `SELECT COALESCE(lm.via, 3) AS via, f.source_id, f.records
         FROM (SELECT ${source.locality} AS source_id, COUNT(DISTINCT ${source.record}) AS records
                 FROM ${source.recordsFrom ?? source.from} WHERE ${sql.conditions(source, query)}
                GROUP BY ${source.locality}) f
         LEFT JOIN ${LOCALITY_MAP} lm ON lm.source_id = f.source_id`,
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

/** A column of a figure's row as a number; a grouping's 0 is the data's null (see `figure`). */
function figureValue(key: string, value: number | string | null): number | string | null {
  if (key === 'g_extra' || value === null) return value;
  const number = Number(value);
  return number === 0 && key.startsWith('g_') ? null : number;
}

/** One statement's text pieces and their positional parameters, in order. */
class Statement {
  readonly params: unknown[] = [];

  localityJoin(source: FactSource): string {
    return `LEFT JOIN ${LOCALITY_MAP} lm ON lm.source_id = ${source.locality}`;
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
