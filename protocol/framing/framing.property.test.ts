/**
 * Properties of the two framings and the stream decoder (SPEC.md section 2), checked on random
 * input with fast-check. A failing run prints a seed and a shrunk counterexample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_FRAME,
  StreamDecoder,
  decodeLine,
  encodeBinaryFrame,
  encodeFrame,
  encodeLineFrame,
  maxBinaryLength,
  maxLineLength,
  type Decoded,
  type FramingKind,
} from './codec.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Feeds `input` in chunks whose sizes cycle through `sizes` (a serial port delivers arbitrary pieces). */
function decodeChunked(d: StreamDecoder, input: Uint8Array, sizes: number[]): Decoded[] {
  const out: Decoded[] = [];
  let k = 0;
  for (let i = 0; i < input.length; ) {
    const n = Math.max(1, sizes.length ? sizes[k++ % sizes.length] : input.length);
    out.push(...d.push(input.subarray(i, i + n)));
    i += n;
  }
  return out;
}

const framesOf = (out: Decoded[]) => out.filter((o): o is Extract<Decoded, { kind: 'frame' }> => o.kind === 'frame');

/** The decoder's private buffer length: asserted bounded after every push. */
function internals(d: StreamDecoder): { len: number; buf: Uint8Array } {
  return d as unknown as { len: number; buf: Uint8Array };
}

const framing = fc.constantFrom<FramingKind>('line', 'binary');
const chunkSizes = fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 0, maxLength: 6 });

describe('framing properties', () => {
  it('any payload of 0..max_frame bytes round-trips through both framings', () => {
    const payload = fc.oneof(
      { weight: 3, arbitrary: fc.uint8Array({ maxLength: 600 }) },
      { weight: 1, arbitrary: fc.uint8Array({ minLength: DEFAULT_MAX_FRAME - 300, maxLength: DEFAULT_MAX_FRAME }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: DEFAULT_MAX_FRAME }).map((n) => new Uint8Array(n)) },
    );
    fc.assert(
      fc.property(payload, chunkSizes, (p, sizes) => {
        const line = encodeLineFrame(p);
        expect(decodeLine(line.subarray(0, line.length - 1))).toEqual({ kind: 'frame', payload: p });
        const d = new StreamDecoder();
        const out = decodeChunked(d, concat([line, encodeBinaryFrame(p)]), sizes);
        expect(out).toEqual([
          { kind: 'frame', framing: 'line', payload: p },
          { kind: 'frame', framing: 'binary', payload: p },
        ]);
        expect(d.stats).toMatchObject({ frames: 2, crcErrors: 0, malformed: 0, oversized: 0, droppedBytes: 0, resyncs: 0 });
      }),
      { numRuns: 60 },
    );
  });

  it('the exact max_frame limit: max_frame bytes pass, one more is dropped as oversized', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), framing, fc.uint8Array({ minLength: 1, maxLength: 1 }), (maxFrame, kind, [fill]) => {
        const d = new StreamDecoder(maxFrame);
        const ok = new Uint8Array(maxFrame).fill(fill);
        const big = new Uint8Array(maxFrame + 1).fill(fill);
        const out = d.push(concat([encodeFrame(kind, big), encodeFrame(kind, ok)]));
        expect(out).toEqual([{ kind: 'frame', framing: kind, payload: ok }]);
        expect(d.stats).toMatchObject({ frames: 1, oversized: 1 });
      }),
      { numRuns: 80 },
    );
  });

  it('oversized payloads are dropped and counted, memory stays bounded and the next frame survives', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 16, max: 512 }),
        fc.integer({ min: 1, max: 4000 }),
        framing,
        framing,
        chunkSizes,
        fc.integer({ min: 0, max: 0xffff }),
        (maxFrame, extra, kindBig, kindNext, sizes, seed) => {
          const big = Uint8Array.from({ length: maxFrame + extra }, (_, i) => (i * 31 + seed) & 0xff);
          const next = Uint8Array.of(1, 2, 3, seed & 0xff);
          const d = new StreamDecoder(maxFrame);
          const input = concat([encodeFrame(kindBig, big), encodeFrame(kindNext, next)]);
          const out = decodeChunked(d, input, sizes);
          expect(out).toEqual([{ kind: 'frame', framing: kindNext, payload: next }]);
          expect(d.stats).toMatchObject({ frames: 1, oversized: 1, logLines: 0, crcErrors: 0, malformed: 0 });
          expect(internals(d).len).toBeLessThanOrEqual(Math.max(maxBinaryLength(maxFrame), maxLineLength(maxFrame), 1024));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('damage never yields a frame that was not sent, and frames outside the damaged region are recovered', () => {
    // With `flush`, every frame is preceded by a 0x00, as a sender does after trouble (SPEC.md
    // section 2): then the damage cannot reach past the next flush, and every frame after the
    // damaged window must come out. Without it only the frames before the window are guaranteed.
    const damage = fc.oneof(
      fc.record({ op: fc.constant('flip' as const), bits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 4 }) }),
      fc.record({ op: fc.constant('delete' as const) }),
      fc.record({ op: fc.constant('truncate' as const), keep: fc.nat() }),
      fc.record({ op: fc.constant('insert' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 40 }) }),
      fc.record({ op: fc.constant('insertStructured' as const), bytes: fc.array(fc.constantFrom(0x00, 0x0a, 0x0d, 0x01, 0x40, 0x48, 0x41, 0x43, 0x3a, 0xff), { minLength: 1, maxLength: 12 }) }),
      fc.record({ op: fc.constant('replace' as const), bytes: fc.uint8Array({ maxLength: 40 }) }),
    );
    const frameSpec = fc.tuple(fc.uint8Array({ maxLength: 300 }), framing);
    fc.assert(
      fc.property(
        fc.array(frameSpec, { minLength: 2, maxLength: 7 }),
        fc.nat(),
        fc.integer({ min: 1, max: 120 }),
        damage,
        chunkSizes,
        fc.boolean(),
        (specs, startSeed, width, dmg, sizes, flush) => {
          // Unique payloads: a 2-byte index first, so "sent" is a set.
          const payloads = specs.map(([p], i) => concat([Uint8Array.of(i >> 8, i & 0xff), p]));
          const encoded = specs.map(([, kind], i) => concat([Uint8Array.of(...(flush ? [0] : [])), encodeFrame(kind, payloads[i])]));
          const starts: number[] = [];
          let pos = 0;
          for (const e of encoded) {
            starts.push(pos);
            pos += e.length;
          }
          const stream = concat(encoded);
          const s = startSeed % stream.length;
          const e = Math.min(stream.length, s + width);
          let window: Uint8Array = stream.slice(s, e);
          switch (dmg.op) {
            case 'flip':
              for (const [at, bit] of dmg.bits) window[at % window.length] ^= 1 << bit;
              break;
            case 'delete':
              window = new Uint8Array(0);
              break;
            case 'truncate':
              window = window.slice(0, dmg.keep % window.length);
              break;
            case 'insert':
              window = concat([window, dmg.bytes]);
              break;
            case 'insertStructured':
              window = concat([Uint8Array.from(dmg.bytes), window]);
              break;
            case 'replace':
              window = dmg.bytes;
              break;
          }
          const damaged = concat([stream.subarray(0, s), window, stream.subarray(e)]);

          const d = new StreamDecoder();
          const out = decodeChunked(d, damaged, sizes);
          const got = framesOf(out).map((f) => hex(f.payload));
          const sent = new Set(payloads.map(hex));
          for (const g of got) expect(sent.has(g), `accepted a frame that was never sent: ${g}`).toBe(true);

          // Frames wholly before the damaged window, and (with flush) frames whose flush byte lies after it.
          const mustSurvive = payloads.filter((_, i) => starts[i] + encoded[i].length <= s || (flush && starts[i] >= e)).map(hex);
          const gotSet = new Set(got);
          for (const m of mustSurvive) expect(gotSet.has(m), `lost undamaged frame ${m.slice(0, 8)}`).toBe(true);
          // Order is kept and nothing is duplicated.
          const order = got.map((g) => payloads.findIndex((p) => hex(p) === g));
          expect([...order].sort((a, b) => a - b)).toEqual(order);
          expect(new Set(order).size).toBe(order.length);
          expect(d.stats.frames).toBe(got.length);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never throws, keeps its buffer bounded, counts what it emits and ignores how input is chunked', () => {
    const noisy = fc.oneof(
      fc.uint8Array({ maxLength: 3000 }),
      fc.array(fc.constantFrom(0x00, 0x0a, 0x0d, 0x01, 0x02, 0xff, 0x40, 0x48, 0x41, 0x43, 0x3a, 0x2b, 0x3d), { maxLength: 3000 }).map((a) => Uint8Array.from(a)),
      // valid frames mixed with noise
      fc.array(fc.oneof(fc.uint8Array({ maxLength: 50 }), fc.uint8Array({ maxLength: 200 }).map((p) => encodeBinaryFrame(p)), fc.uint8Array({ maxLength: 200 }).map((p) => encodeLineFrame(p))), { maxLength: 20 }).map(concat),
    );
    fc.assert(
      fc.property(noisy, fc.integer({ min: 0, max: 300 }), chunkSizes, (input, maxFrame, sizes) => {
        const whole = new StreamDecoder(maxFrame);
        const one = whole.push(input);
        const pieces = new StreamDecoder(maxFrame);
        const bound = Math.max(maxBinaryLength(maxFrame), maxLineLength(maxFrame), 1024);
        const cap = internals(pieces).buf.length;
        const out: Decoded[] = [];
        let k = 0;
        for (let i = 0; i < input.length; ) {
          const n = sizes.length ? sizes[k++ % sizes.length] : 1;
          out.push(...pieces.push(input.subarray(i, i + n)));
          i += n;
          expect(internals(pieces).len).toBeLessThanOrEqual(bound);
          expect(internals(pieces).buf.length).toBe(cap);
        }
        expect(out).toEqual(one);
        expect(pieces.stats).toEqual(whole.stats);
        const s = whole.stats;
        expect(s.frames).toBe(framesOf(one).length);
        expect(s.logLines).toBe(one.length - s.frames);
        expect(s.resyncs).toBe(s.crcErrors + s.malformed + s.oversized);
        for (const f of framesOf(one)) expect(f.payload.length).toBeLessThanOrEqual(maxFrame);
      }),
      { numRuns: 300 },
    );
  });
});
