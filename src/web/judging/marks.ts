/**
 * A mark as a judge types it, checked against the criterion's scale before anything is sent: `8,75` and
 * `8.75` are the same mark; it must lie within [min, max] on the steps counted from min (as the server
 * checks). Exact decimal arithmetic (scaled BigInts), never floats: 0.1 + 0.2 must be 0.3 here.
 */
export interface Scale {
  min: string;
  max: string;
  step: string;
}

export type MarkProblem = 'notANumber' | 'belowMin' | 'aboveMax' | 'offStep';

export type MarkCheck =
  { ok: true; value: string | null } | { ok: false; problem: MarkProblem; nearest?: [string, string] };

/** At most four decimals, as the scores table keeps. */
const TYPED_MARK = /^(-?)(\d+)(?:[.,](\d{1,4}))?$/;

interface Scaled {
  units: bigint;
  places: number;
}

function parseDecimal(text: string): Scaled | null {
  const match = TYPED_MARK.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const units = BigInt(`${whole}${fraction}`);
  return { units: sign ? -units : units, places: fraction.length };
}

function rescale(value: Scaled, places: number): bigint {
  return value.units * 10n ** BigInt(places - value.places);
}

function render(units: bigint, places: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** The plain form the API takes ('08,50' → '8.5'), or what is wrong; an empty field clears the cell. */
export function checkMark(typed: string, scale: Scale): MarkCheck {
  const text = typed.trim();
  if (text === '') return { ok: true, value: null };
  const mark = parseDecimal(text);
  const [min, max, step] = [scale.min, scale.max, scale.step].map(parseDecimal);
  if (!mark || !min || !max || !step) return { ok: false, problem: 'notANumber' };
  const places = Math.max(mark.places, min.places, max.places, step.places);
  const [m, lo, hi, st] = [mark, min, max, step].map((value) => rescale(value, places));
  if (m < lo) return { ok: false, problem: 'belowMin' };
  if (m > hi) return { ok: false, problem: 'aboveMax' };
  if (st > 0n && (m - lo) % st !== 0n) {
    const below = lo + ((m - lo) / st) * st;
    const above = below + st > hi ? below : below + st;
    return { ok: false, problem: 'offStep', nearest: [render(below, places), render(above, places)] };
  }
  return { ok: true, value: render(m, places) };
}

/** Whether two plain marks are the same number ('8.5' and '8.50'); null is an empty cell. */
export function sameMark(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const [x, y] = [parseDecimal(a), parseDecimal(b)];
  if (!x || !y) return a === b;
  const places = Math.max(x.places, y.places);
  return rescale(x, places) === rescale(y, places);
}
