/**
 * What every `hac` command shares: the I/O it writes to, the global options, opening the target,
 * printing (text or --json), terminal-only progress bars and colour, and escaping what a device says.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import type { HacDevice } from '../device/device.js';
import { canceledError, errorText, HacError, invalidArgument } from '../errors.js';
import { connect, type ConnectOptions } from '../index.js';
import { openerFor, parseSelector, selectorLineRate, type Selector } from '../transport/selector.js';
import type { TransportOpener } from '../transport/types.js';

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** stderr is a terminal: progress bars. */
  isTTY: boolean;
  /** stdout is a terminal and NO_COLOR is not set: colour in tables. */
  colour?: boolean;
  /** Stream progress bars draw on (default process.stderr); only used when isTTY. */
  progressStream?: NodeJS.WritableStream;
  /** Aborting it closes the device (pending calls reject) and ends the command (signals). */
  signal?: AbortSignal;
}

/** Options every command accepts (before or after its name). */
export interface GlobalOptions {
  target: string;
  json: boolean;
  baud: number | null;
  timeoutMultiplier: number | null;
  record: string | null;
  verbose: boolean;
}

/** Decimal, 0x-hex or 0b-binary unsigned integer (underscores allowed), else null. */
export function parseNumber(s: string): number | null {
  const t = s.trim().replace(/_/g, '');
  let n: number;
  if (/^0x[0-9a-f]+$/i.test(t)) n = parseInt(t.slice(2), 16);
  else if (/^0b[01]+$/i.test(t)) n = parseInt(t.slice(2), 2);
  else if (/^\d+$/.test(t)) n = Number(t);
  else return null;
  return Number.isSafeInteger(n) ? n : null;
}

/** A commander argument parser for an integer in [min, max]; the error names the flag. */
export function intOption(flag: string, min: number, max: number): (v: string) => number {
  return (v) => {
    const n = parseNumber(v);
    if (n === null || n < min || n > max) throw invalidArgument(`option ${flag} needs an integer in ${min}..${max}, got '${v}'`, { flag });
    return n;
  };
}

/** A commander argument parser for a finite number in (min, max]. */
export function numberOption(flag: string, min: number, max: number): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n <= min || n > max) throw invalidArgument(`option ${flag} needs a number above ${min} and at most ${max}, got '${v}'`, { flag });
    return n;
  };
}

/** "a,b,c" or "a:b:step" (inclusive) of integers. */
export function intList(flag: string, min: number, max: number): (v: string) => number[] {
  return (v) => {
    const bad = () => invalidArgument(`option ${flag} needs integers in ${min}..${max} as a list (1,2,3) or a range (FROM:TO:STEP), got '${v}'`, { flag });
    const r = /^\s*([^:]+):([^:]+)(?::([^:]+))?\s*$/.exec(v);
    let out: number[];
    if (r) {
      const [a, b, s] = [parseNumber(r[1]), parseNumber(r[2]), r[3] === undefined ? 1 : parseNumber(r[3])];
      if (a === null || b === null || s === null || s <= 0 || b < a || (b - a) / s > 10000) throw bad();
      out = [];
      for (let x = a; x <= b; x += s) out.push(x);
    } else {
      out = v.split(',').map((x) => {
        const n = parseNumber(x);
        if (n === null) throw bad();
        return n;
      });
    }
    if (out.length === 0 || out.some((x) => x < min || x > max)) throw bad();
    return out;
  };
}

export const hex = (n: number, w = 8): string => '0x' + (n >>> 0).toString(16).toUpperCase().padStart(w, '0');

/**
 * Text a device sent, safe to print on one line: control characters (ESC sequences, CR, NUL,
 * newlines, C1 controls) are shown as \xNN escapes so a device cannot move the cursor or forge lines.
 */
export function escapeDeviceText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\\]/g, (c) => (c === '\\' ? '\\\\' : '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0')));
}

/** An error or detail line that may quote a device: newlines become spaces, other controls \xNN. */
export function oneSafeLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\s*\n\s*/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

/** One line for `hac: error: ...`, without nested "Error: " prefixes ("cannot open X: Error: ..."). */
export function formatError(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/^(?:Error:\s*)+/, '').replace(/: (?:Error:\s*)+/g, ': ');
}

/** Prints a result: --json as one JSON object, else the text. */
export function emit(io: CliIo, g: GlobalOptions, value: unknown, text: () => string): void {
  io.out(g.json ? JSON.stringify(value, null, 2) + '\n' : text());
}

/** Green PASS / red FAIL on a colour terminal, plain otherwise. */
export function passFail(io: CliIo, pass: boolean): string {
  const word = pass ? 'PASS' : 'FAIL';
  if (!io.colour) return word;
  return pass ? `\x1b[32m${word}\x1b[0m` : `\x1b[31m${word}\x1b[0m`;
}

/** Plain text table: columns padded to their widest cell. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  // eslint-disable-next-line no-control-regex
  const len = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').length;
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, len(c))));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - len(c)))).join('  ')).join('\n') + '\n';
}

export interface Progress {
  /** Sets the done count (and the total when it changed). */
  update(done: number, total?: number): void;
  stop(): void;
}

/** A progress bar on stderr when it is a terminal; otherwise nothing is drawn. */
export function progressBar(io: CliIo, label: string, total: number): Progress {
  if (!io.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {percentage}% {value}/{total}`, stream: io.progressStream ?? process.stderr, hideCursor: false, clearOnComplete: true, etaBuffer: 20 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  let stopped = false;
  return {
    update(done, t) {
      if (stopped) return;
      if (t !== undefined && t !== bar.getTotal()) bar.setTotal(t);
      bar.update(done);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}

/**
 * The first connect of a CLI run retries a refused TCP connection for up to `windowMs`, so
 * `hac-sim --tcp 7000 & hac --target tcp://127.0.0.1:7000 info` works without a sleep. Later
 * calls (reconnects) go straight through.
 */
export function retryRefusedFirst(opener: TransportOpener, windowMs = 2000, stepMs = 100): TransportOpener {
  let first = true;
  return async (signal) => {
    if (!first) return opener(signal);
    first = false;
    const deadline = performance.now() + windowMs;
    for (;;) {
      try {
        return await opener(signal);
      } catch (err) {
        const refused = err instanceof HacError && (err.cause as NodeJS.ErrnoException | undefined)?.code === 'ECONNREFUSED';
        if (!refused || performance.now() + stepMs > deadline || signal?.aborted) throw err;
        await new Promise((r) => setTimeout(r, stepMs));
      }
    }
  };
}

/** Line rate in bytes/s of the link: --baud, else what the selector says (serial, tcp @BAUD, sim --baud). */
export function lineRateOf(g: GlobalOptions, sel: Selector): number | null {
  if (g.baud !== null) {
    if (sel.kind === 'serial') throw invalidArgument(`option --baud does not apply to a serial target: name the rate in it (serial:${sel.path}@${g.baud})`, { flag: '--baud' });
    return g.baud / 10;
  }
  return selectorLineRate(sel);
}

/**
 * Opens the target, runs `fn` with the device and always closes it. An interrupt (io.signal)
 * closes the link at once: pending calls reject, a child simulator is stopped.
 */
export async function withDevice<T>(g: GlobalOptions, io: CliIo, fn: (d: HacDevice) => Promise<T>): Promise<T> {
  const sel = parseSelector(g.target);
  const rate = lineRateOf(g, sel);
  const m = g.timeoutMultiplier ?? undefined;
  const baseOpener = openerFor(sel, { timeoutMultiplier: m, lineBytesPerSec: rate });
  const opener = sel.kind === 'tcp' ? retryRefusedFirst(baseOpener) : baseOpener;
  const signal = io.signal;
  if (signal?.aborted) throw canceledError('interrupted', { target: g.target });
  const options: ConnectOptions = {
    reconnect: { attempts: 2, minDelayMs: 50, maxDelayMs: 200 },
    opener,
    ...(m !== undefined ? { timeoutMultiplier: m } : {}),
    ...(rate !== null ? { lineBytesPerSec: rate } : {}),
    ...(signal ? { signal } : {}),
    // --record FILE: every frame of the run, both ways, to a trace (host/trace/FORMAT.md).
    ...(g.record !== null ? { record: g.record } : {}),
  };
  const dev = await connect(sel, options);
  let closing: Promise<void> | null = null;
  const close = () => (closing ??= dev.close());
  const onAbort = () => void close();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (signal?.aborted) throw canceledError('interrupted', { target: g.target });
    return await fn(dev);
  } catch (err) {
    // A timeout on a link of unknown rate: the session assumed a fast one. Say how to name it.
    if (err instanceof HacError && err.kind === 'timeout' && rate === null && m === undefined && sel.kind !== 'serial') {
      throw new HacError(err.kind, `${err.message} (a slow link? name its line rate: ${sel.kind === 'tcp' ? 'tcp://HOST:PORT@BAUD or ' : ''}--baud N, or raise --timeout-multiplier N)`, {
        status: err.status,
        cause: err.cause,
        context: err.context,
      });
    }
    throw err;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await close();
  }
}

/** Writes a file a command produces; failure is one invalid-argument line naming the path. */
export function writeOut(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (err) {
    throw new HacError('invalid-argument', `cannot write ${path}: ${errorText(err)}`, { context: { path } });
  }
}

/** Creates an output folder (and its parents); resolves to it. */
export function outDir(dir: string): string {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new HacError('invalid-argument', `cannot create ${dir}: ${errorText(err)}`, { context: { path: dir } });
  }
  return dir;
}
