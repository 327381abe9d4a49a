import { RoundCriterion } from '../competition/entities/round.entity';
import { checkMark, sameMark } from './score-marks';

const quarter: RoundCriterion = {
  code: 'technique',
  name: 'Kỹ thuật',
  min: '0',
  max: '10',
  step: '0.25',
  weight: '1',
};
const fromFive: RoundCriterion = {
  code: 'stage',
  name: 'Sân khấu',
  min: '5',
  max: '9',
  step: '0.5',
  weight: '2',
};

describe('checkMark', () => {
  it.each([
    ['8.25', '8.25'],
    ['08.50', '8.5'],
    ['10', '10'],
    ['10.0000', '10'],
    ['0', '0'],
    [8.5, '8.5'],
    [7, '7'],
    [0, '0'],
  ])('accepts %p on a 0–10 scale in quarters, as %p', (raw, plain) => {
    expect(checkMark(quarter, raw)).toEqual({ value: plain });
  });

  it('names the scale when a mark is off it', () => {
    expect(checkMark(quarter, '10.25').problem?.en).toBe('must be at most 10 (the scale runs from 0 to 10)');
    expect(checkMark(quarter, '-0.25').problem?.vi).toBe('không được nhỏ hơn 0 (thang điểm từ 0 đến 10)');
    expect(checkMark(fromFive, '4.5').problem?.en).toBe('must be at least 5 (the scale runs from 5 to 9)');
  });

  it('offers the nearest marks when a mark falls between steps', () => {
    expect(checkMark(quarter, '8.3').problem?.en).toBe(
      "must be on the scale's steps of 0.25 from 0: the nearest marks are 8.25 and 8.5",
    );
    expect(checkMark(fromFive, '6.2').problem?.vi).toBe(
      'phải theo bước 0.5 tính từ 5: gần nhất là 6 hoặc 6.5',
    );
  });

  it('takes a JSON number by its shortest decimal form, so a float accident is refused rather than rounded', () => {
    expect(checkMark(quarter, 0.1 + 0.2).problem?.en).toMatch(/steps of 0.25/);
    expect(checkMark(quarter, 1e21).problem?.en).toMatch(/decimal number/);
  });

  it('explains a decimal comma, the way marks are written on Vietnamese paper sheets', () => {
    expect(checkMark(quarter, '8,5').problem?.vi).toBe(
      'dùng dấu chấm để ghi phần thập phân (8.5), không dùng dấu phẩy (8,5)',
    );
  });

  it.each([[''], [' 8'], ['8.'], ['.5'], ['1e1'], ['+8'], ['tám']])('refuses %p as not a decimal', (raw) => {
    expect(checkMark(quarter, raw).problem?.en).toMatch(/must be a decimal number/);
  });

  it.each([[true], [{ value: 8 }], [[8]]])('refuses %p as not a mark at all', (raw) => {
    expect(checkMark(quarter, raw).problem?.en).toBe(
      'must be a number (8.25 or "8.25", say), or null to clear the cell',
    );
  });

  it('refuses more decimals than the scores table keeps, even on a finer scale', () => {
    const fine: RoundCriterion = { ...quarter, step: '0.00001' };
    expect(checkMark(fine, '8.00001').problem?.en).toBe('must have at most 4 decimal places');
    expect(checkMark(fine, '8.12340')).toEqual({ value: '8.1234' });
  });
});

describe('sameMark', () => {
  it('compares numbers, not spellings, and empty cells with each other only', () => {
    expect(sameMark('8.5', '8.50')).toBe(true);
    expect(sameMark('8.5', '8.25')).toBe(false);
    expect(sameMark(null, null)).toBe(true);
    expect(sameMark(null, '0')).toBe(false);
  });
});
