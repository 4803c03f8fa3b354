/**
 * The golden vectors in protocol/vectors/ against our codec, bit for bit. The vectors are what a C
 * implementation is checked against (see vectors/README.md); this test keeps our side honest.
 * Helpers are written out here rather than imported from tools/vectors.ts, so a bug there cannot
 * hide itself.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  StreamDecoder,
  cobsDecode,
  cobsEncode,
  crc32,
  decodeLine,
  encodeBinaryFrame,
  encodeLineFrame,
  type Decoded,
} from './framing/index.js';
import { REQUEST_KINDS, encodeFrameMessage, pb } from './messages.js';
import type { hac } from './generated/hac.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'vectors');
const load = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));

interface FrameVector {
  name: string;
  kind: string;
  direction: string;
  message: Record<string, unknown>;
  payload_hex: string;
  payload_length: number;
  crc32: string;
  line: string;
  binary_hex: string;
}
type Expected = { kind: 'frame'; framing: string; payload_hex: string } | { kind: 'log'; text: string };
interface DamageVector {
  name: string;
  description: string;
  max_frame: number;
  input_hex: string;
  expect: Expected[];
  stats: Record<string, number>;
}
interface LineVector {
  name: string;
  max_frame: number;
  line: string;
  expect: Record<string, unknown>;
}

const frames = load('frames.json') as { crc32_check: { input_ascii: string; crc32: string; wire_le_hex: string }; cobs_examples: { raw_hex: string; cobs_hex: string }[]; max_frame: number; frames: FrameVector[] };
const damage = load('damage.json') as { stream: DamageVector[]; lines: LineVector[] };

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const bytes = (h: string) => new Uint8Array(Buffer.from(h, 'hex'));
const latin1Bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const json = (o: Decoded): Expected => (o.kind === 'frame' ? { kind: 'frame', framing: o.framing, payload_hex: hex(o.payload) } : { kind: 'log', text: o.text });

function decodeIn(input: Uint8Array, maxFrame: number, chunk: (i: number) => number) {
  const d = new StreamDecoder(maxFrame);
  const out: Expected[] = [];
  for (let i = 0, k = 0; i < input.length; k++) {
    const n = Math.max(1, chunk(k));
    out.push(...d.push(input.subarray(i, i + n)).map(json));
    i += n;
  }
  return { out, stats: { ...d.stats } };
}

// Exhaustive by construction: adding a body to hac.proto without a vector fails to compile here.
const RESPONSE_KINDS: Record<NonNullable<hac.v1.Response['body']>, true> = {
  hello: true, regRead: true, regWrite: true, memWrite: true, memRead: true, memDigest: true, runQuery: true,
  appendToken: true, resetContext: true, readResult: true, readCounters: true, reset: true, ping: true, runQueries: true, clearFence: true,
};
const EVENT_KINDS: Record<NonNullable<hac.v1.Event['body']>, true> = { log: true, jobDone: true, fault: true };

describe('golden vectors: frames', () => {
  it('CRC-32 check value', () => {
    const c = crc32(new TextEncoder().encode(frames.crc32_check.input_ascii));
    expect('0x' + c.toString(16)).toBe(frames.crc32_check.crc32);
    expect(frames.crc32_check.crc32).toBe('0xcbf43926');
    expect(frames.crc32_check.wire_le_hex).toBe('2639f4cb');
  });

  it('COBS examples', () => {
    for (const ex of frames.cobs_examples) {
      expect(hex(cobsEncode(bytes(ex.raw_hex)))).toBe(ex.cobs_hex);
      expect(hex(cobsDecode(bytes(ex.cobs_hex))!)).toBe(ex.raw_hex);
    }
  });

  it('cover every request, response and event body', () => {
    const kinds = new Set(frames.frames.map((f) => f.kind));
    for (const k of REQUEST_KINDS) expect(kinds, `request.${k}`).toContain(`request.${k}`);
    for (const k of Object.keys(RESPONSE_KINDS)) expect(kinds, `response.${k}`).toContain(`response.${k}`);
    for (const k of Object.keys(EVENT_KINDS)) expect(kinds, `event.${k}`).toContain(`event.${k}`);
    expect(new Set(frames.frames.map((f) => f.name)).size).toBe(frames.frames.length);
  });

  describe.each(frames.frames.map((f) => [f.name, f] as const))('%s', (_name, v) => {
    const payload = bytes(v.payload_hex);

    it('message JSON encodes to the payload and the payload decodes to the JSON', () => {
      expect(payload.length).toBe(v.payload_length);
      expect(hex(encodeFrameMessage(pb.Frame.fromObject(v.message)))).toBe(v.payload_hex);
      const decoded = pb.Frame.decode(payload);
      expect(pb.Frame.toObject(decoded, { enums: String, bytes: String, json: true })).toEqual(v.message);
      expect(v.direction).toBe(decoded.request ? 'host->device' : 'device->host');
      expect(v.kind.split('.')[0]).toBe(decoded.kind);
    });

    it('CRC, line frame and binary frame are bit-exact', () => {
      expect(v.crc32).toBe('0x' + crc32(payload).toString(16).padStart(8, '0'));
      expect(hex(encodeLineFrame(payload))).toBe(hex(latin1Bytes(v.line)));
      expect(hex(encodeBinaryFrame(payload))).toBe(v.binary_hex);
    });

    it('both frames decode back to the payload', () => {
      expect(decodeLine(v.line.replace(/\n$/, ''))).toEqual({ kind: 'frame', payload });
      const d = new StreamDecoder(frames.max_frame);
      const out = d.push(new Uint8Array([...latin1Bytes(v.line), ...bytes(v.binary_hex)]));
      expect(out.map(json)).toEqual([
        { kind: 'frame', framing: 'line', payload_hex: v.payload_hex },
        { kind: 'frame', framing: 'binary', payload_hex: v.payload_hex },
      ]);
    });
  });

  it('all frames back to back in alternating framings decode in order', () => {
    const input: number[] = [];
    frames.frames.forEach((f, i) => input.push(...(i % 2 ? bytes(f.binary_hex) : latin1Bytes(f.line))));
    const { out, stats } = decodeIn(Uint8Array.from(input), frames.max_frame, (k) => 1 + ((k * 37) % 97));
    expect(out.map((o) => (o.kind === 'frame' ? o.payload_hex : o.text))).toEqual(frames.frames.map((f) => f.payload_hex));
    expect(stats.frames).toBe(frames.frames.length);
  });
});

describe('golden vectors: damaged streams', () => {
  it.each(damage.stream.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const input = bytes(c.input_hex);
    const chunkings: [string, (k: number) => number][] = [
      ['whole', () => input.length],
      ['byte by byte', () => 1],
      ['uneven', (k) => [3, 1, 17, 64, 2][k % 5]],
    ];
    for (const [how, chunk] of chunkings) {
      const { out, stats } = decodeIn(input, c.max_frame, chunk);
      expect(out, how).toEqual(c.expect);
      expect(stats, how).toEqual(c.stats);
    }
  });

  it.each(damage.lines.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = decodeLine(c.line, c.max_frame);
    const got = r.kind === 'frame' ? { kind: 'frame', payload_hex: hex(r.payload) } : r;
    expect(got).toEqual(c.expect);
    // Bytes in, same answer.
    const rb = decodeLine(latin1Bytes(c.line), c.max_frame);
    expect(rb.kind === 'frame' ? { kind: 'frame', payload_hex: hex(rb.payload) } : rb).toEqual(c.expect);
  });
});
