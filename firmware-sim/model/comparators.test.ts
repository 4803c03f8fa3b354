/** Comparator decisions: a dead comparator never keeps its token; comparator vs ADC keep masks. */
import { describe, expect, it } from 'vitest';
import { type SelectionConfig } from './params.js';
import { selectTokens } from './selection.js';
import { gaussianHead, loaded, requestFor, selection } from './testing.js';

describe('a dead comparator never keeps its token (t3)', () => {
  const h = gaussianHead(200, 2, 11);
  const DEAD = 5;
  const rules: Array<[string, SelectionConfig]> = [
    ['threshold 0', selection('threshold', { threshold: 0 })],
    ['threshold 0 with minKeep', selection('threshold', { threshold: 0, minKeep: 200 })],
    ['relative margin 31', selection('relative', { margin: 31 })],
    ['relative margin 0 with minKeep 200', selection('relative', { margin: 0, minKeep: 200 })],
    ['top-k k = T', selection('topk', { topK: 200 })],
    ['top-k via minKeep', selection('topk', { topK: 1, minKeep: 500 })],
    ['threshold 31 with a minKeep floor', selection('threshold', { threshold: 31, minKeep: 150 })],
  ];
  for (const converter of ['adc', 'comparator'] as const) {
    for (const [name, rule] of rules) {
      it(`${converter}, ${name}`, () => {
        const chip = loaded(h, { preset: 'typical', dieSeed: 3, params: { converter } });
        chip.setFaults({ stuckColumns: [], deadComparators: [DEAD], sramBitFlips: [] });
        const r = chip.runQuery(requestFor(h, 0, rule));
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
    expect(chip.runQuery(requestFor(h, 0, selection('dense'))).kept).toBe(h.T);
  });

  it('top-k and the minKeep floor pick the best ELIGIBLE tokens (the dead ones do not use up the k)', () => {
    const codes = Uint8Array.from([9, 9, 1, 5, 7, 9]);
    const never = Uint8Array.from([1, 0, 0, 0, 0, 1]);
    const m = new Uint8Array(6);
    expect(selectTokens(codes, 6, selection('topk', { topK: 3 }), m, never)).toBe(3);
    expect(Array.from(m)).toEqual([0, 1, 0, 1, 1, 0]);
    const m2 = new Uint8Array(6);
    expect(selectTokens(codes, 6, selection('threshold', { threshold: 9, minKeep: 2 }), m2, never)).toBe(2);
    expect(Array.from(m2)).toEqual([0, 1, 0, 0, 1, 0]);
    // with nothing excluded, the same as without the argument
    for (const s of [selection('topk', { topK: 3 }), selection('relative', { margin: 2, minKeep: 4 }), selection('threshold', { threshold: 6 })]) {
      const a = new Uint8Array(6), b = new Uint8Array(6);
      expect(selectTokens(codes, 6, s, a, new Uint8Array(6))).toBe(selectTokens(codes, 6, s, b));
      expect(a).toEqual(b);
    }
  });
});

describe('comparator vs ADC keep masks (DIGITAL.md)', () => {
  it('identical for thresholds 1..31; at 0 the ADC keeps everything, the comparator only V >= -32 mV', () => {
    const h = gaussianHead(512, 1, 7, { qScale: 60, kScale: 60 });
    const adc = loaded(h, { dieSeed: 1, params: { converter: 'adc' } });
    const cmp = loaded(h, { dieSeed: 1, params: { converter: 'comparator' } });
    for (let thr = 1; thr <= 31; thr++) {
      const a = adc.runQuery(requestFor(h, 0, selection('threshold', { threshold: thr })));
      const c = cmp.runQuery(requestFor(h, 0, selection('threshold', { threshold: thr })));
      expect(c.keepMask, `threshold ${thr}`).toEqual(a.keepMask);
    }
    const a0 = adc.runQuery(requestFor(h, 0, selection('threshold', { threshold: 0 })));
    const c0 = cmp.runQuery(requestFor(h, 0, selection('threshold', { threshold: 0 })));
    expect(a0.kept).toBe(h.T);
    const c1 = cmp.runQuery(requestFor(h, 0, selection('threshold', { threshold: 1 })));
    // the comparator at 0 keeps a superset of its mask at 1 (the ADC's code >= 1) and may prune some
    for (let t = 0; t < h.T; t++) if (c1.keepMask[t]) expect(c0.keepMask[t]).toBe(1);
  });
});
