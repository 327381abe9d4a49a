import { monthBounds, monthGrid, shiftMonth } from './calendar';

describe('monthGrid', () => {
  it('starts weeks on Monday and pads with the neighbouring months', () => {
    // 1 September 2026 is a Tuesday: the first week starts on Monday 31 August.
    const weeks = monthGrid('2026-09');
    expect(weeks[0][0]).toEqual({ date: '2026-08-31', inMonth: false });
    expect(weeks[0][1]).toEqual({ date: '2026-09-01', inMonth: true });
    // 30 September is a Wednesday: the last week runs to Sunday 4 October; 5 weeks in all.
    expect(weeks).toHaveLength(5);
    expect(weeks[4][6]).toEqual({ date: '2026-10-04', inMonth: false });
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(30);
  });

  it('needs no padding week for a month that starts on Monday and ends on Sunday', () => {
    // February 2027 starts on Monday 1 and ends on Sunday 28.
    const weeks = monthGrid('2027-02');
    expect(weeks).toHaveLength(4);
    expect(weeks[0][0].date).toBe('2027-02-01');
    expect(weeks[3][6].date).toBe('2027-02-28');
  });
});

describe('shiftMonth and monthBounds', () => {
  it('crosses years both ways', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });

  it('gives a leap February its 29th', () => {
    expect(monthBounds('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });
});
