import { Decimal, DecimalFormatError, formatExact, integerSqrt } from './decimal';

const d = (text: string) => Decimal.parse(text);

describe('Decimal.parse', () => {
  it.each([
    ['8.75', '8.75'],
    ['8', '8'],
    ['0', '0'],
    ['-0', '0'],
    ['-0.5', '-0.5'],
    ['9.00', '9'],
    ['007.50', '7.5'],
    ['123456789012345678901234567890.123456789', '123456789012345678901234567890.123456789'],
  ])('reads %p exactly as %s', (text, exact) => {
    expect(d(text).toString()).toBe(exact);
  });

  it.each([
    '1e3',
    '',
    'abc',
    '1.2.3',
    ' 1',
    '1 ',
    '+1',
    '.5',
    '5.',
    '-',
    '1,5',
    '0x10',
    'NaN',
    'Infinity',
    '١',
  ])('rejects %p', (text) => {
    expect(() => d(text)).toThrow(DecimalFormatError);
    expect(Decimal.tryParse(text)).toBeNull();
  });

  it.each([8.75, null, undefined, {}, 10n])(
    'rejects the non-string %p (scores never travel as numbers)',
    (value) => {
      expect(Decimal.tryParse(value)).toBeNull();
    },
  );
});

describe('Decimal arithmetic', () => {
  it('adds and subtracts without binary-float error', () => {
    expect(d('0.1').plus(d('0.2')).toString()).toBe('0.3');
    expect(d('0.1').plus(d('0.2')).equals(d('0.3'))).toBe(true);
    expect(d('8.25').minus(d('9.5')).toString()).toBe('-1.25');
  });

  it('multiplies exactly', () => {
    expect(d('1.5').times(d('8.75')).toString()).toBe('13.125');
    expect(d('0.3').times(d('7.25')).toString()).toBe('2.175');
    expect(d('-2').times(d('0.25')).toString()).toBe('-0.5');
  });

  it('divides exactly, keeping thirds as thirds', () => {
    const third = d('1').dividedBy(d('3'));
    expect(third.toString()).toBe('1/3');
    expect(third.times(d('3')).equals(Decimal.ONE)).toBe(true);
    expect(d('26').dividedBy(d('3')).toString()).toBe('26/3');
    expect(d('8.245').dividedBy(d('0.5')).toString()).toBe('16.49');
    expect(() => d('1').dividedBy(Decimal.ZERO)).toThrow(RangeError);
  });

  it('sums, and finds min and max', () => {
    expect(Decimal.sum([d('1.25'), d('2.5'), d('-0.75')]).toString()).toBe('3');
    expect(Decimal.sum([]).toString()).toBe('0');
    expect(Decimal.max([d('7'), d('9.5'), d('8')]).toString()).toBe('9.5');
    expect(Decimal.min([d('7'), d('9.5'), d('-8')]).toString()).toBe('-8');
    expect(() => Decimal.max([])).toThrow(RangeError);
  });

  it('keeps fractions in lowest terms with a positive denominator', () => {
    const value = Decimal.fraction(6n, -4n);
    expect([value.numerator, value.denominator]).toEqual([-3n, 2n]);
    expect(() => Decimal.fraction(1n, 0n)).toThrow(RangeError);
  });

  it('refuses integers a JS number cannot hold exactly', () => {
    expect(Decimal.fromInteger(7).toString()).toBe('7');
    expect(() => Decimal.fromInteger(0.5)).toThrow(RangeError);
    expect(() => Decimal.fromInteger(2 ** 60)).toThrow(RangeError);
  });
});

describe('Decimal comparison', () => {
  it('compares values, not representations', () => {
    expect(d('9.00').compare(d('9'))).toBe(0);
    expect(d('8.245').compare(d('8.25'))).toBe(-1);
    expect(d('-1').compare(d('-2'))).toBe(1);
    expect(d('1').dividedBy(d('3')).lessThan(d('0.3333333333333333333334'))).toBe(true);
    expect(d('1').dividedBy(d('3')).greaterThan(d('0.3333333333333333333333'))).toBe(true);
  });

  it('tells sign and integrality', () => {
    expect([d('0').isZero(), d('-0.01').isNegative(), d('0.01').isPositive()]).toEqual([true, true, true]);
    expect([d('4.00').isInteger(), d('4.25').isInteger()]).toEqual([true, false]);
    expect(d('-2.5').abs().toString()).toBe('2.5');
  });
});

describe('Decimal rounding half-up', () => {
  it.each([
    ['8.125', 2, '8.13'],
    ['8.124999', 2, '8.12'],
    ['8.245', 2, '8.25'],
    ['8.2449999999', 2, '8.24'],
    ['8.135', 2, '8.14'],
    ['0.005', 2, '0.01'],
    ['0.004999', 2, '0.00'],
    ['9.995', 2, '10.00'],
    ['2.5', 0, '3'],
    ['8.1235', 3, '8.124'],
    ['7', 2, '7.00'],
    // Negative values (after deductions) round half away from zero, like their mirror image.
    ['-8.125', 2, '-8.13'],
    ['-8.124', 2, '-8.12'],
    ['-0.125', 2, '-0.13'],
    ['-0.004', 2, '0.00'],
  ])('%s to %i places is %s', (text, places, expected) => {
    expect(d(text).toFixed(places)).toBe(expected);
  });

  it('rounds an exact fraction at its true value, never at a float approximation', () => {
    // (8.25 + 8.24) / 2 = 16.49 / 2 = 8.245 exactly → 8.25
    expect(d('8.25').plus(d('8.24')).dividedBy(d('2')).toFixed(2)).toBe('8.25');
    // 2/3 = 0.666… → 0.67; 1/6 = 0.1666… → 0.17; 1/8 = 0.125 → 0.13
    expect(d('2').dividedBy(d('3')).toFixed(2)).toBe('0.67');
    expect(d('1').dividedBy(d('6')).toFixed(2)).toBe('0.17');
    expect(d('1').dividedBy(d('8')).toFixed(2)).toBe('0.13');
    // 1.005 is 1.00499999999999989… as a float, so float rounding gives 1.00; exact rounding gives 1.01
    expect(d('1.005').toFixed(2)).toBe('1.01');
  });

  it('returns an exact value from roundHalfUp', () => {
    expect(d('8.245').roundHalfUp(2).equals(d('8.25'))).toBe(true);
    expect(() => d('1').roundHalfUp(-1)).toThrow(RangeError);
    expect(() => d('1').roundHalfUp(1.5)).toThrow(RangeError);
  });
});

describe('Decimal formatting', () => {
  it('writes the exact decimal when there is one, else the fraction', () => {
    expect(d('13.1250').toString()).toBe('13.125');
    expect(d('-0.5').toString()).toBe('-0.5');
    expect(d('2').dividedBy(d('3')).toString()).toBe('2/3');
  });

  it('counts the places an exact decimal needs', () => {
    expect(d('8.125').exactDecimalPlaces()).toBe(3);
    expect(d('1').dividedBy(d('16')).exactDecimalPlaces()).toBe(4); // 0.0625
    expect(d('1').dividedBy(d('3')).exactDecimalPlaces()).toBeNull();
  });

  it('writes breakdown values exactly, padded to the round decimals, or approximately with an ellipsis', () => {
    expect(formatExact(d('40'), 2)).toBe('40.00');
    expect(formatExact(d('13.125'), 2)).toBe('13.125');
    expect(formatExact(d('26').dividedBy(d('3')), 2)).toBe('8.666666666667');
    expect(formatExact(d('-1').dividedBy(d('3')), 2)).toBe('-0.333333333333');
  });
});

describe('square roots', () => {
  it('finds integer square roots', () => {
    expect([0n, 1n, 2n, 3n, 4n, 15n, 16n, 17n].map(integerSqrt)).toEqual([0n, 1n, 1n, 1n, 2n, 3n, 4n, 4n]);
    expect(integerSqrt(10n ** 60n)).toBe(10n ** 30n);
    expect(integerSqrt(10n ** 60n - 1n)).toBe(10n ** 30n - 1n);
  });

  it('is exact for squares of fractions', () => {
    expect(d('2.25').sqrt().toString()).toBe('1.5');
    expect(d('1.5625').sqrt().toString()).toBe('1.25');
    expect(d('4').dividedBy(d('9')).sqrt().toString()).toBe('2/3');
  });

  it('truncates other roots to 30 places, deterministically', () => {
    expect(d('2').sqrt().toString()).toBe('1.414213562373095048801688724209');
    // checked against Python's decimal module at 60 digits
    expect(d('0.625').sqrt().toString()).toBe('0.790569415042094832999723386108');
    expect(d('2').sqrt(5).toString()).toBe('1.41421');
    expect(() => d('-1').sqrt()).toThrow(RangeError);
  });
});
