/**
 * The judge's unsent marks: the browser's counterpart of the server's outbox. Pure state transitions over a
 * plain object that is stored whole in IndexedDB after every change (outbox-store.ts), so a closed tab or a
 * dead battery loses nothing. Marks wait in `pending`; a batch is cut from them with its own Idempotency-Key
 * and kept, unchanged, until the server answers, so sending it again (a lost answer, a reload) applies once.
 */
export interface ServerCell {
  value: string;
  version: number;
}

export interface PendingMark {
  entryId: number;
  criterion: string;
  /** The plain mark ('8.75'), or null to clear the cell. */
  value: string | null;
}

export interface BatchCell extends PendingMark {
  /** The version of the server's cell the mark replaces (absent: the cell was empty). */
  version?: number;
}

export interface Batch {
  key: string;
  cells: BatchCell[];
}

/** A mark the server refused because someone (a secretary) changed the cell since: the judge chooses. */
export interface Conflict {
  entryId: number;
  criterion: string;
  mine: string | null;
  server: string | null;
  serverVersion: number | null;
}

export interface QueueState {
  /** What the server is known to hold, by cellKey. */
  server: Record<string, ServerCell>;
  pending: Record<string, PendingMark>;
  inFlight: Batch | null;
  conflicts: Conflict[];
}

export function cellKey(entryId: number, criterion: string): string {
  return `${entryId}:${criterion}`;
}

export function emptyQueue(server: Record<string, ServerCell> = {}): QueueState {
  return { server, pending: {}, inFlight: null, conflicts: [] };
}

/** A mark typed: it replaces any unsent one for the same cell (the last word counts). */
export function record(state: QueueState, mark: PendingMark): QueueState {
  const key = cellKey(mark.entryId, mark.criterion);
  const conflicts = state.conflicts.filter((c) => cellKey(c.entryId, c.criterion) !== key);
  return { ...state, pending: { ...state.pending, [key]: mark }, conflicts };
}

/**
 * What to send now: the batch already sent and unanswered, again with its key; else a new batch of every
 * pending mark, each naming the version of the server's cell it replaces; null when nothing waits.
 */
export function nextBatch(
  state: QueueState,
  newKey: () => string,
): { state: QueueState; batch: Batch | null } {
  if (state.inFlight) return { state, batch: state.inFlight };
  const marks = Object.values(state.pending);
  if (marks.length === 0) return { state, batch: null };
  const cells = marks.map((mark): BatchCell => {
    const version = state.server[cellKey(mark.entryId, mark.criterion)]?.version;
    return version === undefined ? { ...mark } : { ...mark, version };
  });
  const batch = { key: newKey(), cells };
  return { state: { ...state, pending: {}, inFlight: batch }, batch };
}

/** The server applied the batch (or replayed it) and answered the sheet as it now stands. */
export function acknowledge(state: QueueState, key: string, server: Record<string, ServerCell>): QueueState {
  if (state.inFlight?.key !== key) return { ...state, server };
  return { ...state, server, inFlight: null };
}

/**
 * The server refused the batch (409, nothing written) because some cells changed since: those become
 * conflicts for the judge, the rest wait again to go in the next batch (with a new key: it is a new request).
 * A mark typed meanwhile for a conflicting cell is the judge's latest word and stays pending.
 */
export function refuse(
  state: QueueState,
  key: string,
  changed: {
    entryId: number;
    criterion: string;
    currentValue: string | null;
    currentVersion: number | null;
  }[],
): QueueState {
  if (state.inFlight?.key !== key) return state;
  const server = { ...state.server };
  const conflicts = [...state.conflicts];
  const byKey = new Map(changed.map((cell) => [cellKey(cell.entryId, cell.criterion), cell]));
  const pending: Record<string, PendingMark> = {};
  for (const cell of state.inFlight.cells) {
    const key_ = cellKey(cell.entryId, cell.criterion);
    const current = byKey.get(key_);
    if (current) {
      if (current.currentValue === null || current.currentVersion === null) delete server[key_];
      else server[key_] = { value: current.currentValue, version: current.currentVersion };
      if (!state.pending[key_]) {
        conflicts.push({
          entryId: cell.entryId,
          criterion: cell.criterion,
          mine: cell.value,
          server: current.currentValue,
          serverVersion: current.currentVersion,
        });
      }
    } else {
      pending[key_] = { entryId: cell.entryId, criterion: cell.criterion, value: cell.value };
    }
  }
  return { server, pending: { ...pending, ...state.pending }, inFlight: null, conflicts };
}

/** The judge keeps their mark (it goes again, over the server's version) or takes the server's. */
export function resolve(
  state: QueueState,
  entryId: number,
  criterion: string,
  keep: 'mine' | 'server',
): QueueState {
  const key = cellKey(entryId, criterion);
  const conflict = state.conflicts.find((c) => cellKey(c.entryId, c.criterion) === key);
  if (!conflict) return state;
  const conflicts = state.conflicts.filter((c) => c !== conflict);
  if (keep === 'server') return { ...state, conflicts };
  return {
    ...state,
    conflicts,
    pending: { ...state.pending, [key]: { entryId, criterion, value: conflict.mine } },
  };
}

/** The mark the judge sees in a cell: their latest unsent word, else the server's. */
export function shownMark(state: QueueState, entryId: number, criterion: string): string | null {
  const key = cellKey(entryId, criterion);
  if (key in state.pending) return state.pending[key].value;
  const sent = state.inFlight?.cells.find((cell) => cellKey(cell.entryId, cell.criterion) === key);
  if (sent) return sent.value;
  return state.server[key]?.value ?? null;
}

/** Whether a cell's mark is still on this device only. */
export function isWaiting(state: QueueState, entryId: number, criterion: string): boolean {
  const key = cellKey(entryId, criterion);
  return (
    key in state.pending ||
    Boolean(state.inFlight?.cells.some((c) => cellKey(c.entryId, c.criterion) === key))
  );
}

/** How many marks wait on this device (pending or sent and unanswered, each cell once). */
export function waitingCount(state: QueueState): number {
  const keys = new Set(Object.keys(state.pending));
  for (const cell of state.inFlight?.cells ?? []) keys.add(cellKey(cell.entryId, cell.criterion));
  return keys.size;
}
