import { applyPlan, cellKey, planWrite, sheetProgress, StoredCell } from './sheet-rules';

function stored(...cells: StoredCell[]): Map<string, StoredCell> {
  return new Map(cells.map((cell) => [cellKey(cell.entryId, cell.criterion), cell]));
}

describe('planWrite', () => {
  const existing = stored(
    { entryId: 1, criterion: 'technique', value: '8', version: 3 },
    { entryId: 1, criterion: 'stage', value: '7.5', version: 1 },
  );

  it('writes new cells without a version and changes filled ones with the version read', () => {
    const plan = planWrite(existing, [
      { entryId: 2, criterion: 'technique', value: '9' },
      { entryId: 1, criterion: 'technique', value: '8.25', version: 3 },
    ]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.writes).toEqual([
      { entryId: 2, criterion: 'technique', before: null, value: '9' },
      { entryId: 1, criterion: 'technique', before: existing.get('1:technique'), value: '8.25' },
    ]);
    expect(plan.clears).toEqual([]);
  });

  it('reports a stale version, a missing version on a filled cell and a version on an empty one', () => {
    const plan = planWrite(existing, [
      { entryId: 1, criterion: 'technique', value: '9', version: 2 },
      { entryId: 1, criterion: 'stage', value: '9' },
      { entryId: 3, criterion: 'stage', value: '9', version: 1 },
    ]);
    expect(plan.conflicts).toEqual([
      { entryId: 1, criterion: 'technique', currentVersion: 3, currentValue: '8' },
      { entryId: 1, criterion: 'stage', currentVersion: 1, currentValue: '7.5' },
      { entryId: 3, criterion: 'stage', currentVersion: null, currentValue: null },
    ]);
    expect(plan.writes).toEqual([]);
  });

  it('leaves alone a cell that already holds the mark (or is already empty), whatever version was sent', () => {
    const plan = planWrite(existing, [
      { entryId: 1, criterion: 'technique', value: '8.00' },
      { entryId: 1, criterion: 'stage', value: '7.5', version: 1 },
      { entryId: 4, criterion: 'stage', value: null, version: 7 },
    ]);
    expect(plan).toEqual({ conflicts: [], writes: [], clears: [] });
  });

  it('clears a filled cell with the version read', () => {
    const plan = planWrite(existing, [{ entryId: 1, criterion: 'stage', value: null, version: 1 }]);
    expect(plan.clears).toEqual([
      { entryId: 1, criterion: 'stage', before: existing.get('1:stage'), value: null },
    ]);
    expect(planWrite(existing, [{ entryId: 1, criterion: 'stage', value: null }]).conflicts).toHaveLength(1);
  });

  it('applies a plan: changed cells take the next version, new ones version 1, cleared ones go', () => {
    const plan = planWrite(existing, [
      { entryId: 1, criterion: 'technique', value: '9', version: 3 },
      { entryId: 1, criterion: 'stage', value: null, version: 1 },
      { entryId: 2, criterion: 'stage', value: '6' },
    ]);
    expect([...applyPlan(existing, plan).values()]).toEqual([
      { entryId: 1, criterion: 'technique', value: '9', version: 4 },
      { entryId: 2, criterion: 'stage', value: '6', version: 1 },
    ]);
  });
});

describe('sheetProgress', () => {
  const cells = stored(
    { entryId: 1, criterion: 'a', value: '1', version: 1 },
    { entryId: 1, criterion: 'b', value: '1', version: 1 },
    { entryId: 2, criterion: 'a', value: '1', version: 1 },
    { entryId: 3, criterion: 'a', value: '1', version: 1 },
    { entryId: 1, criterion: 'retired', value: '1', version: 1 },
  );

  it('owes every criterion of every entry but the recused ones, and lists what is missing', () => {
    expect(sheetProgress([1, 2, 3, 4], new Set([3]), ['a', 'b'], cells, false)).toEqual({
      owed: 6,
      filled: 3,
      missing: [
        { entryId: 2, criteria: ['b'] },
        { entryId: 4, criteria: ['a', 'b'] },
      ],
    });
  });

  it('owes nothing when the judge is absent', () => {
    expect(sheetProgress([1, 2], new Set(), ['a', 'b'], cells, true)).toEqual({
      owed: 0,
      filled: 0,
      missing: [],
    });
  });
});
