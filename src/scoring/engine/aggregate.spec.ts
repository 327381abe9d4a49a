import { aggregateMarks, median, mean, normalise, trimmedMean, type Mark } from './aggregate';
import { Decimal } from './decimal';
import type { ExactReal } from './exact-real';

const d = (text: string) => Decimal.parse(text);
/** Marks from judges J1, J2, … in order. */
const marks = (...values: string[]): Mark[] =>
  values.map((value, index) => ({ judgeId: `J${index + 1}`, value: d(value) }));
const text = (value: Decimal | ExactReal | null) => value?.toString() ?? null;

describe('mean', () => {
  it('is exact', () => {
    // (8 + 8.25 + 9) / 3 = 25.25 / 3 = 101/12
    expect(text(mean(marks('8', '8.25', '9')).value)).toBe('101/12');
  });

  it('has no value without marks', () => {
    expect(mean([]).value).toBeNull();
  });
});

describe('trimmedMean', () => {
  it('drops the k highest and k lowest', () => {
    // 7, 8, 8.5, 9, 9.75: drop 9.75 (J5) and 7 (J1); (8 + 8.5 + 9) / 3 = 25.5 / 3 = 8.5
    const panel = trimmedMean(marks('7', '8', '8.5', '9', '9.75'), 1, 5);
    expect(text(panel.value)).toBe('8.5');
    expect(panel.dropped.map((mark) => [mark.judgeId, mark.reason])).toEqual([
      ['J5', 'highest'],
      ['J1', 'lowest'],
    ]);
    expect(panel.used.map((mark) => mark.judgeId)).toEqual(['J2', 'J3', 'J4']);
    expect(panel.fellBackToMean).toBe(false);
  });

  it('drops one instance of a tied extreme, the first judge by id, whatever the input order', () => {
    // 9, 9, 8, 7, 7 with k = 1: one 9 and one 7 go; (9 + 8 + 7) / 3 = 8
    const input = marks('9', '9', '8', '7', '7');
    for (const order of [input, [...input].reverse()]) {
      const panel = trimmedMean(order, 1, 5);
      expect(text(panel.value)).toBe('8');
      expect(panel.dropped.map((mark) => [mark.judgeId, mark.reason])).toEqual([
        ['J1', 'highest'],
        ['J4', 'lowest'],
      ]);
    }
  });

  it('trims k = 2 from each end', () => {
    // 6, 7, 8, 8.5, 9, 9.5, 10: drop 10, 9.5 and 6, 7; (8 + 8.5 + 9) / 3 = 8.5
    const panel = trimmedMean(marks('6', '7', '8', '8.5', '9', '9.5', '10'), 2, 5);
    expect(text(panel.value)).toBe('8.5');
    expect(panel.dropped).toHaveLength(4);
  });

  it('falls back to the mean below the minimum panel', () => {
    // 4 judges, minPanel 5: (7 + 8 + 8.5 + 9.75) / 4 = 33.25 / 4 = 8.3125
    const panel = trimmedMean(marks('7', '8', '8.5', '9.75'), 1, 5);
    expect(text(panel.value)).toBe('8.3125');
    expect(panel.method).toBe('mean');
    expect(panel.fellBackToMean).toBe(true);
    expect(panel.dropped).toEqual([]);
  });
});

describe('median', () => {
  it('takes the middle mark of an odd count', () => {
    const panel = median(marks('9', '7', '8.25'));
    expect(text(panel.value)).toBe('8.25');
    expect(panel.used.map((mark) => mark.judgeId)).toEqual(['J3']);
  });

  it('takes the exact mean of the middle two of an even count', () => {
    // 7, 8.25, 8.5, 9.75 → (8.25 + 8.5) / 2 = 8.375
    const panel = median(marks('9.75', '7', '8.5', '8.25'));
    expect(text(panel.value)).toBe('8.375');
    expect(panel.used.map((mark) => mark.judgeId)).toEqual(['J3', 'J4']);
  });
});

describe('normalise', () => {
  const round = (table: Record<string, Record<string, string>>) =>
    new Map(
      Object.entries(table).map(([entryId, byJudge]) => [
        entryId,
        Object.entries(byJudge).map(([judgeId, value]) => ({ judgeId, value: d(value) })),
      ]),
    );

  it('gives back a single judge’s own marks (the pooled scale is that judge’s)', () => {
    // J1: 6, 8 → mean 7, SD 1; z = -1, +1; pooled mean 7, SD 1 → 6, 8
    const result = normalise(round({ A: { J1: '6' }, B: { J1: '8' } }));
    expect(text(result.byEntry.get('A')!.value)).toBe('6');
    expect(text(result.byEntry.get('B')!.value)).toBe('8');
    expect(
      result.byEntry.get('A')!.normalisation!.zScores.map(({ judgeId, z }) => [judgeId, text(z)]),
    ).toEqual([['J1', '-1']]);
  });

  it('removes a constant offset between judges exactly', () => {
    // J1: A 6, B 8 (mean 7, SD 1); J2 lenient by 1: A 7, B 9 (mean 8, SD 1).
    // z: A -1, -1 → -1; B +1, +1 → +1. Pooled marks 6, 8, 7, 9: mean 7.5, variance (2.25+0.25+0.25+2.25)/4
    // = 1.25. Value = 7.5 ± 1 × √1.25, computed as 7.5 + mean((mark − judge mean) × √(1.25 / 1)).
    const result = normalise(round({ A: { J1: '6', J2: '7' }, B: { J1: '8', J2: '9' } }));
    const a = result.byEntry.get('A')!.value!;
    const b = result.byEntry.get('B')!.value!;
    expect(a.plus(b).toString()).toBe('15'); // symmetric about the pooled mean 7.5, exactly
    expect(b.roundHalfUp(6).toFixed(6)).toBe('8.618034'); // 7.5 + √1.25 = 7.5 + 1.118033988…
  });

  it('is exact when the pooled and judge variances differ by the square of a fraction', () => {
    // J1: A 6, B 8 → mean 7, variance 1. J2, lenient by 1.5: A 7.5, B 9.5 → mean 8.5, variance 1.
    // Pooled 6, 8, 7.5, 9.5: mean 31 / 4 = 7.75; deviations -1.75, 0.25, -0.25, 1.75;
    // variance (3.0625 + 0.0625 + 0.0625 + 3.0625) / 4 = 1.5625 = 1.25², so √(1.5625 / 1) = 1.25 exactly.
    // A = 7.75 + mean(-1 × 1.25, -1 × 1.25) = 6.5; B = 7.75 + 1.25 = 9.
    const result = normalise(round({ A: { J1: '6', J2: '7.5' }, B: { J1: '8', J2: '9.5' } }));
    expect(text(result.byEntry.get('A')!.value)).toBe('6.5');
    expect(text(result.byEntry.get('B')!.value)).toBe('9');
    expect(text(result.normalisation!.pooledSd)).toBe('1.25');
  });

  it('leaves out a judge with no spread and a judge with a single entry', () => {
    // J1: A 6, B 8 (usable). J2: A 9, B 9 (no spread). J3: A 7 only (single entry).
    // Only J1 counts: pooled over J1's marks → A 6, B 8.
    const result = normalise(round({ A: { J1: '6', J2: '9', J3: '7' }, B: { J1: '8', J2: '9' } }));
    expect(text(result.byEntry.get('A')!.value)).toBe('6');
    expect(text(result.byEntry.get('B')!.value)).toBe('8');
    expect(result.byEntry.get('A')!.normalisation!.excluded).toEqual([
      { judgeId: 'J2', reason: 'no_spread' },
      { judgeId: 'J3', reason: 'single_entry' },
    ]);
    expect(result.normalisation!.judges.map((judge) => [judge.judgeId, judge.excluded])).toEqual([
      ['J1', null],
      ['J2', 'no_spread'],
      ['J3', 'single_entry'],
    ]);
  });

  it('has no value for an entry whose judges all lack a spread', () => {
    const result = normalise(round({ A: { J1: '6', J2: '9' }, B: { J1: '8' }, C: { J2: '9' } }));
    expect(result.byEntry.get('C')!.value).toBeNull();
    expect(result.byEntry.get('A')!.value).not.toBeNull();
  });

  it('has nothing to pool when no judge can be standardised', () => {
    const result = normalise(round({ A: { J1: '6' }, B: {} }));
    expect(result.byEntry.get('A')!.value).toBeNull();
    expect(result.byEntry.get('B')!.value).toBeNull();
    expect(result.normalisation!.pooledMean).toBeNull();
  });
});

describe('aggregateMarks', () => {
  it('aggregates every entry of a dimension by the method', () => {
    const byEntry = new Map([
      ['B', marks('7', '9')],
      ['A', marks('8', '8.5', '10')],
    ]);
    const result = aggregateMarks(byEntry, { kind: 'median' });
    expect([...result.byEntry.keys()]).toEqual(['A', 'B']);
    expect(text(result.byEntry.get('A')!.value)).toBe('8.5');
    expect(text(result.byEntry.get('B')!.value)).toBe('8');
    expect(result.normalisation).toBeNull();
  });
});
