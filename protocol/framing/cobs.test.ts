import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cobsDecode, cobsEncode, cobsMaxEncodedLength } from './cobs.js';

const hex = (b: Uint8Array | null) => (b ? Buffer.from(b).toString('hex') : null);
const run = (n: number, first = 1) => Uint8Array.from({ length: n }, (_, i) => ((first - 1 + i) % 255) + 1);

describe('cobs', () => {
  it('encodes the edge cases of Cheshire & Baker', () => {
    expect(hex(cobsEncode(new Uint8Array(0)))).toBe('01');
    expect(hex(cobsEncode(Uint8Array.of(0)))).toBe('0101');
    expect(hex(cobsEncode(Uint8Array.of(0, 0)))).toBe('010101');
    expect(hex(cobsEncode(Uint8Array.of(0x11, 0x22, 0x00, 0x33)))).toBe('0311220233');
    expect(hex(cobsEncode(Uint8Array.of(0x11, 0x00, 0x00, 0x00)))).toBe('0211010101');
  });

  it('all zeros: n zero bytes become n + 1 codes of 0x01', () => {
    for (const n of [1, 2, 253, 254, 255, 1000]) {
      const enc = cobsEncode(new Uint8Array(n));
      expect(enc.length).toBe(n + 1);
      expect(enc.every((b) => b === 1)).toBe(true);
      expect(cobsDecode(enc)).toEqual(new Uint8Array(n));
    }
  });

  it('254 non-zero bytes: one full 0xFF block; our encoder closes it with 0x01, decoders accept both forms', () => {
    const src = run(254);
    const enc = cobsEncode(src);
    expect(enc[0]).toBe(0xff);
    expect(enc.length).toBe(256);
    expect(enc[255]).toBe(0x01);
    expect(cobsDecode(enc)).toEqual(src);
    // The form most C encoders emit (no trailing 0x01 after a final 0xFF block).
    expect(cobsDecode(enc.subarray(0, 255))).toEqual(src);
  });

  it('255 non-zero bytes: a full block then a 1-byte block', () => {
    const src = run(255);
    const enc = cobsEncode(src);
    expect(enc.length).toBe(257);
    expect(enc[0]).toBe(0xff);
    expect(enc[255]).toBe(0x02);
    expect(cobsDecode(enc)).toEqual(src);
  });

  it('254 non-zero bytes followed by a zero keeps the zero', () => {
    const src = new Uint8Array(255);
    src.set(run(254));
    const enc = cobsEncode(src);
    expect(hex(enc.subarray(255))).toBe('0101');
    expect(cobsDecode(enc)).toEqual(src);
  });

  it('rejects malformed blocks', () => {
    expect(cobsDecode(Uint8Array.of(0x03, 0x11))).toBeNull(); // code past the end
    expect(cobsDecode(Uint8Array.of(0x03, 0x11, 0x00))).toBeNull(); // 0x00 inside a block
    expect(cobsDecode(Uint8Array.of(0x00))).toBeNull(); // 0x00 as a code
    expect(cobsDecode(Uint8Array.of(0x02, 0x11, 0x00, 0x01))).toBeNull();
    expect(hex(cobsDecode(new Uint8Array(0)))).toBe('');
  });

  it('decodes a sub-range without copying the rest', () => {
    const buf = Uint8Array.of(0xaa, 0x03, 0x11, 0x22, 0x01, 0xbb);
    expect(hex(cobsDecode(buf, 1, 5))).toBe('112200');
    expect(hex(cobsDecode(buf, 1, 4))).toBe('1122');
  });

  it('round-trips, never emits 0x00 and stays within cobsMaxEncodedLength', () => {
    const bytes = fc.uint8Array({ maxLength: 1200 });
    const zeroHeavy = fc.array(fc.constantFrom(0, 0, 0, 1, 0xff, 0x0a), { maxLength: 600 }).map((a) => Uint8Array.from(a));
    const runs = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 250, max: 260 })).map(([k, n]) => {
      const parts: number[] = [];
      for (let i = 0; i <= k; i++) parts.push(...run(n, i + 1), 0);
      return Uint8Array.from(parts.slice(0, -1));
    });
    fc.assert(
      fc.property(fc.oneof(bytes, zeroHeavy, runs), (src) => {
        const enc = cobsEncode(src);
        expect(enc.includes(0)).toBe(false);
        expect(enc.length).toBeLessThanOrEqual(cobsMaxEncodedLength(src.length));
        expect(cobsDecode(enc)).toEqual(src);
      }),
      { numRuns: 300 },
    );
  });
});
