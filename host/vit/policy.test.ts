import { describe, expect, it } from 'vitest';
import { HacError } from '../errors.js';
import { parseVitArgs } from './command.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allocate, compensationGain, headCurve } from './calibrate.js';
import { decodeHalf } from './f16.js';
import { balanceChannels } from './head-quant.js';
import { DATA_DIR } from './weights.js';
import { quantise, quantiseHead } from './head-quant.js';
import { checkPolicy, prunedMassFromCodes, chooseMarginScale, chooseMassTarget, chooseSharedMarginScale, idealCodes, massCurve, massMargin, structuralMargin, type KeepPolicy, logitsPerCode, marginCodes, MARGIN_SCALES, type AnalogConstants } from './policy.js';

/** Analog constants as the virtual chip reports them (DOT_PER_CODE 536032 / 2^16); the product reads the registers. */
const ANALOG: AnalogConstants = { adcBits: 5, zeroCode: 8, inputBits: 4, dotPerCode: 536032 / 65536 };

describe('keep rule in real units -> chip codes', () => {
  it('one code is DOT_PER_CODE x 2^(2(8-INPUT_BITS)) x qScale x kScale / sqrt(d) logits', () => {
    expect(logitsPerCode(ANALOG, 0.01, 0.02)).toBeCloseTo((ANALOG.dotPerCode * 256 * 0.01 * 0.02) / 8, 12);
    expect(logitsPerCode({ ...ANALOG, inputBits: 8 }, 0.01, 0.02)).toBeCloseTo((ANALOG.dotPerCode * 0.01 * 0.02) / 8, 12);
  });

  it('a margin in logits becomes the smallest code count that covers it, capped at the ADC top', () => {
    const lpc = logitsPerCode(ANALOG, 0.02, 0.03); // ~0.157 logits per code
    expect(marginCodes(ANALOG, 0, 0.02, 0.03)).toBe(0);
    expect(marginCodes(ANALOG, lpc * 3, 0.02, 0.03)).toBe(3);
    expect(marginCodes(ANALOG, lpc * 3.01, 0.02, 0.03)).toBe(4);
    expect(marginCodes(ANALOG, 1000, 0.02, 0.03)).toBe(31);
    expect(() => marginCodes(ANALOG, -1, 0.02, 0.03)).toThrow(HacError);
  });

  it('ideal codes follow the ANALOG block transfer (MSBs, floor, zero code, clamp)', () => {
    const q = new Int8Array(64).fill(0);
    q[0] = 127; // >> 4 = 7
    q[1] = -128; // >> 4 = -8
    const keys = new Int8Array(3 * 64);
    keys[0] = 127; // token 0: dot4 = 49
    keys[64 + 1] = 127; // token 1: dot4 = -56
    keys[128 + 0] = 17; // token 2: 17 >> 4 = 1 -> dot4 = 7
    const out = new Uint8Array(3);
    idealCodes(ANALOG, q, 0, keys, 3, out, 64, 'truncate');
    expect([...out]).toEqual([Math.floor(49 / ANALOG.dotPerCode) + 8, Math.floor(-56 / ANALOG.dotPerCode) + 8, 8]);
    keys[64 + 1] = 0;
    keys[64 + 0] = -128; // dot4 = 7 * -8 x 8 dims would clamp at 0
    for (let i = 0; i < 8; i++) keys[64 + i] = -128;
    q.fill(127, 0, 8);
    idealCodes(ANALOG, q, 0, keys, 3, out, 64, 'truncate');
    expect(out[1]).toBe(0);
    // rounded MSBs (the sim's bit-exact rule): 17 -> (17 + 8) >> 4 = 1, 127 -> min(8, 7) = 7, -128 -> -8
    const one = new Int8Array(64);
    one[0] = 24; // (24 + 8) >> 4 = 2, truncated 1
    const k1 = new Int8Array(64);
    k1[0] = 127;
    idealCodes({ ...ANALOG, dotPerCode: 1 }, one, 0, k1, 1, out);
    expect(out[0]).toBe(8 + 14);
    idealCodes({ ...ANALOG, dotPerCode: 1 }, one, 0, k1, 1, out, 64, 'truncate');
    expect(out[0]).toBe(8 + 7);
  });
});

describe('pilot: the margin scale that meets a keep budget', () => {
  it('picks the factor whose pilot keep lies closest to the budget', () => {
    const lpc = logitsPerCode(ANALOG, 0.02, 0.03);
    // one query, 10 tokens, codes 20 down to 11: a margin of m codes keeps m + 1 tokens
    const pilot = [{ codes: [20, 19, 18, 17, 16, 15, 14, 13, 12, 11], qScale: 0.02 }];
    // margin 3 codes (4 tokens); a budget of 0.5 (5 tokens) needs 4 codes
    const f = chooseMarginScale(ANALOG, pilot, 0.03, 3 * lpc, 0.5);
    expect(marginCodes(ANALOG, 3 * lpc * f, 0.02, 0.03)).toBe(4);
    // the smallest factor that gets there
    expect(marginCodes(ANALOG, 3 * lpc * (f - 0.1), 0.02, 0.03)).toBe(3);
    // a budget below what any factor keeps: the smallest factor
    expect(chooseMarginScale(ANALOG, pilot, 0.03, 30 * lpc, 0.1)).toBe(MARGIN_SCALES[0]);
  });

  it('counts kept tokens as a pass over every token would (random pilots, several heads)', () => {
    // the direct count: per factor, per query, the tokens whose code is within the margin of the best
    const direct = (groups: { pilot: { codes: number[]; qScale: number }[]; kScale: number; marginLogits: number }[], budget: number, minKeep: number): number => {
      let chosen = MARGIN_SCALES[0];
      let bestGap = Infinity;
      for (const f of MARGIN_SCALES) {
        let kept = 0;
        let total = 0;
        for (const g of groups) {
          for (const p of g.pilot) {
            const floor = Math.max(...p.codes) - marginCodes(ANALOG, g.marginLogits * f, p.qScale, g.kScale);
            kept += Math.max(p.codes.filter((x) => x >= floor).length, Math.min(minKeep, p.codes.length));
            total += p.codes.length;
          }
        }
        const gap = Math.abs(kept / total - budget);
        if (gap < bestGap - 1e-12) [bestGap, chosen] = [gap, f];
      }
      return chosen;
    };
    let s = 12345;
    const rnd = () => ((s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let trial = 0; trial < 50; trial++) {
      const groups = Array.from({ length: 1 + (trial % 3) }, () => {
        const qScale = 0.005 + 0.03 * rnd();
        return {
          kScale: 0.01 + 0.04 * rnd(),
          marginLogits: 4 * rnd(),
          pilot: Array.from({ length: 5 }, () => ({ qScale, codes: Array.from({ length: 40 }, () => Math.floor(32 * rnd() ** (1 + 3 * rnd()))) })),
        };
      });
      const budget = rnd();
      const minKeep = 1 + (trial % 5);
      expect(chooseSharedMarginScale(ANALOG, groups, budget, minKeep)).toBe(direct(groups, budget, minKeep));
    }
  });
});

describe('structural rules', () => {
  const policy = (extra: Partial<KeepPolicy>) => ({ ...checkPolicy({ kind: 'hac-vit-policy', version: 1, rule: 'relative-logit-margin', marginLogits: Array.from({ length: 12 }, () => [1, 2, 3]), queryHeadroom: Array.from({ length: 12 }, () => [1, 1, 1]), minKeep: 1, provenance: {} }), ...extra });
  it('CLS dense keeps every token for query 0 in every layer; cls-only runs the last layer\'s other queries at MARGIN 0 (its CLS row at the calibrated margin)', () => {
    const none = policy({});
    expect(structuralMargin(none, ANALOG, 11, 0)).toBeNull();
    expect(structuralMargin(none, ANALOG, 11, 5)).toBeNull();
    const cls = policy({ clsQuery: 'dense' });
    expect(structuralMargin(cls, ANALOG, 3, 0)).toBe(31);
    expect(structuralMargin(cls, ANALOG, 3, 1)).toBeNull();
    expect(structuralMargin(cls, ANALOG, 11, 1)).toBeNull();
    const last = policy({ lastLayer: 'cls-only' });
    expect(structuralMargin(last, ANALOG, 11, 0)).toBeNull();
    expect(structuralMargin(last, ANALOG, 11, 196)).toBe(0);
    expect(structuralMargin(last, ANALOG, 10, 0)).toBeNull();
    expect(structuralMargin(last, ANALOG, 10, 196)).toBeNull();
    expect(() => checkPolicy({ ...cls, clsQuery: 'sometimes' })).toThrow(/clsQuery/);
    expect(() => checkPolicy({ ...cls, lastLayer: 'x' })).toThrow(/lastLayer/);
    expect(() => checkPolicy({ ...cls, keyBalance: 1.5 })).toThrow(/keyBalance/);
    expect(() => checkPolicy({ ...cls, keyBalance: -0.1 })).toThrow(/keyBalance/);
    expect(checkPolicy({ ...cls, keyBalance: 0.75 }).keyBalance).toBe(0.75);
  });
});

describe('mass rule (queryRule: mass)', () => {
  it('estimates the softmax mass of each code band from the codes and keeps the smallest band reaching p', () => {
    const qScale = 0.02;
    const kScale = 0.03;
    const lpc = logitsPerCode(ANALOG, qScale, kScale);
    // best code 20 (one token), two tokens 1 code below, four tokens 3 codes below
    const cv = massCurve(ANALOG, [20, 19, 19, 17, 17, 17, 17], qScale, kScale);
    const z = 1 + 2 * Math.exp(-lpc) + 4 * Math.exp(-3 * lpc);
    expect(cv.keep[0]).toBe(1);
    expect(cv.keep[1]).toBe(3);
    expect(cv.keep[2]).toBe(3);
    expect(cv.keep[3]).toBe(7);
    expect(cv.mass[0]).toBeCloseTo(1 / z, 12);
    expect(cv.mass[1]).toBeCloseTo((1 + 2 * Math.exp(-lpc)) / z, 12);
    expect(cv.mass[31]).toBeCloseTo(1, 12);
    expect(massMargin(cv, cv.mass[0])).toBe(0);
    expect(massMargin(cv, cv.mass[0] + 1e-6)).toBe(1);
    expect(massMargin(cv, 0.999999)).toBe(3);
  });

  it('picks the mass target whose keep over the head lies closest to the budget', () => {
    // a peaked query (one token far above) and a flat one (all tokens on one code)
    const peaked = massCurve(ANALOG, [30, ...new Array(9).fill(2)], 0.05, 0.05);
    const flat = massCurve(ANALOG, new Array(10).fill(12), 0.05, 0.05);
    const p = chooseMassTarget([peaked, flat], 10, 0.55);
    expect(peaked.keep[massMargin(peaked, p)] + flat.keep[massMargin(flat, p)]).toBe(11);
  });
});

describe('pruned-mass compensation (compensation: code-mass)', () => {
  it('estimates the pruned share of the softmax from the codes: weight exp(lpc x (code - best)) per token', () => {
    const codes = [20, 18, 18, 10, 4];
    const mask = (kept: number[]) => {
      const m = new Uint8Array(1);
      for (const t of kept) m[0] |= 1 << t;
      return m;
    };
    const w = codes.map((c) => Math.exp(0.5 * (c - 20)));
    const all = w.reduce((a, b) => a + b, 0);
    expect(prunedMassFromCodes(0.5, codes, mask([0, 1, 2]))).toBeCloseTo((w[3] + w[4]) / all, 12);
    expect(prunedMassFromCodes(0.5, codes, mask([0, 1, 2, 3, 4]))).toBe(0);
    // at 0 logits per code every token weighs the same: the pruned share is the pruned count's
    expect(prunedMassFromCodes(0, codes, mask([0]))).toBeCloseTo(4 / 5, 12);
    // the best code is the query's own, whichever token holds it and whether it was kept
    expect(prunedMassFromCodes(1, [3, 9, 3], mask([0, 2]))).toBeCloseTo(1 / (1 + 2 * Math.exp(-6)), 12);
    // what cannot come from a device is an error, not a number
    for (const [lpc, c, m] of [[NaN, codes, mask([0])], [-1, codes, mask([0])], [0.5, Array(9).fill(1), new Uint8Array(1)], [0.5, [1, 2.5], mask([0])]] as const) {
      expect(() => prunedMassFromCodes(lpc, c, m)).toThrow(HacError);
    }
  });
});

describe('policy files', () => {
  const good = () => ({ kind: 'hac-vit-policy', version: 1, rule: 'relative-logit-margin', marginLogits: Array.from({ length: 12 }, () => [1, 2, 3]), queryHeadroom: Array.from({ length: 12 }, () => [1, 2, 1]), minKeep: 1, provenance: {} });
  it('accepts a well-formed policy and names what is wrong with a bad one', () => {
    expect(checkPolicy(good()).marginLogits[0]).toEqual([1, 2, 3]);
    const bad = good();
    bad.marginLogits[3][1] = -1;
    expect(() => checkPolicy(bad, 'p.json')).toThrow(/marginLogits/);
    expect(() => checkPolicy({ ...good(), queryHeadroom: [] })).toThrow(/queryHeadroom/);
    expect(() => checkPolicy({ ...good(), kind: 'x' })).toThrow(/hac-vit-policy/);
    expect(checkPolicy({ ...good(), queryRule: 'mass', tokenOrder: 'shuffled' }).queryRule).toBe('mass');
    expect(() => checkPolicy({ ...good(), queryRule: 'top-p' })).toThrow(/queryRule/);
    expect(() => checkPolicy({ ...good(), tokenOrder: 'reversed' })).toThrow(/tokenOrder/);
    expect(checkPolicy({ ...good(), compensation: 'code-mass' }).compensation).toBe('code-mass');
    expect(() => checkPolicy({ ...good(), compensation: 'oracle' })).toThrow(/compensation/);
    try {
      checkPolicy(null);
    } catch (e) {
      expect((e as HacError).kind).toBe('invalid-argument');
    }
  });
});

describe('calibration', () => {
  it('head curves: keep grows and output error shrinks with the margin; a huge margin is dense', () => {
    const tokens = 40;
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
    const h = { q: Float64Array.from({ length: tokens * 64 }, rnd), k: Float64Array.from({ length: tokens * 64 }, rnd), v: Float64Array.from({ length: tokens * 64 }, rnd) };
    const c = headCurve(h, tokens, ANALOG, 1, [0, 1, 2, 4, 1000]);
    for (let g = 1; g < 5; g++) {
      expect(c.keep[g]).toBeGreaterThanOrEqual(c.keep[g - 1]);
      expect(c.error[g]).toBeLessThanOrEqual(c.error[g - 1] + 1e-12);
    }
    expect(c.keep[4]).toBeCloseTo(1, 12);
    expect(c.error[4]).toBeLessThan(1e-20);
  });

  it('head curves from measured codes equal the ideal ones when the device measures the ideal codes', () => {
    const tokens = 30;
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
    const h = { q: Float64Array.from({ length: tokens * 64 }, rnd), k: Float64Array.from({ length: tokens * 64 }, rnd), v: Float64Array.from({ length: tokens * 64 }, rnd) };
    const qh = quantiseHead(h, tokens);
    const q = new Int8Array(64);
    const measured = Array.from({ length: tokens }, (_, i) => {
      let m = 0;
      for (let c = 0; c < 64; c++) m = Math.max(m, Math.abs(h.q[i * 64 + c]));
      quantise(h.q.subarray(i * 64, (i + 1) * 64), m / 127, q);
      const codes = new Uint8Array(tokens);
      idealCodes(ANALOG, q, 0, qh.keys, tokens, codes);
      return codes;
    });
    const grid = [0, 0.5, 1, 2, 4];
    const ideal = headCurve(h, tokens, ANALOG, 1, grid, 1, 0);
    const fromCodes = headCurve(h, tokens, ANALOG, 1, grid, 1, 0, 'output', measured);
    expect(Array.from(fromCodes.keep)).toEqual(Array.from(ideal.keep));
    expect(Array.from(fromCodes.error)).toEqual(Array.from(ideal.error));
    // other codes, other curve
    measured[0] = new Uint8Array(tokens).fill(10);
    expect(headCurve(h, tokens, ANALOG, 1, grid, 1, 0, 'output', measured).keep[0]).toBeGreaterThan(ideal.keep[0]);
  });

  it('head curves with code-mass compensation: less output error where tokens are pruned, none added where all are kept', () => {
    const tokens = 60;
    let seed = 13;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
    // heavy-tailed scores (few codes at the ADC top) and values with a common offset: what a pruned row loses is mostly the mean value
    const h = { q: Float64Array.from({ length: tokens * 64 }, () => rnd() ** 3), k: Float64Array.from({ length: tokens * 64 }, () => rnd() ** 3), v: Float64Array.from({ length: tokens * 64 }, (_, i) => 2 + rnd() + ((i % 64) % 5)) };
    const grid = [0, 0.5, 1, 2, 1000];
    const plain = headCurve(h, tokens, ANALOG, 1, grid, 1, 0);
    const comp = headCurve(h, tokens, ANALOG, 1, grid, 1, 0, 'output', undefined, true);
    expect(Array.from(comp.keep)).toEqual(Array.from(plain.keep));
    expect(plain.keep[0]).toBeLessThan(0.5);
    expect(comp.error[0]).toBeLessThan(0.5 * plain.error[0]);
    expect(comp.error[4]).toBeLessThan(1e-20);
  });

  it('code-mass compensation cuts every head\'s output error at keep 0.25 on the 384-px chelsea tensors (577 tokens, layer 6; no calibration uses them)', () => {
    const all = decodeHalf(new Uint8Array(readFileSync(join(DATA_DIR, 'qkv', 'chelsea_384_L06.f16'))));
    const T = 577;
    const part = (which: number, h: number) => Float64Array.from(all.subarray((which * 3 + h) * T * 64, (which * 3 + h + 1) * T * 64));
    for (let h = 0; h < 3; h++) {
      const g = compensationGain(balanceChannels({ q: part(0, h), k: part(1, h), v: part(2, h) }, T, 64, 0.75), T, ANALOG);
      expect(Math.abs(g.keep - 0.25)).toBeLessThan(0.05);
      // measured x0.34, x0.40, x0.075 (scripts/vit-compensation-heads.ts)
      expect(g.errorCompensated).toBeLessThan(0.6 * g.error);
    }
  }, 60_000);

  it('allocation meets the keep budget and gives tokens to the head whose error needs them', () => {
    const flat = { keep: Float64Array.from([0.1, 0.5, 0.9]), error: Float64Array.from([0.001, 0.0005, 0]) };
    const steep = { keep: Float64Array.from([0.1, 0.5, 0.9]), error: Float64Array.from([1, 0.1, 0]) };
    const a = allocate([[flat, steep]], 0.3, [1]);
    expect(a.keep).toBeLessThanOrEqual(0.3);
    expect(a.index[0]).toEqual([0, 1]);
  });
});

describe('hac vit arguments', () => {
  it('parses the image, options and subcommands; bad input is invalid-argument', () => {
    const a = parseVitArgs(['vit', 'x.png', '--json', '--report', 'out', '--die-seed', '3', '--target=sim']);
    expect(a).toMatchObject({ sub: 'classify', image: 'x.png', json: true, report: 'out', dieSeed: 3, target: 'sim' });
    expect(parseVitArgs(['calibrate', '--keep', '0.2']).sub).toBe('calibrate');
    expect(parseVitArgs(['compare', '--die-seeds', '1,2']).dieSeeds).toEqual([1, 2]);
    expect(parseVitArgs(['calibrate', '--measured-codes']).measuredCodes).toBe(true);
    expect(parseVitArgs(['calibrate', '--compensation', 'code-mass']).compensation).toBe('code-mass');
    expect(parseVitArgs(['calibrate']).compensation).toBe('none');
    for (const bad of [[], ['calibrate', '--compensation', 'exact'], ['x.png', '--compensation', 'none'], ['compare', '--compensation', 'code-mass'], ['a.png', 'b.png'], ['x.png', '--die-seed', '-1'], ['x.png', '--bogus'], ['calibrate', '--keep', '2'], ['x.png', '--report']]) {
      try {
        parseVitArgs(bad);
        expect.unreachable(`accepted ${bad.join(' ')}`);
      } catch (e) {
        expect((e as HacError).kind).toBe('invalid-argument');
      }
    }
  });
});

