import { sameMark } from './score-marks';

/** A cell of a judge's sheet as stored: one entry × one criterion. */
export interface StoredCell {
  entryId: number;
  criterion: string;
  /** Plain decimal ('8.25'). */
  value: string;
  version: number;
}

/** A cell as requested, already checked: `value` null clears it; `version` is the one the client read. */
export interface RequestedCell {
  entryId: number;
  criterion: string;
  value: string | null;
  version?: number;
}

/** A requested cell whose stated version is not the stored one: someone changed it since it was read. */
export interface CellConflict {
  entryId: number;
  criterion: string;
  currentVersion: number | null;
  currentValue: string | null;
}

/** A cell the write changes, with what it held before (null: empty). */
export interface CellChange {
  entryId: number;
  criterion: string;
  before: StoredCell | null;
  /** null: cleared. */
  value: string | null;
}

export interface WritePlan {
  conflicts: CellConflict[];
  /** Cells written (new, or a different mark). */
  writes: CellChange[];
  /** Cells cleared. */
  clears: CellChange[];
}

export function cellKey(entryId: number, criterion: string): string {
  return `${entryId}:${criterion}`;
}

/**
 * What a batch of requested cells does to the stored ones. A cell that already holds the requested mark
 * (or is already empty when cleared) is left alone whatever version was stated: the caller has what it
 * asked for, and a retried request is harmless. Any other change needs the version the caller read: the
 * stored one for a filled cell, none for an empty one; otherwise the cell is a conflict.
 */
export function planWrite(stored: ReadonlyMap<string, StoredCell>, requested: RequestedCell[]): WritePlan {
  const plan: WritePlan = { conflicts: [], writes: [], clears: [] };
  for (const cell of requested) {
    const current = stored.get(cellKey(cell.entryId, cell.criterion)) ?? null;
    if (sameMark(current?.value ?? null, cell.value)) continue;
    const stale = current ? cell.version !== current.version : cell.version !== undefined;
    if (stale) {
      plan.conflicts.push({
        entryId: cell.entryId,
        criterion: cell.criterion,
        currentVersion: current?.version ?? null,
        currentValue: current?.value ?? null,
      });
      continue;
    }
    const change = { entryId: cell.entryId, criterion: cell.criterion, before: current, value: cell.value };
    (cell.value === null ? plan.clears : plan.writes).push(change);
  }
  return plan;
}

/** The stored cells once a plan is applied: written cells take the next version (1 when new). */
export function applyPlan(stored: ReadonlyMap<string, StoredCell>, plan: WritePlan): Map<string, StoredCell> {
  const after = new Map(stored);
  for (const change of plan.clears) after.delete(cellKey(change.entryId, change.criterion));
  for (const change of plan.writes) {
    after.set(cellKey(change.entryId, change.criterion), {
      entryId: change.entryId,
      criterion: change.criterion,
      value: change.value!,
      version: (change.before?.version ?? 0) + 1,
    });
  }
  return after;
}

/** What a judge owes on a sheet, and what is still missing entry by entry. */
export interface SheetProgress {
  owed: number;
  filled: number;
  /** Entries with owed cells still empty, in the entries' order, each with the criteria missing. */
  missing: { entryId: number; criteria: string[] }[];
}

/**
 * A judge owes every criterion of every entry they are not recused from, and nothing when absent for the
 * round. Cells of recused entries, or of criteria no longer in the rubric, count for nothing.
 */
export function sheetProgress(
  entryIds: number[],
  recused: ReadonlySet<number>,
  criteria: string[],
  cells: ReadonlyMap<string, unknown>,
  absent: boolean,
): SheetProgress {
  if (absent) return { owed: 0, filled: 0, missing: [] };
  let owed = 0;
  let filled = 0;
  const missing: SheetProgress['missing'] = [];
  for (const entryId of entryIds) {
    if (recused.has(entryId)) continue;
    const empty = criteria.filter((criterion) => !cells.has(cellKey(entryId, criterion)));
    owed += criteria.length;
    filled += criteria.length - empty.length;
    if (empty.length > 0) missing.push({ entryId, criteria: empty });
  }
  return { owed, filled, missing };
}
