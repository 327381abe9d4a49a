import { tieExample, toPrizeRule } from './prizes';

const row = (prize: string, count: string, minScore = '') => ({ prize, count, minScore });

describe('the prize structure as typed', () => {
  it('sends a count, a minimum score with a decimal point, or both', () => {
    expect(toPrizeRule(row(' Giải Nhất ', '1'))).toEqual({ prize: 'Giải Nhất', count: 1 });
    expect(toPrizeRule(row('Giải Nhì', '', '8,50'))).toEqual({ prize: 'Giải Nhì', minScore: '8.50' });
    expect(toPrizeRule(row('Giải Ba', '3', '7'))).toEqual({ prize: 'Giải Ba', count: 3, minScore: '7' });
  });

  it('shows two tied firsts (one first prize) keeping both second prizes by default', () => {
    expect(tieExample([row('Giải Nhất', '1'), row('Giải Nhì', '2')], false)).toEqual({
      tied: 2,
      first: 'Giải Nhất',
      second: 'Giải Nhì',
      secondCount: 2,
    });
  });

  it('takes the tie’s extra place from the next prize when ties use the next places', () => {
    expect(tieExample([row('Giải Nhất', '1'), row('Giải Nhì', '2')], true)?.secondCount).toBe(1);
    expect(tieExample([row('Giải Nhất', '2'), row('Giải Nhì', '1')], true)?.secondCount).toBe(0);
  });

  it('has no example without two counted prizes', () => {
    expect(tieExample([row('Giải Nhất', '1')], true)).toBeNull();
    expect(tieExample([row('Giải Nhất', '', '9'), row('Giải Nhì', '2')], true)).toBeNull();
  });
});
