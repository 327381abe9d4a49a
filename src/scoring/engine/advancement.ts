import type { ParsedAdvancementRule } from './round-input';
import type { Standing } from './standing';

/**
 * The entries that advance: ranked `top` or better, so entries tied at the boundary all go through (top 3 of
 * ranks 1, 2, 3, 3 is four entries), and/or with a final score of at least `minScore`; with both, both hold.
 */
export function selectAdvancing(
  standing: readonly Standing[],
  rule: ParsedAdvancementRule | null,
): Set<string> {
  if (rule === null) return new Set();
  return new Set(
    standing
      .filter((entry) => rule.top === null || entry.rank <= rule.top)
      .filter((entry) => rule.minScore === null || !entry.score.lessThan(rule.minScore))
      .map((entry) => entry.entryId),
  );
}
