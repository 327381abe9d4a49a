import type { ParsedPrizeRule } from './round-input';
import type { Standing } from './standing';

/**
 * Awards prizes down the standing, rule by rule in order, each rule starting below the last entry awarded.
 * A rule takes the entries at or above its `minScore` (all of them without a `count`); with a `count` it
 * takes that many, then every further entry sharing the rank of the last one taken: entries tied at a quota
 * boundary share the prize and the quota overflows. The next rule's count is not reduced by an overflow.
 */
export function awardPrizes(
  standing: readonly Standing[],
  rules: readonly ParsedPrizeRule[],
): Map<string, string> {
  const prizes = new Map<string, string>();
  let next = 0;
  for (const rule of rules) {
    let end = next;
    while (end < standing.length && (rule.minScore === null || !standing[end].score.lessThan(rule.minScore)))
      end++;
    if (rule.count !== null && end - next > rule.count) {
      let quotaEnd = next + rule.count;
      while (quotaEnd < end && standing[quotaEnd].rank === standing[quotaEnd - 1].rank) quotaEnd++;
      end = quotaEnd;
    }
    for (const entry of standing.slice(next, end)) prizes.set(entry.entryId, rule.prize);
    next = end;
  }
  return prizes;
}
