import { computeRoundResults } from './round-results';
import type { JudgeScore, RoundInput, RoundResults } from './types';

/** Scores from a table: entry → judge → marks in the order of `criterionIds`. */
function scoreTable(criterionIds: string[], table: Record<string, Record<string, string[]>>): JudgeScore[] {
  return Object.entries(table).flatMap(([entryId, byJudge]) =>
    Object.entries(byJudge).flatMap(([judgeId, values]) =>
      values.map((value, index) => ({ judgeId, entryId, criterionId: criterionIds[index], value })),
    ),
  );
}

const standing = (results: RoundResults) =>
  results.entries.map((result) => [
    result.entryId,
    result.finalScore,
    result.rank,
    result.prize,
    result.advances,
  ]);

describe('computeRoundResults: ties', () => {
  // Technique T and artistry A weigh 0.5 each; mean of three judges; tie-breaks: criterion T, then majority.
  //        J1 (T, A)    J2 (T, A)    J3 (T, A)   totals            mean           T mean
  // P      9, 9         9, 9         9, 9        9, 9, 9           9.00           9.00
  // Q      9.5, 8.5     8.5, 9.5     9, 9        9, 9, 9           9.00           27/3 = 9.00
  // R      9, 8         8.5, 8       8.5, 8      8.5, 8.25, 8.25   25/3 → 8.33    26/3 → 8.67
  // S      8, 8.5       8, 9         8, 8.5      8.25, 8.5, 8.25   25/3 → 8.33    8.00
  // U      7, 7         7, 7         7, 7        7, 7, 7           7.00           7.00
  // P and Q: equal on T (9.00 each); every judge gave them equal totals, so no majority → they share rank 1.
  // R and S: T decides, 8.67 > 8.00 → R 3rd, S 4th. U 5th.
  const input: RoundInput = {
    criteria: [
      { id: 'T', max: '10', step: '0.25', weight: '0.5' },
      { id: 'A', max: '10', step: '0.25', weight: '0.5' },
    ],
    entries: ['P', 'Q', 'R', 'S', 'U'].map((id) => ({ id })),
    judges: [{ id: 'J1' }, { id: 'J2' }, { id: 'J3' }],
    scores: scoreTable(['T', 'A'], {
      P: { J1: ['9', '9'], J2: ['9', '9'], J3: ['9', '9'] },
      Q: { J1: ['9.5', '8.5'], J2: ['8.5', '9.5'], J3: ['9', '9'] },
      R: { J1: ['9', '8'], J2: ['8.5', '8'], J3: ['8.5', '8'] },
      S: { J1: ['8', '8.5'], J2: ['8', '9'], J3: ['8', '8.5'] },
      U: { J1: ['7', '7'], J2: ['7', '7'], J3: ['7', '7'] },
    }),
    method: { kind: 'mean' },
    tieBreaks: [{ kind: 'criterion', criterion: 'T' }, { kind: 'judgesMajority' }],
  };

  it('breaks a tie by a criterion, and shares what stays tied (1, 1, 3, 4, 5)', () => {
    const results = computeRoundResults(input);
    expect(results.entries.map((result) => [result.entryId, result.finalScore, result.rank])).toEqual([
      ['P', '9.00', 1],
      ['Q', '9.00', 1],
      ['R', '8.33', 3],
      ['S', '8.33', 4],
      ['U', '7.00', 5],
    ]);
  });

  it('records which tie-break decided against which entry', () => {
    const results = computeRoundResults(input);
    const [p, , r, s] = results.entries;
    expect(r.breakdown.tieBreaks).toEqual([
      {
        rule: { kind: 'criterion', criterion: 'T' },
        value: '8.67',
        wonAgainst: [{ entryId: 'S', value: '8.00' }],
        lostTo: [],
      },
    ]);
    expect(s.breakdown.tieBreaks[0].lostTo).toEqual([{ entryId: 'R', value: '8.67' }]);
    expect(p.breakdown.tieBreaks).toEqual([]);
    expect(p.breakdown.tiedWith).toEqual(['Q']);
  });

  it('shares a prize among entries tied at a quota boundary', () => {
    // first ×1: P and Q share rank 1 → both first (the quota overflows); second ×1: R; third ×1: S; U nothing.
    const results = computeRoundResults({
      ...input,
      prizes: [
        { prize: 'first', count: 1 },
        { prize: 'second', count: 1 },
        { prize: 'third', count: 1 },
      ],
    });
    expect(results.entries.map((result) => [result.entryId, result.prize])).toEqual([
      ['P', 'first'],
      ['Q', 'first'],
      ['R', 'second'],
      ['S', 'third'],
      ['U', null],
    ]);
  });

  it('awards by thresholds', () => {
    // first ≥ 9.00: P, Q; second ≥ 8.30: R, S (8.33); third ≥ 7.50: nobody left reaches it (U 7.00).
    const results = computeRoundResults({
      ...input,
      prizes: [
        { prize: 'first', minScore: '9.00' },
        { prize: 'second', minScore: '8.30' },
        { prize: 'third', minScore: '7.50' },
      ],
    });
    expect(results.entries.map((result) => result.prize)).toEqual([
      'first',
      'first',
      'second',
      'second',
      null,
    ]);
  });

  it('advances the top N, ties at the boundary included', () => {
    // top 2: P and Q (rank 1, 1); top 3: also R
    const top2 = computeRoundResults({ ...input, advancement: { top: 2 } });
    expect(top2.entries.filter((result) => result.advances).map((result) => result.entryId)).toEqual([
      'P',
      'Q',
    ]);
    const top3 = computeRoundResults({ ...input, advancement: { top: 3 } });
    expect(top3.entries.filter((result) => result.advances).map((result) => result.entryId)).toEqual([
      'P',
      'Q',
      'R',
    ]);
  });

  it('advances by a threshold', () => {
    // ≥ 8.33: P, Q, R, S
    const results = computeRoundResults({ ...input, advancement: { minScore: '8.33' } });
    expect(results.entries.map((result) => result.advances)).toEqual([true, true, true, true, false]);
  });

  it('shares ranks when no tie-break is configured', () => {
    const results = computeRoundResults({ ...input, tieBreaks: [] });
    expect(results.entries.map((result) => result.rank)).toEqual([1, 1, 3, 3, 5]);
  });
});

describe('computeRoundResults: head judge and majority tie-breaks', () => {
  // One criterion S; mean of H (head), J1, J2.
  // E1: H 8, J1 9, J2 8.5 → 25.5 / 3 = 8.5
  // E2: H 9, J1 8, J2 8.5 → 8.5
  // Majority: H prefers E2, J1 prefers E1, J2 is indifferent → 1 : 1, no decision.
  // Head judge: E2 9 > E1 8 → E2 first.
  const input: RoundInput = {
    criteria: [{ id: 'S', max: '10', step: '0.25', weight: '1' }],
    entries: [{ id: 'E1' }, { id: 'E2' }],
    judges: [{ id: 'H', head: true }, { id: 'J1' }, { id: 'J2' }],
    scores: scoreTable(['S'], {
      E1: { H: ['8'], J1: ['9'], J2: ['8.5'] },
      E2: { H: ['9'], J1: ['8'], J2: ['8.5'] },
    }),
    method: { kind: 'mean' },
    tieBreaks: [{ kind: 'judgesMajority' }, { kind: 'headJudge' }],
  };

  it('falls through an undecided majority to the head judge', () => {
    const results = computeRoundResults(input);
    expect(results.entries.map((result) => [result.entryId, result.finalScore, result.rank])).toEqual([
      ['E2', '8.50', 1],
      ['E1', '8.50', 2],
    ]);
    expect(results.entries[0].breakdown.tieBreaks).toEqual([
      {
        rule: { kind: 'headJudge' },
        value: '9.00',
        wonAgainst: [{ entryId: 'E1', value: '8.00' }],
        lostTo: [],
      },
    ]);
  });

  it('lets the majority decide when it can', () => {
    // E1: H 7.75, J1 9, J2 8.75 → 25.5 / 3 = 8.5; E2: H 9, J1 8, J2 8.5 → 8.5.
    // J1 (9 > 8) and J2 (8.75 > 8.5) prefer E1, H prefers E2 → E1 wins 2 : 1 before the head judge is asked.
    const results = computeRoundResults({
      ...input,
      scores: scoreTable(['S'], {
        E1: { H: ['7.75'], J1: ['9'], J2: ['8.75'] },
        E2: { H: ['9'], J1: ['8'], J2: ['8.5'] },
      }),
    });
    expect(results.entries.map((result) => [result.entryId, result.rank])).toEqual([
      ['E1', 1],
      ['E2', 2],
    ]);
    expect(results.entries[0].breakdown.tieBreaks[0].wonAgainst).toEqual([
      { entryId: 'E2', value: '0', judgesFor: 2, judgesAgainst: 1 },
    ]);
  });
});

describe('computeRoundResults: order independence', () => {
  /** A deterministic pseudo-random sequence (mulberry32), for test data and shuffles only. */
  function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function shuffle<T>(items: readonly T[], next: () => number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /** A mark on a 0–10 scale in quarters, written as a decimal string. */
  const quarterMark = (quarters: number) =>
    `${Math.floor(quarters / 4)}.${['00', '25', '5', '75'][quarters % 4]}`;

  /** A busy round: 7 judges (one absent), 10 entries with twins, recusals, a missing mark, deductions, a DQ. */
  function busyRound(): RoundInput {
    const next = random(2026);
    const judgeIds = ['J1', 'J2', 'J3', 'J4', 'J5', 'J6', 'J7'];
    const entryIds = ['E01', 'E02', 'E03', 'E04', 'E05', 'E06', 'E07', 'E08', 'E09', 'E10'];
    const criterionIds = ['T', 'A', 'C'];
    const scores: JudgeScore[] = [];
    for (const entryId of entryIds) {
      for (const judgeId of judgeIds.slice(0, 6)) {
        for (const criterionId of criterionIds) {
          // E02 copies E01's marks, so the two tie and go through every tie-break.
          const source = entryId === 'E02' ? 'E01' : entryId;
          const existing = scores.find(
            (score) =>
              score.entryId === source && score.judgeId === judgeId && score.criterionId === criterionId,
          );
          const value = existing?.value ?? quarterMark(24 + Math.floor(next() * 17));
          scores.push({ judgeId, entryId, criterionId, value });
        }
      }
    }
    const withoutOne = scores.filter(
      (score) => !(score.judgeId === 'J6' && score.entryId === 'E07' && score.criterionId === 'C'),
    );
    return {
      criteria: [
        { id: 'T', max: '10', step: '0.25', weight: '0.4' },
        { id: 'A', max: '10', step: '0.25', weight: '0.35' },
        { id: 'C', max: '10', step: '0.25', weight: '0.25' },
      ],
      entries: entryIds.map((id) => ({
        id,
        deductions:
          id === 'E03'
            ? [
                { kind: 'time', amount: '0.25', reason: 'overran' },
                { kind: 'fall', amount: '0.5', reason: 'fell' },
                { kind: 'time', amount: '0.1', reason: 'late start' },
              ]
            : [],
        disqualification: id === 'E09' ? { reason: 'wrong category' } : null,
      })),
      judges: [
        { id: 'J1', head: true },
        ...judgeIds.slice(1, 6).map((id) => ({ id })),
        { id: 'J7', absent: true },
      ],
      scores: withoutOne,
      recusals: [
        { judgeId: 'J2', entryId: 'E04' },
        { judgeId: 'J3', entryId: 'E05' },
        { judgeId: 'J3', entryId: 'E06' },
        { judgeId: 'J4', entryId: 'E06' },
      ],
      method: { kind: 'trimmed_mean', trim: 1, minPanel: 5 },
      tieBreaks: [{ kind: 'criterion', criterion: 'T' }, { kind: 'headJudge' }, { kind: 'judgesMajority' }],
      spreadLimit: '1',
      prizes: [
        { prize: 'first', count: 1 },
        { prize: 'second', count: 2 },
        { prize: 'third', minScore: '7' },
      ],
      advancement: { top: 4 },
    };
  }

  function shuffled(input: RoundInput, seed: number): RoundInput {
    const next = random(seed);
    return {
      ...input,
      criteria: shuffle(input.criteria, next),
      entries: shuffle(input.entries, next).map((entry) => ({
        ...entry,
        deductions: shuffle(entry.deductions ?? [], next),
      })),
      judges: shuffle(input.judges, next),
      scores: shuffle(input.scores, next),
      recusals: shuffle(input.recusals ?? [], next),
    };
  }

  it.each([
    ['trimmed mean of totals', {}],
    ['mean of totals', { method: { kind: 'mean' } }],
    ['median of totals', { method: { kind: 'median' } }],
    ['normalised totals', { method: { kind: 'normalised' } }],
    ['trimmed mean by criteria', { basis: 'criteria' }],
    ['normalised criteria', { method: { kind: 'normalised' }, basis: 'criteria' }],
  ] as [string, Partial<RoundInput>][])(
    'gives the same results whatever the input order: %s',
    (_name, change) => {
      const input = { ...busyRound(), ...change };
      const expected = computeRoundResults(input);
      expect(expected.entries).toHaveLength(10);
      for (let seed = 1; seed <= 15; seed++) {
        expect(computeRoundResults(shuffled(input, seed))).toEqual(expected);
      }
    },
  );

  it('exercises what it claims to: ties, a DQ, a missing mark, fallbacks and prizes', () => {
    const results = computeRoundResults(busyRound());
    const e01 = results.entries.find((result) => result.entryId === 'E01');
    expect(e01?.breakdown.tiedWith).toEqual(['E02']); // identical marks: no tie-break can part them
    expect(results.entries.find((result) => result.entryId === 'E09')?.status).toBe('disqualified');
    expect(results.missingScores).toEqual([
      { judgeId: 'J6', entries: [{ entryId: 'E07', criteria: ['C'] }] },
    ]);
    const e05 = results.entries.find((result) => result.entryId === 'E05');
    expect(e05?.breakdown.panel?.fellBackToMean).toBe(false); // 5 judges left: still trimmed
    const e06 = results.entries.find((result) => result.entryId === 'E06');
    expect(e06?.breakdown.panel?.fellBackToMean).toBe(true); // 4 judges left: the mean
    expect(results.entries.some((result) => result.flags.length > 0)).toBe(true);
    expect(results.entries.filter((result) => result.prize === 'first').length).toBeGreaterThanOrEqual(1);
    expect(standing(results).filter((row) => row[4] === true).length).toBeGreaterThanOrEqual(4);
  });
});
