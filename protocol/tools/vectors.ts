/**
 * Golden vectors for the HAC wire protocol (protocol/vectors/, described in its README.md).
 *   npx tsx protocol/tools/vectors.ts           writes protocol/vectors/frames.json and damage.json
 *   npx tsx protocol/tools/vectors.ts --check   exits 1 if a committed file differs
 * Deterministic: no clock, no randomness. The vectors are what our reference codec produces, and
 * each damage case states what it is meant to show (which frames survive, which counter moves);
 * the build fails if the decoder disagrees with that intent, so the files never record a bug.
 * Build tool: like generate.ts, the only I/O is in main().
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CRC32_CHECK_VALUE,
  DEFAULT_MAX_FRAME,
  StreamDecoder,
  cobsEncode,
  crc32,
  decodeLine,
  encodeBinaryFrame,
  encodeLineFrame,
  type Decoded,
  type DecoderStats,
  type LineResult,
} from '../framing/index.js';
import { encodeFrameMessage, pb, type IFrame } from '../messages.js';

// ---------------------------------------------------------------- helpers

export function toHex(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += x.toString(16).padStart(2, '0');
  return s;
}

export function fromHex(s: string): Uint8Array {
  if (s.length % 2 !== 0 || /[^0-9a-f]/i.test(s)) throw new Error(`bad hex: ${s.slice(0, 40)}`);
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Deterministic filler bytes; `nonZero` keeps COBS from meeting a 0x00. */
function pattern(n: number, seed: number, nonZero = false): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const b = (x >>> 16) & 0xff;
    out[i] = nonZero && b === 0 ? 0x5a : b;
  }
  return out;
}

// ---------------------------------------------------------------- well-formed frames

export interface FrameVector {
  name: string;
  /** Oneof path, e.g. "request.regRead", "response.hello", "event.fault". */
  kind: string;
  direction: 'host->device' | 'device->host';
  /** proto3 JSON mapping: lowerCamelCase names, enums by name, bytes as base64, defaults omitted. */
  message: Record<string, unknown>;
  payload_hex: string;
  payload_length: number;
  /** CRC-32 of the payload as a number in hex; it goes on the wire little-endian. */
  crc32: string;
  /** The complete line frame as text, '\n' included. */
  line: string;
  /** The complete binary frame, trailing 0x00 delimiter included. */
  binary_hex: string;
}

const SAMPLE_SCHEMA_HASH = 0x1234abcd; // example values, not the real hashes
const SAMPLE_MAP_HASH = 0x0badcafe;

function queryResult(withCodes: boolean): Record<string, unknown> {
  const ctx = 64;
  return {
    queryId: 42,
    output: pattern(128, 7),
    outputShift: 3,
    keepMask: Uint8Array.of(0xff, 0x0f, 0x00, 0x81, 0x10, 0x00, 0x00, 0x80),
    ...(withCodes ? { codes: pattern(ctx, 9) } : {}),
    contextLength: ctx,
    counters: { cycles: 5_000_000_123, kept: 17, pruned: 47, tileRefills: 1, conversions: 4096, energyPj: 1234.5 },
  };
}

/** [name, frame]; names are "<request|response|event>.<body>[.<variant>]". */
function frameMessages(): [string, IFrame][] {
  const req = (seq: number, body: Record<string, unknown>): IFrame => ({ request: { seq, ...body } });
  const res = (seq: number, body: Record<string, unknown>, status = 0, detail?: string): IFrame => ({
    response: { seq, ...(status ? { status } : {}), ...(detail ? { detail } : {}), ...body },
  });
  const memData = pattern(16, 3);
  return [
    ['request.hello', req(0, { hello: { protocolVersion: 2, schemaHash: SAMPLE_SCHEMA_HASH, registerMapHash: SAMPLE_MAP_HASH, capabilities: 0xff, maxFrame: 8192, client: 'hac-host 0.2.0', sessionId: 0x1234abcd, nextSeq: 1 } })],
    ['request.regRead', req(2, { regRead: { addresses: [0x0000, 0x0004, 0x0100, 0x0f00] } })],
    ['request.regWrite', req(3, { regWrite: { writes: [{ address: 0x0104, value: 0x12 }, { address: 0x0014, value: 0x1, mask: 0x1 }, { address: 0x0400, value: 900_000, mask: 0 }] } })],
    ['request.memWrite', req(4, { memWrite: { region: pb.Region.REGION_K_SRAM, offset: 128, data: memData, dataCrc: crc32(memData) } })],
    ['request.memRead', req(5, { memRead: { region: pb.Region.REGION_OUTPUT, length: 128 } })],
    ['request.memDigest', req(6, { memDigest: { region: pb.Region.REGION_V_SRAM, offset: 64, length: 4096 } })],
    ['request.memDigest.expect', req(18, { memDigest: { region: pb.Region.REGION_K_SRAM, length: 32768, expectSha256: pattern(32, 24) } })],
    ['request.clearFence', req(19, { clearFence: {} })],
    ['request.runQuery', req(7, { runQuery: { query: pattern(64, 11), wantCodes: true } })],
    ['request.runQuery.settings', req(16, { runQuery: { query: pattern(64, 14), settings: { scoreScale: 3025551, margin: 0, head: 2 } } })],
    ['request.runQueries', req(17, { runQueries: { queries: pattern(192, 15), settings: [{ scoreScale: 1 }, { margin: 12 }, {}] } })],
    ['request.appendToken', req(8, { appendToken: { key: pattern(64, 12), value: pattern(64, 13) } })],
    ['request.resetContext', req(9, { resetContext: {} })],
    ['request.readResult', req(10, { readResult: {} })],
    ['request.readCounters', req(11, { readCounters: {} })],
    ['request.reset', req(12, { reset: {} })],
    ['request.ping', req(13, { ping: { data: ascii('ping') } })],
    ['request.ping.cobs_runs', req(14, { ping: { data: concat(pattern(300, 21, true), new Uint8Array(3), pattern(254, 22, true), Uint8Array.of(0), pattern(10, 23, true)) } })],
    ['request.ping.seq_max', req(0xffffffff, { ping: {} })],

    ['response.hello', res(0, { hello: { protocolVersion: 2, minProtocolVersion: 2, schemaHash: SAMPLE_SCHEMA_HASH, registerMapHash: SAMPLE_MAP_HASH, chipId: 0x48414301, revision: 0x0100, capabilities: 0xf7, maxFrame: 8192, window: 8, bootEpoch: 3, firmware: 'hac-sim 0.2.0', maxTokens: 512, headDim: 64, tileTokens: 64, heads: 16 } })],
    ['response.hello.version_mismatch', res(0, { hello: { protocolVersion: 3, minProtocolVersion: 3, schemaHash: SAMPLE_SCHEMA_HASH, registerMapHash: SAMPLE_MAP_HASH, chipId: 0x48414301, revision: 0x0100, maxFrame: 4096, window: 4, bootEpoch: 1, firmware: 'hac-fw 2.0', maxTokens: 512, headDim: 64, tileTokens: 64, heads: 16 } }, pb.Status.STATUS_VERSION_MISMATCH, 'host speaks 2, device accepts 3..3')],
    ['response.regRead', res(2, { regRead: { values: [0x48414301, 0x0100, 64, 1] } })],
    ['response.regWrite', res(3, { regWrite: { count: 3 } })],
    ['response.memWrite', res(4, { memWrite: { nextOffset: 144 } })],
    ['response.memRead', res(5, { memRead: { data: pattern(128, 5), dataCrc: crc32(pattern(128, 5)) } })],
    ['response.memDigest', res(6, { memDigest: { sha256: pattern(32, 6), crc32: 0xdeadbeef } })],
    ['response.memDigest.verify_failed', res(18, { memDigest: { sha256: pattern(32, 6), crc32: 0xdeadbeef } }, pb.Status.STATUS_VERIFY_FAILED, 'digest differs from expect_sha256; fenced')],
    ['response.clearFence', res(19, { clearFence: { refused: 5 } })],
    ['response.error.fenced', res(20, {}, pb.Status.STATUS_FENCED)],
    ['response.runQuery', res(7, { runQuery: { result: queryResult(true) } })],
    ['response.runQueries', res(17, { runQueries: { results: [queryResult(false), { ...queryResult(false), queryId: 43 }] } })],
    ['response.appendToken', res(8, { appendToken: { contextLength: 65 } })],
    ['response.resetContext', res(9, { resetContext: {} })],
    ['response.readResult', res(10, { readResult: { result: { ...queryResult(false), outputInt16: true, counters: { cycles: 1000, kept: 1, pruned: 63, conversions: 64, energyPj: 0.25, timingViolation: true } } } })],
    ['response.readCounters', res(11, { readCounters: { cycles: 9_007_199_254_740_991, queries: 1000, tokensKept: 5e9, tokensPruned: 123456789012, tileRefills: 77, conversions: 4.5e10, energyPj: 1.5e12 } })],
    ['response.reset', res(12, { reset: { bootEpoch: 4 } })],
    ['response.ping', res(13, { ping: { data: ascii('ping') } })],
    ['response.error', res(21, {}, pb.Status.STATUS_BAD_ADDRESS, 'address 0x0f00 is sim-only')],
    ['response.error.not_ready', res(22, {}, pb.Status.STATUS_NOT_READY)],
    ['response.error.decode_error', res(0, {}, pb.Status.STATUS_DECODE_ERROR)],

    ['event.log', { event: { eventSeq: 1, log: { level: 1, text: 'boot ok, epoch 3' } } }],
    ['event.jobDone', { event: { eventSeq: 2, jobDone: { queryId: 42, count: 32 } } }],
    ['event.fault', { event: { eventSeq: 3, fault: { code: pb.Status.STATUS_INTERNAL, text: 'timing violation at 1800000 kHz / 900 mV' } } }],
  ];
}

function kindOf(frame: IFrame): string {
  for (const top of ['request', 'response', 'event'] as const) {
    const m = frame[top] as Record<string, unknown> | null | undefined;
    if (!m) continue;
    const body = Object.keys(m).find((k) => !['seq', 'status', 'detail', 'eventSeq'].includes(k));
    return body ? `${top}.${body}` : top;
  }
  return 'empty';
}

export function buildFrameVectors(): FrameVector[] {
  return frameMessages().map(([name, frame]) => {
    // fromObject first: the JSON we publish must rebuild exactly these bytes.
    const msg = pb.Frame.fromObject(frame as Record<string, unknown>);
    const payload = encodeFrameMessage(msg);
    const json = pb.Frame.toObject(pb.Frame.decode(payload), { enums: String, bytes: String, json: true }) as Record<string, unknown>;
    const again = encodeFrameMessage(pb.Frame.fromObject(json));
    if (toHex(again) !== toHex(payload)) throw new Error(`${name}: JSON does not rebuild the payload`);
    return {
      name,
      kind: kindOf(frame),
      direction: frame.request ? 'host->device' : 'device->host',
      message: json,
      payload_hex: toHex(payload),
      payload_length: payload.length,
      crc32: '0x' + crc32(payload).toString(16).padStart(8, '0'),
      line: new TextDecoder('latin1').decode(encodeLineFrame(payload)),
      binary_hex: toHex(encodeBinaryFrame(payload)),
    };
  });
}

// ---------------------------------------------------------------- damaged streams

export type ExpectedOutput = { kind: 'frame'; framing: 'line' | 'binary'; payload_hex: string } | { kind: 'log'; text: string };

export interface DamageVector {
  name: string;
  description: string;
  max_frame: number;
  input_hex: string;
  /** Everything the stream decoder emits, in order, whatever way the input is split into chunks. */
  expect: ExpectedOutput[];
  stats: DecoderStats;
}

export interface LineVector {
  name: string;
  description: string;
  max_frame: number;
  /** One line as the host's line splitter hands it over: without '\n' (a trailing '\r' is allowed). */
  line: string;
  expect: { kind: 'frame'; payload_hex: string } | { kind: 'log'; text: string } | { kind: 'drop'; reason: string; bytes: number };
}

export function runDecoder(input: Uint8Array, maxFrame: number, chunk = input.length || 1): { expect: ExpectedOutput[]; stats: DecoderStats } {
  const d = new StreamDecoder(maxFrame);
  const out: Decoded[] = [];
  for (let i = 0; i < input.length; i += chunk) out.push(...d.push(input.subarray(i, i + chunk)));
  return { expect: out.map(outputJson), stats: { ...d.stats } };
}

export function outputJson(o: Decoded): ExpectedOutput {
  return o.kind === 'frame' ? { kind: 'frame', framing: o.framing, payload_hex: toHex(o.payload) } : { kind: 'log', text: o.text };
}

export function lineResultJson(r: LineResult): LineVector['expect'] {
  if (r.kind === 'frame') return { kind: 'frame', payload_hex: toHex(r.payload) };
  if (r.kind === 'log') return { kind: 'log', text: r.text };
  return { kind: 'drop', reason: r.reason, bytes: r.bytes };
}

interface Intent {
  /** Payloads that must come out as frames, in order (and nothing else as a frame). */
  frames: Uint8Array[];
  /** Stats that must hold exactly (others are recorded, not asserted). */
  stats: Partial<DecoderStats>;
  logs?: string[];
}

function flip(b: Uint8Array, index: number, mask = 0x01): Uint8Array {
  const c = b.slice();
  c[index] ^= mask;
  return c;
}

export function buildDamageVectors(): { stream: DamageVector[]; lines: LineVector[] } {
  const P = (seq: number, data: Uint8Array = ascii(`frame ${seq}`)) => encodeFrameMessage({ request: { seq, ping: { data } } });
  const a = P(1);
  const b = P(2);
  const c = P(3);
  const binA = encodeBinaryFrame(a);
  const binB = encodeBinaryFrame(b);
  const binC = encodeBinaryFrame(c);
  const lineA = encodeLineFrame(a);
  const lineB = encodeLineFrame(b);
  const lineC = encodeLineFrame(c);
  const stripNl = (l: Uint8Array) => l.subarray(0, l.length - 1);
  const stripZero = (f: Uint8Array) => f.subarray(0, f.length - 1);

  // A payload whose body (0x00 || payload || crc) ends in a 254-byte run of non-zero bytes: our
  // encoder closes the run with an extra 0x01 code, the common C encoder does not. Both are COBS.
  let runPayload = pattern(250, 1, true);
  for (let s = 2; !crcBytesNonZero(runPayload); s++) runPayload = pattern(250, s, true);
  const runFrame = encodeBinaryFrame(runPayload);
  const runFrameShort = concat(runFrame.subarray(0, runFrame.length - 2), Uint8Array.of(0)); // drop the final 0x01 code

  // An oversized binary frame whose payload embeds "\n" + a complete line frame + "\n": the
  // discarding decoder must skip to the binary delimiter, not resume at the '\n'.
  const smuggled = concat(pattern(80, 5, true), ascii('\n'), lineB, pattern(8, 6, true));
  const small = 64;

  const cases: [string, string, Uint8Array, Intent, number?][] = [
    ['binary.clean', 'Three binary frames back to back.', concat(binA, binB, binC), { frames: [a, b, c], stats: { frames: 3, resyncs: 0 } }],
    ['line.clean', 'Three line frames, the second ending in "\\r\\n".', concat(lineA, stripNl(lineB), ascii('\r\n'), lineC), { frames: [a, b, c], stats: { frames: 3, resyncs: 0 } }],
    ['mixed.clean', 'Log text, a line frame, a binary frame, more log text, a line frame: framings may alternate freely.', concat(ascii('boot: hac-fw 1.0\r\n'), lineA, binB, ascii('temp 27C\n'), lineC), { frames: [a, b, c], stats: { frames: 3, logLines: 2 }, logs: ['boot: hac-fw 1.0', 'temp 27C'] }],
    ['binary.bad_crc', 'Middle frame has one CRC byte flipped: dropped as crc, neighbours survive.', concat(binA, flip(binB, binB.length - 3), binC), { frames: [a, c], stats: { frames: 2, crcErrors: 1, resyncs: 1 } }],
    ['binary.bad_payload_bit', 'Middle frame has one payload bit flipped (0x20 mask, so no 0x00 appears): crc.', concat(binA, flip(binB, 4, 0x20), binC), { frames: [a, c], stats: { frames: 2, crcErrors: 1 } }],
    ['line.bad_crc', 'Middle line frame has one base64 character changed: crc.', concat(lineA, flip(lineB, 10, 0x01), lineC), { frames: [a, c], stats: { frames: 2, crcErrors: 1 } }],
    ['binary.truncated', 'Second frame cut in half, then the sender flushes with 0x00 and sends the third.', concat(binA, binB.subarray(0, 8), Uint8Array.of(0), binC), { frames: [a, c], stats: { frames: 2, resyncs: 1 } }],
    ['line.truncated', 'Second line frame cut short (still a multiple of 4 base64 chars) before its newline.', concat(lineA, lineB.subarray(0, 5 + 12), ascii('\n'), lineC), { frames: [a, c], stats: { frames: 2, resyncs: 1 } }],
    ['line.cut_by_zero', 'A line frame interrupted by 0x00 is truncated: dropped as malformed; the binary frame after the 0x00 survives.', concat(lineA, lineB.subarray(0, 20), Uint8Array.of(0), binC), { frames: [a, c], stats: { frames: 2, malformed: 1 } }],
    ['binary.oversized', `max_frame ${small}: a ${small + 1}-byte payload is dropped as oversized; the frame after it survives.`, concat(encodeBinaryFrame(pattern(small + 1, 7)), binC), { frames: [c], stats: { frames: 1, oversized: 1 } }, small],
    ['binary.oversized_long', `max_frame ${small}: a ${smuggled.length}-byte payload that holds "\\n", a complete line frame and "\\n" is discarded up to its 0x00 delimiter: no log lines, no smuggled frame.`, concat(encodeBinaryFrame(smuggled), binC), { frames: [c], stats: { frames: 1, oversized: 1, logLines: 0 } }, small],
    ['line.oversized', `max_frame ${small}: a line frame with a ${small + 1}-byte payload is dropped as oversized.`, concat(encodeLineFrame(pattern(small + 1, 8)), lineC), { frames: [c], stats: { frames: 1, oversized: 1 } }, small],
    ['line.oversized_long', `max_frame ${small}: a line frame far beyond the limit; the decoder stops buffering and skips to the newline.`, concat(encodeLineFrame(pattern(4 * small, 9)), lineC), { frames: [c], stats: { frames: 1, oversized: 1 } }, small],
    ['garbage.before', 'Noise before the first frame, ended by a 0x00 flush.', concat(Uint8Array.of(0xde, 0xad, 0xbe, 0xef, 0x07), Uint8Array.of(0), binA, binB), { frames: [a, b], stats: { frames: 2 } }],
    ['garbage.between_flushed', 'Noise between binary frames, then a 0x00 flush: both frames survive; the noise is a log line.', concat(binA, Uint8Array.of(0x55, 0xaa, 0x33), Uint8Array.of(0), binB), { frames: [a, b], stats: { frames: 2, logLines: 1 } }],
    ['garbage.between_unflushed', 'Noise directly before a binary frame, no delimiter: the noise starts a text segment that runs to the frame\'s 0x00, so that frame is lost; its bytes come out as log text, split at any 0x0a inside it (senders prefix 0x00 after trouble).', concat(binA, Uint8Array.of(0x55, 0xaa, 0x33), binB, binC), { frames: [a, c], stats: { frames: 2 } }],
    ['garbage.before_line', 'Noise then newline before a line frame: the noise is a log line; the frame survives.', concat(Uint8Array.of(0xff, 0xfe, 0x41), ascii('\n'), lineA), { frames: [a], stats: { frames: 1, logLines: 1 } }],
    ['binary.missing_delimiter', 'The 0x00 between the first two frames is lost: they merge into one bad segment; the third survives.', concat(stripZero(binA), binB, binC), { frames: [c], stats: { frames: 1, resyncs: 1 } }],
    ['line.missing_delimiter', 'The newline between the first two line frames is lost: merged line dropped; the third survives.', concat(stripNl(lineA), lineB, lineC), { frames: [c], stats: { frames: 1, resyncs: 1 } }],
    ['line.bad_base64', 'Characters outside the base64 alphabet: malformed.', concat(ascii('@HAC:AAAA*AAA\n'), lineA), { frames: [a], stats: { frames: 1, malformed: 1 } }],
    ['line.bad_base64_length', 'Base64 text whose length is not a multiple of 4: malformed.', concat(ascii('@HAC:AAAAAAA\n'), lineA), { frames: [a], stats: { frames: 1, malformed: 1 } }],
    ['line.too_short', 'Valid base64 of fewer than 4 bytes (no room for the CRC): malformed.', concat(ascii('@HAC:AAA=\n'), lineA), { frames: [a], stats: { frames: 1, malformed: 1 } }],
    ['binary.bad_cobs', 'A COBS code byte points past the end of the block: malformed.', concat(Uint8Array.of(0x01, 0x09, 0x41, 0x42, 0x00), binA), { frames: [a], stats: { frames: 1, malformed: 1 } }],
    ['binary.too_short', 'A COBS block that decodes to fewer than 5 bytes (type byte + CRC): malformed.', concat(Uint8Array.of(0x01, 0x03, 0x11, 0x22, 0x00), binA), { frames: [a], stats: { frames: 1, malformed: 1 } }],
    ['binary.cobs_final_run_short_form', 'The same payload twice: first as our encoder writes it (a 254-byte final run closed by an extra 0x01 code), then without that code, as the usual C COBS encoder writes it. A decoder accepts both.', concat(runFrame, runFrameShort), { frames: [runPayload, runPayload], stats: { frames: 2, resyncs: 0 } }],
    ['frame.empty_payload', 'Frames with an empty payload, binary then line: valid framing (the payload decodes as a Frame with no kind set; what a device answers is a message-level matter).', concat(encodeBinaryFrame(new Uint8Array(0)), encodeLineFrame(new Uint8Array(0))), { frames: [new Uint8Array(0), new Uint8Array(0)], stats: { frames: 2 } }],
    ['frame.not_a_frame_message', 'Good CRC, payload is not a valid Frame message (0xff 0xff): the framer accepts it; the device answers STATUS_DECODE_ERROR with seq 0.', encodeBinaryFrame(Uint8Array.of(0xff, 0xff)), { frames: [Uint8Array.of(0xff, 0xff)], stats: { frames: 1 } }],
    ['log.at_sign', 'A log line that starts with "@" but not "@HAC:" is log output.', concat(ascii('@reboot requested\n'), lineA), { frames: [a], stats: { frames: 1, logLines: 1 }, logs: ['@reboot requested'] }],
    ['log.extra_delimiters', 'Runs of 0x00, "\\r" and "\\n" between segments are ignored.', concat(Uint8Array.of(0, 0, 13, 10, 10), binA, Uint8Array.of(0, 0, 10, 13), lineB, Uint8Array.of(0, 13, 10)), { frames: [a, b], stats: { frames: 2, logLines: 0, resyncs: 0 } }],
  ];

  const stream = cases.map(([name, description, input, intent, maxFrame = DEFAULT_MAX_FRAME]): DamageVector => {
    const { expect, stats } = runDecoder(input, maxFrame);
    const got = expect.filter((e) => e.kind === 'frame').map((e) => (e as { payload_hex: string }).payload_hex);
    const want = intent.frames.map(toHex);
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`${name}: frames ${JSON.stringify(got)} != intended ${JSON.stringify(want)}`);
    for (const [k, v] of Object.entries(intent.stats)) {
      if (stats[k as keyof DecoderStats] !== v) throw new Error(`${name}: stats.${k} = ${stats[k as keyof DecoderStats]}, intended ${v}`);
    }
    if (intent.logs) {
      const logs = expect.filter((e) => e.kind === 'log').map((e) => (e as { text: string }).text);
      if (JSON.stringify(logs) !== JSON.stringify(intent.logs)) throw new Error(`${name}: logs ${JSON.stringify(logs)}`);
    }
    const oneByOne = runDecoder(input, maxFrame, 1);
    if (JSON.stringify(oneByOne) !== JSON.stringify({ expect, stats })) throw new Error(`${name}: byte-at-a-time decoding differs`);
    return { name, description, max_frame: maxFrame, input_hex: toHex(input), expect, stats };
  });

  const latin1 = (b: Uint8Array) => new TextDecoder('latin1').decode(b);
  const lineCases: [string, string, string, LineVector['expect']['kind'], number?][] = [
    ['frame', 'A good line frame.', latin1(stripNl(lineA)), 'frame'],
    ['frame_cr', 'A trailing "\\r" is ignored.', latin1(stripNl(lineA)) + '\r', 'frame'],
    ['log', 'No marker: log output, returned as text.', 'adc calibrated in 12 ms', 'log'],
    ['log_empty', 'An empty line is an empty log line.', '', 'log'],
    ['log_marker_prefix', 'Shorter than the marker: log output.', '@HA', 'log'],
    ['log_lowercase_marker', 'The marker is case-sensitive.', '@hac:' + latin1(stripNl(lineA)).slice(5), 'log'],
    ['crc', 'One base64 character changed.', latin1(flip(stripNl(lineA), 12, 0x01)), 'drop'],
    ['malformed_char', 'A character outside the alphabet.', '@HAC:AAAA-AAA', 'drop'],
    ['malformed_length', 'Length not a multiple of 4.', '@HAC:AAAAA', 'drop'],
    ['malformed_padding', 'Padding in the middle.', '@HAC:AA==AAAA', 'drop'],
    ['malformed_short', 'Too short to hold a CRC.', '@HAC:AAA=', 'drop'],
    ['malformed_empty', 'Marker with nothing after it.', '@HAC:', 'drop'],
    ['oversized', `max_frame ${small}: payload of ${small + 1} bytes.`, latin1(stripNl(encodeLineFrame(pattern(small + 1, 8)))), 'drop', small],
    ['oversized_long', `max_frame ${small}: line longer than any legal frame (rejected before decoding).`, latin1(stripNl(encodeLineFrame(pattern(4 * small, 8)))), 'drop', small],
    ['limit_exact', `max_frame ${small}: a payload of exactly ${small} bytes is accepted.`, latin1(stripNl(encodeLineFrame(pattern(small, 8)))), 'frame', small],
  ];
  const lines = lineCases.map(([name, description, line, kind, maxFrame = DEFAULT_MAX_FRAME]): LineVector => {
    const expect = lineResultJson(decodeLine(line, maxFrame));
    if (expect.kind !== kind) throw new Error(`line ${name}: ${expect.kind}, intended ${kind}`);
    return { name: `line.${name}`, description, max_frame: maxFrame, line, expect };
  });
  return { stream, lines };
}

function crcBytesNonZero(p: Uint8Array): boolean {
  const c = crc32(p);
  return [0, 8, 16, 24].every((s) => ((c >>> s) & 0xff) !== 0);
}

// ---------------------------------------------------------------- files

export function buildFiles(): Record<string, string> {
  const check = ascii('123456789');
  if (crc32(check) !== CRC32_CHECK_VALUE) throw new Error('crc32 check value');
  const frames = {
    about: 'Golden frames of the HAC wire protocol v1; see README.md. Generated by protocol/tools/vectors.ts.',
    crc32_check: { input_ascii: '123456789', crc32: '0x' + CRC32_CHECK_VALUE.toString(16), wire_le_hex: toHex(encodeLe(CRC32_CHECK_VALUE)) },
    cobs_examples: [
      new Uint8Array(0), Uint8Array.of(0), Uint8Array.of(0, 0), Uint8Array.of(0x11, 0x22, 0x00, 0x33), pattern(254, 1, true), pattern(255, 2, true),
    ].map((raw) => ({ raw_hex: toHex(raw), cobs_hex: toHex(cobsEncode(raw)) })),
    max_frame: DEFAULT_MAX_FRAME,
    frames: buildFrameVectors(),
  };
  const { stream, lines } = buildDamageVectors();
  const damage = {
    about: 'Damaged and edge-case input for the HAC frame decoders; see README.md. Generated by protocol/tools/vectors.ts.',
    stream,
    lines,
  };
  return {
    'frames.json': JSON.stringify(frames, null, 2) + '\n',
    'damage.json': JSON.stringify(damage, null, 2) + '\n',
  };
}

function encodeLe(v: number): Uint8Array {
  return Uint8Array.of(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24);
}

export const VECTORS_DIR = join(dirname(dirname(fileURLToPath(import.meta.url))), 'vectors');

function main(): void {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [name, text] of Object.entries(buildFiles())) {
    const path = join(VECTORS_DIR, name);
    const old = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (old === text) continue;
    if (check) {
      stale++;
      console.error(`stale: protocol/vectors/${name} differs from what protocol/tools/vectors.ts produces`);
    } else {
      writeFileSync(path, text);
      console.log(`wrote protocol/vectors/${name}`);
    }
  }
  if (check && stale) {
    console.error('run `npx tsx protocol/tools/vectors.ts` and commit the result');
    process.exit(1);
  }
  if (check) console.log('vectors are up to date');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
