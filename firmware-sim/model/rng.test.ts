import { describe, expect, it } from 'vitest';
import { hashFinish, hashKey, hashPrefix, normalFromHash, normalFromHashFast, uniformFromHash } from './rng.js';

describe('counter RNG', () => {
  it('is a pure function of the key tuple, with known MurmurHash3 values', () => {
    expect(hashKey(0, 0, 0, 0, 0, 0)).toBe(hashKey(0, 0, 0, 0, 0, 0));
    // Frozen values: changing the hash silently would change every die.
    expect([hashKey(0, 0, 0, 0, 0, 0), hashKey(1, 2, 3, 4, 5, 6), hashKey(0xffffffff, 5, 1, 7, 63, 7)]).toMatchInlineSnapshot(`
      [
        4003277130,
        320753649,
        2149570114,
      ]
    `);
  });

  it('changes with every word of the key', () => {
    const base = hashKey(1, 2, 3, 4, 5, 6);
    expect(hashKey(2, 2, 3, 4, 5, 6)).not.toBe(base);
    expect(hashKey(1, 3, 3, 4, 5, 6)).not.toBe(base);
    expect(hashKey(1, 2, 4, 4, 5, 6)).not.toBe(base);
    expect(hashKey(1, 2, 3, 5, 5, 6)).not.toBe(base);
    expect(hashKey(1, 2, 3, 4, 6, 6)).not.toBe(base);
    expect(hashKey(1, 2, 3, 4, 5, 7)).not.toBe(base);
  });

  it('prefix + finish equals the one-shot hash', () => {
    for (let i = 0; i < 100; i++) {
      expect(hashFinish(hashPrefix(i * 7919, 5, i, 3 * i), i % 64, i >> 3)).toBe(hashKey(i * 7919, 5, i, 3 * i, i % 64, i >> 3));
    }
  });

  it('gives standard normal deviates (exact and fast forms)', () => {
    const n = 40000;
    for (const f of [normalFromHash, normalFromHashFast]) {
      let s = 0, s2 = 0;
      for (let i = 0; i < n; i++) {
        const z = f(hashKey(42, 9, i, 0, 0, 0));
        s += z;
        s2 += z * z;
      }
      expect(Math.abs(s / n)).toBeLessThan(0.03);
      expect(Math.abs(s2 / n - 1)).toBeLessThan(0.03);
    }
    let u = 0;
    for (let i = 0; i < n; i++) u += uniformFromHash(hashKey(3, 1, i, 0, 0, 0));
    expect(Math.abs(u / n - 0.5)).toBeLessThan(0.01);
  });

  it('the inverse CDF is monotone and symmetric', () => {
    expect(normalFromHash(0x80000000)).toBeCloseTo(0, 6);
    expect(normalFromHash(0xffffffff)).toBeCloseTo(-normalFromHash(0), 6);
    let prev = -Infinity;
    for (let h = 0; h < 2 ** 32; h += 2 ** 22) {
      const z = normalFromHashFast(h);
      expect(z).toBeGreaterThanOrEqual(prev);
      prev = z;
    }
  });
});
