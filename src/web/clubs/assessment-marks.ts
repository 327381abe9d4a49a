/**
 * A coach's mark as typed ("7,5" or "7.5"), checked against its criterion's scale in exact hundredths, as the
 * API checks it: within [min, max] and on a step from min.
 */
export type MarkCheck =
  | { ok: true; value: string }
  | { ok: false; problem: 'empty' | 'not_a_number' | 'out_of_range' | 'off_step' };

const HUNDREDTHS = /^(\d{1,4})(?:[.,](\d{1,2}))?$/;

function hundredths(text: string): number | null {
  const match = HUNDREDTHS.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export function checkMark(typed: string, scale: { min: string; max: string; step: string }): MarkCheck {
  const text = typed.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  const value = hundredths(text);
  if (value === null) return { ok: false, problem: 'not_a_number' };
  const [min, max, step] = [scale.min, scale.max, scale.step].map((bound) => hundredths(bound)!);
  if (value < min || value > max) return { ok: false, problem: 'out_of_range' };
  if ((value - min) % step !== 0) return { ok: false, problem: 'off_step' };
  return { ok: true, value: `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}` };
}
