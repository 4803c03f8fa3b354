/**
 * Seeded device fuzz of the C firmware: the input families of firmware-sim/firmware/fuzz.ts (raw
 * junk with the framings' special bytes, good CRCs around junk payloads, damaged valid frames,
 * structurally valid requests of every v2 kind with random fields, seqs and sessions, and now and
 * then a verification-fence request: fenceInput) streamed to
 * build/asan/hac-fw (-fsanitize=address,undefined, aborting on the first report) on stdio, its
 * chip on a `hac-sim --chip-bus` child. Afterwards the firmware must still be running, answer a
 * hello in both framings, and hold its identity registers and a sentinel; stderr must hold no
 * sanitizer report. Used by firmware/fuzz.test.ts (100,000 inputs) and scripts/fuzz-fw.ts.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  PROTOCOL_VERSION,
  REGISTER_MAP_HASH,
  SCHEMA_HASH,
  StreamDecoder,
  decodeFrameMessage,
  statusName,
  encodeFrame,
  encodeFrameMessage,
  type FramingKind,
  type IRequest,
  type Response,
} from '../../protocol/index.js';
import { SeededRandom } from '../../firmware-sim/link/faults.js';
import { addr, frame, junkInput, randomBytes, structuredInput } from '../../firmware-sim/testing/fuzz-inputs.js';

export { junkInput, structuredInput };
import { HAC_FW_ASAN, startFirmware } from './fw.js';
import { HAC_SIM } from '../../hil-tests/support/sim-process.js';

const EMPTY_SHA256 = new Uint8Array(createHash('sha256').digest());

/**
 * A fence request: mostly a mem_digest whose expect_sha256 differs (VERIFY_FAILED, the device is
 * fenced) or a clear_fence; sometimes an expectation that matches (an empty range), one of a wrong
 * length (above nanopb's 32-byte bound too) or none. Numbered like the shared generator's requests.
 */
export function fenceInput(rng: SeededRandom, state: { seq: number }): Uint8Array {
  const int = (n: number) => Math.floor(rng.next() * n);
  const framing = rng.next() < 0.3 ? 'line' : 'binary';
  let req: IRequest;
  if (rng.next() < 0.5) {
    const x = rng.next();
    const length = x < 0.1 ? 0 : int(512);
    const expectSha256 = x < 0.1 ? EMPTY_SHA256 : x < 0.85 ? randomBytes(rng, 32) : x < 0.95 ? randomBytes(rng, 1 + int(64)) : new Uint8Array(0);
    req = { memDigest: { region: rng.next() < 0.9 ? 1 + int(6) : int(20), offset: int(rng.next() < 0.9 ? 64 : 70000), length, expectSha256 } };
  } else req = { clearFence: {} };
  const seq = rng.next() < 0.9 ? state.seq++ : Math.max(1, state.seq - 1 - int(20));
  return encodeFrame(framing, encodeFrameMessage({ request: { ...req, seq } }));
}

export interface CFuzzReport {
  inputs: number;
  inputBytes: number;
  responses: number;
  statuses: Record<string, number>;
  ms: number;
  handshakeOk: boolean;
  exitedEarly: string | null;
  sanitizerReport: string | null;
  problems: string[];
}

const SENTINEL = 0xc0ffee;
const FLUSH = new Uint8Array([0x0a, 0x00]);
/** Sessions and seqs of the checks, far from anything the generator picks. */
const CHECK_SESSION = 0x7e57ab1e;
const CHECK_SEQ = 3_000_000_000;
/** The checks' hellos: seqs of their own (a hello is not part of the ordered stream). */
const CHECK_HELLO_SEQ = 4_000_000_000;
let checkHellos = 0;

/** The checks' hello carries a seq of its own (a device answers a hello with its seq) so that its
 * answer cannot be mistaken for one to a fuzz hello. */
function checkHello(framing: FramingKind, nextSeq: number, seq: number): Uint8Array {
  return frame(
    { seq, hello: { protocolVersion: PROTOCOL_VERSION, schemaHash: SCHEMA_HASH, registerMapHash: REGISTER_MAP_HASH, capabilities: 0xff, maxFrame: 8192, sessionId: CHECK_SESSION, nextSeq, client: 'fuzz check' } },
    framing,
  );
}

const IDENTITY = ['CHIP_ID', 'REVISION', 'BOARD_ID', 'ADC_BITS', 'ZERO_CODE', 'INPUT_BITS', 'DIE_SEED'];

export async function runCFuzz(opts: { count: number; seed?: number; onProgress?: (n: number) => void }): Promise<CFuzzReport> {
  const rng = new SeededRandom(opts.seed ?? 0x5eed);
  const sim = spawn(process.execPath, [HAC_SIM, '--chip-bus', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let simErr = '';
  sim.stderr!.on('data', (d) => (simErr += String(d)));
  try {
    const t0s = Date.now();
    while (!/chip-bus listening tcp:\/\/127\.0\.0\.1:(\d+)/.test(simErr)) {
      if (sim.exitCode !== null || Date.now() - t0s > 20000) throw new Error(`hac-sim --chip-bus did not start: ${simErr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const port = /chip-bus listening tcp:\/\/127\.0\.0\.1:(\d+)/.exec(simErr)![1];
    const fw = await startFirmware(HAC_FW_ASAN, ['--chip-bus', port, '--stdio', '--boot-epoch', '1'], 'stdio');
    const decoder = new StreamDecoder();
    const statuses: Record<string, number> = {};
    let responses = 0;
    const checks = new Map<number, Response>();
    let waiter: (() => void) | null = null;
    fw.proc.stdout!.on('data', (d: Buffer) => {
      for (const f of decoder.push(new Uint8Array(d))) {
        if (f.kind !== 'frame') continue;
        const m = decodeFrameMessage(f.payload);
        if (m instanceof Error || !m.response) continue;
        responses++;
        const n = statusName(m.response.status ?? 0);
        statuses[n] = (statuses[n] ?? 0) + 1;
        if ((m.response.seq ?? 0) >= CHECK_SEQ) checks.set(m.response.seq ?? 0, m.response as Response);
      }
      waiter?.();
    });
    const write = (b: Uint8Array) => (fw.proc.stdin!.write(b) ? Promise.resolve() : new Promise<void>((r) => fw.proc.stdin!.once('drain', () => r())));
    const waitCheck = async (seq: number, ms = 15000) => {
      const t0 = Date.now();
      while (!checks.has(seq)) {
        if (fw.proc.exitCode !== null || fw.proc.signalCode !== null || Date.now() - t0 > ms) return null;
        await new Promise<void>((r) => {
          waiter = r;
          setTimeout(r, 50);
        });
      }
      const r = checks.get(seq)!;
      checks.delete(seq);
      return r;
    };
    const problems: string[] = [];
    let checkSeq = CHECK_SEQ;
    /** A hello of the check session, then a read of the identity registers; returns their values. */
    const probe = async (framing: FramingKind): Promise<number[] | null> => {
      await write(new Uint8Array([0x0a, 0x00]));
      const hs = CHECK_HELLO_SEQ + checkHellos++;
      await write(checkHello(framing, checkSeq, hs));
      const h = await waitCheck(hs);
      if (!h || statusName(h.status) !== 'STATUS_OK') {
        problems.push(`hello (${framing}) ${h ? statusName(h.status) + ' ' + h.detail : 'got no answer'}`);
        return null;
      }
      const seq = checkSeq++;
      await write(frame({ seq, regRead: { addresses: IDENTITY.map(addr) } }, framing));
      const r = await waitCheck(seq);
      if (!r || !r.regRead) {
        problems.push(`identity read (${framing}) ${r ? statusName(r.status) + ' ' + r.detail : 'got no answer'}`);
        return null;
      }
      return r.regRead.values ?? [];
    };

    // Set-up: the sentinel and a context of 96 tokens.
    await write(new Uint8Array([0]));
    const hs = CHECK_HELLO_SEQ + checkHellos++;
    await write(checkHello('line', checkSeq, hs));
    if (!(await waitCheck(hs))) problems.push('set-up hello got no answer');
    await write(frame({ seq: checkSeq++, regWrite: { writes: [{ address: addr('DIE_SEED'), value: SENTINEL }] } }, 'binary'));
    for (let t = 0; t < 96; t++) await write(frame({ seq: checkSeq++, appendToken: { key: randomBytes(rng, 64), value: randomBytes(rng, 64) } }, 'binary'));
    const before = await probe('binary');

    const t0 = performance.now();
    const state = { seq: 1, session: 1 };
    const fenceRng = new SeededRandom(((opts.seed ?? 0x5eed) ^ 0xfe4ce) >>> 0);
    const half = Math.floor(opts.count / 2);
    let inputBytes = 0;
    let chunk: Uint8Array[] = [];
    for (let done = 0; done < opts.count; ) {
      const junk = done < half || rng.next() < 0.4;
      let b = junk ? junkInput(rng) : structuredInput(rng, state);
      // now and then a verification fence request (SPEC section 4b), from a generator of its own
      if (!junk && fenceRng.next() < 0.04) b = Buffer.concat([b, fenceInput(fenceRng, state)]);
      // Junk can leave a segment open that swallows the next frame (a lost request: E waits for
      // it until a new session). Hosts flush with "\n" 0x00 after trouble; half the requests do.
      if (!junk && rng.next() < 0.5) b = Buffer.concat([FLUSH, b]);
      inputBytes += b.length;
      chunk.push(b);
      done++;
      if (chunk.length < 256 && done !== half && done !== opts.count) continue;
      await write(Buffer.concat(chunk));
      chunk = [];
      if (fw.proc.exitCode !== null || fw.proc.signalCode !== null) break;
      if (done === half) {
        const mid = await probe('line');
        if (before && mid && mid.join() !== before.join()) problems.push(`junk changed identity registers: ${before} -> ${mid}`);
      }
      if (done % 100_000 === 0) opts.onProgress?.(done);
    }
    const handshakeLine = await probe('line');
    const handshakeBinary = await probe('binary');
    const ms = performance.now() - t0;
    if (before && handshakeBinary && handshakeBinary.join() !== before.join()) problems.push(`identity registers changed: ${before} -> ${handshakeBinary}`);
    if (before && before[IDENTITY.indexOf('DIE_SEED')] !== SENTINEL) problems.push('sentinel not set');
    const exitedEarly = fw.proc.exitCode !== null || fw.proc.signalCode !== null ? `exit ${fw.proc.exitCode} signal ${fw.proc.signalCode}` : null;
    await fw.stop();
    const err = fw.stderr();
    const m = /(==\d+==ERROR: AddressSanitizer[^\n]*|runtime error:[^\n]*|LeakSanitizer[^\n]*)/.exec(err);
    return {
      inputs: opts.count,
      inputBytes,
      responses,
      statuses,
      ms,
      handshakeOk: handshakeLine !== null && handshakeBinary !== null,
      exitedEarly,
      sanitizerReport: m ? err.slice(Math.max(0, m.index - 200), m.index + 2000) : null,
      problems,
    };
  } finally {
    sim.kill('SIGTERM');
  }
}
