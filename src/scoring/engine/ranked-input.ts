import { compareIds } from './ids';
import { IssueList, parsePrizeRules, type ParsedPrizeRule } from './round-input';
import type { ExcludedJudge, PanelJudge, RankedAdvancementRule, Recusal } from './types';

/** The panel and field of a ranked round, checked, every list sorted by id. */
export interface ParsedRankedRound {
  entries: string[];
  dances: string[];
  /** Per dance, the judges whose column counts: present, recused from no entry, with a complete sheet. */
  excluded: Map<string, ExcludedJudge[]>;
  /** judge id → dance → entry id → place (skating) or 1 (a recall's cross) */
  marks: Map<string, Map<string, Map<string, number>>>;
  /** Present judges not recused from any entry. */
  judges: string[];
}

/** A mark as both ranked methods send it: a place, or a cross (no place). */
interface RankedMark {
  judgeId: string;
  dance: string;
  entryId: string;
  place?: number;
}

/**
 * Checks what both ranked methods share and collects the marks. A judge recused from any entry is left out of
 * the whole round: a judge's places only mean something relative to each other, so a column with a hole in
 * it cannot be counted. `marksPath` names the input list (`placements`, `crosses`) in the issues.
 */
export function parseRankedRound(
  input: { entries: { id: string }[]; judges: PanelJudge[]; dances: string[]; recusals?: Recusal[] },
  marks: readonly RankedMark[],
  marksPath: string,
  issues: IssueList,
): ParsedRankedRound {
  const entries = uniqueIds(
    (input.entries ?? []).map((entry) => entry.id),
    'entries',
    issues,
  );
  const judgeIds = uniqueIds(
    (input.judges ?? []).map((judge) => judge.id),
    'judges',
    issues,
  );
  if (!Array.isArray(input.dances) || input.dances.length === 0)
    issues.add('dances', 'needs at least one dance');
  const dances = input.dances ?? [];
  const danceSet = new Set(dances);
  dances.forEach((dance, index) => {
    if (typeof dance !== 'string' || dance === '') issues.add(`dances[${index}]`, 'must be a non-empty id');
    else if (dances.indexOf(dance) !== index) issues.add(`dances[${index}]`, `duplicate id ${dance}`);
  });
  const entrySet = new Set(entries);
  const judgeSet = new Set(judgeIds);

  const recused = new Set<string>();
  (input.recusals ?? []).forEach((recusal, index) => {
    const path = `recusals[${index}]`;
    if (!judgeSet.has(recusal.judgeId)) issues.add(`${path}.judgeId`, `unknown judge ${recusal.judgeId}`);
    else if (!entrySet.has(recusal.entryId))
      issues.add(`${path}.entryId`, `unknown entry ${recusal.entryId}`);
    else recused.add(recusal.judgeId);
  });
  const absent = new Set(
    (input.judges ?? []).filter((judge) => judge.absent === true).map((judge) => judge.id),
  );

  const collected = new Map<string, Map<string, Map<string, number>>>();
  marks.forEach((mark, index) => {
    const path = `${marksPath}[${index}]`;
    let known = true;
    if (!judgeSet.has(mark.judgeId)) known = issues.add(`${path}.judgeId`, `unknown judge ${mark.judgeId}`);
    if (!danceSet.has(mark.dance)) known = issues.add(`${path}.dance`, `unknown dance ${mark.dance}`);
    if (!entrySet.has(mark.entryId)) known = issues.add(`${path}.entryId`, `unknown entry ${mark.entryId}`);
    if (!known) return;
    const byDance = getOrCreate(collected, mark.judgeId, () => new Map<string, Map<string, number>>());
    const byEntry = getOrCreate(byDance, mark.dance, () => new Map<string, number>());
    if (byEntry.has(mark.entryId)) {
      issues.add(path, `a second mark of ${mark.judgeId} for ${mark.entryId} in ${mark.dance}`);
      return;
    }
    byEntry.set(mark.entryId, mark.place ?? 1);
  });

  const excluded = new Map<string, ExcludedJudge[]>(dances.map((dance) => [dance, []]));
  const judges: string[] = [];
  for (const judgeId of judgeIds) {
    const reason = absent.has(judgeId) ? 'absent' : recused.has(judgeId) ? 'recused' : null;
    if (reason === null) judges.push(judgeId);
    else for (const dance of dances) excluded.get(dance)?.push({ judgeId, reason });
  }
  return { entries, dances, excluded, marks: collected, judges };
}

/** Prize rules of a ranked round: by count only, since there is no score to hold a threshold against. */
export function parseRankedPrizes(
  prizes: RankedPrizeInput[] | undefined,
  issues: IssueList,
): ParsedPrizeRule[] {
  const parsed = parsePrizeRules(prizes ?? [], 'prizes', issues);
  parsed.forEach((rule, index) => {
    if (rule.minScore !== null)
      issues.add(`prizes[${index}].minScore`, 'a ranked round awards by count only');
    else if (rule.count === null) issues.add(`prizes[${index}].count`, 'must be a whole number of 1 or more');
  });
  return parsed.filter((rule) => rule.count !== null && rule.minScore === null);
}

type RankedPrizeInput = Parameters<typeof parsePrizeRules>[0][number];

export function parseRankedAdvancement(
  rule: RankedAdvancementRule | null | undefined,
  issues: IssueList,
): number | null {
  if (rule === null || rule === undefined) return null;
  if (!isPositiveInteger(rule.top)) {
    issues.add('advancement.top', 'must be a whole number of 1 or more');
    return null;
  }
  return rule.top;
}

export function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

export function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

function uniqueIds(ids: string[], path: string, issues: IssueList): string[] {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (typeof id !== 'string' || id === '') issues.add(`${path}[${index}].id`, 'must be a non-empty id');
    else if (seen.has(id)) issues.add(`${path}[${index}].id`, `duplicate id ${id}`);
    seen.add(id);
  });
  return [...seen].filter((id) => typeof id === 'string' && id !== '').sort(compareIds);
}
