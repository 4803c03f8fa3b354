import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode } from './base64.js';

const ascii = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('base64', () => {
  it('encodes the RFC 4648 test vectors', () => {
    const cases: [string, string][] = [['', ''], ['f', 'Zg=='], ['fo', 'Zm8='], ['foo', 'Zm9v'], ['foob', 'Zm9vYg=='], ['fooba', 'Zm9vYmE='], ['foobar', 'Zm9vYmFy']];
    for (const [plain, enc] of cases) {
      expect(text(base64Encode(ascii(plain)))).toBe(enc);
      expect(base64Decode(ascii(enc))).toEqual(ascii(plain));
    }
  });

  it('uses the standard alphabet (+ and /), not base64url', () => {
    expect(text(base64Encode(Uint8Array.of(0xfb, 0xff, 0xbf)))).toBe('+/+/');
    expect(base64Decode(ascii('-_-_'))).toBeNull();
  });

  it('rejects bad lengths, foreign characters and misplaced padding', () => {
    for (const bad of ['A', 'AA', 'AAA', 'AAAAA', 'AA=A', 'A===', '====', 'AA==AAAA', 'AAA=AAAA', 'AA A', 'AA\nA', 'AAA\0', 'Zg=\u00ff']) {
      expect(base64Decode(Uint8Array.from(bad, (c) => c.charCodeAt(0) & 0xff)), JSON.stringify(bad)).toBeNull();
    }
    expect(base64Decode(Uint8Array.of(0x80, 0x41, 0x41, 0x41))).toBeNull();
  });

  it('decodes a sub-range', () => {
    const buf = ascii('@HAC:Zm9vYmFy\n');
    expect(text(base64Decode(buf, 5, buf.length - 1)!)).toBe('foobar');
  });

  it('matches Node Buffer both ways on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (b) => {
        const enc = base64Encode(b);
        expect(text(enc)).toBe(Buffer.from(b).toString('base64'));
        expect(base64Decode(enc)).toEqual(b);
      }),
      { numRuns: 300 },
    );
  });
});
