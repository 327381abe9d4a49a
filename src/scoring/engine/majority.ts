import { compareIds } from './ids';
import type { MajorityCell, SkatingDecision } from './types';

/** Columns "1 to k" for k = 1 … columns: how many marks are k or better, and their sum. */
export function majorityCells(marks: readonly number[], columns: number): MajorityCell[] {
  const cells: MajorityCell[] = [];
  for (let place = 1; place <= columns; place++) {
    const within = marks.filter((mark) => mark <= place);
    cells.push({ place, count: within.length, sum: within.reduce((total, mark) => total + mark, 0) });
  }
  return cells;
}

/** An absolute majority of `marks`: more than half. */
export function absoluteMajority(marks: number): number {
  return Math.floor(marks / 2) + 1;
}

interface Difference {
  column: number;
  by: 'count' | 'sum';
}

/**
 * Where rules 6 and 7 first tell a from b, looking at columns `from` … n: more marks at or better (rule 6), then
 * a lower sum of them (rule 7a), then the same at the next column (rule 7b). Null when they never differ.
 */
function firstDifference(a: MajorityCell[], b: MajorityCell[], from: number): Difference | null {
  for (let index = from - 1; index < a.length; index++) {
    if (a[index].count !== b[index].count) return { column: index + 1, by: 'count' };
    if (a[index].sum !== b[index].sum) return { column: index + 1, by: 'sum' };
  }
  return null;
}

function compareFrom(a: MajorityCell[], b: MajorityCell[], from: number): number {
  const difference = firstDifference(a, b, from);
  if (difference === null) return 0;
  const index = difference.column - 1;
  return difference.by === 'count' ? b[index].count - a[index].count : a[index].sum - b[index].sum;
}

/** One position given by rules 5–8: the entries holding it (several when tied) and why. */
export interface MajorityPosition {
  entries: string[];
  decision: Omit<SkatingDecision, 'sharedWith'>;
}

/**
 * Rules 5–8 for the place under review `place`: from column `place` on, the first column where any candidate
 * holds a majority (rule 8 moves right while none does); those holding it, ordered by rules 6 and 7. Returns
 * the positions in order: the first is `place`, the next ones follow, tied entries share one position.
 */
export function positionsAt(
  candidates: readonly string[],
  cells: ReadonlyMap<string, MajorityCell[]>,
  majority: number,
  place: number,
): MajorityPosition[] {
  const columns = cells.get(candidates[0])?.length ?? 0;
  const cellsOf = (entryId: string) => cells.get(entryId) ?? [];
  let column = place;
  let group: string[] = [];
  for (; column <= columns; column++) {
    group = candidates.filter((entryId) => cellsOf(entryId)[column - 1].count >= majority);
    if (group.length > 0) break;
  }
  if (group.length === 0)
    return [{ entries: [...candidates].sort(compareIds), decision: { rule: null, column: null } }];
  if (group.length === 1) return [{ entries: group, decision: { rule: column === place ? 5 : 8, column } }];

  const ordered = [...group].sort((a, b) => compareFrom(cellsOf(a), cellsOf(b), column) || compareIds(a, b));
  const classes: string[][] = [];
  for (const entryId of ordered) {
    const last = classes.at(-1);
    if (last && compareFrom(cellsOf(last[0]), cellsOf(entryId), column) === 0) last.push(entryId);
    else classes.push([entryId]);
  }
  return classes.map((members, index) => {
    if (members.length > 1) return { entries: members, decision: { rule: null, column: null } };
    // A position is decided against the next one; the last against the one before it.
    const other = classes[index + 1] ?? classes[index - 1];
    const difference = firstDifference(cellsOf(members[0]), cellsOf(other[0]), column);
    if (difference === null) return { entries: members, decision: { rule: null, column: null } };
    const rule = difference.column === column && difference.by === 'count' ? 6 : 7;
    return { entries: members, decision: { rule, column: difference.column } };
  });
}
