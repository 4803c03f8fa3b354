/**
 * Test support for the C firmware: builds it with make, serves the chip model on a chip bus in
 * this process, runs `hac-fw` on stdio or behind a socat pty, and speaks frames to it with a
 * minimal v2 wire client (request -> Frame -> framing -> bytes and back; no retries, no window).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  PROTOCOL_VERSION,
  REGISTER_MAP_HASH,
  SCHEMA_HASH,
  StreamDecoder,
  decodeFrameMessage,
  encodeFrame,
  encodeFrameMessage,
  type Event,
  type FramingKind,
  type IRequest,
  type Response,
} from '../../protocol/index.js';
import { serveChipBus } from '../../firmware-sim/server/chip-bus.js';

export const FIRMWARE_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
export const HAC_FW = join(FIRMWARE_DIR, 'build/native/hac-fw');
export const HAC_FW_ASAN = join(FIRMWARE_DIR, 'build/asan/hac-fw');
export const HAC_FW_CHECK = join(FIRMWARE_DIR, 'build/native/hac-fw-check');

/**
 * Runs make in firmware/ (quietly); throws with its output on failure. Test files run in parallel
 * workers: a lock (flock) keeps two makes from writing the same build directory at once.
 */
export function make(...targets: string[]): void {
  mkdirSync(join(FIRMWARE_DIR, 'build'), { recursive: true });
  execFileSync('flock', [join(FIRMWARE_DIR, 'build/.make.lock'), 'make', '-s', '-C', FIRMWARE_DIR, ...targets], { stdio: ['ignore', 'pipe', 'pipe'] });
}

export async function startChipBus(opts: Parameters<typeof serveChipBus>[2] = {}): Promise<{ port: number; server: Server; close(): Promise<void> }> {
  let line = '';
  const server = await serveChipBus(0, (m) => (line = m), opts);
  const port = Number(/:(\d+)$/.exec(line)?.[1]);
  return { port, server, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export interface Firmware {
  proc: ChildProcess;
  stderr(): string;
  stop(): Promise<number | null>;
}

/** Spawns hac-fw; with serial: waits for "serving on". */
export async function startFirmware(binary: string, args: string[], stdio: 'stdio' | 'serial'): Promise<Firmware> {
  if (!existsSync(binary)) throw new Error(`${binary} not built`);
  const proc = spawn(binary, args, { stdio: [stdio === 'stdio' ? 'pipe' : 'ignore', stdio === 'stdio' ? 'pipe' : 'ignore', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (d) => (err += String(d)));
  const exited = new Promise<number | null>((r) => proc.once('exit', (c, sig) => r(c ?? (sig ? 128 : null))));
  const t0 = Date.now();
  while (!/serving on/.test(err)) {
    if (proc.exitCode !== null) throw new Error(`hac-fw exited (${proc.exitCode}): ${err}`);
    if (Date.now() - t0 > 10000) throw new Error(`hac-fw did not start: ${err}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return {
    proc,
    stderr: () => err,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) {
        proc.stdin?.end();
        const t = setTimeout(() => proc.kill('SIGKILL'), 3000);
        if (!proc.stdin) proc.kill('SIGTERM');
        const c = await exited;
        clearTimeout(t);
        return c;
      }
      return proc.exitCode;
    },
  };
}

export interface Received {
  framing: FramingKind;
  payload: Uint8Array;
  response?: Response;
  event?: Event;
}

/** A v2 wire client: hello at seq 0, ordered requests numbered from 1. */
export class Wire {
  readonly decoder = new StreamDecoder();
  readonly frames: Received[] = [];
  readonly sessionId: number;
  private waiters: Array<() => void> = [];
  nextSeq = 1;

  constructor(
    private readonly write: (b: Uint8Array) => void,
    sessionId = 0x1234567,
  ) {
    this.sessionId = sessionId;
  }

  onBytes = (b: Uint8Array): void => {
    for (const d of this.decoder.push(b)) {
      if (d.kind !== 'frame') continue;
      const f = decodeFrameMessage(d.payload);
      if (f instanceof Error) throw f;
      this.frames.push({ framing: d.framing, payload: d.payload, ...(f.response ? { response: f.response as Response } : {}), ...(f.event ? { event: f.event as Event } : {}) });
    }
    for (const w of this.waiters.splice(0)) w();
  };

  send(req: IRequest, framing: FramingKind = 'binary'): number {
    const seq = req.seq ?? this.nextSeq++;
    this.write(encodeFrame(framing, encodeFrameMessage({ request: { ...req, seq } })));
    return seq;
  }

  sendRaw(bytes: Uint8Array): void {
    this.write(bytes);
  }

  /** Waits until `pred` holds over the frames received (or throws after timeoutMs). */
  async until(pred: (frames: Received[]) => boolean, timeoutMs = 5000): Promise<void> {
    const t0 = Date.now();
    while (!pred(this.frames)) {
      if (Date.now() - t0 > timeoutMs) throw new Error(`timed out; ${this.frames.length} frames: ${JSON.stringify(this.frames.map((f) => f.response ?? f.event)).slice(0, 2000)}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 50);
      });
    }
  }

  /** The response with this seq (removed from the list). */
  async response(seq: number, timeoutMs = 5000): Promise<Response> {
    await this.until((fs) => fs.some((f) => f.response && f.response.seq === seq), timeoutMs);
    const i = this.frames.findIndex((f) => f.response && f.response.seq === seq);
    return this.frames.splice(i, 1)[0].response!;
  }

  async request(req: IRequest, framing: FramingKind = 'binary'): Promise<Response> {
    return this.response(this.send(req, framing));
  }

  async hello(opts: { framing?: FramingKind; maxFrame?: number; sessionId?: number; nextSeq?: number; version?: number } = {}): Promise<Response> {
    this.write(new Uint8Array([0]));
    const seq = this.send(
      {
        seq: 0,
        hello: {
          protocolVersion: opts.version ?? PROTOCOL_VERSION,
          schemaHash: SCHEMA_HASH,
          registerMapHash: REGISTER_MAP_HASH,
          capabilities: 0xff,
          maxFrame: opts.maxFrame ?? 8192,
          sessionId: opts.sessionId ?? this.sessionId,
          nextSeq: opts.nextSeq ?? this.nextSeq,
          client: 'firmware test',
        },
      },
      opts.framing ?? 'line',
    );
    return this.response(seq);
  }
}
