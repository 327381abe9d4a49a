const OMITTED = Symbol('omitted');

/**
 * Whether two values would be written as the same JSON once every object's keys are sorted: what comparing
 * their canonicalJson texts tells, without writing either. A walk over both that stops at the first
 * difference; on a 1,000-entry round's results (megabytes of JSON) several times cheaper than the texts.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  return same(asWritten(a, false), asWritten(b, false));
}

/** The value as JSON.stringify sees it: after toJSON, non-finite numbers as null; left out of objects, or null in arrays, when JSON has no text for it. */
function asWritten(value: unknown, inArray: boolean): unknown {
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  )
    value = (value as { toJSON: () => unknown }).toJSON();
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'undefined':
    case 'function':
    case 'symbol':
      return inArray ? null : OMITTED;
    default:
      return value;
  }
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(asWritten(a[i], true), asWritten(b[i], true))) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let written = 0;
  for (const key of Object.keys(left)) {
    const value = asWritten(left[key], false);
    if (value === OMITTED) continue;
    written++;
    if (!Object.prototype.propertyIsEnumerable.call(right, key)) return false;
    if (!same(value, asWritten(right[key], false))) return false;
  }
  for (const key of Object.keys(right)) if (asWritten(right[key], false) !== OMITTED) written--;
  return written === 0;
}
