/**
 * Small-cell suppression for readers who must not single out a child: a count of children from 1 to
 * `threshold - 1` is hidden ("< 5"), and so is a second cell wherever one hidden cell could be recovered by
 * subtraction: from the total (the sum of the cells of one figure), and, with two grouping dimensions, from
 * each row or column (which the one-dimension report publishes). Zero is shown: it singles out nobody.
 */

export const SMALL_CELL_THRESHOLD = 5;
export const SUPPRESSED = '< 5' as const;

export interface CountCell {
  /** Each grouping dimension's value, as a string key. */
  key: Record<string, string>;
  value: number;
}

export interface Suppression {
  /** Indexes of the cells to hide. */
  cells: Set<number>;
  /** Whether the total must be hidden as well. */
  total: boolean;
}

function small(value: number, threshold: number): boolean {
  return value > 0 && value < threshold;
}

export function suppressSmallCells(
  cells: CountCell[],
  total: number,
  dimensions: string[],
  threshold = SMALL_CELL_THRESHOLD,
): Suppression {
  const hidden = new Set<number>();
  cells.forEach((cell, index) => small(cell.value, threshold) && hidden.add(index));
  let hideTotal = small(total, threshold);

  const groups: number[][] = [cells.map((_, index) => index)];
  if (dimensions.length > 1) {
    for (const dimension of dimensions) {
      const byValue = new Map<string, number[]>();
      cells.forEach((cell, index) => {
        const value = cell.key[dimension];
        byValue.set(value, [...(byValue.get(value) ?? []), index]);
      });
      groups.push(...byValue.values());
    }
  }

  for (let changed = true; changed;) {
    changed = false;
    for (const [position, group] of groups.entries()) {
      const hiddenInGroup = group.filter((index) => hidden.has(index));
      if (hiddenInGroup.length !== 1) continue;
      const partner = group
        .filter((index) => !hidden.has(index) && cells[index].value > 0)
        .sort((a, b) => cells[a].value - cells[b].value || a - b)[0];
      if (partner !== undefined) {
        hidden.add(partner);
        changed = true;
      } else if (position === 0 && !hideTotal && total > 0) {
        // The other cells are all zero: the total would be the hidden cell itself.
        hideTotal = true;
      }
    }
  }
  return { cells: hidden, total: hideTotal };
}
