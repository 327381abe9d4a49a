import {
  acknowledge,
  emptyQueue,
  isWaiting,
  nextBatch,
  record,
  refuse,
  resolve,
  shownMark,
  waitingCount,
  type QueueState,
} from './offline-queue';

function keys(): () => string {
  let n = 0;
  return () => `key-${++n}`;
}

describe('the judge’s offline queue', () => {
  it('keeps the last mark typed for a cell and sends every waiting mark in one batch', () => {
    let state = emptyQueue({ '1:voice': { value: '7', version: 3 } });
    state = record(state, { entryId: 1, criterion: 'voice', value: '8' });
    state = record(state, { entryId: 1, criterion: 'voice', value: '8.5' });
    state = record(state, { entryId: 2, criterion: 'voice', value: null });
    expect(waitingCount(state)).toBe(2);
    expect(shownMark(state, 1, 'voice')).toBe('8.5');

    const { state: sending, batch } = nextBatch(state, keys());
    // A filled cell names the version read (3); an empty one names none.
    expect(batch).toEqual({
      key: 'key-1',
      cells: [
        { entryId: 1, criterion: 'voice', value: '8.5', version: 3 },
        { entryId: 2, criterion: 'voice', value: null },
      ],
    });
    expect(sending.pending).toEqual({});
    expect(waitingCount(sending)).toBe(2);
    expect(isWaiting(sending, 1, 'voice')).toBe(true);
  });

  it('sends an unanswered batch again with the same key and the same cells', () => {
    const newKey = keys();
    let state = record(emptyQueue(), { entryId: 1, criterion: 'voice', value: '9' });
    const first = nextBatch(state, newKey);
    state = record(first.state, { entryId: 2, criterion: 'voice', value: '6' });
    const again = nextBatch(state, newKey);
    expect(again.batch).toBe(first.batch);
    expect(again.batch!.key).toBe('key-1');

    // Answered: the server's sheet becomes what is known; the mark typed meanwhile goes next, with a new key.
    state = acknowledge(again.state, 'key-1', { '1:voice': { value: '9', version: 1 } });
    expect(state.inFlight).toBeNull();
    expect(isWaiting(state, 1, 'voice')).toBe(false);
    const next = nextBatch(state, newKey);
    expect(next.batch).toEqual({ key: 'key-2', cells: [{ entryId: 2, criterion: 'voice', value: '6' }] });
  });

  it('on a 409 makes the changed cells conflicts and queues the others again', () => {
    const newKey = keys();
    let state: QueueState = emptyQueue({ '1:voice': { value: '7', version: 1 } });
    state = record(state, { entryId: 1, criterion: 'voice', value: '8' });
    state = record(state, { entryId: 2, criterion: 'voice', value: '5' });
    state = nextBatch(state, newKey).state;
    state = refuse(state, 'key-1', [
      { entryId: 1, criterion: 'voice', currentValue: '7.5', currentVersion: 2 },
    ]);

    expect(state.inFlight).toBeNull();
    expect(state.conflicts).toEqual([
      { entryId: 1, criterion: 'voice', mine: '8', server: '7.5', serverVersion: 2 },
    ]);
    expect(state.server['1:voice']).toEqual({ value: '7.5', version: 2 });
    expect(state.pending).toEqual({ '2:voice': { entryId: 2, criterion: 'voice', value: '5' } });

    // Keeping mine sends it over the secretary's version 2.
    const kept = resolve(state, 1, 'voice', 'mine');
    expect(kept.conflicts).toEqual([]);
    expect(nextBatch(kept, newKey).batch!.cells).toContainEqual({
      entryId: 1,
      criterion: 'voice',
      value: '8',
      version: 2,
    });

    // Taking the server's drops mine; the cell shows 7.5.
    const taken = resolve(state, 1, 'voice', 'server');
    expect(taken.conflicts).toEqual([]);
    expect(shownMark(taken, 1, 'voice')).toBe('7.5');
    expect(waitingCount(taken)).toBe(1);
  });

  it('lets a mark typed while the refused batch was out win over the conflict', () => {
    let state = record(emptyQueue({ '1:voice': { value: '7', version: 1 } }), {
      entryId: 1,
      criterion: 'voice',
      value: '8',
    });
    state = nextBatch(state, keys()).state;
    state = record(state, { entryId: 1, criterion: 'voice', value: '9' });
    state = refuse(state, 'key-1', [
      { entryId: 1, criterion: 'voice', currentValue: '6', currentVersion: 4 },
    ]);
    expect(state.conflicts).toEqual([]);
    expect(state.pending['1:voice'].value).toBe('9');
    expect(nextBatch(state, () => 'key-2').batch!.cells).toEqual([
      { entryId: 1, criterion: 'voice', value: '9', version: 4 },
    ]);
  });

  it('ignores an answer to a batch it no longer holds', () => {
    const state = record(emptyQueue(), { entryId: 1, criterion: 'voice', value: '8' });
    expect(refuse(state, 'other', [])).toBe(state);
    expect(acknowledge(state, 'other', {}).pending).toEqual(state.pending);
  });
});
