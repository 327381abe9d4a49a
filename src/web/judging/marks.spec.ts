import { checkMark, sameMark } from './marks';

describe('checkMark (a judge’s typed mark against the rubric)', () => {
  const tenByQuarters = { min: '0', max: '10', step: '0.25' };

  it('accepts a decimal comma or point and answers the API’s plain form', () => {
    expect(checkMark('8,75', tenByQuarters)).toEqual({ ok: true, value: '8.75' });
    expect(checkMark('8.75', tenByQuarters)).toEqual({ ok: true, value: '8.75' });
    expect(checkMark(' 08,50 ', tenByQuarters)).toEqual({ ok: true, value: '8.5' });
    expect(checkMark('10', tenByQuarters)).toEqual({ ok: true, value: '10' });
    expect(checkMark('0', tenByQuarters)).toEqual({ ok: true, value: '0' });
  });

  it('treats an empty field as clearing the cell', () => {
    expect(checkMark('', tenByQuarters)).toEqual({ ok: true, value: null });
    expect(checkMark('   ', tenByQuarters)).toEqual({ ok: true, value: null });
  });

  it('refuses what is not a number', () => {
    for (const typed of ['abc', '8,7,5', '8.', ',5', '1e1', '8.12345', '8 5']) {
      expect(checkMark(typed, tenByQuarters)).toEqual({ ok: false, problem: 'notANumber' });
    }
  });

  it('refuses marks outside the range', () => {
    expect(checkMark('10,25', tenByQuarters)).toEqual({ ok: false, problem: 'aboveMax' });
    expect(checkMark('-0,25', tenByQuarters)).toEqual({ ok: false, problem: 'belowMin' });
  });

  it('refuses marks off the steps, counted from min, and names the nearest two', () => {
    // 8.6 in quarters: (8.60 − 0) / 0.25 = 34.4 steps → 34 × 0.25 = 8.5 and 35 × 0.25 = 8.75.
    expect(checkMark('8,6', tenByQuarters)).toEqual({
      ok: false,
      problem: 'offStep',
      nearest: ['8.5', '8.75'],
    });
    // From min 5 in steps of 2: 8 is 1.5 steps up → 5 + 1 × 2 = 7 and 5 + 2 × 2 = 9.
    expect(checkMark('8', { min: '5', max: '11', step: '2' })).toEqual({
      ok: false,
      problem: 'offStep',
      nearest: ['7', '9'],
    });
    expect(checkMark('9', { min: '5', max: '11', step: '2' })).toEqual({ ok: true, value: '9' });
  });

  it('is exact where floats are not', () => {
    // 0.3 = 3 × 0.1 exactly; as floats 0.3 % 0.1 = 0.0999…, which would be off the step.
    expect(checkMark('0,3', { min: '0', max: '1', step: '0.1' })).toEqual({ ok: true, value: '0.3' });
    expect(checkMark('0.7', { min: '0.1', max: '1', step: '0.3' })).toEqual({ ok: true, value: '0.7' });
  });
});

describe('sameMark', () => {
  it('compares numbers, not spellings', () => {
    expect(sameMark('8.5', '8.50')).toBe(true);
    expect(sameMark('8.5', '8.25')).toBe(false);
    expect(sameMark(null, null)).toBe(true);
    expect(sameMark('0', null)).toBe(false);
  });
});
