import { canonicalJson } from './canonical-json';
import { sameJson } from './same-json';

/** A random JSON-like value from a seeded generator, with the awkward cases mixed in. */
function randomValue(next: () => number, depth = 0): unknown {
  const keys = ['b', 'a', '10', '9', '0', '01', 'é', 'Đức', 'Z', '4294967295', '-1', ''];
  switch (Math.floor(next() * (depth > 3 ? 6 : 9))) {
    case 0:
      return null;
    case 1:
      return Math.round(next() * 16 - 8) / 4;
    case 2:
      return ['8.75', 'Giải Nhất', '"quoted"\n', ''][Math.floor(next() * 4)];
    case 3:
      return next() < 0.5;
    case 4:
      return undefined;
    case 5:
      return [Number.NaN, -0, Infinity, 0][Math.floor(next() * 4)];
    case 6:
      return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth + 1));
    case 7:
      return new Date(Date.UTC(2025, 10, Math.floor(next() * 3) + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: Math.floor(next() * 5) }, () => [
          keys[Math.floor(next() * keys.length)],
          randomValue(next, depth + 1),
        ]),
      );
  }
}

/** A copy with every object's keys written in reverse order. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reordered(item)]),
  );
}

/** A copy with one value somewhere replaced by a random one (which may happen to be the same). */
function mutated(value: unknown, next: () => number): unknown {
  if (Array.isArray(value) && value.length > 0) {
    const at = Math.floor(next() * value.length);
    return (value as unknown[]).map((item, i) => (i === at ? mutated(item, next) : item));
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value);
    if (entries.length > 0) {
      const at = Math.floor(next() * entries.length);
      return Object.fromEntries(
        entries.map(([key, item], i) => [key, i === at ? mutated(item, next) : item]),
      );
    }
  }
  return randomValue(next, 3);
}

function seeded(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps the order of arrays', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ f: 1, e: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[{"e":2,"f":1}]},"b":1}',
    );
  });
});

describe('sameJson', () => {
  it('tells what comparing the canonical texts tells, for 3,000 pairs of random values', () => {
    const next = seeded(20251120);
    const outcomes = { same: 0, different: 0 };
    for (let i = 0; i < 3000; i++) {
      const a = { root: randomValue(next) };
      const kind = i % 4;
      const b =
        kind === 0
          ? (JSON.parse(JSON.stringify(a)) as unknown)
          : kind === 1
            ? reordered(a)
            : kind === 2
              ? mutated(a, next)
              : { root: randomValue(next) };
      const expected = canonicalJson(a) === canonicalJson(b);
      expect(sameJson(a, b)).toBe(expected);
      expect(sameJson(b, a)).toBe(expected);
      outcomes[expected ? 'same' : 'different']++;
    }
    // Both answers are exercised, not one of them only.
    expect(outcomes.same).toBeGreaterThan(1000);
    expect(outcomes.different).toBeGreaterThan(500);
  });

  it('counts a key whose value JSON leaves out as absent, and NaN as null', () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: NaN }, { a: null })).toBe(true);
    expect(sameJson({ a: [undefined] }, { a: [null] })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: '1' }, { a: 1 })).toBe(false);
  });
});
