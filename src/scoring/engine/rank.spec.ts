import { Decimal } from './decimal';
import { rankEntries, type RankCandidate } from './rank';
import { buildTieBreakers, type TieBreakData } from './tie-breaks';
import type { TieBreak } from './types';

const d = (text: string) => Decimal.parse(text);
const candidates = (scores: Record<string, string>): RankCandidate[] =>
  Object.entries(scores).map(([entryId, score]) => ({ entryId, score: d(score) }));
const ranks = (ranked: ReturnType<typeof rankEntries>) => ranked.map((entry) => [entry.entryId, entry.rank]);

/** Tie-break data from tables: criterion values, and each entry's judge totals. */
function data(
  criterion: Record<string, Record<string, string>>,
  totals: Record<string, Record<string, string>>,
  headJudgeId: string | null = 'H',
): TieBreakData {
  return {
    decimals: 2,
    criterionValue: (entryId, criterionId) => {
      const value = criterion[criterionId]?.[entryId];
      return value === undefined ? null : d(value);
    },
    headJudgeId,
    judgeTotals: (entryId) =>
      new Map(Object.entries(totals[entryId] ?? {}).map(([judge, total]) => [judge, d(total)])),
  };
}

describe('rankEntries', () => {
  it('ranks higher scores first and shares ranks of ties (1, 1, 3)', () => {
    const ranked = rankEntries(candidates({ A: '8.50', B: '9.00', C: '9.00', D: '7.25' }), []);
    expect(ranks(ranked)).toEqual([
      ['B', 1],
      ['C', 1],
      ['A', 3],
      ['D', 4],
    ]);
    expect(ranked[0].tiedWith).toEqual(['C']);
    expect(ranked[2].tiedWith).toEqual([]);
  });

  it('applies tie-breaks in order and records who won against whom', () => {
    // A, B, C tied at 9.00. Criterion T: A 9.25, B 9.25, C 8.75 → C third; A/B still tied.
    // Head judge H: A 45, B 46 → B first.
    const tieBreaks: TieBreak[] = [{ kind: 'criterion', criterion: 'T' }, { kind: 'headJudge' }];
    const ranked = rankEntries(
      candidates({ A: '9.00', B: '9.00', C: '9.00' }),
      buildTieBreakers(
        tieBreaks,
        data({ T: { A: '9.25', B: '9.25', C: '8.75' } }, { A: { H: '45' }, B: { H: '46' } }),
      ),
    );
    expect(ranks(ranked)).toEqual([
      ['B', 1],
      ['A', 2],
      ['C', 3],
    ]);
    const b = ranked[0];
    expect(b.tieBreaks).toEqual([
      {
        rule: tieBreaks[0],
        value: '9.25',
        wonAgainst: [{ entryId: 'C', value: '8.75' }],
        lostTo: [],
      },
      { rule: tieBreaks[1], value: '46.00', wonAgainst: [{ entryId: 'A', value: '45.00' }], lostTo: [] },
    ]);
    expect(ranked[2].tieBreaks).toEqual([
      {
        rule: tieBreaks[0],
        value: '8.75',
        wonAgainst: [],
        lostTo: [
          { entryId: 'A', value: '9.25' },
          { entryId: 'B', value: '9.25' },
        ],
      },
    ]);
  });

  it('skips the head judge rule when the head judge did not score every tied entry', () => {
    const ranked = rankEntries(
      candidates({ A: '9.00', B: '9.00' }),
      buildTieBreakers([{ kind: 'headJudge' }], data({}, { A: { H: '45' }, B: { J1: '46' } })),
    );
    expect(ranks(ranked)).toEqual([
      ['A', 1],
      ['B', 1],
    ]);
  });

  it('breaks a tie by the majority of judges, counting only judges who scored both', () => {
    // J1: A 40 > B 38; J2: A 41 < B 42; J3: A 39 > B 37; J4: equal (no preference); J5 scored only A.
    // For A: 2 (J1, J3), against: 1 (J2) → A wins.
    const ranked = rankEntries(
      candidates({ A: '8.00', B: '8.00' }),
      buildTieBreakers(
        [{ kind: 'judgesMajority' }],
        data(
          {},
          {
            A: { J1: '40', J2: '41', J3: '39', J4: '40', J5: '10' },
            B: { J1: '38', J2: '42', J3: '37', J4: '40' },
          },
        ),
      ),
    );
    expect(ranks(ranked)).toEqual([
      ['A', 1],
      ['B', 2],
    ]);
    expect(ranked[0].tieBreaks[0]).toEqual({
      rule: { kind: 'judgesMajority' },
      value: '1',
      wonAgainst: [{ entryId: 'B', value: '0', judgesFor: 2, judgesAgainst: 1 }],
      lostTo: [],
    });
  });

  it('leaves a majority cycle tied, then lets a later rule split it, then the majority decides the rest', () => {
    // Three judges in a Condorcet cycle: J1 A > B > C, J2 B > C > A, J3 C > A > B.
    // A beats B (J1, J3), B beats C (J1, J2), C beats A (J2, J3): one win each, no split.
    // Criterion T: C 9 > A 8 = B 8 → C first; then A vs B by majority again: A wins.
    const totals = {
      A: { J1: '30', J2: '10', J3: '20' },
      B: { J1: '20', J2: '30', J3: '10' },
      C: { J1: '10', J2: '20', J3: '30' },
    };
    const ranked = rankEntries(
      candidates({ A: '8.00', B: '8.00', C: '8.00' }),
      buildTieBreakers(
        [{ kind: 'judgesMajority' }, { kind: 'criterion', criterion: 'T' }],
        data({ T: { A: '8', B: '8', C: '9' } }, totals),
      ),
    );
    expect(ranks(ranked)).toEqual([
      ['C', 1],
      ['A', 2],
      ['B', 3],
    ]);
    expect(ranked[1].tieBreaks.map((decision) => decision.rule.kind)).toEqual([
      'criterion',
      'judgesMajority',
    ]);
  });

  it('shares a rank when no rule separates the entries', () => {
    const ranked = rankEntries(
      candidates({ A: '8.00', B: '8.00', C: '7.00' }),
      buildTieBreakers([{ kind: 'judgesMajority' }], data({}, { A: { J1: '40' }, B: { J1: '40' } })),
    );
    expect(ranks(ranked)).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 3],
    ]);
    expect(ranked[0].tieBreaks).toEqual([]);
  });

  it('does not depend on the order of the candidates', () => {
    const scores = { A: '8.00', B: '9.00', C: '8.00', D: '9.50', E: '8.00' };
    const forward = rankEntries(candidates(scores), []);
    const backward = rankEntries(candidates(scores).reverse(), []);
    expect(backward).toEqual(forward);
  });
});
