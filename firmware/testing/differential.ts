/**
 * Differential fuzz: the same seeded inputs (testing/fuzz.ts generator) to the TypeScript virtual
 * chip (in process) and to the C firmware (stdio, chip bus), input by input: after every input
 * both get the same marker (a flush and a refused hello, answered at once), so the answers can be
 * compared per input. Used by firmware/differential.test.ts.
 */
import { spawn } from 'node:child_process';
import { SeededRandom } from '../../firmware-sim/link/faults.js';
import { VirtualChip } from '../../firmware-sim/firmware/chip.js';
import { StreamDecoder, decodeFrameMessage, encodeFrame, encodeFrameMessage, type IResponse } from '../../protocol/index.js';
import { fenceInput, junkInput, structuredInput } from '../testing/fuzz.js';
import { HAC_FW, startChipBus } from './fw.js';

/**
 * After every input: end any open segment, then a hello both refuse (protocol 0: VERSION_MISMATCH,
 * answered at once; a refused hello leaves session and state alone) under a seq no input uses.
 */
const MARKER_SEQ = 0xfffffff0;
const MARKER = Buffer.concat([Buffer.from([0x0a, 0x00]), encodeFrame('binary', encodeFrameMessage({ request: { seq: MARKER_SEQ, hello: { protocolVersion: 0 } } }))]);

export interface Difference {
  input: number;
  inputHex: string;
  ts: string[];
  c: string[];
  /** why the difference is allowed, or null */
  allowed: string | null;
}

export interface DifferentialReport {
  inputs: number;
  frames: number;
  identicalInputs: number;
  differences: Difference[];
}

function describeFrame(framing: string, p: Uint8Array): string {
  const m = decodeFrameMessage(p);
  if (m instanceof Error) return `${framing} undecodable ${Buffer.from(p).toString('hex')}`;
  if (m.response) {
    const hex = (response: IResponse) => Buffer.from(encodeFrameMessage({ response })).toString('hex');
    // Allowed everywhere: the firmware's name; the protobuf library's own words in DECODE_ERROR.
    if (m.response.hello) return `${framing} ${hex({ ...m.response, hello: { ...m.response.hello, firmware: '*' } })}`;
    if (m.response.status === 14) return `${framing} decode-error ${hex({ ...m.response, detail: '*' })}`;
  }
  return `${framing} ${Buffer.from(p).toString('hex')}`;
}

function isMarkerAnswer(p: Uint8Array): boolean {
  const m = decodeFrameMessage(p);
  return !(m instanceof Error) && m.response != null && m.response.seq === MARKER_SEQ && m.response.status === 13;
}

/** Splits a device's frames into one group per input at the marker answers. */
function groups(frames: Array<{ framing: string; payload: Uint8Array }>): string[][] {
  const out: string[][] = [[]];
  for (const f of frames) {
    if (isMarkerAnswer(f.payload)) out.push([]);
    else out[out.length - 1].push(describeFrame(f.framing, f.payload));
  }
  return out;
}

function detail(s: string): string {
  const hex = s.split(' ').pop()!;
  const m = decodeFrameMessage(Buffer.from(hex, 'hex'));
  return m instanceof Error ? '' : (m.response?.detail ?? '');
}

/**
 * Why a difference is acceptable, or null. Junk that is not valid protobuf meets two decoders
 * with different strictness: nanopb refuses a known field with the wrong wire type and groups,
 * which protobufjs skips; protobufjs refuses a 5-byte tag with bits above 32, which nanopb
 * accepts. Either side may then answer DECODE_ERROR where the other finds an empty Frame (or a
 * body-less request). SPEC section 2 allows both readings of an invalid payload.
 */
function allowedReason(ts: string[], c: string[]): string | null {
  const quiet = (g: string[]) => g.length === 0 || (g.length === 1 && /frame carries no request|unknown request body/.test(detail(g[0])));
  const decodeError = (g: string[]) => g.length === 1 && g[0].includes('decode-error');
  if ((decodeError(c) && quiet(ts)) || (decodeError(ts) && quiet(c))) return 'invalid protobuf: nanopb and protobufjs differ in strictness';
  return null;
}

export async function runDifferential(opts: { count: number; seed: number }): Promise<DifferentialReport> {
  const rng = new SeededRandom(opts.seed);
  const state = { seq: 1, session: 1 };
  const inputs: Uint8Array[] = [];
  // The verification fence (SPEC section 4b) from a generator of its own, so that the shared one's
  // inputs stay as they were: now and then a mem_digest with expect_sha256 or a clear_fence, among
  // every other request (resets included: one refused behind the fence must not lift it, on both).
  const fenceRng = new SeededRandom((opts.seed ^ 0xfe4ce) >>> 0);
  for (let i = 0; i < opts.count; i++) {
    const junk = i < opts.count / 4 || rng.next() < 0.3;
    inputs.push(junk ? junkInput(rng) : structuredInput(rng, state));
    if (!junk && fenceRng.next() < 0.1) inputs.push(fenceInput(fenceRng, state));
  }

  // hac-sim's firmware, in process: one input, then everything it causes, then the marker.
  const tsFrames: Array<{ framing: string; payload: Uint8Array }> = [];
  const dec = new StreamDecoder();
  const chip = new VirtualChip(
    (b) => {
      for (const f of dec.push(b)) if (f.kind === 'frame') tsFrames.push({ framing: f.framing, payload: f.payload });
    },
    { bootEpoch: 1 },
  );
  for (const b of inputs) {
    chip.receive(b);
    await chip.idle();
    chip.receive(MARKER);
    await chip.idle();
  }

  // The C firmware: it runs each request as it arrives, so the stream can go in one piece.
  const bus = await startChipBus();
  const fw = spawn(HAC_FW, ['--chip-bus', String(bus.port), '--stdio', '--boot-epoch', '1'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const cFrames: Array<{ framing: string; payload: Uint8Array }> = [];
  const dec2 = new StreamDecoder();
  fw.stdout!.on('data', (d: Buffer) => {
    for (const f of dec2.push(new Uint8Array(d))) if (f.kind === 'frame') cFrames.push({ framing: f.framing, payload: f.payload });
  });
  const exited = new Promise((r) => fw.once('exit', r));
  for (const b of inputs) {
    if (!fw.stdin!.write(Buffer.concat([b, MARKER]))) await new Promise((r) => fw.stdin!.once('drain', r));
  }
  fw.stdin!.end();
  await exited;
  await bus.close();

  const a = groups(tsFrames);
  const b = groups(cFrames);
  const differences: Difference[] = [];
  let identical = 0;
  for (let i = 0; i < inputs.length; i++) {
    const ts = a[i] ?? ['(missing)'];
    const c = b[i] ?? ['(missing)'];
    if (ts.length === c.length && ts.every((t, k) => t === c[k])) {
      identical++;
      continue;
    }
    differences.push({ input: i, inputHex: Buffer.from(inputs[i]).toString('hex').slice(0, 200), ts, c, allowed: allowedReason(ts, c) });
  }
  return { inputs: inputs.length, frames: tsFrames.length, identicalInputs: identical, differences };
}
