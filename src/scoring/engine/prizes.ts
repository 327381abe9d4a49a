import type { ParsedPrizeRule } from './round-input';
import type { Standing } from './standing';

/**
 * Awards prizes down the standing, rule by rule in order, each rule starting below the last entry awarded.
 * A rule takes the entries at or above its `minScore` (all of them without a `count`); with a `count` it
 * takes that many, then every further entry sharing the rank of the last one taken: entries tied at a quota
 * boundary share the prize and the quota overflows.
 *
 * Whether an overflow uses up the next prizes' places is the organising committee's choice: by default
 * (`tiesUseNextPlaces` false) the next rule still awards its full count; with `tiesUseNextPlaces`, each entry
 * beyond a quota takes one of the following rules' places (two tied firsts with one first prize and one
 * second: no second prize, the next entry third).
 */
export function awardPrizes(
  standing: readonly Standing[],
  rules: readonly ParsedPrizeRule[],
  tiesUseNextPlaces = false,
): Map<string, string> {
  const prizes = new Map<string, string>();
  let next = 0;
  // Places the entries above have taken beyond their quotas, owed by the rules below.
  let overflow = 0;
  for (const rule of rules) {
    let count = rule.count;
    if (count !== null && tiesUseNextPlaces) {
      const owed = Math.min(overflow, count);
      overflow -= owed;
      count -= owed;
      if (count === 0) continue;
    }
    let end = next;
    while (end < standing.length && (rule.minScore === null || !standing[end].score.lessThan(rule.minScore)))
      end++;
    if (count !== null && end - next > count) {
      let quotaEnd = next + count;
      while (quotaEnd < end && standing[quotaEnd].rank === standing[quotaEnd - 1].rank) quotaEnd++;
      overflow += quotaEnd - (next + count);
      end = quotaEnd;
    }
    for (const entry of standing.slice(next, end)) prizes.set(entry.entryId, rule.prize);
    next = end;
  }
  return prizes;
}
