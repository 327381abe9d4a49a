/** Units of 10⁻⁸ of a point per hundredth: contributions are fixed to this grid before any split. */
const FINE_PER_HUNDREDTH = 1_000_000;

/** A contribution in points, fixed to 10⁻⁸ of a point (an integer), so what follows is exact. */
export function toFine(points: number): number {
  return Math.round(points * 100 * FINE_PER_HUNDREDTH);
}

/**
 * The total of `fine` rounded half up to hundredths, and each part in whole hundredths summing exactly to it:
 * parts are cut down, and the hundredths still missing go one each to the largest remainders (equal
 * remainders: the earlier part first).
 */
export function splitHundredths(fine: readonly number[]): { total: number; parts: number[] } {
  const sum = fine.reduce((a, b) => a + b, 0);
  const total = Math.floor((sum + FINE_PER_HUNDREDTH / 2) / FINE_PER_HUNDREDTH);
  const parts = fine.map((value) => Math.floor(value / FINE_PER_HUNDREDTH));
  let missing = total - parts.reduce((a, b) => a + b, 0);
  const order = fine
    .map((value, index) => ({ index, remainder: value - parts[index] * FINE_PER_HUNDREDTH }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (missing <= 0) break;
    parts[index] += 1;
    missing -= 1;
  }
  return { total, parts };
}

/** 4138 → "41.38". */
export function hundredthsText(hundredths: number): string {
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}
