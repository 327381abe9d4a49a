import { EVENT_LEVELS, EVENT_STATES, type EventLevel, type EventState } from './event-options';

/** The events list's filters, as kept in the address (`?state=open&level=district&year=2026`). */
export interface EventFilters {
  state?: EventState;
  level?: EventLevel;
  year?: number;
  page: number;
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined =>
  allowed.find((candidate) => candidate === value);

export function readFilters(search: string): EventFilters {
  const params = new URLSearchParams(search);
  const year = Number(params.get('year'));
  const page = Number(params.get('page'));
  return {
    state: oneOf(EVENT_STATES, params.get('state')),
    level: oneOf(EVENT_LEVELS, params.get('level')),
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function writeFilters(filters: EventFilters): string {
  const params = new URLSearchParams();
  if (filters.state) params.set('state', filters.state);
  if (filters.level) params.set('level', filters.level);
  if (filters.year) params.set('year', String(filters.year));
  if (filters.page > 1) params.set('page', String(filters.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A year as the API's date bounds: events that overlap it. */
export function yearBounds(year: number | undefined): { from?: string; to?: string } {
  return year ? { from: `${year}-01-01`, to: `${year}-12-31` } : {};
}
