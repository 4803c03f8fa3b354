/**
 * The same stimulus to `hac-sim --stdio` (the TypeScript virtual chip) and to the C firmware
 * (`hac-fw --stdio`, its chip on a fresh chip bus): the same frames come back, byte for byte.
 * Allowed differences, and only these: the hello body's `firmware` name, and the detail text of
 * DECODE_ERROR (it quotes the protobuf library's own message). Both start with boot epoch 100.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PROTOCOL_VERSION,
  REGISTERS,
  REGISTER_MAP_HASH,
  SCHEMA_HASH,
  StreamDecoder,
  crc32,
  decodeFrameMessage,
  encodeFrame,
  encodeFrameMessage,
  registerByName,
  type FramingKind,
  type IRequest,
  type IResponse,
} from '../protocol/index.js';
import { HAC_SIM } from '../hil-tests/support/sim-process.js';
import { HAC_FW, make, startChipBus } from './testing/fw.js';

const A = (name: string) => registerByName(name)!.address;

interface Step {
  bytes: Uint8Array;
  /** seqs whose responses end this step (none: only the flush marker) */
  await: number[];
  note: string;
}

interface Got {
  framing: FramingKind;
  payload: Uint8Array;
}

/** One device process on stdio, driven step by step. */
class Dut {
  readonly frames: Got[][] = [];
  private current: Got[] = [];
  private decoder = new StreamDecoder();
  private wake: (() => void) | null = null;
  err = '';
  constructor(readonly proc: ChildProcess) {
    proc.stdout!.on('data', (d: Buffer) => {
      for (const f of this.decoder.push(new Uint8Array(d))) if (f.kind === 'frame') this.current.push({ framing: f.framing, payload: f.payload });
      this.wake?.();
    });
    proc.stderr!.on('data', (d) => (this.err += String(d)));
  }

  private responded(seq: number, from: number): boolean {
    return this.current.slice(from).some((g) => {
      const m = decodeFrameMessage(g.payload);
      return !(m instanceof Error) && m.response != null && ((m.response.seq ?? 0) >>> 0) === seq;
    });
  }

  private async until(pred: () => boolean, what: string): Promise<void> {
    const t0 = Date.now();
    while (!pred()) {
      if (Date.now() - t0 > 10000) throw new Error(`${what}: no answer; stderr ${this.err}`);
      await new Promise<void>((r) => {
        this.wake = r;
        setTimeout(r, 20);
      });
    }
  }

  /** Sends a step, waits for its responses, then for the flush marker's (an empty Frame, answered at once). */
  async run(step: Step): Promise<void> {
    this.current = [];
    this.proc.stdin!.write(step.bytes);
    for (const s of step.await) await this.until(() => this.responded(s, 0), `${step.note} (seq ${s})`);
    const mark = this.current.length;
    this.proc.stdin!.write(MARKER);
    await this.until(() => this.current.slice(mark).some((g) => isMarkerAnswer(g.payload)), `${step.note} (marker)`);
    const i = this.current.findIndex((g, k) => k >= mark && isMarkerAnswer(g.payload));
    this.current.splice(i, 1);
    this.frames.push(this.current);
  }
}

const MARKER = encodeFrame('binary', encodeFrameMessage({}));
function isMarkerAnswer(p: Uint8Array): boolean {
  const m = decodeFrameMessage(p);
  return !(m instanceof Error) && m.response != null && m.response.seq === 0 && m.response.detail === 'frame carries no request';
}

function rnd(seed: number) {
  let s = seed >>> 0;
  return (n: number) => Uint8Array.from({ length: n }, () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) >>> 24);
}

/** The stimulus: every request kind, the refusals of SPEC section 5, events, ordering, resets. */
function stimulus(): Step[] {
  const steps: Step[] = [];
  const bytes = rnd(7);
  let next = 1;
  const req = (r: IRequest, framing: FramingKind = 'binary', note = Object.keys(r).find((k) => k !== 'seq') ?? 'empty'): number => {
    const seq = r.seq ?? next++;
    steps.push({ bytes: encodeFrame(framing, encodeFrameMessage({ request: { ...r, seq } })), await: [seq], note });
    return seq;
  };
  const raw = (b: Uint8Array, note: string, awaitSeqs: number[] = []) => steps.push({ bytes: b, await: awaitSeqs, note });
  const hello = (o: { version?: number; maxFrame?: number; session?: number; nextSeq?: number; framing?: FramingKind } = {}) => {
    raw(new Uint8Array([0]), 'flush');
    req(
      {
        seq: 0,
        hello: { protocolVersion: o.version ?? PROTOCOL_VERSION, schemaHash: SCHEMA_HASH, registerMapHash: REGISTER_MAP_HASH, capabilities: 0xff, maxFrame: o.maxFrame ?? 8192, sessionId: o.session ?? 0x1111, nextSeq: o.nextSeq ?? next, client: 'conformance' },
      },
      o.framing ?? 'line',
      'hello',
    );
  };
  const write = (w: Record<string, number>, framing: FramingKind = 'binary') => req({ regWrite: { writes: Object.entries(w).map(([n, value]) => ({ address: A(n), value })) } }, framing);
  const mem = (region: number, offset: number, data: Uint8Array, crc = crc32(data)) => req({ memWrite: { region, offset, data, dataCrc: crc } });

  // handshake
  req({ seq: 1, regRead: { addresses: [0] } }, 'binary', 'before hello');
  hello({ version: 1 });
  hello({ maxFrame: 1000 });
  hello();
  // registers
  req({ regRead: { addresses: REGISTERS.filter((r) => r.access !== 'wo').map((r) => r.address) } });
  write({ SCRATCH: 0xdeadbeef });
  req({ regWrite: { writes: [{ address: A('SCRATCH'), value: 0x12, mask: 0xff }] } });
  req({ regWrite: { writes: [{ address: A('SCRATCH'), value: 1 }, { address: A('MODE'), value: 0x20 }] } });
  write({ MARGIN: 32 });
  write({ SCORE_SCALE: 0 });
  write({ CHIP_ID: 5 });
  req({ regRead: { addresses: [A('CONTROL')] } });
  req({ regRead: { addresses: [0x7777] } });
  req({ regRead: { addresses: [] } });
  req({ regWrite: { writes: [{ address: A('CONTROL'), value: 2 }, { address: A('SCRATCH'), value: 0 }] } });
  req({ regWrite: { writes: Array.from({ length: 33 }, () => ({ address: A('CONTROL'), value: 1 })) } });
  req({ regRead: { addresses: [A('SCRATCH'), A('IRQ_STATUS'), A('ERROR_CODE'), A('STATUS')] } }, 'line');
  // memory
  const k = bytes(8128);
  mem(1, 0, k);
  mem(1, 8128, bytes(8128));
  mem(2, 0, bytes(8128));
  mem(2, 8128, bytes(4000));
  mem(3, 0, bytes(64));
  mem(5, 0, Uint8Array.from([1, 2, 0xfe, 31, 0xe0]));
  mem(5, 0, Uint8Array.from([40]));
  mem(9, 0, bytes(4));
  mem(4, 0, bytes(4));
  mem(1, 0, new Uint8Array(0));
  mem(1, 0, bytes(16), 1234);
  mem(1, 32760, bytes(16));
  req({ memRead: { region: 1, offset: 100, length: 8128 } });
  req({ memRead: { region: 5, offset: 0, length: 64 } });
  req({ memRead: { region: 1, offset: 0, length: 0 } });
  req({ memRead: { region: 2, offset: 32000, length: 1000 } });
  req({ memDigest: { region: 1, offset: 0, length: 32768 } });
  req({ memDigest: { region: 2, offset: 5, length: 0 } });
  req({ memDigest: { region: 6, offset: 0, length: 65 } });
  req({ regRead: { addresses: [A('TRIM_0'), A('TRIM_2'), A('TRIM_4')] } });
  // queries
  write({ CONTEXT_LEN: 0 });
  req({ runQuery: { query: bytes(64) } });
  write({ CONTEXT_LEN: 300, IRQ_ENABLE: 7 });
  for (let m = 0; m < 4; m++) {
    write({ MODE: m | (m === 1 ? 0x10 : 0), OUTPUT_SHIFT: m });
    req({ runQuery: { query: bytes(64), wantCodes: true } });
    req({ runQuery: { query: bytes(64), settings: { margin: 3, head: 5, scoreScale: 9_000_000 } } });
  }
  req({ runQuery: { query: bytes(63) } });
  req({ runQuery: { query: bytes(64), settings: { head: 16 } } });
  req({ runQuery: {} });
  req({ runQueries: { queries: bytes(64 * 3), settings: [{ margin: 1 }, {}, { scoreScale: 5 }], wantCodes: true } });
  req({ runQueries: { queries: bytes(64 * 2), settings: [{ margin: 2 }] } });
  req({ runQueries: { queries: bytes(64 * 3), settings: [{}, {}] } });
  req({ runQueries: { queries: bytes(65) } });
  req({ runQueries: { queries: bytes(64), settings: [{ margin: 40 }] } });
  write({ TOPK: 0, MODE: 2 });
  req({ runQuery: { query: bytes(64) } });
  write({ TOPK: 7 });
  req({ regWrite: { writes: [{ address: A('CONTROL'), value: 1 }, { address: A('CONTROL'), value: 5 }] } });
  req({ readResult: {} });
  req({ readCounters: {} });
  req({ regRead: { addresses: ['CYCLES_LO', 'CYCLES_HI', 'QUERIES', 'TOKENS_KEPT', 'TOKENS_PRUNED', 'TILE_REFILLS', 'CONVERSIONS', 'ENERGY_NJ', 'QUERY_COUNT', 'STATUS'].map(A) } });
  // operating point: a timing violation raises a fault event; the analog constants follow the supply
  write({ CLOCK_KHZ: 2_000_000 });
  req({ runQuery: { query: bytes(64) } }, 'line');
  write({ CLOCK_KHZ: 1_100_000, ANALOG_SUPPLY_MV: 900 });
  req({ regRead: { addresses: [A('ADC_BITS'), A('ZERO_CODE'), A('INPUT_BITS'), A('DOT_PER_CODE'), A('TEMPERATURE_MC')] } });
  write({ ANALOG_SUPPLY_MV: 1000, TEMPERATURE_SET_MC: 60000 });
  // SIM knobs
  write({ DIE_SEED: 99, MODE: 1 });
  req({ runQuery: { query: bytes(64), wantCodes: true } });
  write({ NOISE_PRESET: 2 });
  req({ runQuery: { query: bytes(64), wantCodes: true } });
  write({ FAULT_SRAM_FLIP: 0x80000000 | (1 << 19) | (3 << 16) | (2 << 10) | 7, FAULT_STUCK_COLUMN: (1 << 8) | (20 << 16) | 3, FAULT_DEAD_COMPARATOR: (1 << 8) | 9 });
  req({ memRead: { region: 2, offset: 7 * 64, length: 64 } });
  req({ runQuery: { query: bytes(64), wantCodes: true } });
  write({ FAULT_SRAM_FLIP: 0, FAULT_STUCK_COLUMN: 0, FAULT_DEAD_COMPARATOR: 0, NOISE_PRESET: 1, DIE_SEED: 1 });
  // append_token, context full
  req({ appendToken: { key: bytes(64), value: bytes(64) } });
  req({ appendToken: { key: bytes(63), value: bytes(64) } });
  write({ CONTEXT_LEN: 512 });
  req({ appendToken: { key: bytes(64), value: bytes(64) } });
  req({ resetContext: {} });
  req({ regRead: { addresses: [A('CONTEXT_LEN'), A('STATUS'), A('ERROR_CODE')] } });
  write({ CONTEXT_LEN: 200 });
  // ping
  req({ ping: { data: bytes(300) } });
  req({ ping: {} }, 'line');
  // fields above the firmware's static bounds (hac.options): the same answers as hac-sim gives
  req({ regRead: { addresses: Array.from({ length: 257 }, () => 0) } });
  req({ regWrite: { writes: Array.from({ length: 300 }, () => ({ address: A('SCRATCH'), value: 1 })) } });
  req({ runQuery: { query: bytes(65) } });
  req({ appendToken: { key: bytes(80), value: bytes(64) } });
  req({ runQueries: { queries: bytes(64 * 33) } });
  req({ runQueries: { queries: bytes(64 * 2), settings: Array.from({ length: 40 }, () => ({})) } });
  req({ ping: { data: bytes(8140) } });
  mem(1, 0, bytes(8150));
  mem(4, 0, bytes(8150));
  raw(new Uint8Array([0]), 'flush');
  req(
    { seq: 0, hello: { protocolVersion: PROTOCOL_VERSION, schemaHash: SCHEMA_HASH, registerMapHash: REGISTER_MAP_HASH, capabilities: 0xff, maxFrame: 8192, sessionId: 0x1111, nextSeq: next, client: 'x'.repeat(60) } },
    'line',
    'hello with a long client name',
  );
  // ordering: out of order, duplicates, replay, kind mismatch, BUSY, stale
  const base = next;
  next += 4;
  const frame = (seq: number, r: IRequest, framing: FramingKind = 'binary') => encodeFrame(framing, encodeFrameMessage({ request: { ...r, seq } }));
  raw(frame(base + 2, { runQuery: { query: bytes(64) } }), 'held +2');
  raw(frame(base + 1, { regWrite: { writes: [{ address: A('SCORE_SCALE'), value: 1 }] } }), 'held +1');
  raw(frame(base + 1, { regWrite: { writes: [{ address: A('SCORE_SCALE'), value: 1 }] } }), 'duplicate +1');
  raw(frame(base + 3, { runQuery: { query: bytes(64) } }), 'held +3');
  raw(frame(base, { regRead: { addresses: [A('SCORE_SCALE')] } }), 'gap filled', [base, base + 1, base + 2, base + 3]);
  raw(frame(base + 2, { runQuery: { query: bytes(64) } }), 'replay', [base + 2]);
  raw(frame(base + 1, { ping: {} }), 'kind mismatch', [base + 1]);
  raw(frame(base + 40, { ping: {} }), 'busy', [base + 40]);
  raw(frame(base - 30, { ping: {} }), 'stale', [base - 30]);
  raw(frame(0, { ping: {} }), 'seq 0', [0]);
  req({}, 'binary', 'unknown body');
  write({ SCORE_SCALE: 3025551 });
  // frames that are not requests
  raw(encodeFrame('binary', encodeFrameMessage({ response: { seq: 5, status: 0 } })), 'looped-back response');
  raw(encodeFrame('line', Uint8Array.from([0xff, 0xff, 0xff])), 'not a Frame', [0]);
  raw(new TextEncoder().encode('hello device\n'), 'text line');
  // resets: SOFT_RESET, then NOT_READY, hello of the same session resumes E
  write({ CONTROL: 2 });
  const nr = next;
  raw(frame(nr, { regRead: { addresses: [0] } }), 'not ready after reset', [nr]);
  hello();
  req({ regRead: { addresses: [A('SCRATCH'), A('IRQ_ENABLE'), A('CONTEXT_LEN'), A('DIE_SEED')] } });
  const rs = req({ reset: {} });
  raw(frame(rs, { reset: {} }), 'reset resent: replayed', [rs]);
  hello();
  write({ CHIP_RESET: 1, IRQ_ENABLE: 7 });
  req({ runQuery: { query: bytes(64) } });
  write({ CHIP_RESET: 0 });
  // a new session and a smaller frame limit
  hello({ session: 0x2222, nextSeq: 500, maxFrame: 2048 });
  next = 500;
  req({ memRead: { region: 1, offset: 0, length: 2000 } });
  write({ CONTEXT_LEN: 512 });
  req({ runQuery: { query: bytes(64), wantCodes: true } });
  req({ runQueries: { queries: bytes(64 * 4) } });
  req({ ping: { data: bytes(2000) } });
  return steps;
}

let sim: Dut;
let fw: Dut;
let bus: Awaited<ReturnType<typeof startChipBus>>;

beforeAll(async () => {
  make('build/native/hac-fw');
  bus = await startChipBus();
  sim = new Dut(spawn(process.execPath, [HAC_SIM, '--stdio', '--boot-epoch', '100'], { stdio: ['pipe', 'pipe', 'pipe'] }));
  fw = new Dut(spawn(HAC_FW, ['--chip-bus', String(bus.port), '--stdio', '--boot-epoch', '100'], { stdio: ['pipe', 'pipe', 'pipe'] }));
}, 120_000);

afterAll(async () => {
  for (const d of [sim, fw]) d?.proc.stdin?.end();
  await bus?.close();
});

/** What may differ: the hello's firmware name, DECODE_ERROR's quoted library message. */
function normalise(g: Got): string {
  const m = decodeFrameMessage(g.payload);
  if (!(m instanceof Error) && m.response) {
    const hex = (response: IResponse) => Buffer.from(encodeFrameMessage({ response })).toString('hex');
    if (m.response.hello) return `${g.framing} hello ${hex({ ...m.response, hello: { ...m.response.hello, firmware: '*' } })}`;
    if (m.response.status === 14) return `${g.framing} decode-error ${hex({ ...m.response, detail: '*' })}`;
  }
  return `${g.framing} ${Buffer.from(g.payload).toString('hex')}`;
}

describe('C firmware and hac-sim answer the same stimulus with the same frames', () => {
  it('byte for byte, step by step (boot epoch aside: both 100)', async () => {
    const steps = stimulus();
    for (const s of steps) {
      await sim.run(s);
      await fw.run(s);
    }
    let frames = 0;
    let events = 0;
    steps.forEach((s, i) => {
      const a = sim.frames[i].map(normalise);
      const b = fw.frames[i].map(normalise);
      frames += a.length;
      events += sim.frames[i].filter((g) => (decodeFrameMessage(g.payload) as { event?: unknown }).event).length;
      const explain = () =>
        `step ${i} (${s.note}):\n  hac-sim: ${JSON.stringify(sim.frames[i].map((g) => decodeFrameMessage(g.payload)))}\n  hac-fw:  ${JSON.stringify(fw.frames[i].map((g) => decodeFrameMessage(g.payload)))}`;
      expect(b, explain()).toEqual(a);
    });
    console.log(`conformance: ${steps.length} steps, ${frames} frames identical (${events} events)`);
    expect(frames).toBeGreaterThan(steps.length);
    expect(events).toBeGreaterThan(10); // job_done, fault and log events took part
  }, 120_000);
});
