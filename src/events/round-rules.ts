import { FieldError } from '../common/errors/app-error';
import { LocalisedText } from '../common/errors/language';
import {
  computeRoundResults,
  computeSkatingResults,
  isRankedMethod,
  PrizeRule,
  RankedMethod,
  RoundInput,
  RoundMethod,
  ScoringInputError,
} from '../scoring/engine';
import { Round, RoundCriterion } from '../competition/entities/round.entity';

export type RoundRules = Pick<
  Round,
  'criteria' | 'method' | 'basis' | 'decimals' | 'tieBreaks' | 'spreadLimit' | 'advancement'
>;

/**
 * What the results engine finds wrong with a round's rubric and rules (and the category's prizes), before any
 * score exists: the engine is the one judge of what it can compute. Paths are the request's (`criteria.1.step`).
 */
export function roundRuleErrors(rules: RoundRules, prizes: PrizeRule[], prizesPath = 'prizes'): FieldError[] {
  const { method } = rules;
  if (isRankedMethod(method)) return rankedRuleErrors({ ...rules, method }, prizes, prizesPath);
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
    method,
    basis: rules.basis,
    decimals: rules.decimals,
    tieBreaks: rules.tieBreaks,
    spreadLimit: rules.spreadLimit,
    prizes,
    advancement: rules.advancement,
  };
  return engineErrors(() => computeRoundResults(input), prizesPath);
}

/**
 * A ranked round has places, not scores: no basis but the default, no tie-breaks (the Skating System breaks
 * its own ties), no disagreement limit, prizes by count and (skating) advancement by places only; a recall
 * advances the entries it recalls.
 */
function rankedRuleErrors(
  rules: RoundRules & { method: RankedMethod },
  prizes: PrizeRule[],
  prizesPath: string,
): FieldError[] {
  const errors: FieldError[] = [];
  const notRanked = (path: string) => errors.push({ path, message: NOT_FOR_RANKED });
  if (rules.basis !== 'totals') notRanked('basis');
  if (rules.tieBreaks.length > 0) notRanked('tieBreaks');
  if (rules.spreadLimit !== null) notRanked('spreadLimit');
  if (rules.method.kind === 'recall' && rules.advancement !== null) notRanked('advancement');
  if (rules.advancement?.minScore !== undefined) notRanked('advancement.minScore');
  const top = rules.advancement?.top;
  return [
    ...errors,
    ...engineErrors(
      () =>
        computeSkatingResults({
          entries: [],
          judges: [],
          dances: rules.criteria.map((criterion) => criterion.code),
          placements: [],
          prizes: rules.method.kind === 'skating' ? prizes : [],
          advancement: top === undefined ? null : { top },
        }),
      prizesPath,
    ),
  ];
}

/** A ranked round names dances, a marked round a rubric; each refuses the other's. */
export function rubricShapeErrors(
  input: { criteria?: unknown; dances?: unknown },
  method: RoundMethod,
  before?: RoundMethod,
): FieldError[] {
  const ranked = isRankedMethod(method);
  if (ranked && input.criteria !== undefined) return [{ path: 'criteria', message: DANCES_INSTEAD }];
  if (!ranked && input.dances !== undefined) return [{ path: 'dances', message: CRITERIA_INSTEAD }];
  const switched = before !== undefined && isRankedMethod(before) !== ranked;
  if (ranked && input.dances === undefined && (before === undefined || switched))
    return [{ path: 'dances', message: DANCES_REQUIRED }];
  if (!ranked && switched && input.criteria === undefined)
    return [{ path: 'criteria', message: CRITERIA_REQUIRED }];
  return [];
}

/**
 * The dances as the round's columns: a place 1 … 999 (the sheet holds it to the number of entries), or a
 * cross (1) or none (0).
 */
export function danceColumns(
  dances: { code: string; name: string }[],
  method: RoundMethod,
): RoundCriterion[] {
  const recall = method.kind === 'recall';
  return dances.map(({ code, name }) => ({
    code,
    name,
    min: recall ? '0' : '1',
    max: recall ? '1' : '999',
    step: '1',
    weight: '1',
  }));
}

function engineErrors(compute: () => unknown, prizesPath: string): FieldError[] {
  try {
    compute();
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
  [/^a ranked round awards by count only$/, 'vòng xếp hạng chỉ trao giải theo số lượng (count)'],
  [/^needs at least one dance$/, 'cần ít nhất một điệu nhảy'],
];

const NOT_FOR_RANKED: LocalisedText = {
  vi: 'không áp dụng cho vòng xếp hạng (skating, recall)',
  en: 'does not apply to a ranked round (skating, recall)',
};
const DANCES_INSTEAD: LocalisedText = {
  vi: 'vòng xếp hạng (skating, recall) không có tiêu chí chấm: hãy khai các điệu nhảy (dances)',
  en: 'a ranked round (skating, recall) has no rubric: name its dances instead',
};
const CRITERIA_INSTEAD: LocalisedText = {
  vi: 'chỉ vòng xếp hạng (skating, recall) mới khai điệu nhảy',
  en: 'only a ranked round (skating, recall) names dances',
};
const DANCES_REQUIRED: LocalisedText = {
  vi: 'là bắt buộc với vòng xếp hạng (skating, recall)',
  en: 'is required for a ranked round (skating, recall)',
};
const CRITERIA_REQUIRED: LocalisedText = {
  vi: 'là bắt buộc với vòng chấm điểm',
  en: 'is required for a marked round',
};

function translate(english: string): LocalisedText {
  const match = VIETNAMESE.find(([pattern]) => pattern.test(english));
  return { vi: match ? match[1] : `không hợp lệ (${english})`, en: english };
}
