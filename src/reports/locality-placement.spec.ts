import { placeUnits, Succession, UnitOfHistory } from './locality-placement';

// A small history: province 1; districts 10 (A) and 11 (B) until 2025-06-30, district 12 (C) until
// 2019-12-31 merged whole into A; communes 100, 101 under A, 110 under B (until 2025-06-30);
// 2025 communes 200 (from 100 whole, 101 in part and 110 in part) and 201 (from 101 in part).
const unit = (
  id: number,
  parentId: number | null,
  level: UnitOfHistory['level'],
  validFrom: string | null,
  validTo: string | null,
): UnitOfHistory => ({ id, parentId, level, validFrom, validTo });
const UNITS = [
  unit(1, null, 'province', null, null),
  unit(10, 1, 'district', null, '2025-06-30'),
  unit(11, 1, 'district', null, '2025-06-30'),
  unit(12, 1, 'district', null, '2019-12-31'),
  unit(100, 10, 'commune', null, '2025-06-30'),
  unit(101, 10, 'commune', null, '2025-06-30'),
  unit(110, 11, 'commune', null, '2025-06-30'),
  unit(200, 1, 'commune', '2025-07-01', null),
  unit(201, 1, 'commune', '2025-07-01', null),
];
const link = (predecessorId: number, successorId: number, partial: boolean): Succession => ({
  predecessorId,
  successorId,
  partial,
});
const SUCCESSIONS = [
  link(12, 10, false),
  link(100, 200, false),
  link(101, 200, true),
  link(101, 201, true),
  link(110, 200, true),
  link(10, 200, true),
  link(10, 201, true),
  link(11, 200, false),
];

describe('placeUnits', () => {
  it('places by the districts of 2019', () => {
    const placements = placeUnits(UNITS, SUCCESSIONS, '2019-06-01');
    expect(placements.get(10)).toEqual({ kind: 'direct', targetId: 10 });
    expect(placements.get(12)).toEqual({ kind: 'direct', targetId: 12 });
    // A commune counts in its district.
    expect(placements.get(101)).toEqual({ kind: 'history', targetId: 10 });
    // 201 came from A only.
    expect(placements.get(201)).toEqual({ kind: 'history', targetId: 10 });
    // 200: 100 whole (1) + 101 in part (½) from A, 110 in part (½) from B: A holds 1.5 of 2 = 0.75.
    expect(placements.get(200)).toEqual({
      kind: 'apportioned',
      targetId: 10,
      share: 0.75,
      candidateIds: [10, 11],
    });
  });

  it('places by the districts of 2022, after C merged into A', () => {
    expect(placeUnits(UNITS, SUCCESSIONS, '2022-01-01').get(12)).toEqual({ kind: 'history', targetId: 10 });
  });

  it('places by the communes of 2025', () => {
    const placements = placeUnits(UNITS, SUCCESSIONS, '2025-07-01');
    expect(placements.get(100)).toEqual({ kind: 'history', targetId: 200 });
    // 101 split in two halves: no majority.
    expect(placements.get(101)).toEqual({ kind: 'unplaced', candidateIds: [200, 201] });
    // A: 100 → 200 (1), 101 → 200 (½), 101 → 201 (½): 200 holds 1.5 of 2.
    expect(placements.get(10)).toEqual({
      kind: 'apportioned',
      targetId: 200,
      share: 0.75,
      candidateIds: [200, 201],
    });
    // C → A → {200, 201}; C has no communes of its own, so no majority.
    expect(placements.get(12)).toEqual({ kind: 'unplaced', candidateIds: [200, 201] });
    expect(placements.get(11)).toEqual({ kind: 'history', targetId: 200 });
    expect(placements.has(1)).toBe(false);
  });
});
