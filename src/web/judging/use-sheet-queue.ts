import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/client';
import { asProblem, ProblemError, type Problem } from '../api/problem';
import type { Schemas } from '../api/types';
import {
  acknowledge,
  emptyQueue,
  nextBatch,
  record,
  refuse,
  resolve,
  type PendingMark,
  type QueueState,
  type ServerCell,
} from './offline-queue';
import { loadQueue, saveQueue, sheetKey } from './outbox-store';

export type Sheet = Schemas['ScoreSheetView'];

/** How long typing may pause before the marks go (a judge types 8, then 8,7, then 8,75). */
const SEND_AFTER_MS = 400;
const RETRY_AFTER_MS = 3000;

function serverCells(sheet: Sheet): Record<string, ServerCell> {
  const cells: Record<string, ServerCell> = {};
  for (const entry of sheet.entries) {
    for (const score of entry.scores) cells[`${entry.entryId}:${score.criterion}`] = score;
  }
  return cells;
}

interface ConflictExtension {
  conflicts?: {
    entryId: number;
    criterion: string;
    currentValue: string | null;
    currentVersion: number | null;
  }[];
}

/**
 * A judge's sheet with its offline queue: marks are recorded at once (IndexedDB), sent in batches with an
 * Idempotency-Key while the network allows, sent again with the same key after a failure, and refused cells
 * (409) become conflicts for the judge to settle. A secretary typing a paper sheet names the judge.
 */
export function useSheetQueue(roundId: number, judgeId?: number) {
  const queryClient = useQueryClient();
  const queryKey = useMemo(() => ['sheet', roundId, judgeId ?? 'mine'], [roundId, judgeId]);
  const sheet = useQuery({
    queryKey,
    queryFn: async () => {
      const { data, error } = await api.GET('/api/v1/rounds/{id}/sheet', {
        params: { path: { id: roundId }, query: judgeId ? { judgeId } : {} },
      });
      if (!data) throw new ProblemError(asProblem(error));
      return data;
    },
    staleTime: Infinity,
  });

  const [state, setState] = useState<QueueState | null>(null);
  const stateRef = useRef<QueueState | null>(null);
  const storeKey = sheet.data ? sheetKey(roundId, sheet.data.judge.userId) : null;
  const [online, setOnline] = useState(() => navigator.onLine);
  const [sending, setSending] = useState(false);
  const sendingRef = useRef(false);
  const [retry, setRetry] = useState(0);
  const [blocked, setBlocked] = useState<Problem | null>(null);

  const commit = useCallback(
    (next: QueueState) => {
      stateRef.current = next;
      setState(next);
      if (storeKey) void saveQueue(storeKey, next);
    },
    [storeKey],
  );

  // What waited on this device from before (a reload, a closed tab) joins the sheet the server has.
  const loaded = sheet.data;
  useEffect(() => {
    if (!loaded || !storeKey || stateRef.current) return;
    let cancelled = false;
    void loadQueue(storeKey).then((stored) => {
      if (cancelled || stateRef.current) return;
      const server = serverCells(loaded);
      commit(stored ? { ...stored, server } : emptyQueue(server));
    });
    return () => {
      cancelled = true;
    };
  }, [loaded, storeKey, commit]);

  useEffect(() => {
    const up = () => {
      setOnline(true);
      setRetry((n) => n + 1);
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);

  const flush = useCallback(async () => {
    if (sendingRef.current || !stateRef.current) return;
    const { state: cut, batch } = nextBatch(stateRef.current, () => crypto.randomUUID());
    if (!batch) return;
    sendingRef.current = true;
    setSending(true);
    commit(cut); // kept before it is sent: a batch is sent again, never rebuilt, until answered
    const later = () => setTimeout(() => setRetry((n) => n + 1), RETRY_AFTER_MS);
    try {
      const answer = await api.PUT('/api/v1/rounds/{id}/scores', {
        params: { path: { id: roundId }, header: { 'Idempotency-Key': batch.key } },
        body: { judgeId, scores: batch.cells },
      });
      setOnline(true);
      if (answer.data) {
        setBlocked(null);
        // The answer holds the cells written and their versions; the rest of the sheet is as it was.
        const server = { ...stateRef.current.server };
        for (const cell of answer.data.cells) {
          const key = `${cell.entryId}:${cell.criterion}`;
          if (cell.value === null || cell.version === null) delete server[key];
          else server[key] = { value: cell.value, version: cell.version };
        }
        commit(acknowledge(stateRef.current, batch.key, server));
        void queryClient.invalidateQueries({ queryKey });
        return;
      }
      const problem = asProblem(answer.error);
      const status = answer.response.status;
      const changed = (problem as ConflictExtension).conflicts;
      if (status === 409 && Array.isArray(changed)) {
        commit(refuse(stateRef.current, batch.key, changed));
      } else if (status >= 500 || status === 429 || status === 401) {
        later();
      } else {
        // Refused for good (a locked round, a submitted sheet): say why; the marks stay on this device.
        setBlocked(problem);
      }
    } catch {
      setOnline(false);
      later();
    } finally {
      sendingRef.current = false;
      setSending(false);
    }
  }, [roundId, judgeId, commit, queryClient, queryKey]);

  useEffect(() => {
    if (!state || blocked) return;
    if (!state.inFlight && Object.keys(state.pending).length === 0) return;
    const timer = setTimeout(() => void flush(), state.inFlight ? 0 : SEND_AFTER_MS);
    return () => clearTimeout(timer);
  }, [state, retry, blocked, flush]);

  const mark = useCallback(
    (pending: PendingMark) => {
      if (!stateRef.current) return;
      setBlocked(null);
      commit(record(stateRef.current, pending));
    },
    [commit],
  );

  const settle = useCallback(
    (entryId: number, criterion: string, keep: 'mine' | 'server') => {
      if (stateRef.current) commit(resolve(stateRef.current, entryId, criterion, keep));
    },
    [commit],
  );

  const submit = useCallback(async (): Promise<Problem | null> => {
    const { data, error } = await api.POST('/api/v1/rounds/{id}/sheet/submit', {
      params: { path: { id: roundId } },
      body: { judgeId },
    });
    if (data) {
      queryClient.setQueryData(queryKey, data);
      return null;
    }
    return asProblem(error);
  }, [roundId, judgeId, queryClient, queryKey]);

  return { sheet, state, online, sending, blocked, mark, settle, submit };
}
