import { Decimal, formatExact } from './decimal';
import { compareIds } from './ids';
import { splitByValue, type TieBreaker, type TieSplit } from './rank';
import type { TieBreak } from './types';

/** What the tie-break rules of a round read. */
export interface TieBreakData {
  decimals: number;
  /** The entry's panel value on a criterion, rounded to the round's decimals; null if it has none. */
  criterionValue(entryId: string, criterionId: string): Decimal | null;
  headJudgeId: string | null;
  /** Each counted judge's total for the entry. */
  judgeTotals(entryId: string): ReadonlyMap<string, Decimal>;
}

export function buildTieBreakers(rules: readonly TieBreak[], data: TieBreakData): TieBreaker[] {
  const format = (value: Decimal) => formatExact(value, data.decimals);
  return rules.map((rule): TieBreaker => {
    switch (rule.kind) {
      case 'criterion':
        return {
          rule,
          split: (entryIds) =>
            splitByValue(entryIds, (id) => data.criterionValue(id, rule.criterion), format),
        };
      case 'headJudge': {
        const headJudgeId = data.headJudgeId;
        return {
          rule,
          split: (entryIds) =>
            headJudgeId === null
              ? null
              : splitByValue(entryIds, (id) => data.judgeTotals(id).get(headJudgeId) ?? null, format),
        };
      }
      case 'judgesMajority':
        return { rule, split: (entryIds) => splitByMajority(entryIds, data) };
    }
  });
}

/**
 * Between two entries, each judge counted for both prefers the one they gave the higher total (equal totals:
 * no preference); an entry beats the other when more judges prefer it. Among more than two tied entries, the
 * entries are ordered by how many of the others they beat, so a cycle (A beats B beats C beats A) stays tied.
 */
function splitByMajority(entryIds: readonly string[], data: TieBreakData): TieSplit {
  const pairwise = (entryId: string, opponentId: string) => {
    const own = data.judgeTotals(entryId);
    const theirs = data.judgeTotals(opponentId);
    let judgesFor = 0;
    let judgesAgainst = 0;
    for (const [judgeId, total] of own) {
      const other = theirs.get(judgeId);
      if (other === undefined) continue;
      if (total.greaterThan(other)) judgesFor++;
      else if (total.lessThan(other)) judgesAgainst++;
    }
    return { judgesFor, judgesAgainst };
  };
  const wins = new Map(
    entryIds.map((entryId) => {
      const beaten = entryIds.filter((opponentId) => {
        if (opponentId === entryId) return false;
        const { judgesFor, judgesAgainst } = pairwise(entryId, opponentId);
        return judgesFor > judgesAgainst;
      });
      return [entryId, beaten.length];
    }),
  );
  const split = splitByValue(
    entryIds,
    (id) => Decimal.fromInteger(wins.get(id) ?? 0),
    (value) => value.toFixed(0),
  );
  return { ...(split ?? { groups: [[...entryIds].sort(compareIds)], values: new Map() }), pairwise };
}
