/** A prize rule as the category form holds it: what is typed, before it is sent. */
export interface PrizeRow {
  prize: string;
  count: string;
  minScore: string;
}

/** The rule the API takes: a count, a minimum score, or both (the server checks the rest). */
export function toPrizeRule(row: PrizeRow): { prize: string; count?: number; minScore?: string } {
  const count = row.count.trim() === '' ? undefined : Number(row.count);
  const minScore = row.minScore.trim().replace(',', '.') || undefined;
  return { prize: row.prize.trim(), ...(count !== undefined && { count }), ...(minScore && { minScore }) };
}

/**
 * What happens when one more entry than the first prize's count ties at the top: all of them share the first
 * prize, and the second prize either keeps its count or gives up the places the tie took (tiesUseNextPlaces).
 * Null when the structure has no two counted prizes to show it with.
 */
export function tieExample(
  rows: PrizeRow[],
  tiesUseNextPlaces: boolean,
): { tied: number; first: string; second: string; secondCount: number } | null {
  const [first, second] = rows.map(toPrizeRule);
  if (!first?.prize || !second?.prize || !first.count || !second.count) return null;
  const tied = first.count + 1;
  const secondCount = tiesUseNextPlaces ? Math.max(0, second.count - (tied - first.count)) : second.count;
  return { tied, first: first.prize, second: second.prize, secondCount };
}
