/**
 * Seeded fuzzing of the virtual chip through its byte interface (shared by the vitest suite and
 * scripts/fuzz-sim.ts). Three input families:
 *   - raw random bytes (with delimiters, '@HAC:' prefixes and COBS leads mixed in),
 *   - valid framing around random payloads, or around valid requests with bytes mutated,
 *   - structurally valid requests of every kind with random field values.
 * Afterwards the device must still answer a handshake, its registers must be intact, its bounded
 * structures must have stayed bounded, and the heap must not have grown with the number of inputs.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  Status,
  statusName,
  type FramingKind,
  type IRequest,
} from '../../protocol/index.js';
import { SeededRandom } from '../link/faults.js';
import { FIRMWARE_NAME, VirtualChip } from '../firmware/chip.js';
import { SENTINEL_REG, addr, junkInput, randomBytes, structuredInput } from './fuzz-inputs.js';
import { WireHost } from './wire-host.js';

export interface FuzzOptions {
  count: number;
  seed?: number;
  /** progress callback every `progressEvery` inputs */
  onProgress?: (done: number) => void;
  progressEvery?: number;
}

export interface FuzzReport {
  inputs: number;
  junkInputs: number;
  structuredInputs: number;
  inputBytes: number;
  responses: number;
  statuses: Record<string, number>;
  ms: number;
  heapBeforeBytes: number;
  heapAfterBytes: number;
  /** true when the heap was measured after a forced full GC (global.gc made available) */
  gcForced: boolean;
  handshakeOk: boolean;
  /** problems found by the after-checks; empty when all passed */
  problems: string[];
  maxQueueDepth: number;
  maxReplayCache: number;
  decoder: Record<string, number>;
}

/** The die seed is the sentinel: structured inputs never write it, nothing else may change it. */
const SENTINEL = 0xc0ffee;

function gcFunction(): (() => void) | null {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

function heapUsed(gc: (() => void) | null): number {
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed;
}

export async function runFuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const rng = new SeededRandom(opts.seed ?? 0x5eed);
  const chip = new VirtualChip();
  const host = new WireHost((b) => chip.receive(b));
  // The generator numbers its requests from the host's counter, so set-up, checks and fuzz share one stream.
  const numbering = {
    get seq() {
      return host.nextSeq;
    },
    set seq(v: number) {
      host.nextSeq = v >>> 0 || 1;
    },
    session: 1,
  };
  host.keep = 64;
  const statuses: Record<string, number> = {};
  let responses = 0;
  chip.setSink((b) => {
    host.onBytes(b);
    for (const r of host.take()) {
      responses++;
      const n = statusName(r.response.status);
      statuses[n] = (statuses[n] ?? 0) + 1;
    }
  });
  const problems: string[] = [];

  // Set-up: handshake, sentinel, a context to run queries on.
  await handshake(host, chip, problems);
  await expectOk(host, chip, { regWrite: { writes: [{ address: addr(SENTINEL_REG), value: SENTINEL }] } }, problems);
  for (let t = 0; t < 96; t++) {
    const key = randomBytes(rng, 64);
    await expectOk(host, chip, { appendToken: { key, value: randomBytes(rng, 64) } }, problems);
  }
  const before = registerSnapshot(chip);

  const gc = gcFunction();
  const heapBeforeBytes = heapUsed(gc);
  const t0 = performance.now();
  let maxQueueDepth = 0;
  let maxReplayCache = 0;
  let inputBytes = 0;
  let junkInputs = 0;
  let structuredInputs = 0;
  const half = Math.floor(opts.count / 2);
  const every = opts.progressEvery ?? 100_000;

  let done = 0;
  while (done < opts.count) {
    // Batches of 1..12 inputs before the device gets to run: sometimes more than `window` queue up.
    const batch = Math.min(opts.count - done, 1 + Math.floor(rng.next() * 12));
    for (let i = 0; i < batch; i++) {
      // First half: junk only (the register file must come out bit-identical). Second half: mixed.
      const junk = done < half || rng.next() < 0.4;
      const bytes = junk ? junkInput(rng) : structuredInput(rng, numbering);
      if (junk) junkInputs++;
      else structuredInputs++;
      inputBytes += bytes.length;
      chip.receive(bytes);
      done++;
      if (done % every === 0) opts.onProgress?.(done);
      if (done === half) {
        await chip.idle();
        chip.receive(new Uint8Array([0x0a, 0x00])); // end any partial segment
        await chip.idle();
        const mid = registerSnapshot(chip);
        for (const k of Object.keys(before)) if (before[k] !== mid[k]) problems.push(`junk inputs changed ${k}: ${before[k]} -> ${mid[k]}`);
        await handshake(host, chip, problems); // junk may have carried a valid hello or not; be ready for the mixed half
      }
    }
    maxQueueDepth = Math.max(maxQueueDepth, chip.queueDepth);
    await chip.idle();
    maxReplayCache = Math.max(maxReplayCache, chip.snapshot().replayCacheSize);
    if (rng.next() < 0.01) await handshake(host, chip, null); // the mixed half resets the device now and then
  }
  chip.receive(new Uint8Array([0x0a, 0x00]));
  await chip.idle();
  const ms = performance.now() - t0;

  // After: a clean handshake in both framings, then the register checks.
  const handshakeOk = (await handshake(host, chip, problems, 'line')) && (await handshake(host, chip, problems, 'binary'));
  checkRegisters(chip, problems);
  const heapAfterBytes = heapUsed(gc);
  if (maxQueueDepth > chip.window) problems.push(`queue grew to ${maxQueueDepth} > window ${chip.window}`);
  if (maxReplayCache > 2 * chip.window) problems.push(`replay cache grew to ${maxReplayCache}`);
  const decoder = { ...chip.snapshot().decoder } as unknown as Record<string, number>;
  return {
    inputs: done,
    junkInputs,
    structuredInputs,
    inputBytes,
    responses,
    statuses,
    ms,
    heapBeforeBytes,
    heapAfterBytes,
    gcForced: gc !== null,
    handshakeOk,
    problems,
    maxQueueDepth,
    maxReplayCache,
    decoder,
  };
}


let sessions = 0;

async function handshake(host: WireHost, chip: VirtualChip, problems: string[] | null, framing: FramingKind = 'line'): Promise<boolean> {
  chip.receive(new Uint8Array([0x00])); // flush a partial segment the junk may have left
  let answered = false;
  // A new session each time: a request the fuzz lost (an oversized frame, a damaged one) would
  // otherwise hold every later one behind its gap for good (SPEC section 4).
  const p = host.hello(framing, 8192, (host.sessionId + ++sessions) >>> 0 || 1).then((r) => ((answered = true), r));
  await chip.idle();
  await Promise.resolve();
  if (!answered) {
    problems?.push(`handshake (${framing}) got no response`);
    return false;
  }
  const r = await p;
  const ok = r.response.status === Status.STATUS_OK && r.response.hello?.firmware === FIRMWARE_NAME && r.framing === framing;
  if (!ok) problems?.push(`handshake (${framing}) failed: ${statusName(r.response.status)} ${r.response.detail}`);
  return ok;
}

async function expectOk(host: WireHost, chip: VirtualChip, req: IRequest, problems: string[]): Promise<void> {
  let answered = false;
  const p = host.request(req).then((r) => ((answered = true), r));
  await chip.idle();
  await Promise.resolve();
  if (!answered) {
    problems.push(`set-up ${Object.keys(req)[0]} got no response`);
    return;
  }
  const r = await p;
  if (r.response.status !== Status.STATUS_OK) problems.push(`set-up ${Object.keys(req)[0]} failed: ${statusName(r.response.status)}`);
}

function registerSnapshot(chip: VirtualChip): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of chip.registers.all()) if (r.access !== 'wo') out[r.name] = chip.registers.peek(r);
  return out;
}

function checkRegisters(chip: VirtualChip, problems: string[]): void {
  const regs = chip.registers;
  for (const r of regs.all()) {
    if (r.access === 'wo') continue;
    const v = regs.peek(r);
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) problems.push(`${r.name} holds ${v}`);
    if (r.access === 'rw' && r.max !== undefined && v > r.max) problems.push(`${r.name} = ${v} above max ${r.max}`);
  }
  for (const name of ['CHIP_ID', 'REVISION', 'BOARD_ID']) {
    const r = regs.byName(name)!;
    if (regs.peek(r) !== r.reset) problems.push(`${name} changed to 0x${regs.peek(r).toString(16)}`);
  }
  if (regs.peekByName(SENTINEL_REG) !== SENTINEL) problems.push(`sentinel ${SENTINEL_REG} lost: ${regs.peekByName(SENTINEL_REG)}`);
  const trim = chip.memory.view(5)!;
  const bits = chip.model.geometry.trimBits;
  for (let c = 0; c < 64; c++) {
    const code = (trim[c] << 24) >> 24;
    if (code < -(1 << (bits - 1)) || code >= 1 << (bits - 1)) problems.push(`TRIM region byte ${c} = ${code} outside the ${bits}-bit range`);
    if (regs.peekByName(`TRIM_${c}`) !== (trim[c] & ((1 << bits) - 1))) problems.push(`TRIM_${c} and the TRIM region disagree`);
  }
}

// ---------------------------------------------------------------- inputs
