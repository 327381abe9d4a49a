/** A month laid out as weeks of calendar days (Monday first, as Vietnamese calendars are), for sessions. */
export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string;
  inMonth: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The weeks of `month` (YYYY-MM), each of seven days, padded with the neighbouring months' days. */
export function monthGrid(month: string): CalendarDay[][] {
  const [year, monthNumber] = month.split('-').map(Number);
  const first = new Date(Date.UTC(year, monthNumber - 1, 1));
  const mondayOffset = (first.getUTCDay() + 6) % 7;
  const start = new Date(first);
  start.setUTCDate(1 - mondayOffset);
  const weeks: CalendarDay[][] = [];
  const day = new Date(start);
  do {
    const week: CalendarDay[] = [];
    for (let i = 0; i < 7; i += 1) {
      week.push({ date: iso(day), inMonth: day.getUTCMonth() === monthNumber - 1 });
      day.setUTCDate(day.getUTCDate() + 1);
    }
    weeks.push(week);
  } while (day.getUTCMonth() === monthNumber - 1);
  return weeks;
}

/** The month (YYYY-MM) `delta` months from `month`. */
export function shiftMonth(month: string, delta: number): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const moved = new Date(Date.UTC(year, monthNumber - 1 + delta, 1));
  return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}`;
}

/** The first and last day of a month, for the sessions query. */
export function monthBounds(month: string): { from: string; to: string } {
  const weeks = monthGrid(month);
  const days = weeks.flat().filter((d) => d.inMonth);
  return { from: days[0].date, to: days[days.length - 1].date };
}
