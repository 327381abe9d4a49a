/**
 * An exact number for scores: parsed from and written as decimal strings ('8.75'), held as a fraction of two
 * BigInts so that sums, products and the divisions of means stay exact (1/3 is kept as 1/3, not 0.333…).
 * Rounding happens only where a caller asks for it. No value ever passes through a binary float.
 */
export class Decimal {
  static readonly ZERO = new Decimal(0n, 1n);
  static readonly ONE = new Decimal(1n, 1n);

  /** Always in lowest terms with a positive denominator, so equal values have equal fields. */
  private constructor(
    readonly numerator: bigint,
    readonly denominator: bigint,
  ) {}

  /** Parses '8', '8.75', '-0.5'. Rejects exponents, signs other than a leading '-', blanks, '.5' and '5.'. */
  static parse(text: string): Decimal {
    const value = Decimal.tryParse(text);
    if (value === null) throw new DecimalFormatError(text);
    return value;
  }

  static tryParse(text: unknown): Decimal | null {
    if (typeof text !== 'string') return null;
    const known = PARSED.get(text);
    if (known) return known;
    const match = DECIMAL_PATTERN.exec(text);
    if (!match) return null;
    const [, sign, whole, fraction = ''] = match;
    const digits = BigInt(whole + fraction) * (sign ? -1n : 1n);
    const value = Decimal.fraction(digits, 10n ** BigInt(fraction.length));
    if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
    PARSED.set(text, value);
    return value;
  }

  static fromInteger(value: number | bigint): Decimal {
    if (typeof value === 'number' && !Number.isSafeInteger(value)) {
      throw new RangeError(`Not a safe integer: ${value}`);
    }
    return new Decimal(BigInt(value), 1n);
  }

  static fraction(numerator: bigint, denominator: bigint): Decimal {
    if (denominator === 0n) throw new RangeError('Division by zero');
    if (denominator < 0n) [numerator, denominator] = [-numerator, -denominator];
    const divisor = gcd(numerator, denominator);
    return new Decimal(numerator / divisor, denominator / divisor);
  }

  static sum(values: readonly Decimal[]): Decimal {
    return values.reduce((total, value) => total.plus(value), Decimal.ZERO);
  }

  static max(values: readonly Decimal[]): Decimal {
    if (values.length === 0) throw new RangeError('max of nothing');
    return values.reduce((best, value) => (value.greaterThan(best) ? value : best));
  }

  static min(values: readonly Decimal[]): Decimal {
    if (values.length === 0) throw new RangeError('min of nothing');
    return values.reduce((best, value) => (value.lessThan(best) ? value : best));
  }

  plus(other: Decimal): Decimal {
    // Both are in lowest terms, so adding zero can return the other as it is (sums start from zero).
    if (this.isZero()) return other;
    if (other.isZero()) return this;
    return Decimal.fraction(
      this.numerator * other.denominator + other.numerator * this.denominator,
      this.denominator * other.denominator,
    );
  }

  minus(other: Decimal): Decimal {
    return this.plus(other.negated());
  }

  times(other: Decimal): Decimal {
    if (other.isOne()) return this; // weights and factors are mostly 1
    if (this.isOne()) return other;
    return Decimal.fraction(this.numerator * other.numerator, this.denominator * other.denominator);
  }

  dividedBy(other: Decimal): Decimal {
    if (other.isZero()) throw new RangeError('Division by zero');
    return Decimal.fraction(this.numerator * other.denominator, this.denominator * other.numerator);
  }

  negated(): Decimal {
    return new Decimal(-this.numerator, this.denominator);
  }

  abs(): Decimal {
    return this.numerator < 0n ? this.negated() : this;
  }

  compare(other: Decimal): -1 | 0 | 1 {
    const left = this.numerator * other.denominator;
    const right = other.numerator * this.denominator;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  equals(other: Decimal): boolean {
    return this.compare(other) === 0;
  }

  lessThan(other: Decimal): boolean {
    return this.compare(other) < 0;
  }

  greaterThan(other: Decimal): boolean {
    return this.compare(other) > 0;
  }

  isZero(): boolean {
    return this.numerator === 0n;
  }

  isOne(): boolean {
    return this.numerator === 1n && this.denominator === 1n;
  }

  isNegative(): boolean {
    return this.numerator < 0n;
  }

  isPositive(): boolean {
    return this.numerator > 0n;
  }

  isInteger(): boolean {
    return this.denominator === 1n;
  }

  /**
   * Rounds to `decimals` places, half away from zero: 8.125 → 8.13, -8.125 → -8.13 (so a negative score after
   * deductions rounds like its mirror image, and rounding never depends on the sign).
   */
  roundHalfUp(decimals: number): Decimal {
    const scale = 10n ** BigInt(checkDecimals(decimals));
    const scaled = this.abs().numerator * scale;
    // floor(|x|·scale + 1/2) = floor((2·n·scale + d) / 2d)
    const rounded = (2n * scaled + this.denominator) / (2n * this.denominator);
    return Decimal.fraction(this.isNegative() ? -rounded : rounded, scale);
  }

  /** Rounds half away from zero and writes exactly `decimals` places: toFixed(2) of 8.125 is '8.13'. */
  toFixed(decimals: number): string {
    const rounded = this.roundHalfUp(decimals);
    const scale = 10n ** BigInt(decimals);
    const units = (rounded.numerator * scale) / rounded.denominator;
    const negative = units < 0n;
    const digits = (negative ? -units : units).toString().padStart(decimals + 1, '0');
    const whole = digits.slice(0, digits.length - decimals);
    const fraction = digits.slice(digits.length - decimals);
    return `${negative ? '-' : ''}${whole}${decimals > 0 ? `.${fraction}` : ''}`;
  }

  /**
   * How many decimal places write this value exactly (8.125 → 3), or null when no finite number does (1/3):
   * a denominator in lowest terms with prime factors other than 2 and 5.
   */
  exactDecimalPlaces(): number | null {
    let rest = this.denominator;
    let twos = 0;
    let fives = 0;
    while (rest % 2n === 0n) [rest, twos] = [rest / 2n, twos + 1];
    while (rest % 5n === 0n) [rest, fives] = [rest / 5n, fives + 1];
    return rest === 1n ? Math.max(twos, fives) : null;
  }

  /** The square root when it is a fraction (2.25 → 1.5, 4/9 → 2/3), else null. */
  exactSqrt(): Decimal | null {
    if (this.isNegative()) throw new RangeError('Square root of a negative number');
    const rootOfNumerator = integerSqrt(this.numerator);
    const rootOfDenominator = integerSqrt(this.denominator);
    const exact = rootOfNumerator ** 2n === this.numerator && rootOfDenominator ** 2n === this.denominator;
    return exact ? Decimal.fraction(rootOfNumerator, rootOfDenominator) : null;
  }

  /**
   * Square root, exact when the value is the square of a fraction, otherwise truncated to `digits` decimal
   * places by integer arithmetic (a lower bound within 10^-digits), the same on every machine.
   */
  sqrt(digits = SQRT_DIGITS): Decimal {
    const exact = this.exactSqrt();
    if (exact !== null) return exact;
    // floor(sqrt(floor(y))) = floor(sqrt(y)) for y ≥ 0, so truncating before the root loses nothing.
    const scale = 10n ** BigInt(checkDecimals(digits));
    return Decimal.fraction(integerSqrt((this.numerator * scale * scale) / this.denominator), scale);
  }

  /** The exact value when it is a finite decimal, else the fraction: '8.125', '26/3'. For debugging and tests. */
  toString(): string {
    const places = this.exactDecimalPlaces();
    return places === null ? `${this.numerator}/${this.denominator}` : this.toFixed(places);
  }
}

/** Decimal places of a square root that is not exact, unless asked otherwise. */
export const SQRT_DIGITS = 30;

export class DecimalFormatError extends Error {
  constructor(readonly text: unknown) {
    super(`Not a decimal number: ${JSON.stringify(text)}`);
    this.name = 'DecimalFormatError';
  }
}

// Digits, optionally a point followed by digits, optionally a leading minus. Nothing else.
const DECIMAL_PATTERN = /^(-)?(\d+)(?:\.(\d+))?$/;

// Parsed values by their text: a round's marks repeat a few dozen values thousands of times, and a Decimal
// never changes. Bounded, so that odd inputs cannot grow it without end.
const PARSED = new Map<string, Decimal>();
const PARSED_LIMIT = 10_000;

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  while (b !== 0n) {
    const rest = a % b;
    a = b;
    b = rest;
  }
  return a === 0n ? 1n : a;
}

/** floor(√n) by Newton's method on integers. */
export function integerSqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError('Square root of a negative number');
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2)); // a power of two ≥ √n
  for (;;) {
    const next = (x + n / x) / 2n;
    if (next >= x) return x;
    x = next;
  }
}

function checkDecimals(decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0)
    throw new RangeError(`Bad number of decimals: ${decimals}`);
  return decimals;
}

/**
 * Writes a value for a breakdown: exactly, with at least `minDecimals` places ('40.00', '13.125'); a value with
 * no finite decimal form (a mean of three marks), or more places than `APPROXIMATE_DECIMALS`, is rounded half
 * up to `APPROXIMATE_DECIMALS` places: the precision the API states for breakdown values.
 */
export function formatExact(value: Decimal, minDecimals: number): string {
  const places = value.exactDecimalPlaces();
  if (places !== null && places <= APPROXIMATE_DECIMALS) return value.toFixed(Math.max(places, minDecimals));
  return value.toFixed(APPROXIMATE_DECIMALS);
}

export const APPROXIMATE_DECIMALS = 12;
