import { Decimal } from './decimal';
import { ExactReal, formatReal } from './exact-real';

const d = (text: string) => Decimal.parse(text);
const root = (text: string) => ExactReal.sqrt(d(text));

describe('ExactReal', () => {
  it('keeps square roots of squares rational', () => {
    expect(root('2.25').asRational()?.toString()).toBe('1.5');
    expect(root('0').isRational()).toBe(true);
    expect(root('2').isRational()).toBe(false);
  });

  it('merges roots that differ by a square factor', () => {
    // √8 + √2 = 2√2 + √2 = 3√2, kept as 1.5·√8 (the first radicand met stands for its class)
    expect(root('8').plus(root('2')).toString()).toBe('0 + 1.5·√8');
    expect(root('8').plus(root('2')).roundHalfUp(6).toString()).toBe('4.242641'); // 3 × 1.41421356…
    // √(1/2) − √2 / 2 = 0 exactly
    expect(
      root('0.5')
        .plus(root('2').times(d('-0.5')))
        .toString(),
    ).toBe('0');
  });

  it('multiplies exactly', () => {
    expect(root('2').times(root('8')).toString()).toBe('4'); // √16
    // (1 + √2)(1 − √2) = 1 − 2 = −1
    const onePlus = ExactReal.of(Decimal.ONE).plus(root('2'));
    const oneMinus = ExactReal.of(Decimal.ONE).plus(root('2').times(d('-1')));
    expect(onePlus.times(oneMinus).toString()).toBe('-1');
    expect(root('3').times(Decimal.ZERO).toString()).toBe('0');
    expect(root('3').dividedBy(d('2')).times(d('2')).toString()).toBe('0 + 1·√3');
  });

  it('bounds an irrational value tightly', () => {
    const [low, high] = root('2').bounds(10);
    expect([low.toString(), high.toString()]).toEqual(['1.4142135623', '1.4142135624']);
    const [negativeLow, negativeHigh] = root('2').times(d('-1')).bounds(4);
    expect([negativeLow.toString(), negativeHigh.toString()]).toEqual(['-1.4143', '-1.4142']);
  });

  it('rounds a value that is exactly x.xx5 although it was built from square roots', () => {
    // 8.245 + (√(2/9)·3 − √2) = 8.245 + (√2 − √2) = 8.245 → 8.25. A truncated root on each side would leave a
    // tiny negative remainder and give 8.24.
    const value = ExactReal.of(d('8.245'))
      .plus(root('2').times(d('-1')))
      .plus(ExactReal.sqrt(Decimal.fraction(2n, 9n)).times(d('3')));
    expect(value.isRational()).toBe(true);
    expect(value.roundHalfUp(2).toString()).toBe('8.25');
  });

  it('rounds irrational values half away from zero', () => {
    // 7.5 + √1.25 = 8.6180339887… → 8.62; −√2 → −1.41; √2 / 1000 + 0.0035 = 0.004914… → 0.00
    expect(ExactReal.of(d('7.5')).plus(root('1.25')).roundHalfUp(2).toString()).toBe('8.62');
    expect(root('2').times(d('-1')).roundHalfUp(2).toString()).toBe('-1.41');
    expect(root('2').dividedBy(d('1000')).plus(d('0.0035')).roundHalfUp(2).toString()).toBe('0');
  });

  it('narrows in with more digits when a value lies very close to a boundary', () => {
    // 8.245 ∓ 10^-45·√2: far closer to the boundary than 40 digits can tell
    const tiny = root('2').times(Decimal.fraction(1n, 10n ** 45n));
    expect(ExactReal.of(d('8.245')).plus(tiny).roundHalfUp(2).toString()).toBe('8.25');
    expect(
      ExactReal.of(d('8.245'))
        .plus(tiny.times(d('-1')))
        .roundHalfUp(2)
        .toString(),
    ).toBe('8.24');
  });

  it('formats for a breakdown', () => {
    expect(formatReal(ExactReal.of(d('8.5')), 2)).toBe('8.50');
    expect(formatReal(root('2'), 2)).toBe('1.414213562373');
    expect(formatReal(root('2').times(d('-1')), 2)).toBe('-1.414213562373');
  });
});
