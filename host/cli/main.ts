/**
 * `hac [--target <selector>] [--json] <command>`: the host CLI. Errors are one line on stderr
 * (`hac: error: ...`) with a non-zero exit code, never a stack trace.
 */
import { capabilityNames, REGISTER_MAP_HASH, SCHEMA_HASH } from '../../protocol/index.js';
import type { HacDevice } from '../device/device.js';
import type { TransferProgress } from '../device/memory.js';
import { MAX_BENCH_BYTES, measureLoadThroughput } from '../device/throughput.js';
import { canceledError, HacError, invalidArgument } from '../errors.js';
import { connect } from '../index.js';
import { openerFor, parseSelector, selectorLineRate, type Selector } from '../transport/selector.js';
import type { TransportOpener } from '../transport/types.js';
import { listSerialPorts } from '../transport/serial.js';
import { runTraceCommand } from '../trace/command.js';
import { vitCommand } from '../vit/command.js';

export const USAGE = `usage: hac [--target <selector>] [--json] <command> [args]

targets (--target, default sim; also env HAC_TARGET):
  sim                     the virtual chip as a child process (hac-sim --stdio)
  sim:ARGS                same with hac-sim flags, e.g. 'sim:--baud 115200 --latency-ms 2'
                          (its --baud and --latency-ms also set the host's timeouts)
  serial:PATH[@BAUD]      a serial port, e.g. serial:/dev/ttyUSB0@3000000
  tcp://HOST:PORT[@BAUD]  a TCP connection, e.g. tcp://127.0.0.1:7000; @BAUD names the line rate
                          of a serial line behind it (a board behind a proxy, hac-sim --baud)

commands:
  info                    handshake result: versions, chip id, capabilities, limits, boot epoch
  regs                    every readable register with its value and decoded fields
  read REG                read one register (name or address, e.g. SCRATCH or 0x1c)
  write REG VALUE         write one register (VALUE decimal or 0x hex)
  ports                   list serial ports with USB vendor/product ids
  bench link [--bytes N]  verified bulk-load throughput (payload bytes/s, line rate, efficiency);
                          N at most ${MAX_BENCH_BYTES} (16 GiB), default 65536
  vit IMAGE               classify a photo with ViT-Ti/16, every attention head on the chip
                          (hac vit --help: --report DIR, --policy FILE, calibrate, compare)
  help                    this text

options:
  --target, -t SELECTOR   target to open
  --json                  machine-readable output
  --baud N                line rate of the link in baud (N/10 bytes/s) when the target does not
                          name it (tcp, sim): sets timeouts and the bench's efficiency
  --timeout-multiplier N  multiply every timeout (slow, loaded or distant links), default 1
  --record FILE           record every frame, both ways, with timestamps (host/trace/FORMAT.md)

traces: hac trace diff A B [--json] [tolerances]   (hac trace help)

Ctrl-C (SIGINT) or SIGTERM closes the link, stops a virtual chip it started, prints
"hac: interrupted" and exits 130 (143 for SIGTERM).
`;

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
  /** Aborting it closes the device (pending calls reject) and ends the command (signals). */
  signal?: AbortSignal;
}

interface Parsed {
  target: string;
  json: boolean;
  command: string | null;
  args: string[];
  bytes: number | null;
  /** --baud: line rate in baud for links whose selector does not name one. */
  baud: number | null;
  timeoutMultiplier: number | null;
  /** --record FILE: every frame of the run, both ways, to a trace (host/trace/FORMAT.md). */
  record: string | null;
}

export function parseCli(argv: readonly string[]): Parsed {
  const p: Parsed = { target: process.env.HAC_TARGET || 'sim', json: false, command: null, args: [], bytes: null, baud: null, timeoutMultiplier: null, record: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (flag: string): string => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw invalidArgument(`option ${flag} needs a value`, { flag });
      return v;
    };
    if (a === '--json') p.json = true;
    else if (a === '--target' || a === '-t' || a.startsWith('--target=')) p.target = value('--target');
    else if (a === '--bytes' || a.startsWith('--bytes=')) {
      const v = value('--bytes');
      const n = parseNumber(v);
      if (n === null || n <= 0) throw invalidArgument(`option --bytes needs a positive integer, got '${v}'`, { flag: '--bytes' });
      if (n > MAX_BENCH_BYTES) throw invalidArgument(`option --bytes must be at most ${MAX_BENCH_BYTES} (16 GiB), got ${v}`, { flag: '--bytes' });
      p.bytes = n;
    } else if (a === '--baud' || a.startsWith('--baud=')) {
      const v = value('--baud');
      const n = parseNumber(v);
      if (n === null || n <= 0 || n > 100_000_000) throw invalidArgument(`option --baud needs a positive integer baud rate (at most 100000000), got '${v}'`, { flag: '--baud' });
      p.baud = n;
    } else if (a === '--timeout-multiplier' || a.startsWith('--timeout-multiplier=')) {
      const v = value('--timeout-multiplier');
      const n = Number(v);
      if (v.trim() === '' || !Number.isFinite(n) || n <= 0 || n > 1000) throw invalidArgument(`option --timeout-multiplier needs a positive number (at most 1000), got '${v}'`, { flag: '--timeout-multiplier' });
      p.timeoutMultiplier = n;
    } else if (a === '--record' || a.startsWith('--record=')) p.record = value('--record');
    else if (a === '--help' || a === '-h') p.command = 'help';
    else if (a.startsWith('-') && !/^-?\d/.test(a) && a !== '-') throw invalidArgument(`unknown option '${a}' (see hac help)`, { flag: a });
    else if (p.command === null) p.command = a;
    else p.args.push(a);
  }
  return p;
}

/** Decimal or 0x-hex unsigned integer, else null. */
export function parseNumber(s: string): number | null {
  const t = s.trim().replace(/_/g, '');
  let n: number;
  if (/^0x[0-9a-f]+$/i.test(t)) n = parseInt(t.slice(2), 16);
  else if (/^0b[01]+$/i.test(t)) n = parseInt(t.slice(2), 2);
  else if (/^\d+$/.test(t)) n = Number(t);
  else return null;
  return Number.isSafeInteger(n) ? n : null;
}

const hex = (n: number, w = 8) => '0x' + (n >>> 0).toString(16).toUpperCase().padStart(w, '0');

function regRef(s: string): string | number {
  const n = parseNumber(s);
  return n === null ? s : n;
}

function progressPrinter(io: CliIo, label: string): ((p: TransferProgress) => void) | undefined {
  if (!io.isTTY) return undefined;
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < 100 && p.bytesDone < p.totalBytes) return;
    last = now;
    const pct = p.totalBytes ? Math.floor((100 * p.bytesDone) / p.totalBytes) : 100;
    io.err(`\r${label}: ${p.phase} ${pct}% (${p.bytesDone}/${p.totalBytes} bytes)   `);
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
function lineRateOf(p: Parsed, sel: Selector): number | null {
  if (p.baud !== null) {
    if (sel.kind === 'serial') throw invalidArgument(`option --baud does not apply to a serial target: name the rate in it (serial:${sel.path}@${p.baud})`, { flag: '--baud' });
    return p.baud / 10;
  }
  return selectorLineRate(sel);
}

async function withDevice<T>(p: Parsed, io: CliIo, fn: (d: HacDevice) => Promise<T>): Promise<T> {
  const sel = parseSelector(p.target);
  const rate = lineRateOf(p, sel);
  const m = p.timeoutMultiplier ?? undefined;
  const baseOpener = openerFor(sel, { timeoutMultiplier: m, lineBytesPerSec: rate });
  const opener = sel.kind === 'tcp' ? retryRefusedFirst(baseOpener) : baseOpener;
  const signal = io.signal;
  if (signal?.aborted) throw canceledError('interrupted', { target: p.target });
  const dev = await connect(sel, {
    reconnect: { attempts: 2, minDelayMs: 50, maxDelayMs: 200 },
    opener,
    ...(m !== undefined ? { timeoutMultiplier: m } : {}),
    ...(rate !== null ? { lineBytesPerSec: rate } : {}),
    ...(signal ? { signal } : {}),
    ...(p.record ? { record: p.record } : {}),
  });
  let closing: Promise<void> | null = null;
  const close = () => (closing ??= dev.close());
  // An interrupt closes the link at once: pending calls reject, a child simulator is stopped.
  const onAbort = () => void close();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (signal?.aborted) throw canceledError('interrupted', { target: p.target });
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

/** `bench link` notes an efficiency above this: the named line rate cannot be the bottleneck. */
export const EFFICIENCY_NOTE_ABOVE = 1.05;

/** The command word of argv: the first argument that is neither an option nor an option's value. */
function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (['--target', '-t', '--baud', '--timeout-multiplier'].includes(argv[i])) i++;
    else if (!argv[i].startsWith('-')) return argv[i];
  }
  return undefined;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'trace') return runTraceCommand(argv.slice(1), io.out, io.err);
  // `hac vit` has its own options (host/vit/command.ts).
  if (commandWord(argv) === 'vit') return vitCommand(argv, io);
  const p = parseCli(argv);
  const cmd = p.command ?? 'help';
  const print = (v: unknown, text: () => string) => io.out(p.json ? JSON.stringify(v, null, 2) + '\n' : text());
  const want = (n: number, usage: string) => {
    if (p.args.length !== n) throw invalidArgument(`usage: hac ${usage}`);
  };
  switch (cmd) {
    case 'help':
      io.out(USAGE);
      return 0;
    case 'info': {
      want(0, 'info');
      const info = await withDevice(p, io, async (d) => d.info);
      const obj = { ...info, capabilities: info.capabilityNames, capabilityBits: info.capabilities, hostRegisterMapHash: REGISTER_MAP_HASH, hostSchemaHash: SCHEMA_HASH };
      print(obj, () =>
        [
          `target          ${info.target}`,
          `firmware        ${info.firmware}`,
          `protocol        ${info.protocolVersion} (accepts ${info.minProtocolVersion}..${info.protocolVersion})`,
          `chip id         ${hex(info.chipId)}  revision ${(info.revision >> 8) & 0xff}.${info.revision & 0xff}`,
          `capabilities    ${capabilityNames(info.capabilities).join(' ') || '(none)'}`,
          `max frame       ${info.maxFrame} bytes (device ${info.deviceMaxFrame})`,
          `window          ${info.window}`,
          `framing         ${info.framing}`,
          `boot epoch      ${info.bootEpoch}`,
          `geometry        ${info.maxTokens} tokens x ${info.headDim} dims, tile ${info.tileTokens}, ${info.heads} heads`,
          `register map    ${hex(info.registerMapHash)}`,
          `schema          ${hex(info.schemaHash)}`,
          '',
        ].join('\n'),
      );
      return 0;
    }
    case 'regs': {
      want(0, 'regs');
      const dump = await withDevice(p, io, (d) => d.regs.dump());
      print(
        dump.map((r) => ({ ...r, hex: hex(r.value) })),
        () =>
          dump
            .map((r) => {
              const f = Object.entries(r.fields)
                .map(([k, v]) => `${k}=${v}`)
                .join(' ');
              return `${hex(r.address, 4)}  ${r.block.padEnd(8)} ${r.name.padEnd(22)} ${hex(r.value)}  ${String(r.value).padStart(10)}${f ? '  ' + f : ''}`;
            })
            .join('\n') + '\n',
      );
      return 0;
    }
    case 'read': {
      want(1, 'read REG');
      const res = await withDevice(p, io, async (d) => {
        const info = d.regs.info(regRef(p.args[0]));
        const value = await d.regs.read(info.address);
        return { name: info.name, address: info.address, value, fields: d.regs.decode(info.address, value) };
      });
      print({ ...res, hex: hex(res.value) }, () => {
        const f = Object.entries(res.fields)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ');
        return `${res.name} = ${hex(res.value)} (${res.value})${f ? '  ' + f : ''}\n`;
      });
      return 0;
    }
    case 'write': {
      want(2, 'write REG VALUE');
      const value = parseNumber(p.args[1]);
      if (value === null) throw invalidArgument(`value '${p.args[1]}' is not a number (decimal or 0x hex)`);
      const res = await withDevice(p, io, async (d) => {
        const info = d.regs.info(regRef(p.args[0]));
        await d.regs.write(info.address, value);
        return { name: info.name, address: info.address, value };
      });
      print(res, () => `${res.name} <- ${hex(res.value)} (${res.value})\n`);
      return 0;
    }
    case 'ports': {
      want(0, 'ports');
      const ports = await listSerialPorts();
      print(ports, () =>
        ports.length === 0
          ? 'no serial ports found\n'
          : ports.map((x) => `${x.path}${x.vendorId ? `  ${x.vendorId}:${x.productId ?? '????'}` : ''}${x.manufacturer ? `  ${x.manufacturer}` : ''}${x.serialNumber ? `  sn ${x.serialNumber}` : ''}`).join('\n') + '\n',
      );
      return 0;
    }
    case 'bench': {
      if (p.args[0] !== 'link' || p.args.length !== 1) throw invalidArgument('usage: hac bench link [--bytes N]');
      const bytes = p.bytes ?? 65536;
      const line = lineRateOf(p, parseSelector(p.target));
      const res = await withDevice(p, io, (d) => measureLoadThroughput(d, bytes, { lineBytesPerSec: line, onProgress: progressPrinter(io, 'bench link') }));
      if (io.isTTY) io.err('\n');
      // Faster than the named line: the line rate does not bound this link (an unpaced simulator
      // behind a pty or TCP, or a wrong @BAUD).
      const note =
        res.efficiency !== null && res.efficiency > EFFICIENCY_NOTE_ABOVE
          ? `payload rate is ${res.efficiency.toFixed(2)}x the line rate of ${res.lineBytesPerSec} bytes/s: the line rate does not bound this link (an unpaced simulator, or a wrong baud rate?)`
          : undefined;
      print(note ? { ...res, note } : res, () =>
        [
          `payload         ${res.payloadBytes} bytes in ${res.elapsedMs.toFixed(1)} ms (${res.passes} verified pass${res.passes > 1 ? 'es' : ''})`,
          `payloadBytesPerSec ${res.payloadBytesPerSec.toFixed(0)}`,
          `lineBytesPerSec ${res.lineBytesPerSec ?? 'null (line rate unknown: serial:PATH@BAUD, tcp://HOST:PORT@BAUD or --baud N)'}`,
          `efficiency      ${res.efficiency === null ? 'null' : res.efficiency.toFixed(4)}`,
          ...(note ? [`note            ${note}`] : []),
          '',
        ].join('\n'),
      );
      return 0;
    }
    default:
      throw invalidArgument(`unknown command '${cmd}' (see hac help)`);
  }
}

/** One line for `hac: error: ...`, without nested "Error: " prefixes ("cannot open X: Error: ..."). */
export function formatError(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/^(?:Error:\s*)+/, '').replace(/: (?:Error:\s*)+/g, ': ');
}

const isMain = (() => {
  const entry = process.argv[1] ?? '';
  return /(^|[\\/])(hac(\.mjs)?|main\.ts)$/.test(entry);
})();

/** Exit status after a signal: 128 + its number, as a shell reports it. */
const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };
/** How long an interrupted or broken-output run may take to close its link before it just exits. */
const SHUTDOWN_GRACE_MS = 3000;

/**
 * The program: runs runCli with process-level guards. A signal or a stdout that fails (a closed
 * pipe, a full disk) closes the device (pending calls reject, a child simulator is stopped), says
 * so in one line at most, and exits; never an "Unhandled 'error' event" stack.
 */
function main(): void {
  const ac = new AbortController();
  let stderrBroken = false;
  const writeErr = (s: string) => {
    if (stderrBroken) return;
    try {
      process.stderr.write(s);
    } catch {
      stderrBroken = true;
    }
  };
  // A failing stderr must not take the run down with it: its lines are lost, the exit code stays.
  process.stderr.on('error', () => {
    stderrBroken = true;
  });
  let stopping: number | null = null;
  let running: Promise<void> = Promise.resolve();
  const stop = (code: number, line: string | null, reason: string) => {
    if (stopping !== null) {
      // A second Ctrl-C: leave now (the exit hook still kills a child simulator).
      if (SIGNAL_EXIT.SIGINT === code || SIGNAL_EXIT.SIGTERM === code) process.exit(stopping);
      return;
    }
    stopping = code;
    if (line) writeErr(line);
    ac.abort(canceledError(reason));
    const timer = setTimeout(() => process.exit(code), SHUTDOWN_GRACE_MS);
    void running.finally(() => {
      clearTimeout(timer);
      process.exit(code);
    });
  };
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // The reader went away (`hac regs | head -1`): nothing more to say, as `head` users expect.
    if (err.code === 'EPIPE') stop(0, null, 'output closed');
    else stop(1, `hac: error: cannot write output: ${err.message}\n`, 'cannot write output');
  });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => stop(SIGNAL_EXIT[sig]!, 'hac: interrupted\n', 'interrupted'));
  }
  const io: CliIo = {
    out: (s) => {
      if (stopping === null) process.stdout.write(s);
    },
    err: (s) => {
      if (stopping === null) writeErr(s);
    },
    isTTY: !!process.stderr.isTTY,
    signal: ac.signal,
  };
  running = runCli(process.argv.slice(2), io).then(
    (code) => {
      if (stopping === null) process.exitCode = code;
    },
    (err: unknown) => {
      if (stopping !== null) return;
      writeErr(`hac: error: ${formatError(err).replace(/\s*\n\s*/g, ' ')}\n`);
      process.exitCode = err instanceof HacError && err.kind === 'invalid-argument' ? 2 : 1;
    },
  );
}

if (isMain) main();
