/**
 * The golden vectors of protocol/vectors/ through the C firmware's own modules (nanopb messages,
 * CRC-32, COBS, base64 framing, the streaming receiver, SHA-256), via build/native/hac-fw-check:
 * every payload decodes and encodes to the same bytes, every frame is built byte for byte, every
 * damaged stream yields the same frames and counters as protocol/framing (fed whole and byte by byte).
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { latin1Bytes } from '../protocol/index.js';
import { HAC_FW_CHECK, make } from './testing/fw.js';

const frames = JSON.parse(readFileSync(new URL('../protocol/vectors/frames.json', import.meta.url), 'utf8'));
const damage = JSON.parse(readFileSync(new URL('../protocol/vectors/damage.json', import.meta.url), 'utf8'));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** Runs hac-fw-check over many command lines at once; one answer line each. */
function check(lines: string[]): string[] {
  const r = spawnSync(HAC_FW_CHECK, [], { input: lines.join('\n') + '\n', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`hac-fw-check exited ${r.status}: ${r.stderr}`);
  return String(r.stdout).trimEnd().split('\n');
}

beforeAll(() => make('build/native/hac-fw-check'), 120_000);

describe('C firmware against protocol/vectors', () => {
  it('CRC-32 check value, COBS examples and SHA-256', () => {
    const sha = randomBytes(1000);
    const out = check([
      `crc ${Buffer.from(frames.crc32_check.input_ascii).toString('hex')}`,
      ...frames.cobs_examples.map((c: { raw_hex: string }) => `cobs ${c.raw_hex}`),
      `sha256 ${hex(sha)}`,
      'sha256 ',
    ]);
    expect('0x' + out[0]).toBe(frames.crc32_check.crc32);
    frames.cobs_examples.forEach((c: { cobs_hex: string }, i: number) => expect(out[1 + i], `cobs example ${i}`).toBe(c.cobs_hex));
    expect(out[1 + frames.cobs_examples.length]).toBe(createHash('sha256').update(sha).digest('hex'));
    expect(out[2 + frames.cobs_examples.length]).toBe(createHash('sha256').digest('hex'));
  });

  it('every frame payload: nanopb decodes and re-encodes the same bytes; both framings byte for byte', () => {
    const fs = frames.frames as Array<{ name: string; payload_hex: string; line: string; binary_hex: string }>;
    const out = check(fs.flatMap((f) => [`roundtrip ${f.payload_hex}`, `frame line ${f.payload_hex}`, `frame binary ${f.payload_hex}`]));
    fs.forEach((f, i) => {
      expect(out[3 * i], f.name).toBe(f.payload_hex);
      expect(out[3 * i + 1], f.name).toBe(hex(latin1Bytes(f.line)));
      expect(out[3 * i + 2], f.name).toBe(f.binary_hex);
    });
    expect(fs.length).toBeGreaterThan(30);
  });

  it('damaged streams: the receiver accepts the same frames and counts the same drops', () => {
    type Case = { name: string; max_frame: number; input_hex: string; expect: Array<{ kind: string; framing?: string; payload_hex?: string }>; stats: Record<string, number> };
    const cases = damage.stream as Case[];
    const out = check(cases.map((c) => `stream ${c.max_frame} ${c.input_hex}`));
    cases.forEach((c, i) => {
      const [bytewise, whole] = out[i].split('|');
      expect(bytewise, `${c.name}: byte by byte = whole`).toBe(whole);
      const want =
        c.expect
          .filter((e) => e.kind === 'frame')
          .map((e) => `F ${e.framing} ${e.payload_hex};`)
          .join('') +
        `S ${c.stats.frames} ${c.stats.logLines} ${c.stats.crcErrors} ${c.stats.malformed} ${c.stats.oversized} ${c.stats.droppedBytes} ${c.stats.resyncs}`;
      expect(whole, c.name).toBe(want);
    });
  });
});
