/**
 * JSON with object keys sorted at every level, so that equal values give equal text whatever order their keys
 * were written in. (Index-like keys such as "12" still come first in numeric order: JavaScript orders any
 * object's keys so.)
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : item,
  );
}
