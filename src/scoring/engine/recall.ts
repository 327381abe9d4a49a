import { compareIds } from './ids';
import { isPositiveInteger, parseRankedRound } from './ranked-input';
import { IssueList } from './round-input';
import type { MissingSheet, RecallCutoffTie, RecallEntryResult, RecallInput, RecallResults } from './types';

/**
 * A recall round (skating.md, rule 1): each counted judge crosses exactly `recall` entries in each dance; the
 * entries are ordered by their crosses over all dances and judges. When the recall number falls inside a group
 * of equal crosses, the tie is reported and nobody of the group advances until the organiser chooses to recall
 * fewer or more (`advance`). Pure: the same input in any order gives the same output.
 */
export function computeRecallResults(input: RecallInput): RecallResults {
  const issues = new IssueList();
  const round = parseRankedRound(input, input.crosses ?? [], 'crosses', issues);
  if (!isPositiveInteger(input.recall)) issues.add('recall', 'must be a whole number of 1 or more');
  // A field no larger than the recall number is recalled whole: each judge crosses every entry.
  const recall = Math.min(input.recall, round.entries.length);
  const choice = input.advance ?? null;
  if (choice !== null && (!Number.isInteger(choice) || choice < 0 || choice > round.entries.length)) {
    issues.add('advance', `must be a whole number from 0 to ${round.entries.length}`);
  }
  for (const [judgeId, byDance] of round.marks) {
    for (const [dance, crosses] of byDance) {
      if (crosses.size > recall)
        issues.add('crosses', `${judgeId} crosses ${crosses.size} in ${dance}, not ${recall}`);
    }
  }
  issues.throwIfAny();

  const missingSheets: MissingSheet[] = [];
  const dances = round.dances.map((dance) => {
    const excludedJudges = [...(round.excluded.get(dance) ?? [])];
    const judges: string[] = [];
    for (const judgeId of round.judges) {
      const crossed = round.marks.get(judgeId)?.get(dance)?.size ?? 0;
      if (crossed === recall) judges.push(judgeId);
      else {
        excludedJudges.push({ judgeId, reason: 'missing' });
        missingSheets.push({ judgeId, dance, missing: recall - crossed });
      }
    }
    excludedJudges.sort((a, b) => compareIds(a.judgeId, b.judgeId));
    return { dance, judges, excludedJudges };
  });

  const counted = round.entries.map((entryId) => {
    const byDance = dances.map(({ dance, judges }) => {
      const crossedBy = judges.filter((judgeId) => round.marks.get(judgeId)?.get(dance)?.has(entryId));
      return { dance, crosses: crossedBy.length, judges: crossedBy };
    });
    return { entryId, byDance, crosses: byDance.reduce((total, line) => total + line.crosses, 0) };
  });
  counted.sort((a, b) => b.crosses - a.crosses || compareIds(a.entryId, b.entryId));

  const cutoffTie = tieAt(counted, recall);
  if (choice !== null && splitsTie(counted, choice)) {
    issues.add('advance', 'must not split entries with equal crosses');
    issues.throwIfAny();
  }
  const advancing = choice ?? (cutoffTie === null ? recall : null);
  const entries = counted.map((entry, index): RecallEntryResult => {
    const firstEqual = counted.findIndex((other) => other.crosses === entry.crosses);
    return { ...entry, rank: firstEqual + 1, advances: advancing !== null && index < advancing };
  });
  return {
    entries,
    dances,
    recall,
    cutoffTie,
    advancing,
    missingSheets,
    complete: missingSheets.length === 0,
  };
}

function splitsTie(ordered: readonly { crosses: number }[], count: number): boolean {
  return count > 0 && count < ordered.length && ordered[count - 1].crosses === ordered[count].crosses;
}

function tieAt(
  ordered: readonly { entryId: string; crosses: number }[],
  recall: number,
): RecallCutoffTie | null {
  if (!splitsTie(ordered, recall)) return null;
  const crosses = ordered[recall - 1].crosses;
  const entries = ordered.filter((entry) => entry.crosses === crosses).map((entry) => entry.entryId);
  const fewer = ordered.findIndex((entry) => entry.crosses === crosses);
  return { crosses, entries, fewer, more: fewer + entries.length };
}
