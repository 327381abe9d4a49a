import { computeRankedRoundResults, isRankedMethod, type RankedRoundInput } from './ranked-round';

/** `marks('J1', 'W', 'ABC')`: J1 places A 1st, B 2nd, C 3rd in W, as stored scores. */
const marks = (judgeId: string, dance: string, order: string) =>
  [...order].map((entryId, index) => ({ judgeId, entryId, criterionId: dance, value: String(index + 1) }));

const input = (extra: Partial<RankedRoundInput> = {}): RankedRoundInput => ({
  method: { kind: 'skating' },
  dances: ['W'],
  entries: [{ id: 'A' }, { id: 'B' }, { id: 'C' }],
  judges: [{ id: 'J1' }, { id: 'J2' }, { id: 'J3' }],
  scores: [...marks('J1', 'W', 'ABC'), ...marks('J2', 'W', 'ABC'), ...marks('J3', 'W', 'BAC')],
  ...extra,
});

describe('computeRankedRoundResults', () => {
  it('tells ranked methods from marked ones', () => {
    expect(isRankedMethod({ kind: 'skating' })).toBe(true);
    expect(isRankedMethod({ kind: 'recall', recall: 3 })).toBe(true);
    expect(isRankedMethod({ kind: 'mean' })).toBe(false);
  });

  it('gives places as ranks, no score, and each judge’s places in the breakdown', () => {
    // Majority 2 of 3: A has two 1sts → 1st; B has three at 1–2 → 2nd; C 3rd.
    const results = computeRankedRoundResults(input({ prizes: [{ prize: 'first', count: 1 }] }));
    expect(
      results.entries.map((entry) => [entry.entryId, entry.rank, entry.finalScore, entry.prize]),
    ).toEqual([
      ['A', 1, null, 'first'],
      ['B', 2, null, null],
      ['C', 3, null, null],
    ]);
    expect(
      results.entries[0].breakdown.judges.map((line) => [line.judgeId, line.status, line.scores]),
    ).toEqual([
      ['J1', 'counted', [{ criterionId: 'W', value: '1' }]],
      ['J2', 'counted', [{ criterionId: 'W', value: '1' }]],
      ['J3', 'counted', [{ criterionId: 'W', value: '2' }]],
    ]);
    expect(results.complete).toBe(true);
    expect(results.ranked?.method).toBe('skating');
  });

  it('lists the places still owed; a recused judge owes none and is left out', () => {
    const partial = computeRankedRoundResults(
      input({ scores: [...marks('J1', 'W', 'ABC'), ...marks('J2', 'W', 'AB')] }),
    );
    expect(partial.complete).toBe(false);
    expect(partial.missingScores).toEqual([
      { judgeId: 'J2', entries: [{ entryId: 'C', criteria: ['W'] }] },
      {
        judgeId: 'J3',
        entries: [
          { entryId: 'A', criteria: ['W'] },
          { entryId: 'B', criteria: ['W'] },
          { entryId: 'C', criteria: ['W'] },
        ],
      },
    ]);

    // J3 recused from C: J1 and J2 alone (majority 2) place A 1st, B 2nd, C 3rd.
    const recused = computeRankedRoundResults(input({ recusals: [{ judgeId: 'J3', entryId: 'C' }] }));
    expect(recused.complete).toBe(true);
    expect(recused.entries[1].breakdown.judges[2]).toMatchObject({
      judgeId: 'J3',
      status: 'recused',
      scores: [],
    });
    expect(recused.ranked?.method === 'skating' && recused.ranked.skating.dances[0].majority).toBe(2);
  });

  it('takes a recall’s crosses from cells holding 1', () => {
    const crosses = [
      { judgeId: 'J1', entryId: 'A', criterionId: 'W', value: '1' },
      { judgeId: 'J1', entryId: 'B', criterionId: 'W', value: '0' },
      { judgeId: 'J1', entryId: 'C', criterionId: 'W', value: '0' },
    ];
    const results = computeRankedRoundResults(
      input({ method: { kind: 'recall', recall: 1 }, judges: [{ id: 'J1' }], scores: crosses }),
    );
    expect(results.entries.map((entry) => [entry.entryId, entry.rank, entry.advances])).toEqual([
      ['A', 1, true],
      ['B', 2, false],
      ['C', 2, false],
    ]);
  });
});
