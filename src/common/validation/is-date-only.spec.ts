import { validateSync } from 'class-validator';
import { IsDateOnly, isDateOnly } from './is-date-only';

describe('isDateOnly', () => {
  it.each(['2025-07-01', '2024-02-29', '2000-02-29', '2025-12-31', '2025-01-01'])(
    'accepts the real date %s',
    (value) => {
      expect(isDateOnly(value)).toBe(true);
    },
  );

  it.each([
    ['29 February of a common year', '2025-02-29'],
    ['29 February of a century not divisible by 400', '1900-02-29'],
    ['31 April', '2025-04-31'],
    ['month 13', '2025-13-01'],
    ['month 00', '2025-00-10'],
    ['day 00', '2025-07-00'],
    ['day 32', '2025-07-32'],
  ])('refuses a date that does not exist (%s)', (_label, value) => {
    expect(isDateOnly(value)).toBe(false);
  });

  it.each([
    ['without zero padding', '2025-7-1'],
    ['with a time', '2025-07-01T00:00:00Z'],
    ['with slashes', '2025/07/01'],
    ['day first', '01-07-2025'],
    ['with a two-digit year', '25-07-01'],
    ['with a leading space', ' 2025-07-01'],
    ['with a trailing newline', '2025-07-01\n'],
    ['with full-width digits', '２０２５-０７-０１'],
    ['empty', ''],
  ])('refuses a string written otherwise than YYYY-MM-DD (%s)', (_label, value) => {
    expect(isDateOnly(value)).toBe(false);
  });

  it.each([
    ['a number', 20250701],
    ['null', null],
    ['undefined', undefined],
    ['a Date', new Date('2025-07-01T00:00:00Z')],
    ['an array holding a date, as a repeated query parameter gives', ['2025-07-01']],
    ['an object whose string form is a date', { toString: () => '2025-07-01' }],
  ])('refuses a value that is not a string (%s)', (_label, value) => {
    expect(isDateOnly(value)).toBe(false);
  });
});

describe('@IsDateOnly', () => {
  class Period {
    @IsDateOnly()
    startsOn!: unknown;
  }

  function errorsFor(startsOn: unknown) {
    return validateSync(Object.assign(new Period(), { startsOn }));
  }

  it('passes a real date and reports one that does not exist under the isDateOnly constraint', () => {
    expect(errorsFor('2024-02-29')).toEqual([]);
    const errors = errorsFor('2025-02-30');
    expect(errors).toHaveLength(1);
    expect(errors[0].property).toBe('startsOn');
    expect(errors[0].constraints).toEqual({ isDateOnly: 'startsOn must be a date written YYYY-MM-DD' });
  });
});
