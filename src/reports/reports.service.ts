import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Actor } from '../access/actor';
import { covers, isEmpty, Scope } from '../access/scope';
import { AppError, invalidField } from '../common/errors/app-error';
import { inTransaction } from '../database/transaction';
import {
  ChildCount,
  PlacementView,
  ReviewView,
  SummaryFiguresView,
  SummaryQuery,
  SummaryRowView,
  SummaryView,
} from './dto/report.dto';
import { Placement, placeUnits } from './locality-placement';
import { Dimension, SOURCE_NAMES, SourceName } from './report-figures';
import { FigureQuery, FigureRow, PlacementRow, ReportsRepository } from './reports.repository';
import { CountCell, SUPPRESSED, suppressSmallCells } from './small-cells';
import { trendOf } from './trend';

const EVENT_LEVELS = ['grassroots', 'district', 'provincial', 'national'] as const;
/** The counts of children, hidden when small for readers who may only see statistics. */
const CHILD_COUNTS = [
  'activeTrainees',
  'entries',
  'participants',
  'shortlisted',
  'accepted',
  'enrolled',
] as const;
/** Placement statistics are of records; these count children's records. */
const CHILD_RECORDS = new Set<SourceName>(['trainees', 'entries', 'prizes', 'shortlists']);
const VIA = { direct: 0, history: 1, apportioned: 2 } as const;

/** The measures of one cell before they are shown. */
interface RawFigures {
  clubs: number;
  activeTrainees: number;
  sessionsHeld: number;
  present: number;
  absent: number;
  attendanceChildren: number;
  levels: Record<(typeof EVENT_LEVELS)[number], number>;
  entries: number;
  participants: number;
  prizes: Map<string, number>;
  shortlisted: number;
  accepted: number;
  enrolled: number;
}

interface RawCell {
  values: (number | null)[];
  figures: RawFigures;
}

/** What the caller may read, decided once per request (an export keeps it for its job). */
export interface ReportReader {
  scope: Scope;
  /** Counts of children under 5 are hidden, and periods widened to whole years. */
  hideSmallCells: boolean;
}

/**
 * Statistics for programme reviews: figures only, never a person, within the caller's subtree. Every figure
 * is one set-based statement per grouping; localities are grouped by the units of a chosen day through the
 * locality history (locality-placement.ts).
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: ReportsRepository,
    private readonly access: AccessService,
  ) {}

  /** The caller's reach for reports; 403 for a caller with none. */
  reader(actor: Actor): ReportReader {
    const scope = this.access.scope(actor, 'report.read');
    if (isEmpty(scope)) throw new AppError('forbidden');
    const exact = this.access.scope(actor, 'report.read_exact');
    const exactEverywhere =
      exact.everywhere || (!scope.everywhere && scope.paths.every((path) => covers(exact, path)));
    return { scope, hideSmallCells: !exactEverywhere };
  }

  summary(actor: Actor, query: SummaryQuery): Promise<SummaryView> {
    return this.summaryFor(this.reader(actor), query);
  }

  review(actor: Actor, query: { from: string; to: string }): Promise<ReviewView> {
    return this.reviewFor(this.reader(actor), query);
  }

  async summaryFor(reader: ReportReader, query: SummaryQuery): Promise<SummaryView> {
    const period = checkedPeriod(query, reader);
    const dimensions = query.groupBy ?? [];
    const localitiesAt = query.localitiesAt ?? period.to;
    // One snapshot for every statement, so the figures agree with each other.
    return inTransaction(this.dataSource, async (manager) => {
      const { units, successions } = await this.reports.localityHistory(manager);
      const placements = placeUnits(units, successions, localitiesAt);
      const localityMap: FigureQuery['localityMap'] = [];
      for (const [id, placement] of placements)
        if (placement.kind !== 'unplaced') localityMap.push([id, placement.targetId, VIA[placement.kind]]);
      const figureQuery: FigureQuery = {
        ...period,
        localitiesAt,
        dimensions,
        scope: reader.scope,
        localityMap,
        years: yearsOf(period.from, period.to),
      };

      return this.reports.withLocalityMap(manager, localityMap, async () => {
        const { cells, total, placed } = await this.cells(manager, figureQuery, !reader.hideSmallCells);
        const totalFigures = total[0]?.figures ?? emptyFigures();
        const shown = show(cells, totalFigures, dimensions, reader.hideSmallCells);
        const rows = await this.labelled(
          manager,
          cells,
          dimensions,
          units,
          reader.hideSmallCells,
          shown.cells,
        );

        const placement = dimensions.includes('locality')
          ? await this.placement(manager, figureQuery, placed, placements, units, reader.hideSmallCells)
          : undefined;

        return {
          from: period.from,
          to: period.to,
          groupBy: dimensions,
          smallCellsHidden: reader.hideSmallCells,
          rows,
          total: figuresView(totalFigures, reader.hideSmallCells, shown.total),
          ...(placement && { placement }),
        };
      });
    });
  }

  /** Each figure per year of the period, with its change year on year and its trend. */
  async reviewFor(reader: ReportReader, query: { from: string; to: string }): Promise<ReviewView> {
    const summary = await this.summaryFor(reader, { ...query, groupBy: ['year'] });
    const years = yearsOf(summary.from, summary.to).map(([year]) => year);
    const byYear = new Map(summary.rows.map((row) => [row.key.year!, row.figures]));
    const empty = figuresView(emptyFigures(), false, new Set());
    const series = new Map<string, { year: number; value: number | null | '< 5' }[]>();
    const add = (name: string, year: number, value: number | null | '< 5') =>
      series.set(name, [...(series.get(name) ?? []), { year, value }]);
    const prizeNames = [
      ...new Set(summary.rows.flatMap((row) => Object.keys(row.figures.prizesByName))),
    ].sort();
    for (const year of years) {
      const figures = byYear.get(year) ?? empty;
      add('clubs', year, figures.clubs);
      add('activeTrainees', year, figures.activeTrainees);
      add('sessionsHeld', year, figures.sessionsHeld);
      add('attendanceRate', year, figures.attendanceRate);
      for (const level of EVENT_LEVELS) add(`eventsByLevel.${level}`, year, figures.eventsByLevel[level]);
      add('entries', year, figures.entries);
      add('participants', year, figures.participants);
      for (const prize of prizeNames) add(`prizesByName.${prize}`, year, figures.prizesByName[prize] ?? 0);
      add('shortlisted', year, figures.shortlisted);
      add('accepted', year, figures.accepted);
      add('enrolled', year, figures.enrolled);
    }
    return {
      from: summary.from,
      to: summary.to,
      smallCellsHidden: summary.smallCellsHidden,
      years,
      figures: Object.fromEntries([...series].map(([name, points]) => [name, trendOf(points)])),
      total: summary.total,
    };
  }

  /** How each figure's records were placed, and which units were apportioned or left unplaced. */
  private async placement(
    manager: EntityManager,
    query: FigureQuery,
    placed: Map<SourceName, PlacementRow[]>,
    placements: Map<number, Placement>,
    units: { id: number; fullName: string }[],
    hide: boolean,
  ): Promise<PlacementView> {
    const fullName = new Map(units.map((unit) => [unit.id, unit.fullName]));
    const unit = (id: number) => ({ id, fullName: fullName.get(id) ?? '' });
    const records: PlacementView['records'] = {};
    const apportioned = new Set<number>();
    const unplaced = new Set<number | null>();
    for (const name of SOURCE_NAMES) {
      const counts = { direct: 0, throughHistory: 0, apportioned: 0, unplaced: 0 };
      for (const row of placed.get(name) ?? (await this.reports.placement(manager, name, query))) {
        counts[(['direct', 'throughHistory', 'apportioned', 'unplaced'] as const)[row.via]] += row.records;
        if (row.via === 2) apportioned.add(row.sourceId!);
        if (row.via === 3) unplaced.add(row.sourceId);
      }
      const shown = (value: number): number | typeof SUPPRESSED =>
        hide && CHILD_RECORDS.has(name) && value > 0 && value < 5 ? SUPPRESSED : value;
      records[name] = {
        direct: shown(counts.direct),
        throughHistory: shown(counts.throughHistory),
        apportioned: shown(counts.apportioned),
        unplaced: shown(counts.unplaced),
      };
    }
    const byId = (a: number, b: number) => a - b;
    return {
      localitiesAt: query.localitiesAt,
      records,
      apportionedUnits: [...apportioned].sort(byId).map((id) => {
        const found = placements.get(id) as Extract<Placement, { kind: 'apportioned' }>;
        return {
          ...unit(id),
          to: unit(found.targetId),
          share: found.share,
          candidates: found.candidateIds.map(unit),
        };
      }),
      unplacedUnits: [...unplaced]
        .filter((id): id is number => id !== null)
        .sort(byId)
        .map((id) => {
          const found = placements.get(id);
          return {
            ...unit(id),
            candidates: (found?.kind === 'unplaced' ? found.candidateIds : []).map(unit),
          };
        }),
      recordsWithoutLocality: unplaced.has(null),
    };
  }

  /**
   * Every figure's rows merged into cells by the dimensions' values, the total's (one cell), and the
   * placements the figures' statements answered too. The statements run one after the other on the
   * transaction's connection.
   */
  private async cells(
    manager: EntityManager,
    query: FigureQuery,
    exact: boolean,
  ): Promise<{ cells: RawCell[]; total: RawCell[]; placed: Map<SourceName, PlacementRow[]> }> {
    const cells = new Map<string, RawCell>();
    const total = new Map<string, RawCell>();
    const placed = new Map<SourceName, PlacementRow[]>();
    for (const name of SOURCE_NAMES) {
      const figure = await this.reports.figure(manager, name, query, exact);
      addFigure(cells, name, figure.rows, query.dimensions);
      addFigure(total, name, figure.total, []);
      if (figure.placement) placed.set(name, figure.placement);
    }
    const sorted = (merged: Map<string, RawCell>) =>
      [...merged.values()].sort((a, b) => compareValues(a.values, b.values));
    return { cells: sorted(cells), total: sorted(total), placed };
  }

  private async labelled(
    manager: EntityManager,
    cells: RawCell[],
    dimensions: Dimension[],
    units: { id: number; fullName: string }[],
    hide: boolean,
    hidden: Map<number, Set<string>>,
  ): Promise<SummaryRowView[]> {
    const idsOf = (dimension: Dimension) => {
      const index = dimensions.indexOf(dimension);
      return index < 0
        ? []
        : [...new Set(cells.map((cell) => cell.values[index]).filter((id): id is number => id !== null))];
    };
    const [disciplines, organisations] = await Promise.all([
      this.reports.disciplineLabels(manager, idsOf('discipline')),
      this.reports.organisationLabels(manager, idsOf('organisation')),
    ]);
    const localities = new Map(units.map((unit) => [unit.id, unit.fullName]));
    return cells.map((cell, index) => {
      const key: SummaryRowView['key'] = {};
      dimensions.forEach((dimension, position) => {
        const value = cell.values[position];
        if (dimension === 'year') key.year = value!;
        if (dimension === 'locality')
          key.locality = value === null ? null : { id: value, fullName: localities.get(value) ?? '' };
        if (dimension === 'discipline') {
          const label = value === null ? undefined : disciplines.get(value);
          key.discipline =
            value === null ? null : { id: value, code: label?.code ?? '', name: label?.name ?? '' };
        }
        if (dimension === 'organisation')
          key.organisation = value === null ? null : { id: value, name: organisations.get(value) ?? '' };
      });
      return { key, figures: figuresView(cell.figures, hide, hidden.get(index) ?? new Set()) };
    });
  }
}

/** One figure's rows added to the cells of their dimensions' values. */
function addFigure(
  cells: Map<string, RawCell>,
  name: SourceName,
  rows: FigureRow[],
  dimensions: Dimension[],
): void {
  const cellOf = (row: FigureRow): RawFigures => {
    const values = dimensions.map((dimension) => row[`g_${dimension}`] as number | null);
    const key = JSON.stringify(values);
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { values, figures: emptyFigures() }));
    return cell.figures;
  };
  for (const row of rows) {
    const figures = cellOf(row);
    const number = (column: string) => Number(row[column] ?? 0);
    if (name === 'clubs') figures.clubs = number('clubs');
    if (name === 'trainees') figures.activeTrainees = number('activeTrainees');
    if (name === 'sessions') {
      figures.sessionsHeld = number('sessionsHeld');
      figures.present = number('present');
      figures.absent = number('absent');
      figures.attendanceChildren = number('attendanceChildren');
    }
    if (name === 'events') for (const level of EVENT_LEVELS) figures.levels[level] = number(level);
    if (name === 'entries') {
      figures.entries = number('entries');
      figures.participants = number('participants');
    }
    if (name === 'prizes') figures.prizes.set(String(row.g_extra), number('prizes'));
    if (name === 'shortlists') {
      figures.shortlisted = number('shortlisted');
      figures.accepted = number('accepted');
      figures.enrolled = number('enrolled');
    }
  }
}

function emptyFigures(): RawFigures {
  return {
    clubs: 0,
    activeTrainees: 0,
    sessionsHeld: 0,
    present: 0,
    absent: 0,
    attendanceChildren: 0,
    levels: { grassroots: 0, district: 0, provincial: 0, national: 0 },
    entries: 0,
    participants: 0,
    prizes: new Map(),
    shortlisted: 0,
    accepted: 0,
    enrolled: 0,
  };
}

/** Nulls (the unplaced, the unknown) last, otherwise ascending. */
function compareValues(a: (number | null)[], b: (number | null)[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (a[i] === null) return 1;
    if (b[i] === null) return -1;
    return a[i]! - b[i]!;
  }
  return 0;
}

/**
 * Which counts to hide, per cell (index → figure names) and in the total: each count of children on its
 * own, so that no count and no difference of published counts singles out a child.
 */
function show(
  cells: RawCell[],
  total: RawFigures,
  dimensions: Dimension[],
  hide: boolean,
): { cells: Map<number, Set<string>>; total: Set<string> } {
  const hiddenCells = new Map<number, Set<string>>();
  const hiddenTotal = new Set<string>();
  if (!hide) return { cells: hiddenCells, total: hiddenTotal };
  const keyOf = (cell: RawCell) =>
    Object.fromEntries(dimensions.map((dimension, i) => [dimension, String(cell.values[i])]));
  const counts: { name: string; value: (figures: RawFigures) => number }[] = [
    ...CHILD_COUNTS.map((name) => ({ name, value: (figures: RawFigures) => figures[name] })),
    ...[...new Set([...total.prizes.keys()])].map((prize) => ({
      name: `prize:${prize}`,
      value: (figures: RawFigures) => figures.prizes.get(prize) ?? 0,
    })),
  ];
  for (const { name, value } of counts) {
    const countCells: CountCell[] = cells.map((cell) => ({ key: keyOf(cell), value: value(cell.figures) }));
    const suppression = suppressSmallCells(countCells, value(total), dimensions);
    for (const index of suppression.cells)
      hiddenCells.set(index, (hiddenCells.get(index) ?? new Set()).add(name));
    if (suppression.total) hiddenTotal.add(name);
  }
  return { cells: hiddenCells, total: hiddenTotal };
}

function figuresView(figures: RawFigures, hide: boolean, hidden: Set<string>): SummaryFiguresView {
  const count = (name: string, value: number): ChildCount => (hidden.has(name) ? SUPPRESSED : value);
  const marked = figures.present + figures.absent;
  return {
    clubs: figures.clubs,
    activeTrainees: count('activeTrainees', figures.activeTrainees),
    sessionsHeld: figures.sessionsHeld,
    attendanceRate:
      marked === 0
        ? null
        : hide && figures.attendanceChildren < 5
          ? SUPPRESSED
          : Math.round((figures.present / marked) * 10000) / 10000,
    eventsByLevel: { ...figures.levels },
    entries: count('entries', figures.entries),
    participants: count('participants', figures.participants),
    prizesByName: Object.fromEntries(
      [...figures.prizes]
        .sort(([a], [b]) => a.localeCompare(b, 'vi'))
        .map(([prize, value]) => [prize, count(`prize:${prize}`, value)]),
    ),
    shortlisted: count('shortlisted', figures.shortlisted),
    accepted: count('accepted', figures.accepted),
    enrolled: count('enrolled', figures.enrolled),
  };
}

/** The period asked for, widened to whole years for readers of statistics only (see small-cells.ts). */
function checkedPeriod(
  query: { from: string; to: string },
  reader: ReportReader,
): { from: string; to: string } {
  if (query.to < query.from)
    throw invalidField('to', { vi: 'không được trước ngày bắt đầu (from)', en: 'must not be before from' });
  if (Number(query.to.slice(0, 4)) - Number(query.from.slice(0, 4)) > 50)
    throw invalidField('to', { vi: 'kỳ báo cáo dài tối đa 50 năm', en: 'a report spans 50 years at most' });
  if (!reader.hideSmallCells) return { from: query.from, to: query.to };
  return { from: `${query.from.slice(0, 4)}-01-01`, to: `${query.to.slice(0, 4)}-12-31` };
}

/** Each year of [from, to] with its days inside the period. */
function yearsOf(from: string, to: string): [number, string, string][] {
  const years: [number, string, string][] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    const first = `${year}-01-01`;
    const last = `${year}-12-31`;
    years.push([year, first < from ? from : first, last > to ? to : last]);
  }
  return years;
}
