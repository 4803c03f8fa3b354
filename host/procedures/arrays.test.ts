import { describe, expect, it } from 'vitest';
import { encodeNpy, parseJsonArray, parseNpy, toInt8Rows } from './arrays.js';

describe('array files a lab user brings', () => {
  it('reads back an int8 .npy it wrote, and float64 .npy quantised with a stated scale', () => {
    const a = Int8Array.from({ length: 128 }, (_, i) => (i % 200) - 100);
    const r = parseNpy(encodeNpy(a, [2, 64]));
    expect(r.shape).toEqual([2, 64]);
    expect(Array.from(r.int8!)).toEqual(Array.from(a));
    const f = Float64Array.from({ length: 64 }, (_, i) => (i - 32) / 10);
    const rows = toInt8Rows(parseNpy(encodeNpy(f, [1, 64])), 'keys');
    expect(rows.quantised).toBe(true);
    expect(rows.scale).toBeCloseTo(3.2 / 127);
    expect(rows.data[0]).toBe(-127);
  });
  it('JSON: nested integers are INT8, other numbers are floats; a bad row length is one clear error', () => {
    expect(parseJsonArray(JSON.stringify([[1, 2], [3, 4]])).dtype).toBe('int8');
    expect(parseJsonArray(JSON.stringify({ float: [0.5, 1] })).dtype).toBe('float');
    expect(() => toInt8Rows(parseJsonArray('[1,2,3]', 'q.json'), 'queries')).toThrow(/q.json.*3 values is not a whole number of 64-value rows/);
    expect(() => parseJsonArray('[1,"x"]', 'q.json')).toThrow(/non-number/);
    expect(() => parseNpy(Buffer.from('nope nope nope'), 'x.npy')).toThrow(/x.npy: not a readable .npy/);
  });
});
