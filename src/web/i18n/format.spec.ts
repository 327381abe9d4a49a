import { formatDate, formatDateTime, formatDecimal, formatTime, readNumber } from './format';

describe('web formatting', () => {
  it('shows a calendar day as dd/MM/yyyy without shifting it across midnight', () => {
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
    expect(formatDate('2019-12-31')).toBe('31/12/2019');
  });

  it('shows instants in Vietnam time (UTC+7)', () => {
    // 17:30 UTC on 31 December is 00:30 on 1 January in Hạ Long.
    expect(formatDate('2025-12-31T17:30:00Z')).toBe('01/01/2026');
    expect(formatTime('2025-12-31T17:30:00Z')).toBe('00:30');
    expect(formatDateTime(new Date('2025-03-05T01:05:00Z'))).toBe('08:05 05/03/2025');
  });

  it('writes decimals with a comma in Vietnamese and a dot in English, digit for digit', () => {
    expect(formatDecimal('8.75', 'vi')).toBe('8,75');
    expect(formatDecimal('8.75', 'en')).toBe('8.75');
    expect(formatDecimal('10', 'vi')).toBe('10');
    expect(formatDecimal(9.5, 'vi')).toBe('9,5');
    expect(formatDecimal('0.10', 'vi')).toBe('0,10');
  });

  it('reads a typed number with a decimal comma or point, empty as not given', () => {
    expect(readNumber(' 0,5 ')).toBe(0.5);
    expect(readNumber('12.25')).toBe(12.25);
    expect(readNumber('  ')).toBeUndefined();
    expect(readNumber('năm')).toBeNaN();
  });
});
