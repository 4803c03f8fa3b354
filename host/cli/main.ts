/**
 * `hac [--target <selector>] [--json] <command>`: the host CLI. Errors are one line on stderr
 * (`hac: error: ...`) with a non-zero exit code, never a stack trace.
 */
import { capabilityNames, REGISTER_MAP_HASH, SCHEMA_HASH } from '../../protocol/index.js';
import type { HacDevice } from '../device/device.js';
import type { TransferProgress } from '../device/memory.js';
import { measureLoadThroughput } from '../device/throughput.js';
import { HacError, invalidArgument } from '../errors.js';
import { connect } from '../index.js';
import { openerFor, parseSelector, selectorLineRate } from '../transport/selector.js';
import type { TransportOpener } from '../transport/types.js';
import { listSerialPorts } from '../transport/serial.js';

export const USAGE = `usage: hac [--target <selector>] [--json] <command> [args]

targets (--target, default sim; also env HAC_TARGET):
  sim                     the virtual chip as a child process (hac-sim --stdio)
  serial:PATH[@BAUD]      a serial port, e.g. serial:/dev/ttyUSB0@3000000
  tcp://HOST:PORT         a TCP connection, e.g. tcp://127.0.0.1:7000

commands:
  info                    handshake result: versions, chip id, capabilities, limits, boot epoch
  regs                    every readable register with its value and decoded fields
  read REG                read one register (name or address, e.g. SCRATCH or 0x1c)
  write REG VALUE         write one register (VALUE decimal or 0x hex)
  ports                   list serial ports with USB vendor/product ids
  bench link [--bytes N]  verified bulk-load throughput (payload bytes/s, line rate, efficiency)
  help                    this text

options:
  --target, -t SELECTOR   target to open
  --json                  machine-readable output
`;

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
}

interface Parsed {
  target: string;
  json: boolean;
  command: string | null;
  args: string[];
  bytes: number | null;
}

export function parseCli(argv: readonly string[]): Parsed {
  const p: Parsed = { target: process.env.HAC_TARGET || 'sim', json: false, command: null, args: [], bytes: null };
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
      p.bytes = n;
    } else if (a === '--help' || a === '-h') p.command = 'help';
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

async function withDevice<T>(target: string, fn: (d: HacDevice) => Promise<T>): Promise<T> {
  const sel = parseSelector(target);
  const opener = sel.kind === 'tcp' ? retryRefusedFirst(openerFor(sel)) : undefined;
  const dev = await connect(sel, { reconnect: { attempts: 2, minDelayMs: 50, maxDelayMs: 200 }, ...(opener ? { opener } : {}) });
  try {
    return await fn(dev);
  } finally {
    await dev.close();
  }
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
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
      const info = await withDevice(p.target, async (d) => d.info);
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
      const dump = await withDevice(p.target, (d) => d.regs.dump());
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
      const res = await withDevice(p.target, async (d) => {
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
      const res = await withDevice(p.target, async (d) => {
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
      const sel = parseSelector(p.target);
      const bytes = p.bytes ?? 65536;
      const res = await withDevice(p.target, (d) => measureLoadThroughput(d, bytes, { lineBytesPerSec: selectorLineRate(sel), onProgress: progressPrinter(io, 'bench link') }));
      if (io.isTTY) io.err('\n');
      print(res, () =>
        [
          `payload         ${res.payloadBytes} bytes in ${res.elapsedMs.toFixed(1)} ms (${res.passes} verified pass${res.passes > 1 ? 'es' : ''})`,
          `payloadBytesPerSec ${res.payloadBytesPerSec.toFixed(0)}`,
          `lineBytesPerSec ${res.lineBytesPerSec ?? 'null (not a serial target)'}`,
          `efficiency      ${res.efficiency === null ? 'null' : res.efficiency.toFixed(4)}`,
          '',
        ].join('\n'),
      );
      return 0;
    }
    default:
      throw invalidArgument(`unknown command '${cmd}' (see hac help)`);
  }
}

export function formatError(err: unknown): string {
  if (err instanceof HacError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}

const isMain = (() => {
  const entry = process.argv[1] ?? '';
  return /(^|[\\/])(hac(\.mjs)?|main\.ts)$/.test(entry);
})();

if (isMain) {
  const io: CliIo = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), isTTY: !!process.stderr.isTTY };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`hac: error: ${formatError(err).replace(/\s*\n\s*/g, ' ')}\n`);
      process.exitCode = err instanceof HacError && err.kind === 'invalid-argument' ? 2 : 1;
    },
  );
}
