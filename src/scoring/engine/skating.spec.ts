import { ScoringInputError } from './round-input';
import { computeSkatingResults } from './skating';
import type { DancePlacement, SkatingInput, SkatingResults } from './types';

/**
 * Sheets as rows: for each judge, the entries from 1st to last. `sheet('J1', 'W', 'ABCD')` is judge J1 placing
 * A 1st, B 2nd, C 3rd and D 4th in dance W.
 */
const sheet = (judgeId: string, dance: string, order: string): DancePlacement[] =>
  [...order].map((entryId, index) => ({ judgeId, dance, entryId, place: index + 1 }));

const round = (
  entries: string,
  dances: string[],
  placements: DancePlacement[],
  extra: Partial<SkatingInput> = {},
) => ({
  entries: [...entries].map((id) => ({ id })),
  judges: [...new Set(placements.map((placement) => placement.judgeId))].map((id) => ({ id })),
  dances,
  placements,
  ...extra,
});

/** entry → [place, rule, column] in the single dance */
const danceTable = (results: SkatingResults, dance = 0) =>
  Object.fromEntries(
    results.dances[dance].entries.map((line) => [
      line.entryId,
      [line.place, line.decision.rule, line.decision.column],
    ]),
  );
const ranks = (results: SkatingResults) =>
  Object.fromEntries(results.entries.map((entry) => [entry.entryId, entry.rank]));

describe('computeSkatingResults: one dance (rules 5–8)', () => {
  it('rule 5: the only majority for each place wins it', () => {
    // 5 judges, majority 3.
    //      J1 J2 J3 J4 J5 | 1   1–2  1–3
    //   A   1  1  1  2  3 | 3    -    -    → 1st: the only majority of 1sts
    //   B   2  2  3  1  1 | 2   4     -    → 2nd: the only majority of 2nd or better
    //   C   3  3  2  3  2 | 0   2    5     → 3rd
    const results = computeSkatingResults(
      round(
        'ABC',
        ['W'],
        [
          ...sheet('J1', 'W', 'ABC'),
          ...sheet('J2', 'W', 'ABC'),
          ...sheet('J3', 'W', 'ACB'),
          ...sheet('J4', 'W', 'BAC'),
          ...sheet('J5', 'W', 'BCA'),
        ],
      ),
    );
    expect(results.dances[0].majority).toBe(3);
    expect(danceTable(results)).toEqual({ A: ['1', 5, 1], B: ['2', 5, 2], C: ['3', 5, 3] });
    expect(results.dances[0].entries[0].cells).toEqual([
      { place: 1, count: 3, sum: 3 },
      { place: 2, count: 4, sum: 5 },
      { place: 3, count: 5, sum: 8 },
    ]);
    expect(ranks(results)).toEqual({ A: 1, B: 2, C: 3 });
    expect(results.complete).toBe(true);
  });

  it('rule 6: of two majorities for 2nd, the greater wins', () => {
    //      J1 J2 J3 J4 J5 | 1   1–2  1–3  1–4
    //   A   1  1  1  3  4 | 3                 → 1st (rule 5)
    //   B   2  2  3  1  1 | 2   4             → 2nd: 4 judges placed B 2nd or better …
    //   C   3  3  2  2  2 | 0   3             → 3rd: … and 3 placed C there (rule 6)
    //   D   4  4  4  4  3 | 0   0    1    5   → 4th (rule 5)
    const results = computeSkatingResults(
      round(
        'ABCD',
        ['W'],
        [
          ...sheet('J1', 'W', 'ABCD'),
          ...sheet('J2', 'W', 'ABCD'),
          ...sheet('J3', 'W', 'ACBD'),
          ...sheet('J4', 'W', 'BCAD'),
          ...sheet('J5', 'W', 'BCDA'),
        ],
      ),
    );
    expect(danceTable(results)).toEqual({ A: ['1', 5, 1], B: ['2', 6, 2], C: ['3', 6, 2], D: ['4', 5, 4] });
  });

  it('rule 7: equal majorities for 2nd, the lower sum of those places wins', () => {
    //      J1 J2 J3 J4 J5 | 1   1–2
    //   A   1  1  1  2  3 | 3            → 1st (rule 5)
    //   B   2  3  3  1  1 | 2   3 (sum 2+1+1 = 4) → 2nd (rule 7)
    //   C   3  2  2  3  2 | 0   3 (sum 2+2+2 = 6) → 3rd
    const results = computeSkatingResults(
      round(
        'ABC',
        ['W'],
        [
          ...sheet('J1', 'W', 'ABC'),
          ...sheet('J2', 'W', 'ACB'),
          ...sheet('J3', 'W', 'ACB'),
          ...sheet('J4', 'W', 'BAC'),
          ...sheet('J5', 'W', 'BCA'),
        ],
      ),
    );
    expect(danceTable(results)).toEqual({ A: ['1', 5, 1], B: ['2', 7, 2], C: ['3', 7, 2] });
    const b = results.dances[0].entries[1];
    expect(b.cells[1]).toEqual({ place: 2, count: 3, sum: 4 });
  });

  it('rule 7b: equal majorities and sums, the next place decides', () => {
    //      J1 J2 J3 J4 J5 | 1   1–2          1–3
    //   A   1  1  1  4  3 | 3                         → 1st (rule 5)
    //   B   2  3  4  1  2 | 1   3 (sum 5)    4 (sum 8)   → 3rd
    //   C   3  2  2  3  1 | 1   3 (sum 5)    5 (sum 11)  → 2nd: more judges at 3rd or better
    //   D   4  4  3  2  4 | 0   1            2    …      → 4th
    const results = computeSkatingResults(
      round(
        'ABCD',
        ['W'],
        [
          ...sheet('J1', 'W', 'ABCD'),
          ...sheet('J2', 'W', 'ACBD'),
          ...sheet('J3', 'W', 'ACDB'),
          ...sheet('J4', 'W', 'BDCA'),
          ...sheet('J5', 'W', 'CBAD'),
        ],
      ),
    );
    expect(danceTable(results)).toEqual({ A: ['1', 5, 1], C: ['2', 7, 3], B: ['3', 7, 3], D: ['4', 5, 4] });
  });

  it('rule 8: with no majority of 1sts, 2nd places are included; then 3rd places for the rest', () => {
    //      J1 J2 J3 J4 J5 | 1   1–2        1–3
    //   A   1  2  2  2  1 | 2   5                       → 1st: the only majority of 2nd or better (rule 8)
    //   B   2  1  3  4  4 | 1   2          3 (sum 6)    → 3rd: equal majority with D, lower sum (rule 7)
    //   C   3  4  1  3  2 | 1   2          4 (sum 9)    → 2nd: no majority at 1–2; the greatest at 1–3 (rule 6)
    //   D   4  3  4  1  3 | 1   1          3 (sum 7)    → 4th
    const results = computeSkatingResults(
      round(
        'ABCD',
        ['W'],
        [
          ...sheet('J1', 'W', 'ABCD'),
          ...sheet('J2', 'W', 'BADC'),
          ...sheet('J3', 'W', 'CABD'),
          ...sheet('J4', 'W', 'DACB'),
          ...sheet('J5', 'W', 'ACDB'),
        ],
      ),
    );
    expect(danceTable(results)).toEqual({ A: ['1', 8, 2], C: ['2', 6, 3], B: ['3', 7, 3], D: ['4', 7, 3] });
  });

  it('leaves a tie the rules cannot break shared: 2nd and 3rd become 2.5 each', () => {
    //      J1 J2 J3 J4 J5 | 1   1–2          1–3
    //   A   1  1  1  2  3 | 3                          → 1st
    //   B   2  3  3  1  2 | 1   3 (sum 5)    5 (sum 11)
    //   C   3  2  2  3  1 | 1   3 (sum 5)    5 (sum 11)  → tied with B on every column: (2 + 3) / 2 = 2.5
    const results = computeSkatingResults(
      round(
        'ABC',
        ['W'],
        [
          ...sheet('J1', 'W', 'ABC'),
          ...sheet('J2', 'W', 'ACB'),
          ...sheet('J3', 'W', 'ACB'),
          ...sheet('J4', 'W', 'BAC'),
          ...sheet('J5', 'W', 'CBA'),
        ],
      ),
    );
    expect(danceTable(results)).toEqual({ A: ['1', 5, 1], B: ['2.5', null, null], C: ['2.5', null, null] });
    expect(ranks(results)).toEqual({ A: 1, B: 2, C: 2 });
    expect(results.entries.find((entry) => entry.entryId === 'B')?.decision?.sharedWith).toEqual(['C']);
  });

  it("leaves a recused judge's column out: the majority is that of the other four", () => {
    // All five:  A 1 1 2 3 1 → three 1sts of five: A 1st (rule 5); B 2 2 1 2 3 → 2nd.
    // J5 recused from C, so J5's whole column goes; majority of 4 judges = 3.
    //      J1 J2 J3 J4 | 1   1–2
    //   A   1  1  2  3 | 2   3 (sum 4)    → 2nd
    //   B   2  2  1  2 | 1   4 (sum 7)    → 1st: no majority of 1sts (rule 8), the greater majority at 1–2 (rule 6)
    //   C   3  3  3  1 | 1   1            → 3rd
    const placements = [
      ...sheet('J1', 'W', 'ABC'),
      ...sheet('J2', 'W', 'ABC'),
      ...sheet('J3', 'W', 'BAC'),
      ...sheet('J4', 'W', 'CBA'),
      ...sheet('J5', 'W', 'ACB'),
    ];
    expect(ranks(computeSkatingResults(round('ABC', ['W'], placements)))).toEqual({ A: 1, B: 2, C: 3 });

    const results = computeSkatingResults(
      round('ABC', ['W'], placements, { recusals: [{ judgeId: 'J5', entryId: 'C' }] }),
    );
    expect(results.dances[0].majority).toBe(3);
    expect(results.dances[0].judges).toEqual(['J1', 'J2', 'J3', 'J4']);
    expect(results.dances[0].excludedJudges).toEqual([{ judgeId: 'J5', reason: 'recused' }]);
    expect(danceTable(results)).toEqual({ B: ['1', 6, 2], A: ['2', 6, 2], C: ['3', 5, 3] });
  });
});

describe('computeSkatingResults: several dances (rules 9–11)', () => {
  it('rule 10: a tie on the sum of places goes to the lower sum of the places won at 2nd or better', () => {
    // Three judges agree in each dance, so each dance's places are the judges' order.
    //        W  T  F | total (rule 9)
    //   A    1  4  2 | 7
    //   B    2  2  3 | 7
    //   C    3  1  1 | 5   → 1st (rule 9)
    //   D    4  3  4 | 11  → 4th (rule 9)
    // A and B tie for 2nd. Rule 10 at 2nd: A has 2nd or better in 2 dances (1 + 2 = 3), B in 2 dances
    // (2 + 2 = 4): equal number, A's sum is lower → A 2nd, B 3rd.
    const dances = ['W', 'T', 'F'];
    const placements = ['J1', 'J2', 'J3'].flatMap((judge) => [
      ...sheet(judge, 'W', 'ABCD'),
      ...sheet(judge, 'T', 'CBDA'),
      ...sheet(judge, 'F', 'CABD'),
    ]);
    const results = computeSkatingResults(round('ABCD', dances, placements));
    expect(
      results.entries.map((entry) => [entry.entryId, entry.rank, entry.total, entry.decision?.rule]),
    ).toEqual([
      ['C', 1, '5', 9],
      ['A', 2, '7', 10],
      ['B', 3, '7', 10],
      ['D', 4, '11', 9],
    ]);
    expect(results.rule10).toEqual([
      {
        place: 2,
        entries: [
          { entryId: 'A', dances: 2, sum: '3' },
          { entryId: 'B', dances: 2, sum: '4' },
        ],
        awarded: 'A',
      },
    ]);
    expect(results.rule11).toEqual([]);
    expect(results.entries[1].dancePlaces).toEqual([
      { dance: 'W', place: '1' },
      { dance: 'T', place: '4' },
      { dance: 'F', place: '2' },
    ]);
  });

  it('rule 11: when rule 10 ties too, all the marks of both dances are taken as one dance', () => {
    // Dance W:  A 1 1 2 → two 1sts of three: A 1st; B 2 2 1 → 2nd; C 3 3 3 → 3rd.
    // Dance T:  B 1 1 3 → B 1st; A 2 2 1 → three at 2nd or better: A 2nd; C 3 3 2 → 3rd.
    // Totals: A 1 + 2 = 3, B 2 + 1 = 3, C 6 → C 3rd (rule 9).
    // Rule 10 at 1st: A and B each won one dance (sum 1): tied.
    // Rule 11 at 1st: 3 judges × 2 dances = 6 marks, majority 4.
    //   A: 1 1 2 2 2 1 → 1st: 3 marks; 1–2: 6 marks (sum 9)
    //   B: 2 2 1 1 1 3 → 1st: 3 marks; 1–2: 5 marks (sum 7)
    // Nobody has 4 1sts; at 1–2 both have a majority, A the greater → A 1st (rule 11), B 2nd.
    const placements = [
      ...sheet('J1', 'W', 'ABC'),
      ...sheet('J2', 'W', 'ABC'),
      ...sheet('J3', 'W', 'BAC'),
      ...sheet('J1', 'T', 'BAC'),
      ...sheet('J2', 'T', 'BAC'),
      ...sheet('J3', 'T', 'ACB'),
    ];
    const results = computeSkatingResults(round('ABC', ['W', 'T'], placements));
    expect(
      results.entries.map((entry) => [entry.entryId, entry.rank, entry.total, entry.decision?.rule]),
    ).toEqual([
      ['A', 1, '3', 11],
      ['B', 2, '3', 11],
      ['C', 3, '6', 9],
    ]);
    expect(results.rule10).toEqual([
      {
        place: 1,
        entries: [
          { entryId: 'A', dances: 1, sum: '1' },
          { entryId: 'B', dances: 1, sum: '1' },
        ],
        awarded: null,
      },
    ]);
    expect(results.rule11).toHaveLength(1);
    expect(results.rule11[0]).toMatchObject({ place: 1, marks: 6, majority: 4, awarded: ['A'] });
    expect(results.rule11[0].entries.map((entry) => [entry.entryId, entry.cells[0], entry.cells[1]])).toEqual(
      [
        ['A', { place: 1, count: 3, sum: 3 }, { place: 2, count: 6, sum: 9 }],
        ['B', { place: 1, count: 3, sum: 3 }, { place: 2, count: 5, sum: 7 }],
      ],
    );
    expect(results.entries[0].decision).toEqual({ rule: 11, column: 2, sharedWith: [] });
  });

  it('gives the same results whatever the order of entries, judges and placements', () => {
    const dances = ['W', 'T', 'F'];
    const placements = [
      ...sheet('J1', 'W', 'ABCD'),
      ...sheet('J2', 'W', 'BADC'),
      ...sheet('J3', 'W', 'CABD'),
      ...sheet('J4', 'W', 'DACB'),
      ...sheet('J5', 'W', 'ACDB'),
      ...sheet('J1', 'T', 'BACD'),
      ...sheet('J2', 'T', 'ABDC'),
      ...sheet('J3', 'T', 'CBAD'),
      ...sheet('J4', 'T', 'BCAD'),
      ...sheet('J5', 'T', 'ADBC'),
      ...sheet('J1', 'F', 'DCBA'),
      ...sheet('J2', 'F', 'ACBD'),
      ...sheet('J3', 'F', 'BACD'),
      ...sheet('J4', 'F', 'CABD'),
      ...sheet('J5', 'F', 'ABCD'),
    ];
    const input = round('ABCD', dances, placements, {
      recusals: [{ judgeId: 'J2', entryId: 'D' }],
      prizes: [{ prize: 'first', count: 1 }],
      advancement: { top: 2 },
    });
    const expected = computeSkatingResults(input);
    // A fixed shuffle: every third placement first, then the rest reversed.
    const shuffled = [
      ...placements.filter((_, index) => index % 3 === 0),
      ...placements.filter((_, index) => index % 3 !== 0).reverse(),
    ];
    const permuted = computeSkatingResults({
      ...input,
      entries: [...input.entries].reverse(),
      judges: [...input.judges].reverse(),
      placements: shuffled,
    });
    expect(permuted).toEqual(expected);
    expect(expected.entries.filter((entry) => entry.advances)).toHaveLength(2);
    expect(expected.entries[0].prize).toBe('first');
  });
});

describe('computeSkatingResults: input', () => {
  it('refuses a place given twice and a place off 1 … n, naming them', () => {
    const placements = [
      { judgeId: 'J1', dance: 'W', entryId: 'A', place: 1 },
      { judgeId: 'J1', dance: 'W', entryId: 'B', place: 1 },
      { judgeId: 'J1', dance: 'W', entryId: 'C', place: 4 },
    ];
    let error: unknown;
    try {
      computeSkatingResults(round('ABC', ['W'], placements));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ScoringInputError);
    expect((error as ScoringInputError).issues.map((issue) => issue.path)).toEqual([
      'placements[1].place',
      'placements[2].place',
    ]);
  });

  it('leaves an incomplete sheet out of the dance and reports it', () => {
    const placements = [...sheet('J1', 'W', 'AB'), ...sheet('J2', 'W', 'AB'), ...sheet('J3', 'W', 'A')];
    const results = computeSkatingResults(round('AB', ['W'], placements));
    expect(results.complete).toBe(false);
    expect(results.missingSheets).toEqual([{ judgeId: 'J3', dance: 'W', missing: 1 }]);
    expect(results.dances[0].judges).toEqual(['J1', 'J2']);
  });
});
