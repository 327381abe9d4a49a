import { parseRoundInput, ScoringInputError, validateScore } from './round-input';
import type { RoundInput, RubricCriterion } from './types';

describe('validateScore', () => {
  const scale: RubricCriterion = { id: 'T', max: '10', step: '0.25', weight: '1' };

  it.each(['0', '10', '8.75', '8.5', '9.00', '0.25'])(
    'accepts %p on a 0–10 scale in steps of 0.25',
    (value) => {
      expect(validateScore(scale, value)).toBeNull();
    },
  );

  it.each([
    ['8.3', 'not_on_step'],
    ['8.125', 'not_on_step'],
    ['10.25', 'above_max'],
    ['-0.25', 'below_min'],
    ['1e1', 'not_a_decimal'],
    ['', 'not_a_decimal'],
    ['abc', 'not_a_decimal'],
    ['8,75', 'not_a_decimal'],
    [8.75, 'not_a_decimal'],
  ])('refuses %p: %s', (value, problem) => {
    expect(validateScore(scale, value)).toBe(problem);
  });

  it('measures steps from the minimum of the scale', () => {
    const fromOne: RubricCriterion = { id: 'X', min: '1', max: '5.5', step: '1.5', weight: '1' };
    expect(['1', '2.5', '4', '5.5'].map((value) => validateScore(fromOne, value))).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(validateScore(fromOne, '3')).toBe('not_on_step');
    expect(validateScore(fromOne, '0')).toBe('below_min');
  });

  it('throws on a malformed rubric (a programming error, not a user one)', () => {
    expect(() => validateScore({ id: 'T', max: '10', step: '0', weight: '1' }, '5')).toThrow(RangeError);
    expect(() => validateScore({ id: 'T', max: 'ten', step: '1', weight: '1' }, '5')).toThrow();
  });
});

describe('parseRoundInput', () => {
  const valid: RoundInput = {
    criteria: [{ id: 'T', max: '10', step: '0.25', weight: '1' }],
    entries: [{ id: 'E1' }, { id: 'E2' }],
    judges: [{ id: 'J1', head: true }, { id: 'J2' }],
    scores: [{ judgeId: 'J1', entryId: 'E1', criterionId: 'T', value: '8' }],
    method: { kind: 'mean' },
  };

  const issuesOf = (input: RoundInput) => {
    try {
      parseRoundInput(input);
    } catch (error) {
      if (error instanceof ScoringInputError)
        return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
      throw error;
    }
    return [];
  };

  it('accepts a valid round and fills defaults', () => {
    const round = parseRoundInput(valid);
    expect(round.basis).toBe('totals');
    expect(round.decimals).toBe(2);
    expect(round.criteria[0].min.toString()).toBe('0');
  });

  it('refuses marks off the scale, naming each', () => {
    expect(
      issuesOf({
        ...valid,
        scores: [
          { judgeId: 'J1', entryId: 'E1', criterionId: 'T', value: '10.5' },
          { judgeId: 'J2', entryId: 'E1', criterionId: 'T', value: '8.1' },
          { judgeId: 'J1', entryId: 'E2', criterionId: 'T', value: '1e1' },
        ],
      }),
    ).toEqual([
      'scores[0].value: above_max ("10.5")',
      'scores[1].value: not_on_step ("8.1")',
      'scores[2].value: not_a_decimal ("1e1")',
    ]);
  });

  it('refuses unknown and duplicate references', () => {
    expect(
      issuesOf({
        ...valid,
        entries: [{ id: 'E1' }, { id: 'E1' }],
        scores: [
          { judgeId: 'J9', entryId: 'E1', criterionId: 'T', value: '8' },
          { judgeId: 'J1', entryId: 'E1', criterionId: 'Z', value: '8' },
          { judgeId: 'J1', entryId: 'E1', criterionId: 'T', value: '8' },
          { judgeId: 'J1', entryId: 'E1', criterionId: 'T', value: '9' },
        ],
        recusals: [{ judgeId: 'J1', entryId: 'E7' }],
      }),
    ).toEqual([
      'entries[1].id: duplicate id E1',
      'scores[0].judgeId: unknown judge J9',
      'scores[1].criterionId: unknown criterion Z',
      'scores[3]: a second score of J1 for E1 on T',
      'recusals[0].entryId: unknown entry E7',
    ]);
  });

  it('refuses a bad rubric, method and settings', () => {
    expect(
      issuesOf({
        ...valid,
        criteria: [
          { id: 'T', max: '10', step: '0.3', weight: '1' },
          { id: 'U', max: '10', step: '0.5', weight: '0' },
        ],
        judges: [
          { id: 'J1', head: true },
          { id: 'J2', head: true },
        ],
        scores: [],
        method: { kind: 'trimmed_mean', trim: 1, minPanel: 2 },
        decimals: 11,
        tieBreaks: [{ kind: 'criterion', criterion: 'V' }],
        spreadLimit: '-1',
        prizes: [{ prize: 'first' }, { prize: 'second', count: 0 }],
        advancement: {},
        entries: [{ id: 'E1', deductions: [{ kind: 'time', amount: '-0.5', reason: 'overtime' }] }],
      }),
    ).toEqual([
      'criteria[0].step: max − min must be a whole number of steps',
      'criteria[1].weight: must be above zero',
      'entries[0].deductions[0].amount: must not be negative',
      'judges: more than one head judge',
      'method.minPanel: must be a whole number of at least 2 × trim + 1',
      'decimals: must be a whole number from 0 to 10',
      'tieBreaks[0].criterion: unknown criterion V',
      'spreadLimit: must not be negative',
      'prizes[0]: needs a count, a minScore or both',
      'prizes[1].count: must be a whole number of 1 or more',
      'advancement: needs top, minScore or both',
    ]);
  });

  it('needs a head judge for the head judge tie-break', () => {
    expect(
      issuesOf({ ...valid, judges: [{ id: 'J1' }], scores: [], tieBreaks: [{ kind: 'headJudge' }] }),
    ).toEqual(['tieBreaks[0]: the panel has no head judge']);
  });

  it('sorts everything by id', () => {
    const round = parseRoundInput({
      ...valid,
      entries: [{ id: 'E2' }, { id: 'E10' }, { id: 'E1' }],
      judges: [{ id: 'J2' }, { id: 'J1', head: true }],
    });
    expect(round.entries.map((entry) => entry.id)).toEqual(['E1', 'E10', 'E2']);
    expect(round.judges.map((judge) => judge.id)).toEqual(['J1', 'J2']);
  });
});
