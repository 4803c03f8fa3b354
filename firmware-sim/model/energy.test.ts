import { describe, expect, it } from 'vitest';
import { ChipModel } from './chip.js';
import {
  BASE_ENERGY_TABLE, DEFAULT_ENERGY_TABLE, OPS_PER_MAC, PAPER, calibrateEnergyTable, coreOpsPerQuery, cycleCount, peakQueryShape,
  socOpsPerQuery,
} from './energy.js';
import { DEFAULT_GEOMETRY } from './params.js';
import { gaussianHead, queryOf } from './testing.js';

describe('energy and cycles', () => {
  it('op convention: 1 MAC = 2 ops, dense-equivalent', () => {
    expect(OPS_PER_MAC).toBe(2);
    expect(coreOpsPerQuery(512, 64)).toBe(2 * 512 * 64);
    expect(socOpsPerQuery(512, 64)).toBe(4 * 512 * 64);
  });

  it('a peak-throughput run of the model reproduces the paper TOPS/W within 2%', () => {
    const h = gaussianHead(512, 6, 31);
    const chip = new ChipModel({ preset: 'typical', dieSeed: 1 });
    chip.kSram.set(h.k);
    chip.vSram.set(h.v);
    chip.keysChanged(0, 512);
    let coreE = 0, socE = 0;
    for (let j = 0; j < h.nq; j++) {
      const r = chip.runQuery({
        q: queryOf(h, j), contextLength: 512, head: 0, queryIndex: j,
        selection: { mode: 'topk', threshold: 0, margin: 0, topK: 128, minKeep: 0 }, outputShift: 0, outputInt16: false,
      });
      expect(r.pruned / 512).toBe(0.75);
      coreE += r.coreEnergyPj;
      socE += r.energyPj;
    }
    const core = (h.nq * coreOpsPerQuery(512, 64)) / coreE;
    const soc = (h.nq * socOpsPerQuery(512, 64)) / socE;
    expect(Math.abs(core / PAPER.coreTopsPerW - 1)).toBeLessThan(0.02);
    expect(Math.abs(soc / PAPER.socTopsPerW - 1)).toBeLessThan(0.02);
  });

  it('the table is swappable: another calibration target moves the figures', () => {
    const t = calibrateEnergyTable(BASE_ENERGY_TABLE, DEFAULT_GEOMETRY, { coreTopsPerW: 29.6, socTopsPerW: 3.3 });
    expect(t.cimConversions.pj).toBeCloseTo(DEFAULT_ENERGY_TABLE.cimConversions.pj / 2, 9);
    const chip = new ChipModel({ energyTable: t, preset: 'ideal' });
    const base = new ChipModel({ preset: 'ideal' });
    const r = { q: new Int8Array(64).fill(3), contextLength: 512, head: 0, queryIndex: 0, selection: { mode: 'topk' as const, threshold: 0, margin: 0, topK: 128, minKeep: 0 }, outputShift: 0, outputInt16: false };
    expect(chip.runQuery(r).energyPj / base.runQuery(r).energyPj).toBeCloseTo(0.5, 6);
  });

  it('cycle model: refills and kept tokens cost cycles; dense skips the analog pass', () => {
    const g = DEFAULT_GEOMETRY;
    const peak = cycleCount(g, peakQueryShape(g));
    expect(peak.refill).toBe(8 * 16);
    expect(peak.analog).toBe(8 * (4 + 5));
    expect(peak.qk).toBe(11 + 128);
    expect(peak.softmax).toBe(90 + 128);
    const dense = cycleCount(g, { ...peakQueryShape(g), analog: false, kept: 512 });
    expect(dense.analog + dense.refill + dense.select).toBe(0);
    expect(dense.total).toBeGreaterThan(peak.total);
  });

  it('events carry (component, action, bits, count) and the CIM keeps its tile across short queries', () => {
    const chip = new ChipModel({ preset: 'ideal' });
    const r = { q: new Int8Array(64).fill(20), contextLength: 64, head: 0, queryIndex: 0, selection: { mode: 'topk' as const, threshold: 0, margin: 0, topK: 16, minKeep: 0 }, outputShift: 0, outputInt16: false };
    const a = chip.runQuery(r);
    const b = chip.runQuery(r);
    expect(a.tileRefills).toBe(1);
    expect(b.tileRefills).toBe(0);
    expect(b.energyPj).toBeLessThan(a.energyPj);
    expect(a.events).toContainEqual({ component: 'cim', action: 'convert', bits: 5, count: 64 });
    expect(a.events).toContainEqual({ component: 'softmax', action: 'reciprocal', bits: 32, count: 1 });
    expect(a.events).toContainEqual({ component: 'digital', action: 'qk-mac', bits: 8, count: 16 * 64 });
    chip.keysChanged(10, 11);
    expect(chip.runQuery(r).tileRefills).toBe(1);
  });
});
