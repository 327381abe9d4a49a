import { trendOf } from './trend';

describe('trendOf', () => {
  it('gives year-on-year changes and the trend over the period', () => {
    // 10 → 12 → 9 → 20: changes +2, −3, +11; 20 − 10 = +10 = +100 %; (20/10)^(1/3) − 1 = 25.99 % → 26.0.
    const { years, trend } = trendOf([
      { year: 2019, value: 10 },
      { year: 2020, value: 12 },
      { year: 2021, value: 9 },
      { year: 2022, value: 20 },
    ]);
    expect(years.map((y) => y.change)).toEqual([null, 2, -3, 11]);
    expect(trend).toEqual({
      first: 10,
      last: 20,
      change: 10,
      changePercent: 100,
      annualGrowthPercent: 26,
      direction: 'up',
    });
  });

  it('reveals nothing through changes next to a hidden value', () => {
    const { years, trend } = trendOf<number | '< 5'>([
      { year: 2019, value: '< 5' },
      { year: 2020, value: 7 },
      { year: 2021, value: 6 },
    ]);
    expect(years.map((y) => y.change)).toEqual([null, null, -1]);
    expect(trend).toEqual({
      first: null,
      last: 6,
      change: null,
      changePercent: null,
      annualGrowthPercent: null,
      direction: null,
    });
  });

  it('has no percentage from zero', () => {
    // 0 → 4: +4, no percentage, no growth rate.
    expect(
      trendOf([
        { year: 2019, value: 0 },
        { year: 2020, value: 4 },
      ]).trend,
    ).toMatchObject({ change: 4, changePercent: null, annualGrowthPercent: null, direction: 'up' });
  });
});
