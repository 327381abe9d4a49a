import { openDB, type IDBPDatabase } from 'idb';
import type { QueueState } from './offline-queue';

/**
 * Where a judge's unsent marks wait: IndexedDB, one record per sheet (round and judge), written after every
 * change. Marks only (ids and values): no names or tokens are kept in the browser.
 */
const DATABASE = 'talent-judging';
const SHEETS = 'sheets';

let database: Promise<IDBPDatabase> | null = null;

function open(): Promise<IDBPDatabase> {
  database ??= openDB(DATABASE, 1, {
    upgrade(db) {
      db.createObjectStore(SHEETS);
    },
  });
  return database;
}

export function sheetKey(roundId: number, judgeId: number): string {
  return `${roundId}:${judgeId}`;
}

export async function loadQueue(key: string): Promise<QueueState | undefined> {
  return (await (await open()).get(SHEETS, key)) as QueueState | undefined;
}

export async function saveQueue(key: string, state: QueueState): Promise<void> {
  await (await open()).put(SHEETS, state, key);
}
