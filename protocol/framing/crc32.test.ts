import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRC32_CHECK_VALUE, crc32 } from './crc32.js';

/** Bit-at-a-time reference, straight from the definition in SPEC.md. */
function crc32Reference(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) {
    c ^= x;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('crc32', () => {
  it('has the IEEE check value for "123456789"', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(CRC32_CHECK_VALUE).toBe(0xcbf43926);
  });

  it('is 0 for no bytes and matches known short values', () => {
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(Uint8Array.of(0))).toBe(0xd202ef8d);
    expect(crc32(new Uint8Array(4).fill(0xff))).toBe(0xffffffff);
  });

  it('matches the bitwise reference and zlib for every length 0..300 and offsets', () => {
    const data = Uint8Array.from({ length: 300 }, (_, i) => (i * 151 + 7) & 0xff);
    for (let n = 0; n <= 300; n++) {
      const s = data.subarray(0, n);
      expect(crc32(s)).toBe(crc32Reference(s));
    }
    for (let start = 0; start < 8; start++) {
      expect(crc32(data, start, 257)).toBe(zlibCrc32(data.subarray(start, 257)));
    }
  });

  it('agrees with zlib on random input and continues a running CRC', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat(), (b, cut) => {
        const k = b.length ? cut % (b.length + 1) : 0;
        const whole = crc32(b);
        expect(whole).toBe(zlibCrc32(b));
        expect(crc32(b, k, b.length, crc32(b, 0, k))).toBe(whole);
      }),
      { numRuns: 200 },
    );
  });
});
