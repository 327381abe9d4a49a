/** A figure over the years of a review, and how it moved. */
export interface YearValue<V> {
  year: number;
  value: V;
  /** Change from the previous year; null for the first year or when either value is hidden. */
  change: number | null;
}

export interface Trend {
  first: number | null;
  last: number | null;
  /** last − first. */
  change: number | null;
  /** (last − first) ÷ first × 100, one decimal; null when first is 0 or hidden. */
  changePercent: number | null;
  /** Compound annual growth from the first to the last year, in percent, one decimal. */
  annualGrowthPercent: number | null;
  direction: 'up' | 'down' | 'flat' | null;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
/** Changes keep a rate's precision (4 decimals); counts are whole anyway. */
const round4 = (value: number) => Math.round(value * 10000) / 10000;

/**
 * Year-on-year changes and the trend of one figure. Values that are not numbers (a hidden small cell)
 * give no change, so a trend never reveals what suppression hides.
 */
export function trendOf<V>(series: { year: number; value: V }[]): { years: YearValue<V>[]; trend: Trend } {
  const numeric = (value: V): number | null => (typeof value === 'number' ? value : null);
  const years = series.map((point, index) => {
    const previous = index > 0 ? numeric(series[index - 1].value) : null;
    const current = numeric(point.value);
    return {
      ...point,
      change: previous === null || current === null ? null : round4(current - previous),
    };
  });
  const first = series.length > 0 ? numeric(series[0].value) : null;
  const last = series.length > 0 ? numeric(series.at(-1)!.value) : null;
  const span = series.length > 0 ? series.at(-1)!.year - series[0].year : 0;
  const known = first !== null && last !== null;
  return {
    years,
    trend: {
      first,
      last,
      change: known ? round4(last - first) : null,
      changePercent: known && first !== 0 ? round1(((last - first) / first) * 100) : null,
      annualGrowthPercent:
        known && first > 0 && last > 0 && span > 0
          ? round1((Math.pow(last / first, 1 / span) - 1) * 100)
          : null,
      direction: known ? (last > first ? 'up' : last < first ? 'down' : 'flat') : null,
    },
  };
}
