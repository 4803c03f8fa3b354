/**
 * The C side of the contract, with the tools the firmware uses: nanopb's generator on hac.proto +
 * hac.options, gcc, and the nanopb runtime (see tools/nanopb-check.ts for what the C program
 * asserts). Without the tools the tests are skipped with the install hint; with CI=true a missing
 * tool fails the run instead, so CI cannot go green by skipping.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { inCI } from '../hil-tests/support/tools.js';
import { StreamDecoder, decodeLine, encodeBinaryFrame, encodeLineFrame } from './framing/index.js';
import { REGISTERS } from './registers/map.js';
import { decodeFrameMessage, encodeFrameMessage, pb } from './messages.js';
import {
  INSTALL_HINT,
  OPTIONS_PATH,
  buildNanopbCheck,
  callbackFields,
  findNanopbTools,
  generateNanopb,
  type NanopbBuild,
} from './tools/nanopb-check.js';

const tools = findNanopbTools();
const missing = tools.missing.length > 0;
const reason = `nanopb tools missing: ${tools.missing.join('; ')}. Install with: ${INSTALL_HINT}`;

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const tmpDirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'hac-nanopb-test-'));
  tmpDirs.push(d);
  return d;
};

let build: NanopbBuild | undefined;

/** Skip with the reason locally; fail on CI, where the tools are part of the contract. */
function needTools(ctx: TestContext): NanopbBuild {
  if (missing) {
    if (inCI) throw new Error(`${reason} (CI: this test must run, not skip)`);
    ctx.skip(reason);
  }
  if (!build) throw new Error('nanopb build did not run; see the beforeAll error');
  return build;
}

/** Feeds one hex payload per line to `hac_check roundtrip`; returns its answers. */
function roundtrip(b: NanopbBuild, payloads: Uint8Array[]): string[] {
  const out = execFileSync(b.exe, ['roundtrip'], { input: payloads.map(hex).join('\n') + '\n', encoding: 'utf8', maxBuffer: 64 << 20 });
  return out.trimEnd().split('\n');
}

describe('nanopb (C firmware view of the schema)', () => {
  beforeAll(() => {
    if (!missing) build = buildNanopbCheck(tools, tmp());
  });
  afterAll(() => {
    for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
  });

  it('generates with static allocation only: no field is left as a pb_callback_t', (ctx) => {
    const b = needTools(ctx);
    expect(callbackFields(b.header)).toEqual([]);
    expect(readFileSync(b.header, 'utf8')).toMatch(/uint32_t addresses\[256\];/);
  });

  it('the pb_callback_t check catches an unbounded field', (ctx) => {
    needTools(ctx);
    const dir = tmp();
    const opts = join(dir, 'partial.options');
    writeFileSync(opts, readFileSync(OPTIONS_PATH, 'utf8').replace(/^hac\.v1\.PingRequest\.data .*$/m, ''));
    const header = generateNanopb(tools, dir, opts);
    expect(callbackFields(header)).toEqual([expect.stringMatching(/pb_callback_t data;/)]);
  });

  it('compiles hac_regs.h with a static assert for every register address and reset value', (ctx) => {
    const b = needTools(ctx);
    // The asserts are compile-time: the build in beforeAll would have failed on any mismatch.
    const src = readFileSync(join(b.dir, 'hac_check.c'), 'utf8');
    expect(src.match(/_ADDR == 0x[0-9A-F]{8}u && HAC_\w+_RESET ==/g)?.length).toBe(REGISTERS.length);
    expect(src).toContain('#include "hac_regs.h"');
  });

  it('a RegReadRequest frame built in C (nanopb + C CRC, COBS, base64) decodes in TypeScript', (ctx) => {
    const b = needTools(ctx);
    const lines = Object.fromEntries(
      execFileSync(b.exe, ['emit'], { encoding: 'utf8' })
        .trimEnd()
        .split('\n')
        .map((l) => [l.slice(0, l.indexOf(' ')), l.slice(l.indexOf(' ') + 1)]),
    );
    expect(lines.check).toBe('cbf43926');
    const payload = new Uint8Array(Buffer.from(lines.payload, 'hex'));
    const frame = decodeFrameMessage(payload);
    if (frame instanceof Error) throw frame;
    expect(frame.request?.seq).toBe(7);
    expect(frame.request?.regRead?.addresses).toEqual([0x0000, 0x0004, 0x0100]);
    // Same bytes as our encoder writes for the same message.
    expect(hex(encodeFrameMessage({ request: { seq: 7, regRead: { addresses: [0, 4, 0x100] } } }))).toBe(lines.payload);

    const d = new StreamDecoder();
    expect(d.push(new Uint8Array(Buffer.from(lines.binary, 'hex')))).toEqual([{ kind: 'frame', framing: 'binary', payload }]);
    expect(lines.binary).toBe(hex(encodeBinaryFrame(payload)));
    expect(decodeLine(lines.line)).toEqual({ kind: 'frame', payload });
    expect(lines.line + '\n').toBe(Buffer.from(encodeLineFrame(payload)).toString('latin1'));
  });

  it('nanopb decodes every golden payload and writes back the same bytes', (ctx) => {
    const b = needTools(ctx);
    const vectors = JSON.parse(readFileSync(join(import.meta.dirname, 'vectors', 'frames.json'), 'utf8')) as { frames: { name: string; payload_hex: string }[] };
    const answers = roundtrip(b, vectors.frames.map((f) => new Uint8Array(Buffer.from(f.payload_hex, 'hex'))));
    expect(answers.map((a, i) => `${vectors.frames[i].name}: ${a}`)).toEqual(vectors.frames.map((f) => `${f.name}: ok ${f.payload_hex}`));
  });

  it('the static bounds are the SPEC limits: max_frame - 64 data bytes, 256 registers', (ctx) => {
    const b = needTools(ctx);
    const ping = (n: number) => encodeFrameMessage({ request: { seq: 1, ping: { data: new Uint8Array(n).fill(0xa5) } } });
    const regs = (n: number) => encodeFrameMessage({ request: { seq: 2, regRead: { addresses: Array.from({ length: n }, (_, i) => i * 4) } } });
    const mem = (n: number) => encodeFrameMessage({ response: { seq: 3, memRead: { data: new Uint8Array(n).fill(1), dataCrc: 0xffffffff } } });
    const largest = ping(8128);
    expect(largest.length).toBeLessThanOrEqual(8192);
    expect(mem(8128).length).toBeLessThanOrEqual(8192);
    const answers = roundtrip(b, [largest, ping(8129), regs(256), regs(257), mem(8128), Uint8Array.of(0xff, 0xff)]);
    expect(answers[0]).toBe(`ok ${hex(largest)}`);
    expect(answers[1]).toMatch(/^err /);
    expect(answers[2]).toBe(`ok ${hex(regs(256))}`);
    expect(answers[3]).toMatch(/^err /);
    expect(answers[4]).toBe(`ok ${hex(mem(8128))}`);
    expect(answers[5]).toMatch(/^err /); // not a Frame: a device answers STATUS_DECODE_ERROR
    expect(pb.Frame.decode(largest).request?.ping?.data?.length).toBe(8128);
  });
});
