/**
 * Orders ids by UTF-16 code units: unlike localeCompare it does not depend on the machine's locale, so
 * every sort that settles an order (output lists, which of two equal marks trimming drops) is reproducible.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedIds(ids: Iterable<string>): string[] {
  return [...ids].sort(compareIds);
}
