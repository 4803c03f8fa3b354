/**
 * Regression tests for the reviewer's model findings (/tmp/rv/t3.ts, t4.ts, t9.ts, t11.ts).
 */
import { describe, expect, it } from 'vitest';
import { ChipModel, type QueryRequest } from './chip.js';
import type { SelectionConfig } from './params.js';
import { NOMINAL_OPERATING_POINT } from './params.js';
import { selectTokens } from './selection.js';
import { gaussianHead, loaded, queryOf, type TestHead } from './testing.js';
import { DEFAULT_TIMING, failClockKhz, maxClockKhz } from './timing.js';

const sel = (mode: SelectionConfig['mode'], o: Partial<SelectionConfig> = {}): SelectionConfig => ({ mode, threshold: 0, margin: 0, topK: 0, minKeep: 0, ...o });

function req(h: TestHead, j: number, selection: SelectionConfig): QueryRequest {
  return { q: queryOf(h, j), contextLength: h.T, head: 0, queryIndex: j + 1, selection, outputShift: 0, outputInt16: false };
}

describe('6. a dead comparator never keeps its token (t3)', () => {
  const h = gaussianHead(200, 2, 11);
  const DEAD = 5;
  const rules: Array<[string, SelectionConfig]> = [
    ['threshold 0', sel('threshold', { threshold: 0 })],
    ['threshold 0 with minKeep', sel('threshold', { threshold: 0, minKeep: 200 })],
    ['relative margin 31', sel('relative', { margin: 31 })],
    ['relative margin 0 with minKeep 200', sel('relative', { margin: 0, minKeep: 200 })],
    ['top-k k = T', sel('topk', { topK: 200 })],
    ['top-k via minKeep', sel('topk', { topK: 1, minKeep: 500 })],
    ['threshold 31 with a minKeep floor', sel('threshold', { threshold: 31, minKeep: 150 })],
  ];
  for (const converter of ['adc', 'comparator'] as const) {
    for (const [name, rule] of rules) {
      it(`${converter}, ${name}`, () => {
        const chip = loaded(h, { preset: 'typical', dieSeed: 3, params: { converter } });
        chip.setFaults({ stuckColumns: [], deadComparators: [DEAD], sramBitFlips: [] });
        const r = chip.runQuery(req(h, 0, rule));
        const deadTokens = [];
        for (let t = DEAD; t < h.T; t += 64) deadTokens.push(t);
        for (const t of deadTokens) expect(r.keepMask[t], `token ${t}`).toBe(0);
        expect(r.kept).toBe(r.keepMask.reduce((a, b) => a + b, 0));
        expect(r.kept + r.pruned).toBe(h.T);
        // every other token is still eligible: the floors fill up to T minus the dead tokens
        if (rule.minKeep >= h.T || rule.topK >= h.T || (rule.mode === 'relative' && rule.margin === 31) || (converter === 'adc' && rule.mode === 'threshold' && rule.threshold === 0)) {
          expect(r.kept).toBe(h.T - deadTokens.length);
        }
      });
    }
  }

  it('dense mode does not use the comparators: it keeps every token', () => {
    const chip = loaded(h, { preset: 'typical', dieSeed: 3 });
    chip.setFaults({ stuckColumns: [], deadComparators: [DEAD], sramBitFlips: [] });
    expect(chip.runQuery(req(h, 0, sel('dense'))).kept).toBe(h.T);
  });

  it('top-k and the minKeep floor pick the best ELIGIBLE tokens (the dead ones do not use up the k)', () => {
    const codes = Uint8Array.from([9, 9, 1, 5, 7, 9]);
    const never = Uint8Array.from([1, 0, 0, 0, 0, 1]);
    const m = new Uint8Array(6);
    expect(selectTokens(codes, 6, sel('topk', { topK: 3 }), m, never)).toBe(3);
    expect(Array.from(m)).toEqual([0, 1, 0, 1, 1, 0]);
    const m2 = new Uint8Array(6);
    expect(selectTokens(codes, 6, sel('threshold', { threshold: 9, minKeep: 2 }), m2, never)).toBe(2);
    expect(Array.from(m2)).toEqual([0, 1, 0, 0, 1, 0]);
    // with nothing excluded, the same as without the argument
    for (const s of [sel('topk', { topK: 3 }), sel('relative', { margin: 2, minKeep: 4 }), sel('threshold', { threshold: 6 })]) {
      const a = new Uint8Array(6), b = new Uint8Array(6);
      expect(selectTokens(codes, 6, s, a, new Uint8Array(6))).toBe(selectTokens(codes, 6, s, b));
      expect(a).toEqual(b);
    }
  });
});

describe('5. resetEngine: counters after a reset do not depend on history (t4)', () => {
  it('the CIM cache is emptied', () => {
    const h = gaussianHead(64, 1, 4);
    const chip = loaded(h, { dieSeed: 3 });
    const first = chip.runQuery(req(h, 0, sel('relative', { margin: 4 })));
    const warm = chip.runQuery(req(h, 0, sel('relative', { margin: 4 })));
    expect(first.tileRefills).toBe(1);
    expect(warm.tileRefills).toBe(0);
    chip.resetEngine();
    const again = chip.runQuery(req(h, 0, sel('relative', { margin: 4 })));
    expect(again.tileRefills).toBe(1);
    expect(again.cycles).toBe(first.cycles);
    expect(again.energyPj).toBe(first.energyPj);
  });
});

describe('7. timing guard band (t11)', () => {
  it('the reset operating point and a slightly warmer die meet timing; fmax stays the 1.1 GHz spec point', () => {
    const h = gaussianHead(64, 1, 5);
    const chip = loaded(h, { dieSeed: 3 });
    expect(chip.maxClockKhz(1000)).toBe(1_100_000);
    for (const temperatureMilliC of [27000, 27001, 30000, 60000]) {
      chip.setOperatingPoint({ ...NOMINAL_OPERATING_POINT, temperatureMilliC });
      expect(NOMINAL_OPERATING_POINT.clockKhz).toBe(1_100_000);
      expect(chip.runQuery(req(h, 0, sel('topk', { topK: 8 }))).timingViolation, `${temperatureMilliC} mC`).toBe(false);
    }
  });

  it('the shmoo boundary is fmax * (1 + 5 %): at it timing holds, one kHz above it fails', () => {
    expect(DEFAULT_TIMING.guardBand).toBe(0.05);
    const h = gaussianHead(64, 1, 5);
    const chip = loaded(h, { dieSeed: 3 });
    for (const [mv, mc] of [[1000, 27000], [900, 27000], [1000, 85000], [1200, 0]] as const) {
      const edge = failClockKhz(mv, mc);
      expect(edge).toBe(Math.floor(maxClockKhz(mv, mc) * 1.05));
      chip.setOperatingPoint({ ...NOMINAL_OPERATING_POINT, coreSupplyMv: mv, temperatureMilliC: mc, clockKhz: edge });
      expect(chip.runQuery(req(h, 0, sel('topk', { topK: 8 }))).timingViolation).toBe(false);
      chip.setOperatingPoint({ ...NOMINAL_OPERATING_POINT, coreSupplyMv: mv, temperatureMilliC: mc, clockKhz: edge + 1 });
      expect(chip.runQuery(req(h, 0, sel('topk', { topK: 8 }))).timingViolation).toBe(true);
    }
    // 1.1 GHz at 1.0 V holds up to about 74.6 C
    expect(failClockKhz(1000, 74_000)).toBeGreaterThanOrEqual(1_100_000);
    expect(failClockKhz(1000, 75_000)).toBeLessThan(1_100_000);
  });
});

describe('8. comparator vs ADC keep masks (DIGITAL.md)', () => {
  it('identical for thresholds 1..31; at 0 the ADC keeps everything, the comparator only V >= -32 mV', () => {
    const h = gaussianHead(512, 1, 7, { qScale: 60, kScale: 60 });
    const adc = loaded(h, { dieSeed: 1, params: { converter: 'adc' } });
    const cmp = loaded(h, { dieSeed: 1, params: { converter: 'comparator' } });
    for (let thr = 1; thr <= 31; thr++) {
      const a = adc.runQuery(req(h, 0, sel('threshold', { threshold: thr })));
      const c = cmp.runQuery(req(h, 0, sel('threshold', { threshold: thr })));
      expect(c.keepMask, `threshold ${thr}`).toEqual(a.keepMask);
    }
    const a0 = adc.runQuery(req(h, 0, sel('threshold', { threshold: 0 })));
    const c0 = cmp.runQuery(req(h, 0, sel('threshold', { threshold: 0 })));
    expect(a0.kept).toBe(h.T);
    const c1 = cmp.runQuery(req(h, 0, sel('threshold', { threshold: 1 })));
    // the comparator at 0 keeps a superset of its mask at 1 (the ADC's code >= 1) and may prune some
    for (let t = 0; t < h.T; t++) if (c1.keepMask[t]) expect(c0.keepMask[t]).toBe(1);
  });
});
