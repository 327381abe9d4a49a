/**
 * Scales and marks with at most two decimals (DECIMAL(6,2) columns) as whole hundredths, so range and step
 * checks are exact: 7.25 → 725. Undefined for anything that is not such a number.
 */
export function toHundredths(value: string | number): number | undefined {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = /^(-?)(\d{1,4})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction = ''] = match;
  const hundredths = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign ? -hundredths : hundredths;
}

/** Hundredths back to the decimal text stored and answered: 725 → "7.25". */
export function fromHundredths(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const absolute = Math.abs(hundredths);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

/** Whether `value` lies on the scale from `min` to `max` in steps of `step` (all in hundredths). */
export function onScale(value: number, scale: { min: number; max: number; step: number }): boolean {
  return value >= scale.min && value <= scale.max && (value - scale.min) % scale.step === 0;
}
