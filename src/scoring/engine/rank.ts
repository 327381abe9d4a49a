import type { Decimal } from './decimal';
import { compareIds } from './ids';
import type { TieBreak, TieBreakDecision, TieBreakOpponent } from './types';

export interface RankCandidate {
  entryId: string;
  /** The rounded final score: ranking never looks past what is published. */
  score: Decimal;
}

/** The outcome of applying one tie-break rule to a group of tied entries. */
export interface TieSplit {
  /** Sub-groups, best first; a single group means the rule could not separate them. */
  groups: string[][];
  /** Each entry's value under the rule, as shown in the breakdown. */
  values: Map<string, string>;
  /** judgesMajority only: how many judges prefer `entryId` to `opponentId`, and the other way. */
  pairwise?: (entryId: string, opponentId: string) => { judgesFor: number; judgesAgainst: number };
}

export interface TieBreaker {
  rule: TieBreak;
  /** Null when the rule cannot be applied to this group (e.g. the head judge did not score one of them). */
  split(entryIds: readonly string[]): TieSplit | null;
}

export interface RankedEntry {
  entryId: string;
  /** Competition ranking: entries still tied share a rank and the next rank skips (1, 1, 3). */
  rank: number;
  tiedWith: string[];
  tieBreaks: TieBreakDecision[];
}

/**
 * Ranks by score, higher first. Entries with equal scores go through the tie-breakers in order; as soon as
 * one splits a group, each sub-group starts again from the first tie-breaker (a majority among three tied
 * entries may fail, yet decide between the two left after a later rule); what no rule separates shares a rank.
 */
export function rankEntries(
  candidates: readonly RankCandidate[],
  tieBreakers: readonly TieBreaker[],
): RankedEntry[] {
  const decisions = new Map<string, TieBreakDecision[]>(
    candidates.map((candidate) => [candidate.entryId, []]),
  );

  const resolve = (group: string[]): string[][] => {
    if (group.length < 2) return [group];
    for (const tieBreaker of tieBreakers) {
      const split = tieBreaker.split(group);
      if (split && split.groups.length > 1) {
        recordDecisions(tieBreaker.rule, split, decisions);
        return split.groups.flatMap(resolve);
      }
    }
    return [group];
  };

  const ordered = [...candidates].sort(
    (a, b) => b.score.compare(a.score) || compareIds(a.entryId, b.entryId),
  );
  const scoreGroups: string[][] = [];
  ordered.forEach((candidate, index) => {
    if (index > 0 && candidate.score.equals(ordered[index - 1].score))
      scoreGroups.at(-1)?.push(candidate.entryId);
    else scoreGroups.push([candidate.entryId]);
  });

  const ranked: RankedEntry[] = [];
  for (const tiedGroup of scoreGroups.flatMap(resolve)) {
    const rank = ranked.length + 1;
    const members = [...tiedGroup].sort(compareIds);
    for (const entryId of members) {
      ranked.push({
        entryId,
        rank,
        tiedWith: members.filter((other) => other !== entryId),
        tieBreaks: decisions.get(entryId) ?? [],
      });
    }
  }
  return ranked;
}

function recordDecisions(rule: TieBreak, split: TieSplit, decisions: Map<string, TieBreakDecision[]>): void {
  split.groups.forEach((group, position) => {
    const above = split.groups.slice(0, position).flat().sort(compareIds);
    const below = split.groups
      .slice(position + 1)
      .flat()
      .sort(compareIds);
    for (const entryId of group) {
      const opponent = (opponentId: string): TieBreakOpponent => ({
        entryId: opponentId,
        value: split.values.get(opponentId) ?? '',
        ...split.pairwise?.(entryId, opponentId),
      });
      decisions.get(entryId)?.push({
        rule,
        value: split.values.get(entryId) ?? '',
        wonAgainst: below.map(opponent),
        lostTo: above.map(opponent),
      });
    }
  });
}

/** Splits a group by a per-entry value, higher first; cannot decide when any entry lacks the value. */
export function splitByValue(
  entryIds: readonly string[],
  valueOf: (entryId: string) => Decimal | null,
  format: (value: Decimal) => string,
): TieSplit | null {
  const valued = entryIds.map((entryId) => ({ entryId, value: valueOf(entryId) }));
  if (valued.some((item) => item.value === null)) return null;
  const known = valued as { entryId: string; value: Decimal }[];
  known.sort((a, b) => b.value.compare(a.value) || compareIds(a.entryId, b.entryId));
  const groups: string[][] = [];
  known.forEach((item, index) => {
    if (index > 0 && item.value.equals(known[index - 1].value)) groups.at(-1)?.push(item.entryId);
    else groups.push([item.entryId]);
  });
  return { groups, values: new Map(known.map((item) => [item.entryId, format(item.value)])) };
}
