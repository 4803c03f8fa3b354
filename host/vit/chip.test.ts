/**
 * The forward pass with every head on the virtual chip (hac-sim over stdio), pruning off: its
 * logits stay within what INT8 queries, keys and values explain (measured by the host's INT8
 * emulation, int8Attend) of the float64 reference, and top-5 are the reference's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../index.js';
import { ChipRunStats, chipAttend, configureChip, int8Attend } from './chip.js';
import { emulatedAttend } from './calibrate.js';
import { HacError } from '../errors.js';
import { balanceChannels, dequantisedValues, quantiseHead, shuffledOrder } from './head-quant.js';
import type { HacDevice } from '../device/device.js';
import { loadPolicy, readAnalogConstants, type KeepPolicy } from './policy.js';
import { DEFAULT_POLICY } from './command.js';
import { denseAttention, forward, topK, type HeadTensors } from './model.js';
import { chipPass } from './run.js';
import { DATA_DIR, loadWeights } from './weights.js';
import { decodeHalf } from './f16.js';

const SERVER = fileURLToPath(new URL('../../firmware-sim/server/main.ts', import.meta.url));
const d = existsSync(SERVER) ? describe : describe.skip;

function reference(name: string): Float32Array {
  const b = readFileSync(join(DATA_DIR, 'reference', `${name}_224.logits.f32`));
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

function deviation(a: ArrayLike<number>, b: ArrayLike<number>): { max: number; rms: number } {
  let max = 0;
  let sq = 0;
  for (let i = 0; i < a.length; i++) {
    max = Math.max(max, Math.abs(a[i] - b[i]));
    sq += (a[i] - b[i]) ** 2;
  }
  return { max, rms: Math.sqrt(sq / a.length) };
}

describe('head quantisation', () => {
  it('centres the keys (softmax-invariant) and uses the full INT8 range', () => {
    const tokens = 3;
    const k = Float64Array.from({ length: tokens * 64 }, (_, i) => 5 + (i % 7) - 3 * Math.floor(i / 64));
    const v = Float64Array.from({ length: tokens * 64 }, (_, i) => Math.sin(i));
    const h = quantiseHead({ q: new Float64Array(tokens * 64), k, v }, tokens);
    for (let c = 0; c < 64; c++) expect(Math.abs(h.keysCentred[c] + h.keysCentred[64 + c] + h.keysCentred[128 + c])).toBeLessThan(1e-12);
    expect(Math.max(...Array.from(h.keys, Math.abs))).toBe(127);
    expect(Math.max(...Array.from(h.values, Math.abs))).toBe(127);
  });

  it('gives every value channel its own scale and offset (the whole INT8 range each), within half a step', () => {
    const tokens = 5;
    // channel c spans c/10 .. c/10 + 0.01 * (c + 1): a per-tensor scale would give channel 0 two steps
    const v = Float64Array.from({ length: tokens * 64 }, (_, i) => (i % 64) / 10 + (0.01 * ((i % 64) + 1) * Math.floor(i / 64)) / (tokens - 1));
    const h = quantiseHead({ q: new Float64Array(tokens * 64), k: new Float64Array(tokens * 64), v }, tokens);
    const back = dequantisedValues(h, tokens);
    for (let t = 0; t < tokens; t++) {
      for (let c = 0; c < 64; c++) {
        expect(Math.abs(back[t * 64 + c] - v[t * 64 + c])).toBeLessThanOrEqual(h.vScale[c] / 2 + 1e-12);
        expect(Math.abs(h.values[t * 64 + c])).toBeLessThanOrEqual(127);
      }
    }
    expect(h.values[0]).toBe(-127);
    expect(h.values[(tokens - 1) * 64]).toBe(127);
    const perTensor = quantiseHead({ q: new Float64Array(tokens * 64), k: new Float64Array(tokens * 64), v }, tokens, 64, 'tensor');
    expect(new Set(Array.from({ length: tokens }, (_, t) => perTensor.values[t * 64])).size).toBeLessThan(3);
  });
});

d('ViT forward pass on the virtual chip, pruning off', () => {
  let dev: HacDevice;
  const w = loadWeights();
  beforeAll(async () => {
    dev = await connect('sim');
  });
  afterAll(async () => {
    await dev?.close();
  });

  for (const name of ['chelsea', 'coffee']) {
    it(`${name}: logits within what INT8 explains, same top-5 as the float64 reference`, async () => {
      const rgb = new Uint8Array(readFileSync(join(DATA_DIR, 'inputs', `${name}_224.rgb`)));
      const ref = reference(name);
      const int8 = deviation((await forward(w, rgb, int8Attend)).logits, ref);
      const chip = await chipPass(dev, w, rgb, { kind: 'dense' }, null);
      const dev8 = deviation(chip.logits, ref);
      // Measured with per-tensor values: INT8 emulation max 0.056 / 0.060, chip 0.065 / 0.081 (the
      // chip adds its fixed-point softmax and INT16 output rounding); rms 0.018 / 0.020 vs 0.018 / 0.023.
      // Per-channel values (now): emulation max 0.049 / 0.055, chip 0.051 / 0.047; rms 0.014 / 0.017
      // vs 0.012 / 0.015.
      expect(dev8.max).toBeLessThanOrEqual(1.5 * int8.max + 0.01);
      expect(dev8.rms).toBeLessThanOrEqual(1.5 * int8.rms + 0.005);
      expect(topK(chip.logits, 5).map((r) => r.index)).toEqual(topK(ref, 5).map((r) => r.index));
      expect(chip.stats.keepRatio()).toBe(1);
      expect(chip.stats.queries).toBe(36 * 197);
    }, 120_000);
  }
});

describe('query/key channel balance (keyBalance, SmoothQuant)', () => {
  it('keeps every score q.k and the values, and evens out the channel ranges of the keys', () => {
    const tokens = 20;
    const d = 8;
    let seed = 3;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
    // channel c of the keys spans about 2^c, of the queries 2^-c: the 4-bit input loses the small ones
    const q = Float64Array.from({ length: tokens * d }, (_, i) => rnd() * 2 ** -(i % d));
    const k = Float64Array.from({ length: tokens * d }, (_, i) => rnd() * 2 ** (i % d));
    const v = Float64Array.from({ length: tokens * d }, rnd);
    const b = balanceChannels({ q, k, v }, tokens, d, 0.5);
    for (let i = 0; i < tokens; i++)
      for (let j = 0; j < tokens; j++) {
        let s0 = 0;
        let s1 = 0;
        for (let c = 0; c < d; c++) {
          s0 += q[i * d + c] * k[j * d + c];
          s1 += b.q[i * d + c] * b.k[j * d + c];
        }
        expect(s1).toBeCloseTo(s0, 9);
      }
    expect(b.v).toBe(v);
    const range = (x: Float64Array, c: number) => Math.max(...Array.from({ length: tokens }, (_, t) => Math.abs(x[t * d + c])));
    const spread = (x: Float64Array) => Math.max(...Array.from({ length: d }, (_, c) => range(x, c))) / Math.min(...Array.from({ length: d }, (_, c) => range(x, c)));
    expect(spread(k)).toBeGreaterThan(50);
    expect(spread(b.k)).toBeLessThan(4);
  });
});

/** Runs `heads` as layer 4 on the chip under the default policy with `patch` applied. */
async function runLayer4(dev: HacDevice, heads: HeadTensors[], patch: Partial<KeepPolicy>): Promise<{ outs: Float64Array[]; stats: ChipRunStats }> {
  const rule = { kind: 'policy' as const, policy: { ...loadPolicy(DEFAULT_POLICY), ...patch } };
  await configureChip(dev, rule);
  const stats = new ChipRunStats();
  const outs = await chipAttend(dev, { rule, analog: await readAnalogConstants(dev), stats })(4, heads, heads[0].q.length / 64);
  return { outs, stats };
}

describe('token order in K/V SRAM (tokenOrder: shuffled)', () => {
  it('is a fixed permutation per layer and head', () => {
    const a = shuffledOrder(3, 1, 197);
    expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: 197 }, (_, i) => i));
    expect([...shuffledOrder(3, 1, 197)]).toEqual([...a]);
    expect([...shuffledOrder(3, 2, 197)]).not.toEqual([...a]);
    expect([...shuffledOrder(4, 1, 197)]).not.toEqual([...a]);
  });

  it('on a chip without mismatch or noise (ideal preset) the head outputs and kept counts do not depend on it', async () => {
    // host/ never imports the sim: it runs as hac-sim, as a user would start it.
    const dev = await connect('sim:--preset ideal');
    try {
      const tokens = 197;
      let seed = 5;
      const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
      const heads = Array.from({ length: 3 }, () => ({ q: Float64Array.from({ length: tokens * 64 }, rnd), k: Float64Array.from({ length: tokens * 64 }, rnd), v: Float64Array.from({ length: tokens * 64 }, rnd) }));
      const run = async (tokenOrder: 'identity' | 'shuffled') => {
        const { outs, stats } = await runLayer4(dev, heads, { tokenOrder });
        return { outs, kept: stats.heads.map((h) => h.keptTokens), fraction: stats.keptFraction[4] };
      };
      const a = await run('identity');
      const b = await run('shuffled');
      expect(b.kept).toEqual(a.kept);
      expect(b.fraction).toEqual(a.fraction);
      for (let h = 0; h < 3; h++) for (let i = 0; i < tokens * 64; i++) expect(b.outs[h][i]).toBeCloseTo(a.outs[h][i], 9);
    } finally {
      await dev.close();
    }
  }, 60_000);
});

describe('pruned-mass compensation on the chip (compensation: code-mass)', () => {
  it('is unsupported, before any chip work, on a device that does not return analog codes', () => {
    // a unit-level stand-in: only hasCapability is reached before the check
    const board = { hasCapability: () => false, info: { target: 'serial:/dev/ttyUSB0' } } as unknown as HacDevice;
    const policy = loadPolicy(DEFAULT_POLICY);
    const analog = { adcBits: 5, zeroCode: 8, inputBits: 4, dotPerCode: 8.18 };
    let e: unknown;
    try {
      chipAttend(board, { rule: { kind: 'policy', policy }, analog, stats: new ChipRunStats() });
    } catch (err) {
      e = err;
    }
    expect(e instanceof HacError && e.kind === 'unsupported' && /ANALOG_CODES/.test(e.message), String(e)).toBe(true);
    // without the compensation the same device runs the policy
    expect(() => chipAttend(board, { rule: { kind: 'policy', policy: { ...policy, compensation: 'none' } }, analog, stats: new ChipRunStats() })).not.toThrow();
  });

  it('is unsupported when the caller asks not to fetch the codes the compensation needs', () => {
    const sim = { hasCapability: () => true, info: { target: 'sim' } } as unknown as HacDevice;
    const analog = { adcBits: 5, zeroCode: 8, inputBits: 4, dotPerCode: 8.18 };
    expect(() => chipAttend(sim, { rule: { kind: 'policy', policy: loadPolicy(DEFAULT_POLICY) }, analog, stats: new ChipRunStats(), wantCodes: false })).toThrow(/asked not to fetch/);
  });

  it('brings pruned head outputs closer to dense attention, from the codes the chip returns (ideal preset)', async () => {
    const dev = await connect('sim:--preset ideal');
    try {
      const tokens = 197;
      // layer 4's heads on chelsea, from the data set's precomputed tensors ([q/k/v][head][token][64])
      const all = decodeHalf(new Uint8Array(readFileSync(join(DATA_DIR, 'qkv', 'chelsea_224_L04.f16'))));
      const part = (which: number, h: number) => Float64Array.from(all.subarray((which * 3 + h) * tokens * 64, (which * 3 + h + 1) * tokens * 64));
      const heads = [0, 1, 2].map((h) => ({ q: part(0, h), k: part(1, h), v: part(2, h) }));
      const plain = await runLayer4(dev, heads, { compensation: 'none' });
      const comp = await runLayer4(dev, heads, { compensation: 'code-mass' });
      expect(comp.stats.keepRatio()).toBe(plain.stats.keepRatio());
      expect(plain.stats.keepRatio()).toBeLessThan(0.6);
      expect(plain.stats.compensatedMass).toBe(0);
      expect(comp.stats.compensatedMass).toBeGreaterThan(0);
      const err = (outs: Float64Array[]) => {
        let e = 0;
        heads.forEach((h, i) => {
          const dense = denseAttention(h, tokens);
          for (let x = 0; x < tokens * 64; x++) e += (outs[i][x] - dense[x]) ** 2;
        });
        return e;
      };
      expect(err(comp.outs)).toBeLessThan(0.5 * err(plain.outs));
      // the calibration's emulation (ideal transfer, INT8 digital pass) mixes the same mass in
      const analog = await readAnalogConstants(dev);
      const emulated = async (compensation: 'none' | 'code-mass') => emulatedAttend({ ...loadPolicy(DEFAULT_POLICY), compensation }, analog, undefined, 'int8')(4, heads, tokens);
      const diff = (a: Float64Array[], b: Float64Array[]) => a.reduce((s, x, h) => s + x.reduce((t, y, i) => t + (y - b[h][i]) ** 2, 0), 0);
      const withIt = diff(comp.outs, await emulated('code-mass'));
      expect(withIt).toBeLessThan(0.01 * diff(comp.outs, await emulated('none')));
      expect(withIt).toBeLessThan(0.05 * err(comp.outs));
    } finally {
      await dev.close();
    }
  }, 60_000);
});
