import { LocalisedText } from '../common/errors/language';
import { RoundCriterion } from '../competition/entities/round.entity';
import { Decimal, ScoreProblem, validateScore } from '../scoring/engine';

/** Decimal places a stored mark keeps (the scores table holds DECIMAL(12,4)). */
export const MARK_DECIMALS = 4;

export type MarkCheck =
  { value: string; problem?: undefined } | { value?: undefined; problem: LocalisedText };

/**
 * A mark as a client sent it, checked against its criterion's scale: its plain form ('08.50' → '8.5') or
 * what is wrong with it, in words a judge understands. JSON numbers are taken by their shortest decimal
 * form (8.5 → '8.5', 0.1 + 0.2 → '0.30000000000000004', which is then off the scale's steps).
 */
export function checkMark(criterion: RoundCriterion, raw: unknown): MarkCheck {
  if (typeof raw !== 'string' && typeof raw !== 'number') return { problem: NOT_A_MARK };
  const text = typeof raw === 'number' ? String(raw) : raw;
  if (/^-?\d+,\d+$/.test(text.trim())) return { problem: DECIMAL_COMMA };
  const problem = validateScore(
    {
      id: criterion.code,
      min: criterion.min,
      max: criterion.max,
      step: criterion.step,
      weight: criterion.weight,
    },
    text,
  );
  if (problem) return { problem: describeProblem(problem, criterion, text) };
  const mark = Decimal.parse(text);
  if ((mark.exactDecimalPlaces() ?? Infinity) > MARK_DECIMALS) return { problem: TOO_PRECISE };
  return { value: mark.toString() };
}

/** Whether two plain marks (or empty cells, null) are the same number. */
export function sameMark(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return Decimal.parse(a).equals(Decimal.parse(b));
}

const NOT_A_MARK: LocalisedText = {
  vi: 'phải là một số (ví dụ 8.25 hoặc "8.25"), hoặc null để xóa ô điểm',
  en: 'must be a number (8.25 or "8.25", say), or null to clear the cell',
};

const DECIMAL_COMMA: LocalisedText = {
  vi: 'dùng dấu chấm để ghi phần thập phân (8.5), không dùng dấu phẩy (8,5)',
  en: 'write the decimal part after a point (8.5), not a comma (8,5)',
};

const TOO_PRECISE: LocalisedText = {
  vi: `không được có quá ${MARK_DECIMALS} chữ số thập phân`,
  en: `must have at most ${MARK_DECIMALS} decimal places`,
};

function describeProblem(problem: ScoreProblem, criterion: RoundCriterion, text: string): LocalisedText {
  const { min, max, step } = criterion;
  switch (problem) {
    case 'not_a_decimal':
      return {
        vi: 'phải là một số thập phân viết bằng chữ số, dấu chấm ngăn phần thập phân (ví dụ 8.25)',
        en: 'must be a decimal number in digits, with a point before the decimals (8.25, say)',
      };
    case 'below_min':
      return {
        vi: `không được nhỏ hơn ${min} (thang điểm từ ${min} đến ${max})`,
        en: `must be at least ${min} (the scale runs from ${min} to ${max})`,
      };
    case 'above_max':
      return {
        vi: `không được lớn hơn ${max} (thang điểm từ ${min} đến ${max})`,
        en: `must be at most ${max} (the scale runs from ${min} to ${max})`,
      };
    case 'not_on_step': {
      const [below, above] = neighbouringMarks(criterion, Decimal.parse(text));
      return {
        vi: `phải theo bước ${step} tính từ ${min}: gần nhất là ${below} hoặc ${above}`,
        en: `must be on the scale's steps of ${step} from ${min}: the nearest marks are ${below} and ${above}`,
      };
    }
  }
}

/** The marks of the scale just below and just above a mark that lies between two steps. */
function neighbouringMarks(criterion: RoundCriterion, mark: Decimal): [string, string] {
  const min = Decimal.parse(criterion.min);
  const step = Decimal.parse(criterion.step);
  const steps = mark.minus(min).dividedBy(step);
  const whole = Decimal.fromInteger(steps.numerator / steps.denominator);
  const below = min.plus(whole.times(step));
  return [below.toString(), below.plus(step).toString()];
}
