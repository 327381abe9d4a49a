import { Decimal } from './decimal';
import { compareIds } from './ids';
import type {
  AdvancementRule,
  AggregationBasis,
  AggregationMethod,
  Deduction,
  PrizeRule,
  RoundInput,
  RubricCriterion,
  TieBreak,
} from './types';

/** Why a mark is refused at score entry; stable codes the app turns into vi/en messages. */
export type ScoreProblem = 'not_a_decimal' | 'below_min' | 'above_max' | 'not_on_step';

/** Checks one mark against its criterion's scale: null when it is acceptable. */
export function validateScore(criterion: RubricCriterion, value: unknown): ScoreProblem | null {
  return checkMark(parseScale(criterion), value);
}

export interface InputIssue {
  /** Where in the input, e.g. `scores[3].value`. */
  path: string;
  message: string;
}

/** The input of a round or a combined standing cannot be computed; `issues` lists every problem found. */
export class ScoringInputError extends Error {
  constructor(readonly issues: InputIssue[]) {
    super(`Invalid scoring input: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`);
    this.name = 'ScoringInputError';
  }
}

export interface ParsedCriterion {
  id: string;
  min: Decimal;
  max: Decimal;
  step: Decimal;
  weight: Decimal;
}

export interface ParsedDeduction {
  kind: string;
  amount: Decimal;
  reason: string;
}

export interface ParsedEntry {
  id: string;
  deductions: ParsedDeduction[];
  disqualification: { reason: string } | null;
}

export interface ParsedJudge {
  id: string;
  head: boolean;
  absent: boolean;
}

export interface ParsedPrizeRule {
  prize: string;
  count: number | null;
  minScore: Decimal | null;
}

export interface ParsedAdvancementRule {
  top: number | null;
  minScore: Decimal | null;
}

/** A round's input, checked, with decimals parsed and every list sorted by id. */
export interface ParsedRound {
  criteria: ParsedCriterion[];
  entries: ParsedEntry[];
  judges: ParsedJudge[];
  /** judge id → entry id → criterion id → mark */
  scores: Map<string, Map<string, Map<string, Decimal>>>;
  /** judge id → the entries that judge is recused from */
  recusals: Map<string, Set<string>>;
  method: AggregationMethod;
  basis: AggregationBasis;
  decimals: number;
  tieBreaks: TieBreak[];
  spreadLimit: Decimal | null;
  prizes: ParsedPrizeRule[];
  tiesUseNextPlaces: boolean;
  advancement: ParsedAdvancementRule | null;
}

export const DEFAULT_DECIMALS = 2;
export const MAX_DECIMALS = 10;

/** Checks a round's input and parses it, or throws a ScoringInputError listing every problem. */
export function parseRoundInput(input: RoundInput): ParsedRound {
  const issues = new IssueList();

  const criteria = parseCriteria(input.criteria, issues);
  const criterionById = new Map(criteria.map((criterion) => [criterion.id, criterion]));
  const entries = parseEntries(input.entries, issues);
  const entryIds = new Set(entries.map((entry) => entry.id));
  const judges = parseJudges(input.judges, issues);
  const judgeIds = new Set(judges.map((judge) => judge.id));

  const scores = new Map<string, Map<string, Map<string, Decimal>>>();
  (input.scores ?? []).forEach((score, index) => {
    const path = `scores[${index}]`;
    let known = true;
    if (!judgeIds.has(score.judgeId)) known = issues.add(`${path}.judgeId`, `unknown judge ${score.judgeId}`);
    if (!entryIds.has(score.entryId)) known = issues.add(`${path}.entryId`, `unknown entry ${score.entryId}`);
    const criterion = criterionById.get(score.criterionId);
    if (!criterion) known = issues.add(`${path}.criterionId`, `unknown criterion ${score.criterionId}`);
    if (!known || !criterion) return;
    const problem = checkMark(criterion, score.value);
    if (problem) return issues.add(`${path}.value`, `${problem} (${JSON.stringify(score.value)})`);
    const byEntry = getOrCreate(scores, score.judgeId, () => new Map<string, Map<string, Decimal>>());
    const byCriterion = getOrCreate(byEntry, score.entryId, () => new Map<string, Decimal>());
    if (byCriterion.has(score.criterionId)) {
      return issues.add(
        path,
        `a second score of ${score.judgeId} for ${score.entryId} on ${score.criterionId}`,
      );
    }
    byCriterion.set(score.criterionId, Decimal.parse(score.value));
  });

  const recusals = new Map<string, Set<string>>();
  (input.recusals ?? []).forEach((recusal, index) => {
    const path = `recusals[${index}]`;
    let known = true;
    if (!judgeIds.has(recusal.judgeId))
      known = issues.add(`${path}.judgeId`, `unknown judge ${recusal.judgeId}`);
    if (!entryIds.has(recusal.entryId))
      known = issues.add(`${path}.entryId`, `unknown entry ${recusal.entryId}`);
    if (known) getOrCreate(recusals, recusal.judgeId, () => new Set<string>()).add(recusal.entryId);
  });

  const method = checkMethod(input.method, issues);
  const basis = input.basis ?? 'totals';
  if (basis !== 'totals' && basis !== 'criteria') issues.add('basis', `must be 'totals' or 'criteria'`);
  const decimals = parseDecimalsSetting(input.decimals, 'decimals', issues);
  const tieBreaks = checkTieBreaks(input.tieBreaks ?? [], criterionById, judges, issues);
  const spreadLimit =
    input.spreadLimit === undefined || input.spreadLimit === null
      ? null
      : parseNonNegative(input.spreadLimit, 'spreadLimit', issues);
  const prizes = parsePrizeRules(input.prizes ?? [], 'prizes', issues);
  const advancement = parseAdvancement(input.advancement ?? null, issues);

  issues.throwIfAny();
  return {
    criteria,
    entries,
    judges,
    scores,
    recusals,
    method,
    basis,
    decimals,
    tieBreaks,
    spreadLimit,
    prizes,
    tiesUseNextPlaces: input.tiesUseNextPlaces === true,
    advancement,
  };
}

/** Collects problems so that one error reports all of them. */
export class IssueList {
  private readonly issues: InputIssue[] = [];

  /** Records a problem; returns false so that callers can write `ok = issues.add(…)`. */
  add(path: string, message: string): false {
    this.issues.push({ path, message });
    return false;
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new ScoringInputError(this.issues);
  }
}

export function parseDecimalsSetting(value: number | undefined, path: string, issues: IssueList): number {
  if (value === undefined) return DEFAULT_DECIMALS;
  if (!Number.isInteger(value) || value < 0 || value > MAX_DECIMALS) {
    issues.add(path, `must be a whole number from 0 to ${MAX_DECIMALS}`);
    return DEFAULT_DECIMALS;
  }
  return value;
}

export function parsePrizeRules(rules: PrizeRule[], path: string, issues: IssueList): ParsedPrizeRule[] {
  return rules.map((rule, index) => {
    const at = `${path}[${index}]`;
    if (typeof rule.prize !== 'string' || rule.prize === '') issues.add(`${at}.prize`, 'must name the prize');
    if (rule.count === undefined && rule.minScore === undefined)
      issues.add(at, 'needs a count, a minScore or both');
    if (rule.count !== undefined && !isPositiveInteger(rule.count)) {
      issues.add(`${at}.count`, 'must be a whole number of 1 or more');
    }
    const minScore =
      rule.minScore === undefined ? null : parseDecimal(rule.minScore, `${at}.minScore`, issues);
    return { prize: rule.prize, count: rule.count ?? null, minScore };
  });
}

function parseCriteria(criteria: RubricCriterion[], issues: IssueList): ParsedCriterion[] {
  if (!Array.isArray(criteria) || criteria.length === 0)
    issues.add('criteria', 'the rubric has no criterion');
  checkUniqueIds(criteria ?? [], 'criteria', issues);
  const parsed: ParsedCriterion[] = [];
  (criteria ?? []).forEach((criterion, index) => {
    const path = `criteria[${index}]`;
    const min = parseDecimal(criterion.min ?? '0', `${path}.min`, issues);
    const max = parseDecimal(criterion.max, `${path}.max`, issues);
    const step = parseDecimal(criterion.step, `${path}.step`, issues);
    const weight = parseDecimal(criterion.weight, `${path}.weight`, issues);
    if (!min || !max || !step || !weight) return;
    let valid = true;
    if (!max.greaterThan(min)) valid = issues.add(`${path}.max`, 'must be above min');
    if (!step.isPositive()) valid = issues.add(`${path}.step`, 'must be above zero');
    if (!weight.isPositive()) valid = issues.add(`${path}.weight`, 'must be above zero');
    if (valid && !max.minus(min).dividedBy(step).isInteger()) {
      valid = issues.add(`${path}.step`, 'max − min must be a whole number of steps');
    }
    if (valid) parsed.push({ id: criterion.id, min, max, step, weight });
  });
  return parsed.sort((a, b) => compareIds(a.id, b.id));
}

function parseEntries(entries: RoundInput['entries'], issues: IssueList): ParsedEntry[] {
  checkUniqueIds(entries ?? [], 'entries', issues);
  return (entries ?? [])
    .map((entry, index) => ({
      id: entry.id,
      deductions: (entry.deductions ?? [])
        .map((deduction, at) => parseDeduction(deduction, `entries[${index}].deductions[${at}]`, issues))
        .sort(compareDeductions),
      disqualification: entry.disqualification ? { reason: entry.disqualification.reason } : null,
    }))
    .sort((a, b) => compareIds(a.id, b.id));
}

function parseDeduction(deduction: Deduction, path: string, issues: IssueList): ParsedDeduction {
  const amount = parseNonNegative(deduction.amount, `${path}.amount`, issues) ?? Decimal.ZERO;
  return { kind: deduction.kind, amount, reason: deduction.reason };
}

/** Deductions in a fixed order, so that their order in the input never shows in the output. */
function compareDeductions(a: ParsedDeduction, b: ParsedDeduction): number {
  return compareIds(a.kind, b.kind) || b.amount.compare(a.amount) || compareIds(a.reason, b.reason);
}

function parseJudges(judges: RoundInput['judges'], issues: IssueList): ParsedJudge[] {
  checkUniqueIds(judges ?? [], 'judges', issues);
  const parsed = (judges ?? [])
    .map((judge) => ({ id: judge.id, head: judge.head === true, absent: judge.absent === true }))
    .sort((a, b) => compareIds(a.id, b.id));
  if (parsed.filter((judge) => judge.head).length > 1) issues.add('judges', 'more than one head judge');
  return parsed;
}

function checkMethod(method: AggregationMethod, issues: IssueList): AggregationMethod {
  switch (method?.kind) {
    case 'mean':
    case 'median':
    case 'normalised':
      return method;
    case 'trimmed_mean':
      if (!isPositiveInteger(method.trim)) issues.add('method.trim', 'must be a whole number of 1 or more');
      if (!Number.isInteger(method.minPanel) || method.minPanel < 2 * method.trim + 1) {
        // Below 2k + 1 marks, dropping k from each end would leave nothing to average.
        issues.add('method.minPanel', `must be a whole number of at least 2 × trim + 1`);
      }
      return method;
    default:
      issues.add('method.kind', `must be 'mean', 'trimmed_mean', 'median' or 'normalised'`);
      return { kind: 'mean' };
  }
}

function checkTieBreaks(
  tieBreaks: TieBreak[],
  criterionById: Map<string, ParsedCriterion>,
  judges: ParsedJudge[],
  issues: IssueList,
): TieBreak[] {
  tieBreaks.forEach((tieBreak, index) => {
    const path = `tieBreaks[${index}]`;
    switch (tieBreak?.kind) {
      case 'criterion':
        if (!criterionById.has(tieBreak.criterion)) {
          issues.add(`${path}.criterion`, `unknown criterion ${tieBreak.criterion}`);
        }
        return;
      case 'headJudge':
        if (!judges.some((judge) => judge.head)) issues.add(path, 'the panel has no head judge');
        return;
      case 'judgesMajority':
        return;
      default:
        issues.add(`${path}.kind`, `must be 'criterion', 'headJudge' or 'judgesMajority'`);
    }
  });
  return tieBreaks;
}

function parseAdvancement(rule: AdvancementRule | null, issues: IssueList): ParsedAdvancementRule | null {
  if (rule === null) return null;
  if (rule.top === undefined && rule.minScore === undefined)
    issues.add('advancement', 'needs top, minScore or both');
  if (rule.top !== undefined && !isPositiveInteger(rule.top)) {
    issues.add('advancement.top', 'must be a whole number of 1 or more');
  }
  const minScore =
    rule.minScore === undefined ? null : parseDecimal(rule.minScore, 'advancement.minScore', issues);
  return { top: rule.top ?? null, minScore };
}

function checkUniqueIds(items: { id: string }[], path: string, issues: IssueList): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (typeof item.id !== 'string' || item.id === '')
      issues.add(`${path}[${index}].id`, 'must be a non-empty id');
    else if (seen.has(item.id)) issues.add(`${path}[${index}].id`, `duplicate id ${item.id}`);
    seen.add(item.id);
  });
}

export function parseDecimal(text: unknown, path: string, issues: IssueList): Decimal | null {
  const value = Decimal.tryParse(text);
  if (value === null) issues.add(path, `not a decimal number (${JSON.stringify(text)})`);
  return value;
}

function parseNonNegative(text: unknown, path: string, issues: IssueList): Decimal | null {
  const value = parseDecimal(text, path, issues);
  if (value?.isNegative()) {
    issues.add(path, 'must not be negative');
    return null;
  }
  return value;
}

interface Scale {
  min: Decimal;
  max: Decimal;
  step: Decimal;
}

function checkMark(scale: Scale, value: unknown): ScoreProblem | null {
  const mark = Decimal.tryParse(value);
  if (mark === null) return 'not_a_decimal';
  if (mark.lessThan(scale.min)) return 'below_min';
  if (mark.greaterThan(scale.max)) return 'above_max';
  return mark.minus(scale.min).dividedBy(scale.step).isInteger() ? null : 'not_on_step';
}

/** The scale of a criterion as the app stores it; a malformed rubric is a programming error, so it throws. */
function parseScale(criterion: RubricCriterion): Scale {
  const step = Decimal.parse(criterion.step);
  if (!step.isPositive()) throw new RangeError(`Criterion ${criterion.id}: step must be above zero`);
  return { min: Decimal.parse(criterion.min ?? '0'), max: Decimal.parse(criterion.max), step };
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}
