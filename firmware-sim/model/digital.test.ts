import { describe, expect, it } from 'vitest';
import {
  EXP2_LUT, defaultScoreScale, digitalAttention, exponentOf, msbOf, probabilityOf, reciprocalOf, roundShift, saturate,
  scoreScaleFor, weightOf,
} from './digital.js';
import { idealAttention } from './reference.js';
import { gaussianHead, queryOf } from './testing.js';

describe('digital arithmetic (DIGITAL.md)', () => {
  it('the exponent LUT holds round(2^15 * 2^(-f/256))', () => {
    expect(EXP2_LUT.length).toBe(256);
    for (let f = 0; f < 256; f++) expect(EXP2_LUT[f]).toBe(Math.round(2 ** (15 - f / 256)));
  });

  it('MSB extraction: round-half-up with saturation, or truncation', () => {
    expect([127, 120, 119, 8, 7, 0, -8, -9, -128].map((x) => msbOf(x, 4, 'round'))).toEqual([7, 7, 7, 1, 0, 0, 0, -1, -8]);
    expect([127, 16, 15, 0, -1, -16, -17, -128].map((x) => msbOf(x, 4, 'truncate'))).toEqual([7, 1, 0, 0, -1, -1, -2, -8]);
  });

  it('scalar steps', () => {
    expect(defaultScoreScale(64)).toBe(3025551);
    expect(scoreScaleFor(1 / 8)).toBe(3025551);
    expect(exponentOf(0, 3025551)).toBe(0);
    // diff 8 at scale 1/8 -> exponent log2(e) = 1.4427 -> u = round(369.33) = 369
    expect(exponentOf(8, 3025551)).toBe(369);
    expect(weightOf(0)).toBe(32768);
    expect(weightOf(256)).toBe(16384);
    expect(weightOf(369)).toBe((EXP2_LUT[113] + 1) >> 1);
    expect(weightOf(16 * 256)).toBe(0);
    expect(reciprocalOf(32768)).toBe(2 ** 30);
    expect(probabilityOf(32768, 2 ** 30)).toBe(65536);
    expect(roundShift(3, 1)).toBe(2); // 1.5 -> 2
    expect(roundShift(-3, 1)).toBe(-1); // -1.5 -> -1 (half up)
    expect(roundShift(-5, 2)).toBe(-1); // -1.25 -> -1
    expect(saturate(200, false)).toBe(127);
    expect(saturate(-200, false)).toBe(-128);
    expect(saturate(-40000, true)).toBe(-32768);
  });

  it('hand-checked cases: one token returns its value; two equal scores average', () => {
    const d = 4;
    const q = Int8Array.from([10, -20, 30, 5]);
    const k = Int8Array.from([1, 2, 3, 4, 1, 2, 3, 4]);
    const v = Int8Array.from([100, -100, 7, -7, 50, 50, 8, -128]);
    expect(Array.from(digitalAttention(q, k, v, { d, contextLength: 1 }))).toEqual([100, -100, 7, -7]);
    // equal scores: p = 32768 each -> (100+50)/2 = 75, (-100+50)/2 = -25, 7.5 -> 8, (-7-128)/2 = -67.5 -> -67
    expect(Array.from(digitalAttention(q, k, v, { d, contextLength: 2 }))).toEqual([75, -25, 8, -67]);
    // INT16 with 8 fraction bits keeps the half
    expect(Array.from(digitalAttention(q, k, v, { d, contextLength: 2, outputInt16: true, outputShift: 8 }))).toEqual([19200, -6400, 1920, -17280]);
    // INT8 saturation with a left-scaled output
    expect(Array.from(digitalAttention(q, k, v, { d, contextLength: 1, outputShift: 2 }))).toEqual([127, -128, 28, -28]);
  });

  it('stays within the documented quantisation bound of the float64 reference', () => {
    // Bound (DIGITAL.md): |o - o_ref| <= 0.5 + 2^s * max|v| * (0.0028 + n * 2^-14), s = outputShift, n = kept tokens.
    for (const [T, s, qs] of [[64, 0, 30], [256, 4, 60], [512, 8, 15]] as const) {
      const h = gaussianHead(T, 8, 100 + T, { qScale: qs });
      const scoreScale = scoreScaleFor(1 / 8 / 4); // unit quantisation scales, softer than 1/8
      const real = (scoreScale / 2 ** 24) * Math.LN2; // the natural-log multiplier the register encodes
      const bound = 0.5 + 2 ** s * 128 * (0.0028 + T * 2 ** -14);
      let sumAbs = 0, maxAbs = 0;
      for (let j = 0; j < h.nq; j++) {
        const q = queryOf(h, j);
        const o = digitalAttention(q, h.k, h.v, { contextLength: T, scoreScale, outputShift: s, outputInt16: true });
        const ref = idealAttention(Array.from(q), h.k, h.v, T, real);
        for (let i = 0; i < 64; i++) {
          const e = Math.abs(o[i] - ref[i] * 2 ** s);
          maxAbs = Math.max(maxAbs, e);
          sumAbs += e;
        }
      }
      expect(maxAbs).toBeLessThanOrEqual(bound);
      // and in practice far inside it: mean error within one output LSB
      expect(sumAbs / (64 * h.nq)).toBeLessThan(1);
    }
  });
});
