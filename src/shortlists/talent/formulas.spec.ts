import { monthsBetween, percentile } from './formulas';
import { splitHundredths, toFine } from './hundredths';

describe('monthsBetween', () => {
  it('counts completed months', () => {
    expect(monthsBetween('2023-12-31', '2025-12-31')).toBe(24);
    expect(monthsBetween('2025-01-15', '2025-12-31')).toBe(11);
    expect(monthsBetween('2025-01-15', '2025-02-14')).toBe(0);
    expect(monthsBetween('2025-01-31', '2025-02-28')).toBe(1);
    expect(monthsBetween('2026-01-01', '2025-12-31')).toBe(0);
  });
});

describe('percentile', () => {
  it('places ties at their mid place', () => {
    expect(percentile(1, 1, 11)).toBe(1);
    expect(percentile(11, 1, 11)).toBe(0);
    expect(percentile(3, 3, 9)).toBe(0.625); // m = 4, (9 − 4)/8
    expect(percentile(1, 1, 1)).toBe(1);
  });
});

describe('splitHundredths', () => {
  it('gives the missing hundredths to the largest remainders so the parts sum to the rounded total', () => {
    // 3.333 + 3.333 + 3.334 = 10.00: cut to 333 + 333 + 333 = 999, the 1 missing goes to the largest (0.4)
    const { total, parts } = splitHundredths([3.333, 3.333, 3.334].map(toFine));
    expect(total).toBe(1000);
    expect(parts).toEqual([333, 333, 334]);
    // equal remainders: the earlier part first. 1/3 × 3 = 1.00 → 33 + 33 + 33 + 1 to the first
    expect(splitHundredths([1 / 3, 1 / 3, 1 / 3].map(toFine)).parts).toEqual([34, 33, 33]);
  });
});
