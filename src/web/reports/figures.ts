import type { components } from '../api/schema';

export type Figures = components['schemas']['SummaryFiguresView'];
export type Cell = number | string | null | undefined;

/** The counts a summary table shows, in the order of the spreadsheet. */
export const TABLE_FIGURES = [
  'clubs',
  'activeTrainees',
  'sessionsHeld',
  'attendanceRate',
  'events',
  'entries',
  'participants',
  'prizes',
  'shortlisted',
  'accepted',
  'enrolled',
] as const;
export type TableFigure = (typeof TABLE_FIGURES)[number];

/** The figures the review draws per year (each with its table). */
export const TREND_FIGURES = [
  'clubs',
  'activeTrainees',
  'sessionsHeld',
  'entries',
  'participants',
  'shortlisted',
  'accepted',
  'enrolled',
] as const;

/** How the API shows a count of children from 1 to 4 to those under the small-cell rule. */
export const SUPPRESSED = '< 5';
/** The most a count shown as SUPPRESSED can be. */
export const SUPPRESSED_AT_MOST = 4;

/** One figure's value in a cell: events and prizes are summed over levels and names unless a part is hidden. */
export function figureValue(figures: Figures, name: TableFigure): Cell {
  if (name === 'events') return Object.values(figures.eventsByLevel).reduce((sum, n) => sum + n, 0);
  if (name === 'prizes') {
    const values = Object.values(figures.prizesByName) as Cell[];
    if (values.some((value) => value === SUPPRESSED)) return SUPPRESSED;
    return values.reduce<number>((sum, n) => sum + Number(n), 0);
  }
  return figures[name];
}

/** A cell as shown: "< 5" stays as it is, a rate as a percentage, nothing as a dash. */
export function shownValue(value: Cell, name: string, language: 'vi' | 'en'): string {
  if (value === null || value === undefined) return '–';
  if (value === SUPPRESSED) return SUPPRESSED;
  if (name === 'attendanceRate') {
    const percent = (Number(value) * 100).toFixed(1);
    return `${language === 'vi' ? percent.replace('.', ',') : percent}%`;
  }
  return new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB').format(Number(value));
}
