import { FieldError } from '../common/errors/app-error';
import { LocalisedText } from '../common/errors/language';
import { computeRoundResults, PrizeRule, RoundInput, ScoringInputError } from '../scoring/engine';
import { Round, RoundCriterion } from './entities/round.entity';

export type RoundRules = Pick<
  Round,
  'criteria' | 'method' | 'basis' | 'decimals' | 'tieBreaks' | 'spreadLimit' | 'advancement'
>;

/**
 * What the results engine finds wrong with a round's rubric and rules (and the category's prizes), before any
 * score exists: the engine is the one judge of what it can compute. Paths are the request's (`criteria.1.step`).
 */
export function roundRuleErrors(rules: RoundRules, prizes: PrizeRule[], prizesPath = 'prizes'): FieldError[] {
  const input: RoundInput = {
    criteria: rules.criteria.map(({ code, min, max, step, weight }) => ({
      id: code,
      min,
      max,
      step,
      weight,
    })),
    entries: [],
    // A head judge stands in for the panel, which is formed later: a head-judge tie-break is then checkable.
    judges: [{ id: 'head', head: true }],
    scores: [],
    method: rules.method,
    basis: rules.basis,
    decimals: rules.decimals,
    tieBreaks: rules.tieBreaks,
    spreadLimit: rules.spreadLimit,
    prizes,
    advancement: rules.advancement,
  };
  try {
    computeRoundResults(input);
    return [];
  } catch (error) {
    if (!(error instanceof ScoringInputError)) throw error;
    return error.issues.map((issue) => ({
      path: requestPath(issue.path, prizesPath),
      message: translate(issue.message),
    }));
  }
}

/** The rubric as stored: defaults filled in (min 0, weight 1). */
export function rubric(
  criteria: { code: string; name: string; min?: string; max: string; step: string; weight?: string }[],
): RoundCriterion[] {
  return criteria.map(({ code, name, min, max, step, weight }) => ({
    code,
    name,
    min: min ?? '0',
    max,
    step,
    weight: weight ?? '1',
  }));
}

/** `criteria[1].id` → `criteria.1.code`; the prize rules live on the category. */
function requestPath(path: string, prizesPath: string): string {
  const dotted = path.replace(/\[(\d+)\]/g, '.$1').replace(/^criteria\.(\d+)\.id$/, 'criteria.$1.code');
  return dotted.startsWith('prizes') ? prizesPath + dotted.slice('prizes'.length) : dotted;
}

const VIETNAMESE: [RegExp, string][] = [
  [/^max − min must be a whole number of steps$/, 'khoảng từ min đến max phải chia hết cho bước điểm'],
  [/^must be above min$/, 'phải lớn hơn min'],
  [/^must be above zero$/, 'phải lớn hơn 0'],
  [/^must not be negative$/, 'không được âm'],
  [/^must be a non-empty id$/, 'không được để trống'],
  [/^must be a whole number of 1 or more$/, 'phải là số nguyên từ 1 trở lên'],
  [/^must be a whole number of at least 2 × trim \+ 1$/, 'phải là số nguyên không nhỏ hơn 2 × trim + 1'],
  [/^must be a whole number from 0 to \d+$/, 'phải là số nguyên trong khoảng cho phép'],
  [/^must name the prize$/, 'phải ghi tên giải'],
  [/^needs a count, a minScore or both$/, 'cần số lượng (count), ngưỡng điểm (minScore) hoặc cả hai'],
  [/^needs top, minScore or both$/, 'cần số lượng (top), ngưỡng điểm (minScore) hoặc cả hai'],
  [/^the rubric has no criterion$/, 'thang điểm chưa có tiêu chí nào'],
  [/^duplicate id /, 'mã tiêu chí bị trùng'],
  [/^unknown criterion /, 'không có tiêu chí này trong thang điểm'],
  [/^not a decimal number/, 'phải là số thập phân'],
];

function translate(english: string): LocalisedText {
  const match = VIETNAMESE.find(([pattern]) => pattern.test(english));
  return { vi: match ? match[1] : `không hợp lệ (${english})`, en: english };
}
