import { computeRecallResults } from './recall';
import { ScoringInputError } from './round-input';
import type { RecallCross, RecallInput } from './types';

/** `crosses('J1', 'W', 'ABC')`: judge J1 crosses A, B and C in dance W. */
const crosses = (judgeId: string, dance: string, entries: string): RecallCross[] =>
  [...entries].map((entryId) => ({ judgeId, dance, entryId }));

const round = (entries: string, marks: RecallCross[], extra: Partial<RecallInput> = {}): RecallInput => ({
  entries: [...entries].map((id) => ({ id })),
  judges: [...new Set(marks.map((mark) => mark.judgeId))].map((id) => ({ id })),
  dances: [...new Set(marks.map((mark) => mark.dance))],
  crosses: marks,
  recall: 3,
  ...extra,
});

describe('computeRecallResults', () => {
  // Recall 3 of 5, three judges, one dance:
  //   J1: A B C   J2: A B D   J3: A C D
  //   A 3, B 2, C 2, D 2, E 0 → the 3rd place falls inside B, C, D (2 crosses each, positions 2–4).
  const tied = [...crosses('J1', 'W', 'ABC'), ...crosses('J2', 'W', 'ABD'), ...crosses('J3', 'W', 'ACD')];

  it('orders entries by crosses and reports a tie at the cut-off, advancing nobody until the organiser chooses', () => {
    const results = computeRecallResults(round('ABCDE', tied));
    expect(
      results.entries.map((entry) => [entry.entryId, entry.crosses, entry.rank, entry.advances]),
    ).toEqual([
      ['A', 3, 1, false],
      ['B', 2, 2, false],
      ['C', 2, 2, false],
      ['D', 2, 2, false],
      ['E', 0, 5, false],
    ]);
    // Recall fewer: only A (1); recall more: A, B, C and D (4).
    expect(results.cutoffTie).toEqual({ crosses: 2, entries: ['B', 'C', 'D'], fewer: 1, more: 4 });
    expect(results.advancing).toBeNull();
    expect(results.entries[1].byDance).toEqual([{ dance: 'W', crosses: 2, judges: ['J1', 'J2'] }]);
  });

  it("advances the organiser's choice when it does not split the tie", () => {
    const more = computeRecallResults(round('ABCDE', tied, { advance: 4 }));
    expect(more.entries.filter((entry) => entry.advances).map((entry) => entry.entryId)).toEqual([
      'A',
      'B',
      'C',
      'D',
    ]);
    expect(more.advancing).toBe(4);
    const fewer = computeRecallResults(round('ABCDE', tied, { advance: 1 }));
    expect(fewer.entries.filter((entry) => entry.advances).map((entry) => entry.entryId)).toEqual(['A']);
    expect(() => computeRecallResults(round('ABCDE', tied, { advance: 2 }))).toThrow(ScoringInputError);
  });

  it('advances the recall number when it falls between two cross counts, over every dance', () => {
    // W: J1 A B C, J2 A B D; T: J1 A B E, J2 A C B → A 4, B 4, C 2, D 1, E 1: top 3 are A, B, C.
    const marks = [
      ...crosses('J1', 'W', 'ABC'),
      ...crosses('J2', 'W', 'ABD'),
      ...crosses('J1', 'T', 'ABE'),
      ...crosses('J2', 'T', 'ACB'),
    ];
    const results = computeRecallResults(round('ABCDE', marks));
    expect(results.entries.map((entry) => [entry.entryId, entry.crosses, entry.advances])).toEqual([
      ['A', 4, true],
      ['B', 4, true],
      ['C', 2, true],
      ['D', 1, false],
      ['E', 1, false],
    ]);
    expect(results.cutoffTie).toBeNull();
    expect(results.advancing).toBe(3);
  });

  it("leaves a recused judge's crosses out and reports a sheet short of crosses", () => {
    // J3 recused from B: only J1 and J2 count. J1: A B C, J2: A B D → A 2, B 2, C 1, D 1: the tie is C/D.
    const marks = [...crosses('J1', 'W', 'ABC'), ...crosses('J2', 'W', 'ABD'), ...crosses('J3', 'W', 'CD')];
    const results = computeRecallResults(
      round('ABCD', marks, { recusals: [{ judgeId: 'J3', entryId: 'B' }] }),
    );
    expect(results.entries.map((entry) => [entry.entryId, entry.crosses])).toEqual([
      ['A', 2],
      ['B', 2],
      ['C', 1],
      ['D', 1],
    ]);
    expect(results.cutoffTie).toEqual({ crosses: 1, entries: ['C', 'D'], fewer: 2, more: 4 });
    expect(results.complete).toBe(true);

    const short = computeRecallResults(round('ABCD', marks));
    expect(short.missingSheets).toEqual([{ judgeId: 'J3', dance: 'W', missing: 1 }]);
    expect(short.complete).toBe(false);
  });

  it('recalls a field no larger than the recall number whole: each judge crosses every entry', () => {
    // Recall 3 of 2: J1 and J2 cross A and B → both recalled, no tie.
    const results = computeRecallResults(
      round('AB', [...crosses('J1', 'W', 'AB'), ...crosses('J2', 'W', 'AB')]),
    );
    expect(results.entries.map((entry) => [entry.entryId, entry.crosses, entry.advances])).toEqual([
      ['A', 2, true],
      ['B', 2, true],
    ]);
    expect(results.complete).toBe(true);
    expect(results.cutoffTie).toBeNull();
  });

  it('refuses more crosses than the recall number', () => {
    expect(() => computeRecallResults(round('ABCDE', [...crosses('J1', 'W', 'ABCD')]))).toThrow(
      ScoringInputError,
    );
  });

  it('gives the same results whatever the order of the input', () => {
    const input = round('ABCDE', tied, { advance: 4 });
    const permuted = {
      ...input,
      entries: [...input.entries].reverse(),
      judges: [...input.judges].reverse(),
      crosses: [...tied.filter((_, index) => index % 2 === 1), ...tied.filter((_, index) => index % 2 === 0)],
    };
    expect(computeRecallResults(permuted)).toEqual(computeRecallResults(input));
  });
});
