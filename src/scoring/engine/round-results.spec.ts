import { Decimal } from './decimal';
import { ScoringInputError } from './round-input';
import { computeRoundResults } from './round-results';
import type { EntryResult, JudgeScore, RoundInput, RoundResults, RubricCriterion } from './types';

// Every expected number below is worked out by hand in the comments beside it.

/** Scores from a table: entry → judge → marks in the order of `criterionIds` (null: not scored). */
function scoreTable(
  criterionIds: string[],
  table: Record<string, Record<string, (string | null)[]>>,
): JudgeScore[] {
  return Object.entries(table).flatMap(([entryId, byJudge]) =>
    Object.entries(byJudge).flatMap(([judgeId, values]) =>
      values.flatMap((value, index) =>
        value === null ? [] : [{ judgeId, entryId, criterionId: criterionIds[index], value }],
      ),
    ),
  );
}

const criterion = (id: string, weight: string, step = '0.25'): RubricCriterion => ({
  id,
  max: '10',
  step,
  weight,
});
const judges = (...ids: string[]) => ids.map((id) => ({ id }));
const entries = (...ids: string[]) => ids.map((id) => ({ id }));
const entry = (results: RoundResults, entryId: string): EntryResult => {
  const found = results.entries.find((result) => result.entryId === entryId);
  if (!found) throw new Error(`no result for ${entryId}`);
  return found;
};
/** A breakdown value ('1.264911064067') rounded to fewer places, for comparing with a hand calculation. */
const toPlaces = (value: string | null | undefined, places: number) =>
  Decimal.parse(value ?? 'NaN').toFixed(places);
const summary = (results: RoundResults) =>
  results.entries.map((result) => [result.entryId, result.finalScore, result.rank]);

describe('computeRoundResults: trimmed mean of 7 judges (k = 1)', () => {
  // Technique T weighs 0.4, artistry A weighs 0.6.
  //        T      A      total = 0.4·T + 0.6·A
  // J1   8.5    9      3.4  + 5.4  = 8.8
  // J2   7.75   8.25   3.1  + 4.95 = 8.05
  // J3   9.5    9.75   3.8  + 5.85 = 9.65   highest → dropped
  // J4   8      8.5    3.2  + 5.1  = 8.3
  // J5   6.5    7      2.6  + 4.2  = 6.8    lowest → dropped
  // J6   8.75   8.5    3.5  + 5.1  = 8.6
  // J7   8.25   9.25   3.3  + 5.55 = 8.85
  // (8.8 + 8.05 + 8.3 + 8.6 + 8.85) / 5 = 42.6 / 5 = 8.52
  // (The plain mean would be 59.05 / 7 = 8.4357… → 8.44.)
  const input: RoundInput = {
    criteria: [criterion('T', '0.4'), criterion('A', '0.6')],
    entries: entries('E1'),
    judges: judges('J1', 'J2', 'J3', 'J4', 'J5', 'J6', 'J7'),
    scores: scoreTable(['T', 'A'], {
      E1: {
        J1: ['8.5', '9'],
        J2: ['7.75', '8.25'],
        J3: ['9.5', '9.75'],
        J4: ['8', '8.5'],
        J5: ['6.5', '7'],
        J6: ['8.75', '8.5'],
        J7: ['8.25', '9.25'],
      },
    }),
    method: { kind: 'trimmed_mean', trim: 1, minPanel: 5 },
  };

  it('drops the highest and lowest totals and averages the other five', () => {
    const result = entry(computeRoundResults(input), 'E1');
    expect(result.finalScore).toBe('8.52');
    expect(result.rank).toBe(1);
    expect(result.breakdown.judges.map((line) => [line.judgeId, line.status, line.total])).toEqual([
      ['J1', 'counted', '8.80'],
      ['J2', 'counted', '8.05'],
      ['J3', 'counted', '9.65'],
      ['J4', 'counted', '8.30'],
      ['J5', 'counted', '6.80'],
      ['J6', 'counted', '8.60'],
      ['J7', 'counted', '8.85'],
    ]);
    expect(result.breakdown.panel).toMatchObject({
      method: 'trimmed_mean',
      fellBackToMean: false,
      dropped: [
        { judgeId: 'J3', value: '9.65', reason: 'highest' },
        { judgeId: 'J5', value: '6.80', reason: 'lowest' },
      ],
      value: '8.52',
    });
    expect(result.breakdown.panel?.used.map((mark) => mark.judgeId)).toEqual(['J1', 'J2', 'J4', 'J6', 'J7']);
    expect(result.breakdown.judges[0].scores).toEqual([
      { criterionId: 'A', value: '9.00' },
      { criterionId: 'T', value: '8.50' },
    ]);
  });

  it('gives the plain mean with method mean', () => {
    expect(entry(computeRoundResults({ ...input, method: { kind: 'mean' } }), 'E1').finalScore).toBe('8.44');
  });
});

describe('computeRoundResults: trimmed mean falling back to the mean', () => {
  it('averages all 4 judges when the panel is below minPanel 5', () => {
    //        T    A     total
    // J1     8    9     3.2 + 5.4 = 8.6
    // J2     7    7.5   2.8 + 4.5 = 7.3
    // J3     9    9.5   3.6 + 5.7 = 9.3
    // J4     8.5  8     3.4 + 4.8 = 8.2
    // mean = 33.4 / 4 = 8.35 (trimming would have given (8.6 + 8.2) / 2 = 8.4)
    const results = computeRoundResults({
      criteria: [criterion('T', '0.4'), criterion('A', '0.6')],
      entries: entries('E1'),
      judges: judges('J1', 'J2', 'J3', 'J4'),
      scores: scoreTable(['T', 'A'], {
        E1: { J1: ['8', '9'], J2: ['7', '7.5'], J3: ['9', '9.5'], J4: ['8.5', '8'] },
      }),
      method: { kind: 'trimmed_mean', trim: 1, minPanel: 5 },
    });
    const result = entry(results, 'E1');
    expect(result.finalScore).toBe('8.35');
    expect(result.breakdown.panel).toMatchObject({ method: 'mean', fellBackToMean: true, dropped: [] });
  });
});

describe('computeRoundResults: a recused judge', () => {
  // One criterion S (weight 1); trimmed mean k = 1, minPanel 5; J3 coaches E1 and is recused from it.
  // E1: J1 8, J2 8.5, J3 recused (a stray 10 on file is ignored), J4 7.5, J5 9
  //     4 counted < 5 → mean (8 + 8.5 + 7.5 + 9) / 4 = 33 / 4 = 8.25
  // E2: J1 7, J2 7.5, J3 9.5, J4 8, J5 6.75
  //     5 counted → drop 9.5 (J3) and 6.75 (J5): (7 + 7.5 + 8) / 3 = 22.5 / 3 = 7.5
  const results = computeRoundResults({
    criteria: [criterion('S', '1')],
    entries: entries('E1', 'E2'),
    judges: judges('J1', 'J2', 'J3', 'J4', 'J5'),
    scores: scoreTable(['S'], {
      E1: { J1: ['8'], J2: ['8.5'], J3: ['10'], J4: ['7.5'], J5: ['9'] },
      E2: { J1: ['7'], J2: ['7.5'], J3: ['9.5'], J4: ['8'], J5: ['6.75'] },
    }),
    recusals: [{ judgeId: 'J3', entryId: 'E1' }],
    method: { kind: 'trimmed_mean', trim: 1, minPanel: 5 },
  });

  it('does not count the recused judge, and says so', () => {
    const e1 = entry(results, 'E1');
    expect(e1.finalScore).toBe('8.25');
    expect(e1.breakdown.judges[2]).toEqual({
      judgeId: 'J3',
      head: false,
      status: 'recused',
      scores: [],
      total: null,
      missingCriteria: [],
    });
    expect(e1.breakdown.panel?.fellBackToMean).toBe(true);
  });

  it('still counts the judge for the other entries', () => {
    const e2 = entry(results, 'E2');
    expect(e2.finalScore).toBe('7.50');
    expect(e2.breakdown.panel?.dropped.map((mark) => [mark.judgeId, mark.reason])).toEqual([
      ['J3', 'highest'],
      ['J5', 'lowest'],
    ]);
  });

  it('owes no score for the recused entry', () => {
    expect(results.missingScores).toEqual([]);
    expect(results.complete).toBe(true);
  });
});

describe('computeRoundResults: per-criterion trimming with factors, rounded before the sum', () => {
  // basis 'criteria': composition C (factor 1.5), presentation P (factor 0.3); trimmed mean k = 1.
  //        C      P
  // J1    7.5    7       C lowest, P lowest
  // J2    9.5    7.25    C highest
  // J3    8      10      P highest
  // J4    8.75   9
  // J5    8.25   8.75
  // C: drop 9.5 (J2), 7.5 (J1): (8 + 8.75 + 8.25) / 3 = 25 / 3 = 8.333… → 8.33; × 1.5 = 12.495
  // P: drop 10 (J3), 7 (J1):    (7.25 + 9 + 8.75) / 3 = 25 / 3 = 8.333… → 8.33; × 0.3 = 2.499
  // panel = 12.495 + 2.499 = 14.994 → 14.99
  // (Without rounding each criterion first: 25/3 × 1.5 + 25/3 × 0.3 = 12.5 + 2.5 = 15 → 15.00.)
  const results = computeRoundResults({
    criteria: [criterion('C', '1.5'), criterion('P', '0.3')],
    entries: entries('E1'),
    judges: judges('J1', 'J2', 'J3', 'J4', 'J5'),
    scores: scoreTable(['C', 'P'], {
      E1: { J1: ['7.5', '7'], J2: ['9.5', '7.25'], J3: ['8', '10'], J4: ['8.75', '9'], J5: ['8.25', '8.75'] },
    }),
    method: { kind: 'trimmed_mean', trim: 1, minPanel: 5 },
    basis: 'criteria',
  });
  const e1 = entry(results, 'E1');

  it('rounds each criterion’s panel value before applying its factor', () => {
    expect(e1.finalScore).toBe('14.99');
    expect(e1.breakdown.panelScore).toBe('14.994');
    expect(e1.breakdown.panel).toBeNull();
    expect(
      e1.breakdown.criteria?.map((line) => [line.criterionId, line.factor, line.rounded, line.weighted]),
    ).toEqual([
      ['C', '1.5', '8.33', '12.495'],
      ['P', '0.3', '8.33', '2.499'],
    ]);
  });

  it('trims each criterion on its own', () => {
    const [c, p] = e1.breakdown.criteria ?? [];
    expect(c.panel.dropped).toEqual([
      { judgeId: 'J2', value: '9.50', reason: 'highest' },
      { judgeId: 'J1', value: '7.50', reason: 'lowest' },
    ]);
    expect(p.panel.dropped).toEqual([
      { judgeId: 'J3', value: '10.00', reason: 'highest' },
      { judgeId: 'J1', value: '7.00', reason: 'lowest' },
    ]);
    expect(c.panel.value).toBe('8.333333333333');
  });

  it('still shows each judge’s factored total', () => {
    // J1: 1.5 × 7.5 + 0.3 × 7 = 11.25 + 2.1 = 13.35; J2: 14.25 + 2.175 = 16.425; J3: 12 + 3 = 15
    expect(e1.breakdown.judges.slice(0, 3).map((line) => line.total)).toEqual(['13.35', '16.425', '15.00']);
    // spread of the totals: 16.425 − 13.35 = 3.075
    expect(e1.breakdown.spread).toBe('3.075');
  });
});

describe('computeRoundResults: deductions', () => {
  // One criterion S, mean of three judges.
  // E1: (8 + 8.5 + 9) / 3 = 8.5; deductions: time 0.25 + fall 0.5 = 0.75 → 7.75
  // E2: (8 + 8 + 8) / 3 = 8 → 8.00, now ahead of E1
  const results = computeRoundResults({
    criteria: [criterion('S', '1')],
    entries: [
      {
        id: 'E1',
        deductions: [
          { kind: 'time', amount: '0.25', reason: 'overran by 20 s' },
          { kind: 'fall', amount: '0.5', reason: 'fall in the second section' },
        ],
      },
      { id: 'E2' },
    ],
    judges: judges('J1', 'J2', 'J3'),
    scores: scoreTable(['S'], {
      E1: { J1: ['8'], J2: ['8.5'], J3: ['9'] },
      E2: { J1: ['8'], J2: ['8'], J3: ['8'] },
    }),
    method: { kind: 'mean' },
  });

  it('subtracts them from the panel’s score before rounding and ranking', () => {
    const e1 = entry(results, 'E1');
    expect(e1.finalScore).toBe('7.75');
    expect(e1.breakdown).toMatchObject({
      panelScore: '8.50',
      deductionTotal: '0.75',
      unroundedScore: '7.75',
      roundedScore: '7.75',
    });
    expect(e1.breakdown.deductions).toEqual([
      { kind: 'fall', amount: '0.50', reason: 'fall in the second section' },
      { kind: 'time', amount: '0.25', reason: 'overran by 20 s' },
    ]);
    expect(summary(results)).toEqual([
      ['E2', '8.00', 1],
      ['E1', '7.75', 2],
    ]);
  });

  it('rounds a score driven below zero half away from zero', () => {
    // (0.25 + 0) / 2 = 0.125; − 0.25 = −0.125 → −0.13
    const negative = computeRoundResults({
      criteria: [criterion('S', '1')],
      entries: [{ id: 'E1', deductions: [{ kind: 'rules', amount: '0.25', reason: 'breach of rules' }] }],
      judges: judges('J1', 'J2'),
      scores: scoreTable(['S'], { E1: { J1: ['0.25'], J2: ['0'] } }),
      method: { kind: 'mean' },
    });
    expect(entry(negative, 'E1').finalScore).toBe('-0.13');
  });
});

describe('computeRoundResults: rounding at x.xx5', () => {
  // Marks in steps of 0.01, mean of two judges.
  // E1: (8.25 + 8.24) / 2 = 16.49 / 2 = 8.245 → 8.25
  // E2: (8.25 + 8.00) / 2 = 8.125 → 8.13
  // E3: 8.125 − a 0.000001 deduction = 8.124999 → 8.12
  // E4: (8.25 + 8.24 + 8.24) / 3 = 24.73 / 3 = 8.24333… → 8.24 (J3 scores only E4)
  const results = computeRoundResults({
    criteria: [criterion('S', '1', '0.01')],
    entries: [
      { id: 'E1' },
      { id: 'E2' },
      { id: 'E3', deductions: [{ kind: 'time', amount: '0.000001', reason: 'a microsecond late' }] },
      { id: 'E4' },
    ],
    judges: judges('J1', 'J2', 'J3'),
    scores: scoreTable(['S'], {
      E1: { J1: ['8.25'], J2: ['8.24'] },
      E2: { J1: ['8.25'], J2: ['8.00'] },
      E3: { J1: ['8.25'], J2: ['8.00'] },
      E4: { J1: ['8.25'], J2: ['8.24'], J3: ['8.24'] },
    }),
    recusals: ['E1', 'E2', 'E3'].map((entryId) => ({ judgeId: 'J3', entryId })),
    method: { kind: 'mean' },
  });

  it.each([
    ['E1', '8.245', '8.25'],
    ['E2', '8.125', '8.13'],
    ['E3', '8.124999', '8.12'],
    ['E4', '8.243333333333', '8.24'],
  ])('%s: %s → %s', (entryId, unrounded, rounded) => {
    const result = entry(results, entryId);
    expect(result.breakdown.unroundedScore).toBe(unrounded);
    expect(result.finalScore).toBe(rounded);
  });

  it('rounds to the round’s decimals', () => {
    // (8.25 + 8.24) / 2 = 8.245 to 1 place: 8.2
    const oneDecimal = computeRoundResults({
      criteria: [criterion('S', '1', '0.01')],
      entries: entries('E1'),
      judges: judges('J1', 'J2'),
      scores: scoreTable(['S'], { E1: { J1: ['8.25'], J2: ['8.24'] } }),
      method: { kind: 'mean' },
      decimals: 1,
    });
    expect(entry(oneDecimal, 'E1').finalScore).toBe('8.2');
  });
});

describe('computeRoundResults: median', () => {
  // One criterion S.
  // E1, 4 judges: 7, 8.25, 8.5, 9.75 → middle two (8.25 + 8.5) / 2 = 8.375 → 8.38
  // E2, J4 recused, 3 judges: 8, 9, 7.5 → 8 → 8.00
  const results = computeRoundResults({
    criteria: [criterion('S', '1')],
    entries: entries('E1', 'E2'),
    judges: judges('J1', 'J2', 'J3', 'J4'),
    scores: scoreTable(['S'], {
      E1: { J1: ['9.75'], J2: ['7'], J3: ['8.5'], J4: ['8.25'] },
      E2: { J1: ['8'], J2: ['9'], J3: ['7.5'] },
    }),
    recusals: [{ judgeId: 'J4', entryId: 'E2' }],
    method: { kind: 'median' },
  });

  it('takes the exact mean of the middle two with an even count', () => {
    const e1 = entry(results, 'E1');
    expect(e1.finalScore).toBe('8.38');
    expect(e1.breakdown.panel?.value).toBe('8.375');
    expect(e1.breakdown.panel?.used.map((mark) => mark.judgeId)).toEqual(['J3', 'J4']);
  });

  it('takes the middle mark with an odd count', () => {
    expect(entry(results, 'E2').finalScore).toBe('8.00');
  });
});

describe('computeRoundResults: normalised, with a lenient and a harsh judge', () => {
  // One criterion S. F judges fairly, L is lenient (+2), H is harsh (−2); L coaches A and H coaches D,
  // so each is recused from one entry. The fair order is A > B > C > D.
  //        A     B     C     D
  // F      8     7.5   6.5   6
  // L      —     9.5   8.5   8
  // H      6     5.5   4.5   —
  //
  // Plain mean: A (8 + 6)/2 = 7, B 22.5/3 = 7.5, C 19.5/3 = 6.5, D (6 + 8)/2 = 7 → B first, A and D tied:
  // the lenient judge lifts D, the harsh one sinks A.
  //
  // Normalised (population SD per judge, over the entries that judge scored):
  //   F: mean 7, variance (1 + 0.25 + 0.25 + 1) / 4 = 0.625, SD 0.790569
  //      z: A 1.264911, B 0.632456, C −0.632456, D −1.264911
  //   L: mean 26/3 = 8.6667, deviations 5/6, −1/6, −2/3, variance (25/36 + 1/36 + 16/36) / 3 = 7/18, SD 0.623610
  //      z: B 1.336306, C −0.267261, D −1.069045
  //   H: mean 16/3 = 5.3333, deviations 2/3, 1/6, −5/6, variance 7/18, SD 0.623610
  //      z: A 1.069045, B 0.267261, C −1.336306
  //   average z: A (1.264911 + 1.069045) / 2 = 1.166978; B (0.632456 + 1.336306 + 0.267261) / 3 = 0.745341;
  //              C −0.745341; D −1.166978
  //   pooled over all ten marks: mean 70 / 10 = 7; squared deviations 1, 1, 0.25, 6.25, 2.25, 0.25, 2.25,
  //   6.25, 1, 1 → variance 21.5 / 10 = 2.15, SD 1.466288
  //   A = 7 + 1.166978 × 1.466288 = 7 + 1.711126 = 8.711126 → 8.71
  //   B = 7 + 0.745341 × 1.466288 = 7 + 1.092884 = 8.092884 → 8.09
  //   C = 7 − 1.092884 = 5.907116 → 5.91;  D = 7 − 1.711126 = 5.288874 → 5.29
  const input: RoundInput = {
    criteria: [criterion('S', '1')],
    entries: entries('A', 'B', 'C', 'D'),
    judges: judges('F', 'H', 'L'),
    scores: scoreTable(['S'], {
      A: { F: ['8'], H: ['6'] },
      B: { F: ['7.5'], L: ['9.5'], H: ['5.5'] },
      C: { F: ['6.5'], L: ['8.5'], H: ['4.5'] },
      D: { F: ['6'], L: ['8'] },
    }),
    recusals: [
      { judgeId: 'L', entryId: 'A' },
      { judgeId: 'H', entryId: 'D' },
    ],
    method: { kind: 'normalised' },
  };

  it('is distorted by the lenient and harsh judges under the plain mean', () => {
    expect(summary(computeRoundResults({ ...input, method: { kind: 'mean' } }))).toEqual([
      ['B', '7.50', 1],
      ['A', '7.00', 2],
      ['D', '7.00', 2],
      ['C', '6.50', 4],
    ]);
  });

  it('corrects them: the rank order follows the fair judge', () => {
    const results = computeRoundResults(input);
    expect(summary(results)).toEqual([
      ['A', '8.71', 1],
      ['B', '8.09', 2],
      ['C', '5.91', 3],
      ['D', '5.29', 4],
    ]);
  });

  it('explains the z-scores, the pooled scale and each judge’s statistics', () => {
    const results = computeRoundResults(input);
    const normalisation = entry(results, 'A').breakdown.panel?.normalisation;
    expect(normalisation?.zScores.map(({ judgeId, z }) => [judgeId, toPlaces(z, 6)])).toEqual([
      ['F', '1.264911'],
      ['H', '1.069045'],
    ]);
    expect(toPlaces(normalisation?.averageZ, 6)).toBe('1.166978');
    expect(normalisation?.pooledMean).toBe('7.00');
    expect(toPlaces(normalisation?.pooledSd, 6)).toBe('1.466288');
    expect(toPlaces(entry(results, 'A').breakdown.panel?.value, 6)).toBe('8.711126');
    expect(results.normalisation).toHaveLength(1);
    expect(results.normalisation[0].dimension).toBe('totals');
    expect(
      results.normalisation[0].judges.map((judge) => [judge.judgeId, judge.entries, judge.mean]),
    ).toEqual([
      ['F', 4, '7.00'],
      ['H', 3, '5.333333333333'],
      ['L', 3, '8.666666666667'],
    ]);
  });

  it('leaves out a judge who scored a single entry, and says why', () => {
    // A fourth judge X scores only B: no spread to standardise, so X is not used; the values do not change.
    const results = computeRoundResults({
      ...input,
      judges: judges('F', 'H', 'L', 'X'),
      scores: [...input.scores, { judgeId: 'X', entryId: 'B', criterionId: 'S', value: '10' }],
      recusals: [...(input.recusals ?? []), ...['A', 'C', 'D'].map((entryId) => ({ judgeId: 'X', entryId }))],
    });
    expect(summary(results).map((row) => row[1])).toEqual(['8.71', '8.09', '5.91', '5.29']);
    expect(entry(results, 'B').breakdown.panel?.normalisation?.excluded).toEqual([
      { judgeId: 'X', reason: 'single_entry' },
    ]);
  });

  it('rounds a normalised value of exactly x.xx5 up, although the pooled SD is irrational', () => {
    //        E0     E1
    // J0     5.5    4.5     mean 5,    SD 0.5 → z +1, −1
    // J2     4.25   7.25    mean 5.75, SD 1.5 → z −1, +1
    // J1     —      4.25    one entry: left out;  J3  —  9.25  likewise
    // average z: E0 (1 − 1) / 2 = 0, E1 0. Pooled over J0 and J2: (5.5 + 4.5 + 4.25 + 7.25) / 4 = 21.5 / 4
    // = 5.375, SD √((0.125² + 0.875² + 1.125² + 1.875²) / 4) = √1.390625 = √89 / 8, irrational.
    // Both = 5.375 + 0 × SD = 5.375 → 5.38. (A truncated root must not leave 5.37499… behind.)
    const results = computeRoundResults({
      criteria: [criterion('S', '1')],
      entries: entries('E0', 'E1'),
      judges: judges('J0', 'J1', 'J2', 'J3'),
      scores: scoreTable(['S'], {
        E0: { J0: ['5.5'], J2: ['4.25'] },
        E1: { J0: ['4.5'], J1: ['4.25'], J2: ['7.25'], J3: ['9.25'] },
      }),
      recusals: [
        { judgeId: 'J1', entryId: 'E0' },
        { judgeId: 'J3', entryId: 'E0' },
      ],
      method: { kind: 'normalised' },
    });
    expect(summary(results)).toEqual([
      ['E0', '5.38', 1],
      ['E1', '5.38', 1],
    ]);
    expect(entry(results, 'E1').breakdown.panel?.normalisation?.averageZ).toBe('0.00');
    expect(entry(results, 'E1').breakdown.unroundedScore).toBe('5.375');
  });

  it('cancels irrational z-scores exactly', () => {
    //        X     Y     Z
    // A      6     6     7     mean 19/3, variance (1/9 + 1/9 + 4/9) / 3 = 2/9, SD √2/3
    //                          z: X (−1/3)/(√2/3) = −1/√2, Y −1/√2, Z (2/3)/(√2/3) = √2
    // B      8     8     6     mean 22/3, variance (4/9 + 4/9 + 16/9) / 3 = 8/9, SD 2√2/3
    //                          z: X (2/3)/(2√2/3) = 1/√2, Y 1/√2, Z (−4/3)/(2√2/3) = −√2
    // Every average z is exactly 0: all three entries get the pooled mean 41/6 = 6.8333… → 6.83 and share rank 1.
    const results = computeRoundResults({
      criteria: [criterion('S', '1')],
      entries: entries('X', 'Y', 'Z'),
      judges: judges('A', 'B'),
      scores: scoreTable(['S'], {
        X: { A: ['6'], B: ['8'] },
        Y: { A: ['6'], B: ['8'] },
        Z: { A: ['7'], B: ['6'] },
      }),
      method: { kind: 'normalised' },
    });
    expect(summary(results)).toEqual([
      ['X', '6.83', 1],
      ['Y', '6.83', 1],
      ['Z', '6.83', 1],
    ]);
    const z = entry(results, 'Z').breakdown.panel?.normalisation;
    expect(z?.zScores).toEqual([
      { judgeId: 'A', z: '1.414213562373' },
      { judgeId: 'B', z: '-1.414213562373' },
    ]);
    expect(z?.averageZ).toBe('0.00');
    expect(results.normalisation[0].judges.map((judge) => judge.sd)).toEqual([
      '0.471404520791',
      '0.942809041582',
    ]);
  });

  it('normalises criterion by criterion with basis criteria', () => {
    // With a single criterion of factor 1 the per-criterion values are the same, rounded before the sum.
    const results = computeRoundResults({ ...input, basis: 'criteria' });
    expect(summary(results)).toEqual([
      ['A', '8.71', 1],
      ['B', '8.09', 2],
      ['C', '5.91', 3],
      ['D', '5.29', 4],
    ]);
    expect(results.normalisation.map((dimension) => dimension.dimension)).toEqual(['S']);
  });
});

describe('computeRoundResults: disagreement flag', () => {
  // spreadLimit 1.5 on one criterion S (weight 1):
  // E1: 7, 8.5, 8       → spread 8.5 − 7 = 1.5, not more than the limit: no flag
  // E2: 7, 8.75, 8      → spread 1.75 > 1.5: flagged
  // E3: 6, (J2 recused: its 10 does not count), 7 → spread 1: no flag
  const results = computeRoundResults({
    criteria: [criterion('S', '1')],
    entries: entries('E1', 'E2', 'E3'),
    judges: judges('J1', 'J2', 'J3'),
    scores: scoreTable(['S'], {
      E1: { J1: ['7'], J2: ['8.5'], J3: ['8'] },
      E2: { J1: ['7'], J2: ['8.75'], J3: ['8'] },
      E3: { J1: ['6'], J2: ['10'], J3: ['7'] },
    }),
    recusals: [{ judgeId: 'J2', entryId: 'E3' }],
    method: { kind: 'mean' },
    spreadLimit: '1.5',
  });

  it('flags an entry whose counted judges spread more than the limit', () => {
    expect(entry(results, 'E2').flags).toEqual([{ kind: 'disagreement', spread: '1.75', limit: '1.50' }]);
    expect(entry(results, 'E1').flags).toEqual([]);
    expect(entry(results, 'E1').breakdown.spread).toBe('1.50');
    expect(entry(results, 'E3').flags).toEqual([]);
    expect(entry(results, 'E3').breakdown.spread).toBe('1.00');
  });

  it('flags nothing without a limit', () => {
    const unlimited = computeRoundResults({
      criteria: [criterion('S', '1')],
      entries: entries('E1'),
      judges: judges('J1', 'J2'),
      scores: scoreTable(['S'], { E1: { J1: ['1'], J2: ['10'] } }),
      method: { kind: 'mean' },
    });
    expect(entry(unlimited, 'E1').flags).toEqual([]);
  });
});

describe('computeRoundResults: disqualification', () => {
  // Mean of three judges on S: E1 9 (disqualified), E2 8.5, E3 8.
  const results = computeRoundResults({
    criteria: [criterion('S', '1')],
    entries: [{ id: 'E1', disqualification: { reason: 'over the age limit' } }, { id: 'E2' }, { id: 'E3' }],
    judges: judges('J1', 'J2', 'J3'),
    scores: scoreTable(['S'], {
      E1: { J1: ['9'], J2: ['9'], J3: ['9'] },
      E2: { J1: ['8.5'], J2: ['8.5'], J3: ['8.5'] },
      E3: { J1: ['8'], J2: ['8'], J3: ['8'] },
    }),
    method: { kind: 'mean' },
    prizes: [{ prize: 'first', count: 1 }],
    advancement: { top: 1 },
  });

  it('leaves the disqualified entry unranked, without prize or advancement, but explained', () => {
    const e1 = entry(results, 'E1');
    expect(e1).toMatchObject({
      status: 'disqualified',
      finalScore: null,
      rank: null,
      prize: null,
      advances: false,
    });
    expect(e1.breakdown.disqualification).toEqual({ reason: 'over the age limit' });
    expect(e1.breakdown.roundedScore).toBe('9.00');
  });

  it('ranks the others as if it were not there', () => {
    expect(
      results.entries.map((result) => [result.entryId, result.rank, result.prize, result.advances]),
    ).toEqual([
      ['E2', 1, 'first', true],
      ['E3', 2, null, false],
      ['E1', null, null, false],
    ]);
  });
});

describe('computeRoundResults: an absent judge', () => {
  // Trimmed mean k = 1, minPanel 5; J5 is absent for the whole round, so 4 judges count → mean.
  // E1: (8 + 9 + 7.5 + 8.25) / 4 = 32.75 / 4 = 8.1875 → 8.19
  const results = computeRoundResults({
    criteria: [criterion('S', '1')],
    entries: entries('E1'),
    judges: [...judges('J1', 'J2', 'J3', 'J4'), { id: 'J5', absent: true }],
    scores: scoreTable(['S'], { E1: { J1: ['8'], J2: ['9'], J3: ['7.5'], J4: ['8.25'] } }),
    method: { kind: 'trimmed_mean', trim: 1, minPanel: 5 },
  });

  it('counts the judge for no entry and owes nothing', () => {
    const e1 = entry(results, 'E1');
    expect(e1.finalScore).toBe('8.19');
    expect(e1.breakdown.judges[4]).toMatchObject({ judgeId: 'J5', status: 'absent', total: null });
    expect(e1.breakdown.panel?.fellBackToMean).toBe(true);
    expect(results.complete).toBe(true);
  });
});

describe('computeRoundResults: missing scores', () => {
  // T weighs 0.4, A weighs 0.6; mean.
  // E1: J1 T 8 A 9 → 8.6; J2 T 7, A missing → not counted; J3 T 9 A 8 → 3.6 + 4.8 = 8.4
  //     (8.6 + 8.4) / 2 = 8.5
  // E2: J1 T 7 A 7 → 7; J2 T 8 A 8 → 8; J3 nothing → not counted; (7 + 8) / 2 = 7.5
  // E3: every judge recused → no score at all
  const results = computeRoundResults({
    criteria: [criterion('T', '0.4'), criterion('A', '0.6')],
    entries: entries('E1', 'E2', 'E3'),
    judges: judges('J1', 'J2', 'J3'),
    scores: scoreTable(['T', 'A'], {
      E1: { J1: ['8', '9'], J2: ['7', null], J3: ['9', '8'] },
      E2: { J1: ['7', '7'], J2: ['8', '8'] },
    }),
    recusals: ['J1', 'J2', 'J3'].map((judgeId) => ({ judgeId, entryId: 'E3' })),
    method: { kind: 'mean' },
  });

  it('does not count a judge missing a criterion, and says which', () => {
    const e1 = entry(results, 'E1');
    expect(e1.finalScore).toBe('8.50');
    expect(e1.breakdown.judges[1]).toEqual({
      judgeId: 'J2',
      head: false,
      status: 'missing',
      scores: [{ criterionId: 'T', value: '7.00' }],
      total: null,
      missingCriteria: ['A'],
    });
    expect(entry(results, 'E2').finalScore).toBe('7.50');
  });

  it('reports per judge what is missing, so publication can be blocked', () => {
    expect(results.missingScores).toEqual([
      { judgeId: 'J2', entries: [{ entryId: 'E1', criteria: ['A'] }] },
      { judgeId: 'J3', entries: [{ entryId: 'E2', criteria: ['A', 'T'] }] },
    ]);
    expect(results.complete).toBe(false);
  });

  it('leaves an entry no judge could score unscored and unranked', () => {
    expect(entry(results, 'E3')).toMatchObject({ status: 'unscored', finalScore: null, rank: null });
    expect(entry(results, 'E3').breakdown.panel?.value).toBeNull();
  });
});

describe('computeRoundResults: input errors', () => {
  it('refuses a mark off the rubric’s scale', () => {
    expect(() =>
      computeRoundResults({
        criteria: [criterion('S', '1')],
        entries: entries('E1'),
        judges: judges('J1'),
        scores: scoreTable(['S'], { E1: { J1: ['8.1'] } }),
        method: { kind: 'mean' },
      }),
    ).toThrow(ScoringInputError);
  });
});
