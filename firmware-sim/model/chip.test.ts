import { describe, expect, it } from 'vitest';
import { ChipModel, type QueryRequest } from './chip.js';
import { digitalAttention, msbOf } from './digital.js';
import type { SelectionConfig } from './params.js';
import { NOMINAL_OPERATING_POINT } from './params.js';
import { telemetry } from './reference.js';
import { gaussianHead, loaded, queryFloatOf, queryOf, requestFor, selection, type TestHead } from './testing.js';

const DENSE: SelectionConfig = { mode: 'dense', threshold: 0, margin: 0, topK: 0, minKeep: 0 };
const rel = (margin: number): SelectionConfig => ({ mode: 'relative', threshold: 0, margin, topK: 0, minKeep: 1 });
const topk = (k: number): SelectionConfig => ({ mode: 'topk', threshold: 0, margin: 0, topK: k, minKeep: 0 });

function req(h: TestHead, j: number, selection: SelectionConfig, extra: Partial<QueryRequest> = {}): QueryRequest {
  return { q: queryOf(h, j), contextLength: h.T, head: 0, queryIndex: j, selection, outputShift: 0, outputInt16: false, ...extra };
}

describe('ChipModel: digital equivalence and determinism', () => {
  it('ideal preset with pruning off equals the dense digital path exactly', () => {
    const h = gaussianHead(200, 6, 1);
    for (const preset of ['ideal', 'typical'] as const) {
      const chip = loaded(h, { preset, dieSeed: 5 });
      for (let j = 0; j < h.nq; j++) {
        const r = chip.runQuery(req(h, j, DENSE, { outputInt16: true, outputShift: 6 }));
        const ref = digitalAttention(queryOf(h, j), h.k, h.v, { contextLength: h.T, outputInt16: true, outputShift: 6 });
        expect(Array.from(r.output)).toEqual(Array.from(ref));
        expect(r.kept).toBe(h.T);
        expect(r.conversions).toBe(0);
      }
    }
  });

  it('ideal codes are the 4-bit dot product through the ADC transfer function', () => {
    const h = gaussianHead(130, 3, 2);
    const chip = loaded(h, { preset: 'ideal' });
    const p = chip.params;
    const vUnit = 1 / ((64 + 0.3 * 64 + 2) * p.recombinationDivider);
    for (let j = 0; j < h.nq; j++) {
      const codes = chip.analogCodes({ q: queryOf(h, j), contextLength: h.T, head: 0, queryIndex: j });
      for (let t = 0; t < h.T; t++) {
        let dot = 0;
        for (let i = 0; i < 64; i++) dot += msbOf(h.q[j * 64 + i], 4, 'round') * msbOf(h.k[t * 64 + i], 4, 'round');
        const expected = Math.max(0, Math.min(31, Math.floor((dot * vUnit) / p.adcLsbV) + p.adcZeroCode));
        expect(codes[t]).toBe(expected);
      }
    }
  });

  it('same seeds and inputs give identical masks, codes and outputs; another die differs', () => {
    const h = gaussianHead(300, 8, 3);
    const run = (seed: number) => {
      const chip = loaded(h, { preset: 'typical', dieSeed: seed });
      return Array.from({ length: h.nq }, (_, j) => chip.runQuery(req(h, j, rel(4))));
    };
    const a = run(77), b = run(77), c = run(78);
    for (let j = 0; j < h.nq; j++) {
      expect(b[j].codes).toEqual(a[j].codes);
      expect(b[j].keepMask).toEqual(a[j].keepMask);
      expect(b[j].output).toEqual(a[j].output);
      expect(b[j].energyPj).toBe(a[j].energyPj);
    }
    expect(a.some((r, j) => r.codes.some((x, t) => x !== c[j].codes[t]))).toBe(true);
  });

  it('a single analog decision recomputed alone matches the full pass, in any order', () => {
    const h = gaussianHead(257, 4, 4);
    const chip = loaded(h, { preset: 'conservative', dieSeed: 123 });
    chip.trim.set(Int8Array.from({ length: 64 }, (_, c) => (c % 7) - 3));
    const results = [3, 1, 0, 2].map((j) => ({ j, r: chip.runQuery(req(h, j, rel(3), { head: 2 })) }));
    const fresh = new ChipModel({ preset: 'conservative', dieSeed: 123 });
    fresh.kSram.set(h.k);
    fresh.trim.set(chip.trim);
    for (const { j, r } of results) {
      for (const t of [0, 1, 63, 64, 128, 200, 256]) expect(fresh.recomputeCode(queryOf(h, j), t, 2, j)).toBe(r.codes[t]);
    }
  });

  it('fresh noise differs per query index but not per run', () => {
    const h = gaussianHead(256, 1, 5);
    const chip = loaded(h, { preset: 'typical', dieSeed: 9 });
    const a = chip.analogCodes({ q: queryOf(h, 0), contextLength: 256, head: 0, queryIndex: 0 });
    const b = chip.analogCodes({ q: queryOf(h, 0), contextLength: 256, head: 0, queryIndex: 1 });
    const a2 = chip.analogCodes({ q: queryOf(h, 0), contextLength: 256, head: 0, queryIndex: 0 });
    expect(a2).toEqual(a);
    expect(a.some((x, t) => x !== b[t])).toBe(true);
  });

  it('keysChanged refolds only what changed, and a fresh model agrees', () => {
    const h = gaussianHead(192, 2, 6);
    const h2 = gaussianHead(192, 2, 7);
    const chip = loaded(h, { preset: 'typical', dieSeed: 4 });
    chip.runQuery(req(h, 0, rel(3)));
    chip.kSram.set(h2.k.subarray(64 * 64, 128 * 64), 64 * 64);
    chip.keysChanged(64, 128);
    const mixed = Int8Array.from(h.k);
    mixed.set(h2.k.subarray(64 * 64, 128 * 64), 64 * 64);
    const other = new ChipModel({ preset: 'typical', dieSeed: 4 });
    other.kSram.set(mixed);
    other.vSram.set(h.v);
    other.keysChanged(0, 192);
    const r1 = chip.runQuery(req(h, 1, rel(3)));
    const r2 = other.runQuery(req(h, 1, rel(3)));
    expect(r1.codes).toEqual(r2.codes);
    expect(r1.output).toEqual(r2.output);
  });

  it('accepts contexts beyond 512 when built with larger memories', () => {
    const h = gaussianHead(1500, 2, 8);
    expect(() => loaded(h)).toThrow(RangeError);
    const chip = loaded(h, { geometry: { maxTokens: 2048 } });
    const r = chip.runQuery(req(h, 0, topk(375)));
    expect(r.kept).toBe(375);
    expect(r.tileRefills).toBe(Math.ceil(1500 / 64));
    expect(r.codes.length).toBe(1500);
  });
});

describe('ChipModel: selection rules', () => {
  const h = gaussianHead(256, 4, 10);
  const chip = loaded(h, { preset: 'typical', dieSeed: 1 });

  it('threshold, relative, top-k and minKeep follow the codes', () => {
    for (let j = 0; j < h.nq; j++) {
      const codes = chip.analogCodes({ q: queryOf(h, j), contextLength: h.T, head: 0, queryIndex: j });
      const best = Math.max(...codes);
      const th = chip.runQuery(req(h, j, { mode: 'threshold', threshold: best - 2, margin: 0, topK: 0, minKeep: 0 }));
      expect(Array.from(th.keepMask)).toEqual(Array.from(codes, (c) => (c >= best - 2 ? 1 : 0)));
      const r = chip.runQuery(req(h, j, rel(3)));
      expect(Array.from(r.keepMask)).toEqual(Array.from(codes, (c) => (c >= best - 3 ? 1 : 0)));
      const k = chip.runQuery(req(h, j, topk(50)));
      expect(k.kept).toBe(50);
      const keptCodes = Array.from(codes).filter((_, t) => k.keepMask[t]);
      const droppedCodes = Array.from(codes).filter((_, t) => !k.keepMask[t]);
      expect(Math.min(...keptCodes)).toBeGreaterThanOrEqual(Math.max(...droppedCodes));
      const floor = chip.runQuery(req(h, j, { mode: 'threshold', threshold: 31, margin: 0, topK: 0, minKeep: 40 }));
      expect(floor.kept).toBeGreaterThanOrEqual(40);
      expect(floor.kept + floor.pruned).toBe(h.T);
    }
  });

  it('comparator converter: one decision per column against the threshold', () => {
    const c = loaded(h, { preset: 'ideal', params: { converter: 'comparator' } });
    const adc = loaded(h, { preset: 'ideal' });
    const sel: SelectionConfig = { mode: 'threshold', threshold: 12, margin: 0, topK: 0, minKeep: 0 };
    const a = c.runQuery(req(h, 0, sel));
    const b = adc.runQuery(req(h, 0, sel));
    expect(a.keepMask).toEqual(b.keepMask);
    expect(Math.max(...a.codes)).toBeLessThanOrEqual(1);
    expect(a.counts.cimDecisions).toBe(h.T);
    expect(b.counts.cimDecisions).toBe(h.T * 5);
  });
});

describe('ChipModel: non-idealities, trim, operating point, faults', () => {
  // Small query magnitudes: scores sit a few ADC LSBs apart, where a 3 mV offset matters.
  const h = gaussianHead(256, 48, 5, { qScale: 20 });
  function recall(chip: ChipModel): number {
    let r = 0;
    for (let j = 0; j < h.nq; j++) {
      const res = chip.runQuery(req(h, j, topk(64)));
      r += telemetry(queryFloatOf(h, j), h.kF, h.vF, res.keepMask, new Float64Array(64)).recallTop25;
    }
    return r / h.nq;
  }
  function trimmed(chip: ChipModel): ChipModel {
    const o = chip.columnOffsets();
    for (let c = 0; c < o.length; c++) chip.trim[c] = Math.round(o[c]);
    return chip;
  }

  it('3 mV offsets lower recall; trims that cancel them restore it, limited by the trim LSB', () => {
    const ideal = recall(loaded(h, { preset: 'ideal', dieSeed: 9 }));
    const offsets = { comparatorOffsetSigmaV: 3e-3 };
    const untrimmed = recall(loaded(h, { preset: 'ideal', dieSeed: 9, params: offsets }));
    const fine = recall(trimmed(loaded(h, { preset: 'ideal', dieSeed: 9, geometry: { trimBits: 8 }, params: { ...offsets, trimLsbV: 0.1e-3 } })));
    const nominal = recall(trimmed(loaded(h, { preset: 'ideal', dieSeed: 9, params: offsets })));
    const coarse = recall(trimmed(loaded(h, { preset: 'ideal', dieSeed: 9, params: { ...offsets, trimLsbV: 12e-3 } })));
    expect(untrimmed).toBeLessThan(ideal - 0.03);
    expect(nominal).toBeGreaterThan(untrimmed + 0.03);
    expect(Math.abs(fine - ideal)).toBeLessThan(0.005);
    expect(Math.abs(nominal - ideal)).toBeLessThan(0.015);
    expect(coarse).toBeLessThan(nominal - 0.02);
  });

  it('trim helps the full typical preset too', () => {
    const typical = recall(loaded(h, { preset: 'typical', dieSeed: 9 }));
    const typicalTrimmed = recall(trimmed(loaded(h, { preset: 'typical', dieSeed: 9 })));
    expect(typicalTrimmed).toBeGreaterThan(typical + 0.02);
  });

  it('column offsets are per die, in trim LSBs, with the preset sigma', () => {
    const a = new ChipModel({ dieSeed: 1 }).columnOffsets();
    const b = new ChipModel({ dieSeed: 2 }).columnOffsets();
    expect(a.length).toBe(64);
    expect(Array.from(a)).not.toEqual(Array.from(b));
    const rms = Math.sqrt(a.reduce((s, x) => s + x * x, 0) / 64);
    expect(rms).toBeGreaterThan(2);
    expect(rms).toBeLessThan(4.2);
    expect(Array.from(new ChipModel({ dieSeed: 1, preset: 'ideal' }).columnOffsets()).every((x) => x === 0)).toBe(true);
  });

  it('lower analog supply shrinks the swing toward the zero code; heat adds noise', () => {
    const chip = loaded(h, { preset: 'ideal' });
    const spread = () => {
      const c = chip.analogCodes({ q: queryOf(h, 0), contextLength: h.T, head: 0, queryIndex: 0 });
      return Array.from(c).reduce((s, x) => s + Math.abs(x - 8), 0);
    };
    const nominal = spread();
    chip.setOperatingPoint({ ...NOMINAL_OPERATING_POINT, analogSupplyMv: 700 });
    expect(spread()).toBeLessThan(nominal * 0.85);
    const t = loaded(h, { preset: 'typical', dieSeed: 3, params: { comparatorOffsetSigmaV: 0 } });
    const flips = (milliC: number) => {
      t.setOperatingPoint({ ...NOMINAL_OPERATING_POINT, temperatureMilliC: milliC });
      let n = 0;
      for (let j = 0; j < 8; j++) {
        const a = t.analogCodes({ q: queryOf(h, j), contextLength: h.T, head: 0, queryIndex: 2 * j });
        const b = t.analogCodes({ q: queryOf(h, j), contextLength: h.T, head: 0, queryIndex: 2 * j + 1 });
        for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
      }
      return n;
    };
    expect(flips(125000)).toBeGreaterThan(flips(-40000));
  });

  it('energy scales with the square of the supply', () => {
    const chip = loaded(h, { preset: 'ideal' });
    const e1 = chip.runQuery(req(h, 0, topk(64)));
    chip.setOperatingPoint({ ...NOMINAL_OPERATING_POINT, analogSupplyMv: 800, coreSupplyMv: 800, clockKhz: 500_000 });
    const e2 = chip.runQuery(req(h, 0, topk(64)));
    expect(e2.energyPj / e1.energyPj).toBeCloseTo(0.64, 6);
    expect(e2.coreEnergyPj / e1.coreEnergyPj).toBeCloseTo(0.64, 6);
  });

  it('timing: 1.1 GHz at 1.0 V, slower at lower supply; overclocking corrupts outputs reproducibly', () => {
    const chip = loaded(h, { preset: 'ideal', dieSeed: 5 });
    expect(chip.maxClockKhz(1000)).toBe(1_100_000);
    expect(chip.maxClockKhz(900)).toBeLessThan(1_100_000);
    expect(chip.maxClockKhz(800)).toBeLessThan(chip.maxClockKhz(900));
    const good = chip.runQuery(req(h, 0, topk(64)));
    expect(good.timingViolation).toBe(false);
    chip.setOperatingPoint({ ...NOMINAL_OPERATING_POINT, coreSupplyMv: 900, clockKhz: 1_100_000 });
    const bad = chip.runQuery(req(h, 0, topk(64)));
    const bad2 = chip.runQuery(req(h, 0, topk(64)));
    expect(bad.timingViolation).toBe(true);
    expect(bad.keepMask).toEqual(good.keepMask); // the analog pass is not clocked logic
    expect(Array.from(bad.output)).not.toEqual(Array.from(good.output));
    expect(bad2.output).toEqual(bad.output);
    chip.setOperatingPoint({ ...NOMINAL_OPERATING_POINT, coreSupplyMv: 900, clockKhz: chip.maxClockKhz(900) });
    expect(chip.runQuery(req(h, 0, topk(64))).output).toEqual(good.output);
  });

  it('faults: stuck column, dead comparator, SRAM bit flips', () => {
    const chip = loaded(h, { preset: 'ideal' });
    const clean = chip.runQuery(req(h, 0, rel(2)));
    chip.setFaults({ stuckColumns: [{ column: 5, code: 31 }], deadComparators: [9], sramBitFlips: [] });
    const f = chip.runQuery(req(h, 0, rel(2)));
    for (let t = 5; t < h.T; t += 64) { expect(f.codes[t]).toBe(31); expect(f.keepMask[t]).toBe(1); }
    for (let t = 9; t < h.T; t += 64) { expect(f.codes[t]).toBe(0); expect(f.keepMask[t]).toBe(0); }
    // dense mode skips the analog core, so only the memories matter
    chip.setFaults({ stuckColumns: [], deadComparators: [], sramBitFlips: [{ memory: 'v', token: 3, dim: 0, bit: 7 }] });
    const dv = chip.runQuery(req(h, 0, DENSE, { outputInt16: true, outputShift: 8 }));
    const v2 = Int8Array.from(h.v);
    v2[3 * 64] ^= -128;
    expect(dv.output).toEqual(digitalAttention(queryOf(h, 0), h.k, v2, { contextLength: h.T, outputInt16: true, outputShift: 8 }));
    chip.setFaults({ stuckColumns: [], deadComparators: [], sramBitFlips: [{ memory: 'k', token: 7, dim: 2, bit: 6 }] });
    const k2 = Int8Array.from(h.k);
    k2[7 * 64 + 2] ^= 64;
    const ref = loaded({ ...h, k: k2 }, { preset: 'ideal' });
    const a = chip.runQuery(req(h, 1, rel(2)));
    const b = ref.runQuery(req(h, 1, rel(2)));
    expect(a.codes).toEqual(b.codes);
    expect(a.output).toEqual(b.output);
    chip.setFaults({ stuckColumns: [], deadComparators: [], sramBitFlips: [] });
    expect(chip.runQuery(req(h, 0, rel(2))).output).toEqual(clean.output);
    expect(h.k[7 * 64 + 2]).toBe(k2[7 * 64 + 2] ^ 64); // the stored data itself is untouched
  });
});

describe('resetEngine: counters after a reset do not depend on history (t4)', () => {
  it('the CIM cache is emptied', () => {
    const h = gaussianHead(64, 1, 4);
    const chip = loaded(h, { dieSeed: 3 });
    const first = chip.runQuery(requestFor(h, 0, selection('relative', { margin: 4 })));
    const warm = chip.runQuery(requestFor(h, 0, selection('relative', { margin: 4 })));
    expect(first.tileRefills).toBe(1);
    expect(warm.tileRefills).toBe(0);
    chip.resetEngine();
    const again = chip.runQuery(requestFor(h, 0, selection('relative', { margin: 4 })));
    expect(again.tileRefills).toBe(1);
    expect(again.cycles).toBe(first.cycles);
    expect(again.energyPj).toBe(first.energyPj);
  });
});
