import { birthQuarter, relativeAgeRatio, shares } from './representation';

describe('birthQuarter', () => {
  it('counts quarters from the day after the cut-off anniversary', () => {
    // reference 2025-06-01: Q1 = 2 June … 1 September
    expect(birthQuarter('2015-06-02', '2025-06-01')).toBe(1);
    expect(birthQuarter('2015-09-01', '2025-06-01')).toBe(1);
    expect(birthQuarter('2015-09-02', '2025-06-01')).toBe(2);
    expect(birthQuarter('2015-12-01', '2025-06-01')).toBe(2);
    expect(birthQuarter('2016-03-01', '2025-06-01')).toBe(3);
    expect(birthQuarter('2016-03-02', '2025-06-01')).toBe(4);
    // born on the anniversary: the youngest of their age
    expect(birthQuarter('2015-06-01', '2025-06-01')).toBe(4);
    // cut-off 1 January (calendar-year bands): January to March is Q1 … October to 1 January Q4
    expect(birthQuarter('2015-01-02', '2025-01-01')).toBe(1);
    expect(birthQuarter('2015-12-31', '2025-01-01')).toBe(4);
  });
});

describe('shares', () => {
  it('counts pool and candidates by group with the ratio of their shares', () => {
    // pool 10: A 6 (3 candidates), B 4 (1 candidate); candidates 4
    const members = [
      ...Array.from({ length: 6 }, (_, i) => ({ key: 'A', candidate: i < 3 })),
      ...Array.from({ length: 4 }, (_, i) => ({ key: 'B', candidate: i < 1 })),
    ];
    expect(shares(members)).toEqual([
      // A: pool 0.6, candidates 0.75, ratio 1.25
      { key: 'A', pool: 6, candidates: 3, poolShare: 0.6, candidateShare: 0.75, ratio: 1.25 },
      // B: pool 0.4, candidates 0.25, ratio 0.625
      { key: 'B', pool: 4, candidates: 1, poolShare: 0.4, candidateShare: 0.25, ratio: 0.625 },
    ]);
  });
});

describe('relativeAgeRatio', () => {
  it('compares Q1/Q4 among candidates with the pool', () => {
    // candidates 6/2 = 3, pool 30/25 = 1.2 → 2.5
    expect(relativeAgeRatio({ q1: 30, q4: 25 }, { q1: 6, q4: 2 })).toBe(2.5);
    expect(relativeAgeRatio({ q1: 30, q4: 25 }, { q1: 6, q4: 0 })).toBeNull();
  });
});
