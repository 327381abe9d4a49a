import { APPROXIMATE_DECIMALS, Decimal, formatExact, integerSqrt } from './decimal';

/** coefficient × √radicand */
interface RootTerm {
  coefficient: Decimal;
  radicand: Decimal;
}

/**
 * A real number held exactly: a fraction plus rational multiples of square roots (r + Σ cᵢ·√qᵢ). Normalised
 * scores need square roots, and a truncated root can tip a value that is exactly x.xx5 (or exactly a
 * z-score average of 0) to the wrong side when rounding. Held this way, such values stay exact.
 *
 * The terms are kept so that no radicand is a square and no two radicands differ by a square factor (√8 and
 * √2 merge into 3·√2). Square roots of such numbers are linearly independent over the rationals, so the value
 * is rational exactly when no term is left, and otherwise irrational, so it never lies on a rounding boundary:
 * rounding narrows it down with more digits until both bounds round alike, and is therefore always correct.
 */
export class ExactReal {
  static readonly ZERO = new ExactReal(Decimal.ZERO, []);

  private constructor(
    readonly rational: Decimal,
    private readonly terms: readonly RootTerm[],
  ) {}

  static of(value: Decimal): ExactReal {
    return new ExactReal(value, []);
  }

  /** √value for a value of zero or more. */
  static sqrt(value: Decimal): ExactReal {
    return ExactReal.ZERO.plusRoot(Decimal.ONE, value);
  }

  static sum(values: readonly ExactReal[]): ExactReal {
    return values.reduce((total, value) => total.plus(value), ExactReal.ZERO);
  }

  isRational(): boolean {
    return this.terms.length === 0;
  }

  /** The value as a fraction, or null when it is irrational. */
  asRational(): Decimal | null {
    return this.isRational() ? this.rational : null;
  }

  plus(other: ExactReal | Decimal): ExactReal {
    if (other instanceof Decimal) return new ExactReal(this.rational.plus(other), this.terms);
    return other.terms.reduce(
      (total, term) => total.plusRoot(term.coefficient, term.radicand),
      new ExactReal(this.rational.plus(other.rational), this.terms),
    );
  }

  minus(other: Decimal): ExactReal {
    return this.plus(other.negated());
  }

  times(other: ExactReal | Decimal): ExactReal {
    if (other instanceof Decimal) {
      if (other.isZero()) return ExactReal.ZERO;
      return new ExactReal(
        this.rational.times(other),
        this.terms.map((term) => ({ ...term, coefficient: term.coefficient.times(other) })),
      );
    }
    // (r + Σ a·√p)(s + Σ b·√q) = rs + s·Σ a·√p + r·Σ b·√q + ΣΣ ab·√(pq)
    let product = this.times(other.rational);
    for (const term of other.terms) {
      product = product.plusRoot(this.rational.times(term.coefficient), term.radicand);
      for (const own of this.terms) {
        product = product.plusRoot(
          own.coefficient.times(term.coefficient),
          own.radicand.times(term.radicand),
        );
      }
    }
    return product;
  }

  dividedBy(divisor: Decimal): ExactReal {
    return this.times(Decimal.ONE.dividedBy(divisor));
  }

  /** Rounds half away from zero, exactly (see the class comment). */
  roundHalfUp(decimals: number): Decimal {
    if (this.isRational()) return this.rational.roundHalfUp(decimals);
    for (let digits = Math.max(40, decimals + 10); digits <= MAX_DIGITS; digits *= 2) {
      const [low, high] = this.scaledBounds(digits);
      const rounded = roundScaled(low, digits, decimals);
      // Rounding is monotonic, so if both ends round alike, so does every value between them.
      if (rounded === roundScaled(high, digits, decimals))
        return Decimal.fraction(rounded, 10n ** BigInt(decimals));
    }
    throw new Error('An irrational value could not be rounded'); // unreachable: it is never on a boundary
  }

  /** For debugging and tests: '7.5', or '7 + 1/2·√2'. */
  toString(): string {
    const roots = this.terms.map((term) => `${term.coefficient.toString()}·√${term.radicand.toString()}`);
    return this.isRational() ? this.rational.toString() : [this.rational.toString(), ...roots].join(' + ');
  }

  /** Lower and upper bounds, a few units of 10^-digits apart. */
  bounds(digits: number): [Decimal, Decimal] {
    const scale = 10n ** BigInt(digits);
    const [low, high] = this.scaledBounds(digits);
    return [Decimal.fraction(low, scale), Decimal.fraction(high, scale)];
  }

  /**
   * The bounds times 10^digits, in integer arithmetic (no fractions to reduce): each part is scaled and
   * floored (low) or ceiled (high), and each √q·10^digits lies between ⌊√q·10^digits⌋ and one more.
   */
  private scaledBounds(digits: number): [bigint, bigint] {
    const scale = 10n ** BigInt(digits);
    let low = floorDivide(this.rational.numerator * scale, this.rational.denominator);
    let high = ceilDivide(this.rational.numerator * scale, this.rational.denominator);
    for (const { coefficient, radicand } of this.terms) {
      const root = integerSqrt((radicand.numerator * scale * scale) / radicand.denominator);
      const [a, b] = [coefficient.numerator * root, coefficient.numerator * (root + 1n)];
      low += floorDivide(a < b ? a : b, coefficient.denominator);
      high += ceilDivide(a < b ? b : a, coefficient.denominator);
    }
    return [low, high];
  }

  /** Adds coefficient × √radicand, merging it into the rational part or a term with the same square class. */
  private plusRoot(coefficient: Decimal, radicand: Decimal): ExactReal {
    if (coefficient.isZero() || radicand.isZero()) return this;
    const root = radicand.exactSqrt();
    if (root !== null) return new ExactReal(this.rational.plus(coefficient.times(root)), this.terms);
    const terms = [...this.terms];
    const index = terms.findIndex((term) => radicand.dividedBy(term.radicand).exactSqrt() !== null);
    if (index < 0) return new ExactReal(this.rational, [...terms, { coefficient, radicand }]);
    // √radicand = √(radicand / q) · √q, and √(radicand / q) is a fraction
    const ratio = radicand.dividedBy(terms[index].radicand).exactSqrt() ?? Decimal.ZERO;
    const merged = terms[index].coefficient.plus(coefficient.times(ratio));
    if (merged.isZero()) terms.splice(index, 1);
    else terms[index] = { coefficient: merged, radicand: terms[index].radicand };
    return new ExactReal(this.rational, terms);
  }
}

const MAX_DIGITS = 40 * 2 ** 8;

/** ⌊n / d⌋ for d > 0 (BigInt division truncates toward zero). */
function floorDivide(n: bigint, d: bigint): bigint {
  const quotient = n / d;
  return n % d !== 0n && n < 0n ? quotient - 1n : quotient;
}

function ceilDivide(n: bigint, d: bigint): bigint {
  return -floorDivide(-n, d);
}

/** n / 10^digits rounded half away from zero to `decimals` places, as units of 10^-decimals. */
function roundScaled(n: bigint, digits: number, decimals: number): bigint {
  const magnitude = n < 0n ? -n : n;
  const from = 10n ** BigInt(digits);
  const units = (2n * magnitude * 10n ** BigInt(decimals) + from) / (2n * from);
  return n < 0n ? -units : units;
}

/** Writes a value for a breakdown like formatExact; an irrational one correctly rounded to 12 places. */
export function formatReal(value: ExactReal, minDecimals: number): string {
  const rational = value.asRational();
  if (rational !== null) return formatExact(rational, minDecimals);
  return value.roundHalfUp(APPROXIMATE_DECIMALS).toFixed(APPROXIMATE_DECIMALS);
}
