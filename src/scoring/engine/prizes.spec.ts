import { selectAdvancing } from './advancement';
import { Decimal } from './decimal';
import { awardPrizes } from './prizes';
import type { ParsedPrizeRule } from './round-input';
import type { Standing } from './standing';

/** A standing from [entryId, rank, score] rows, best first. */
const standing = (...rows: [string, number, string][]): Standing[] =>
  rows.map(([entryId, rank, score]) => ({ entryId, rank, score: Decimal.parse(score) }));
const rule = (prize: string, count: number | null, minScore: string | null = null): ParsedPrizeRule => ({
  prize,
  count,
  minScore: minScore === null ? null : Decimal.parse(minScore),
});
const asObject = (prizes: Map<string, string>) => Object.fromEntries(prizes);

describe('awardPrizes', () => {
  const field = standing(
    ['A', 1, '9.50'],
    ['B', 2, '9.10'],
    ['C', 3, '8.80'],
    ['D', 4, '8.20'],
    ['E', 5, '7.90'],
    ['F', 6, '6.50'],
  );

  it('fills quotas in order', () => {
    const prizes = awardPrizes(field, [rule('first', 1), rule('second', 2), rule('third', 2)]);
    expect(asObject(prizes)).toEqual({ A: 'first', B: 'second', C: 'second', D: 'third', E: 'third' });
  });

  it('shares a prize among entries tied at a quota boundary (the quota overflows)', () => {
    // second: count 2 → C and D, but D is tied with E at rank 4 → C, D, E all second.
    // third: count 1 → the next entry, F.
    const tied = standing(
      ['A', 1, '9.50'],
      ['B', 1, '9.50'],
      ['C', 3, '8.80'],
      ['D', 4, '8.20'],
      ['E', 4, '8.20'],
      ['F', 6, '6.50'],
    );
    const prizes = awardPrizes(tied, [rule('first', 1), rule('second', 2), rule('third', 1)]);
    expect(asObject(prizes)).toEqual({
      A: 'first',
      B: 'first', // tied with A at rank 1: the first prize's quota of 1 overflows to 2
      C: 'second',
      D: 'second',
      E: 'second',
      F: 'third',
    });
  });

  describe('with tiesUseNextPlaces', () => {
    const tied = standing(
      ['A', 1, '9.50'],
      ['B', 1, '9.50'],
      ['C', 3, '8.80'],
      ['D', 4, '8.20'],
      ['E', 4, '8.20'],
      ['F', 6, '6.50'],
      ['G', 7, '6.00'],
    );

    it('lets a shared prize use up the next prizes’ places', () => {
      // first: count 1 → A, B tied at rank 1 take 2 places: 1 place over, owed by second.
      // second: count 2 − 1 owed = 1 → C.
      // third: count 2 → D, E (tied at rank 4, exactly the quota): nothing over.
      const prizes = awardPrizes(tied, [rule('first', 1), rule('second', 2), rule('third', 2)], true);
      expect(asObject(prizes)).toEqual({ A: 'first', B: 'first', C: 'second', D: 'third', E: 'third' });
      // By default the second prize keeps its 2 places: C, D and (tied with D) E; third: F, G.
      expect(asObject(awardPrizes(tied, [rule('first', 1), rule('second', 2), rule('third', 2)]))).toEqual({
        A: 'first',
        B: 'first',
        C: 'second',
        D: 'second',
        E: 'second',
        F: 'third',
        G: 'third',
      });
    });

    it('carries an overflow past a prize it uses up entirely', () => {
      // Three tied firsts with one first prize: 2 places over.
      // second: count 1 − 1 owed = 0 → none; third: count 2 − 1 owed = 1 → D.
      const three = standing(['A', 1, '9'], ['B', 1, '9'], ['C', 1, '9'], ['D', 4, '8'], ['E', 5, '7']);
      const prizes = awardPrizes(three, [rule('first', 1), rule('second', 1), rule('third', 2)], true);
      expect(asObject(prizes)).toEqual({ A: 'first', B: 'first', C: 'first', D: 'third' });
    });

    it('leaves thresholds alone: a rule without a count owes nothing', () => {
      // first ≥ 9.00 → A, B (no quota, nothing over); second: count 1 → C.
      const prizes = awardPrizes(tied, [rule('first', null, '9.00'), rule('second', 1)], true);
      expect(asObject(prizes)).toEqual({ A: 'first', B: 'first', C: 'second' });
    });
  });

  it('awards by thresholds', () => {
    // first ≥ 9.00: A 9.50, B 9.10; second ≥ 8.00: C 8.80, D 8.20; third ≥ 7.00: E 7.90; F 6.50 none
    const prizes = awardPrizes(field, [
      rule('first', null, '9.00'),
      rule('second', null, '8.00'),
      rule('third', null, '7.00'),
    ]);
    expect(asObject(prizes)).toEqual({ A: 'first', B: 'first', C: 'second', D: 'second', E: 'third' });
  });

  it('counts a score equal to the threshold as reaching it', () => {
    const prizes = awardPrizes(standing(['A', 1, '9.00'], ['B', 2, '8.99']), [rule('first', null, '9.00')]);
    expect(asObject(prizes)).toEqual({ A: 'first' });
  });

  it('combines a quota with a threshold: at most `count` of those reaching `minScore`', () => {
    // first: 1 with ≥ 9.00 → A; second: up to 3 with ≥ 8.50 → B, C (only two reach 8.50); third: 2 → D, E
    const prizes = awardPrizes(field, [
      rule('first', 1, '9.00'),
      rule('second', 3, '8.50'),
      rule('third', 2),
    ]);
    expect(asObject(prizes)).toEqual({ A: 'first', B: 'second', C: 'second', D: 'third', E: 'third' });
  });

  it('awards nothing when no one reaches a threshold, and the next rule starts at the same place', () => {
    const prizes = awardPrizes(field, [rule('first', null, '9.80'), rule('second', 1)]);
    expect(asObject(prizes)).toEqual({ A: 'second' });
  });

  it('stops when the field runs out', () => {
    const prizes = awardPrizes(standing(['A', 1, '9.00']), [rule('first', 1), rule('second', 2)]);
    expect(asObject(prizes)).toEqual({ A: 'first' });
  });
});

describe('selectAdvancing', () => {
  const field = standing(
    ['A', 1, '9.50'],
    ['B', 2, '9.10'],
    ['C', 3, '8.80'],
    ['D', 3, '8.80'],
    ['E', 5, '7.90'],
  );

  it('takes the top N, with ties at the boundary', () => {
    expect([...selectAdvancing(field, { top: 3, minScore: null })]).toEqual(['A', 'B', 'C', 'D']);
    expect([...selectAdvancing(field, { top: 2, minScore: null })]).toEqual(['A', 'B']);
  });

  it('takes every entry at or above a threshold', () => {
    expect([...selectAdvancing(field, { top: null, minScore: Decimal.parse('9.10') })]).toEqual(['A', 'B']);
  });

  it('needs both when both are set', () => {
    expect([...selectAdvancing(field, { top: 4, minScore: Decimal.parse('9.00') })]).toEqual(['A', 'B']);
  });

  it('advances no one without a rule', () => {
    expect(selectAdvancing(field, null).size).toBe(0);
  });
});
