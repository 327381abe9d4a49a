import { combineRounds } from './combine-rounds';
import { ScoringInputError } from './round-input';
import { computeRoundResults } from './round-results';
import type { WeightedRound } from './types';

/** A round's results from { entryId: finalScore }. */
const round = (roundId: string, weight: string, scores: Record<string, string | null>): WeightedRound => ({
  roundId,
  weight,
  results: Object.entries(scores).map(([entryId, finalScore]) => ({ entryId, finalScore })),
});

describe('combineRounds: three rounds weighted 10/20/70', () => {
  //      R1 (10)  R2 (20)  R3 (70)   (10·R1 + 20·R2 + 70·R3) / 100
  // A    9.00     8.50     8.00      (90 + 170 + 560) / 100     = 8.2    → 8.20
  // B    7.00     8.00     8.50      (70 + 160 + 595) / 100     = 8.25   → 8.25
  // C    8.55     8.45     8.10      (85.5 + 169 + 567) / 100   = 8.215  → 8.22 (half-up)
  // E    8.20     8.20     8.20      8.2                                 → 8.20, tied with A
  // D    9.50     9.00     —         did not reach the final: incomplete
  // F    8.00     DQ       9.00      disqualified in R2: incomplete
  const rounds = [
    round('R1', '10', { A: '9.00', B: '7.00', C: '8.55', D: '9.50', E: '8.20', F: '8.00' }),
    round('R2', '20', { A: '8.50', B: '8.00', C: '8.45', D: '9.00', E: '8.20', F: null }),
    round('R3', '70', { A: '8.00', B: '8.50', C: '8.10', E: '8.20', F: '9.00' }),
  ];

  it('ranks the weighted mean of the rounded round scores, sharing ties', () => {
    const standing = combineRounds({ rounds });
    expect(standing.map((entry) => [entry.entryId, entry.status, entry.finalScore, entry.rank])).toEqual([
      ['B', 'ranked', '8.25', 1],
      ['C', 'ranked', '8.22', 2],
      ['A', 'ranked', '8.20', 3],
      ['E', 'ranked', '8.20', 3],
      ['D', 'incomplete', null, null],
      ['F', 'incomplete', null, null],
    ]);
  });

  it('explains each round’s contribution', () => {
    const c = combineRounds({ rounds }).find((entry) => entry.entryId === 'C');
    // 8.55 × 10 / 100 = 0.855; 8.45 × 20 / 100 = 1.69; 8.10 × 70 / 100 = 5.67; sum 8.215
    expect(c?.breakdown).toEqual({
      rounds: [
        { roundId: 'R1', weight: '10', score: '8.55', contribution: '0.855' },
        { roundId: 'R2', weight: '20', score: '8.45', contribution: '1.69' },
        { roundId: 'R3', weight: '70', score: '8.10', contribution: '5.67' },
      ],
      missingRounds: [],
      unroundedScore: '8.215',
      tiedWith: [],
    });
    const d = combineRounds({ rounds }).find((entry) => entry.entryId === 'D');
    expect(d?.breakdown.missingRounds).toEqual(['R3']);
  });

  it('gives the same standing for weights 0.1/0.2/0.7 and in any order', () => {
    const fractions = [
      round('R3', '0.7', { E: '8.20', C: '8.10', A: '8.00', B: '8.50', F: '9.00' }),
      round('R1', '0.1', { F: '8.00', A: '9.00', B: '7.00', C: '8.55', D: '9.50', E: '8.20' }),
      round('R2', '0.2', { B: '8.00', A: '8.50', C: '8.45', D: '9.00', E: '8.20', F: null }),
    ];
    const pick = (list: ReturnType<typeof combineRounds>) =>
      list.map((entry) => [entry.entryId, entry.finalScore, entry.rank]);
    expect(pick(combineRounds({ rounds: fractions }))).toEqual(pick(combineRounds({ rounds })));
  });

  it('awards prizes on the combined standing', () => {
    const standing = combineRounds({
      rounds,
      prizes: [
        { prize: 'gold', count: 1 },
        { prize: 'silver', count: 1 },
        { prize: 'bronze', count: 1 },
      ],
    });
    expect(standing.map((entry) => entry.prize)).toEqual(['gold', 'silver', 'bronze', 'bronze', null, null]);
  });

  it('takes a round’s results straight from computeRoundResults', () => {
    const final = computeRoundResults({
      criteria: [{ id: 'S', max: '10', step: '0.25', weight: '1' }],
      entries: [{ id: 'A' }, { id: 'B' }],
      judges: [{ id: 'J1' }],
      scores: [
        { judgeId: 'J1', entryId: 'A', criterionId: 'S', value: '9' },
        { judgeId: 'J1', entryId: 'B', criterionId: 'S', value: '8' },
      ],
      method: { kind: 'mean' },
    });
    // A: (8.00 × 1 + 9.00 × 3) / 4 = 35 / 4 = 8.75; B: (9.00 + 8.00 × 3) / 4 = 33 / 4 = 8.25
    const standing = combineRounds({
      rounds: [
        round('R1', '1', { A: '8.00', B: '9.00' }),
        { roundId: 'R2', weight: '3', results: final.entries },
      ],
    });
    expect(standing.map((entry) => [entry.entryId, entry.finalScore])).toEqual([
      ['A', '8.75'],
      ['B', '8.25'],
    ]);
  });

  it('refuses bad weights, duplicates and malformed scores', () => {
    const attempt = () =>
      combineRounds({
        rounds: [round('R1', '0', { A: '8' }), round('R1', '1', { A: '1e1' })],
      });
    expect(attempt).toThrow(ScoringInputError);
    try {
      attempt();
    } catch (error) {
      expect((error as ScoringInputError).issues.map((issue) => issue.path)).toEqual([
        'rounds[0].weight',
        'rounds[1].roundId',
        'rounds[1].results[0].finalScore',
      ]);
    }
    expect(() => combineRounds({ rounds: [] })).toThrow(ScoringInputError);
  });
});
