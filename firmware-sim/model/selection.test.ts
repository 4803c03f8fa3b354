import { describe, expect, it } from 'vitest';
import { keepTopK, selectTokens } from './selection.js';

const codes = Uint8Array.from([5, 9, 9, 2, 7, 9, 0, 7]);
const sel = (mode: 'threshold' | 'relative' | 'topk' | 'dense', o: Partial<{ threshold: number; margin: number; topK: number; minKeep: number }> = {}) =>
  ({ mode, threshold: 0, margin: 0, topK: 0, minKeep: 0, ...o });
const run = (s: ReturnType<typeof sel>) => {
  const m = new Uint8Array(codes.length);
  const n = selectTokens(codes, codes.length, s, m);
  return { n, m: Array.from(m) };
};

describe('selection rules', () => {
  it('threshold keeps code >= threshold', () => {
    expect(run(sel('threshold', { threshold: 7 }))).toEqual({ n: 5, m: [0, 1, 1, 0, 1, 1, 0, 1] });
  });
  it('relative keeps code >= best - margin', () => {
    expect(run(sel('relative', { margin: 0 }))).toEqual({ n: 3, m: [0, 1, 1, 0, 0, 1, 0, 0] });
    expect(run(sel('relative', { margin: 4 }))).toEqual({ n: 6, m: [1, 1, 1, 0, 1, 1, 0, 1] });
  });
  it('top-k breaks ties toward the lower token index', () => {
    expect(run(sel('topk', { topK: 2 }))).toEqual({ n: 2, m: [0, 1, 1, 0, 0, 0, 0, 0] });
    expect(run(sel('topk', { topK: 4 }))).toEqual({ n: 4, m: [0, 1, 1, 0, 1, 1, 0, 0] });
    expect(run(sel('topk', { topK: 20 })).n).toBe(8);
  });
  it('minKeep floors every rule with the best codes', () => {
    expect(run(sel('threshold', { threshold: 10, minKeep: 2 }))).toEqual({ n: 2, m: [0, 1, 1, 0, 0, 0, 0, 0] });
    expect(run(sel('relative', { margin: 0, minKeep: 5 }))).toEqual({ n: 5, m: [0, 1, 1, 0, 1, 1, 0, 1] });
    expect(run(sel('topk', { topK: 1, minKeep: 3 })).n).toBe(3);
  });
  it('dense keeps everything', () => {
    expect(run(sel('dense')).n).toBe(8);
  });
  it('keepTopK only adds', () => {
    const m = Uint8Array.from([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(keepTopK(codes, 8, 3, m)).toBe(3);
    expect(Array.from(m)).toEqual([1, 1, 1, 0, 0, 1, 0, 0]);
  });
});
