/**
 * The target selector: one string picks a transport. This is the only place that branches on the
 * kind of link.
 *
 *   sim                        the virtual chip as a child process (hac-sim --stdio)
 *   sim:ARGS                   same, with extra hac-sim arguments (space separated)
 *   sim:inproc[ ARGS]          the virtual chip in this process (no child, no pipe; registered
 *                              by the package entry, see inproc.ts), with hac-sim arguments
 *   serial:PATH[@BAUD]         a serial port (default 3000000 baud)
 *   tcp://HOST:PORT[@BAUD]     a TCP connection (e.g. hac-sim --tcp PORT); @BAUD: the line rate
 *                              of a serial line behind it (a proxied board, a paced sim)
 *   replay:FILE                a recorded trace (host/trace/FORMAT.md) answering as the device did
 *
 * The line rate (bytes/s) and latency a selector implies feed the session's timeouts and the
 * bench's efficiency: serial baud / 10, tcp @BAUD / 10, and for sim:ARGS the `--baud N` and
 * `--latency-ms M` it passes to hac-sim.
 */
import { invalidArgument } from '../errors.js';
import { openReplay } from '../trace/replay.js';
import { openSim } from './child.js';
import { inProcessOpener } from './inproc.js';
import { DEFAULT_BAUD, openSerial } from './serial.js';
import { DEFAULT_CONNECT_TIMEOUT_MS, openTcp } from './tcp.js';
import type { Transport, TransportOpener } from './types.js';

export type Selector =
  | { kind: 'sim'; args: string[] }
  | { kind: 'inproc'; args: string[] }
  | { kind: 'serial'; path: string; baud: number; baudGiven: boolean }
  | { kind: 'tcp'; host: string; port: number; baud?: number }
  | { kind: 'replay'; path: string };

const MAX_BAUD = 100_000_000;

export function parseSelector(text: string): Selector {
  const s = text.trim();
  const bad = (why: string) => invalidArgument(`bad target '${text}': ${why} (expected sim, serial:PATH[@BAUD], tcp://HOST:PORT[@BAUD] or replay:FILE)`, { target: text });
  const baudOf = (b: string): number => {
    if (!/^\d+$/.test(b) || Number(b) <= 0 || Number(b) > MAX_BAUD) throw bad(`baud rate '${b}' is not a positive integer`);
    return Number(b);
  };
  if (s === 'sim') return { kind: 'sim', args: [] };
  if (s.startsWith('sim:')) {
    const args = s.slice(4).split(/\s+/).filter(Boolean);
    return args[0] === 'inproc' ? { kind: 'inproc', args: args.slice(1) } : { kind: 'sim', args };
  }
  if (s.startsWith('replay:')) {
    const path = s.slice('replay:'.length);
    if (!path) throw bad('missing trace file');
    return { kind: 'replay', path };
  }
  if (s.startsWith('serial:')) {
    const rest = s.slice('serial:'.length);
    const at = rest.lastIndexOf('@');
    const path = at >= 0 ? rest.slice(0, at) : rest;
    if (!path) throw bad('missing port path');
    if (at < 0) return { kind: 'serial', path, baud: DEFAULT_BAUD, baudGiven: false };
    return { kind: 'serial', path, baud: baudOf(rest.slice(at + 1)), baudGiven: true };
  }
  if (s.startsWith('tcp://')) {
    let rest = s.slice('tcp://'.length).replace(/\/$/, '');
    let baud: number | undefined;
    const at = rest.lastIndexOf('@');
    if (at >= 0) {
      baud = baudOf(rest.slice(at + 1));
      rest = rest.slice(0, at).replace(/\/$/, '');
    }
    const m = /^(\[[^\]]+\]|[^:@]+):(\d+)$/.exec(rest);
    if (!m) throw bad('expected tcp://HOST:PORT[@BAUD]');
    const port = Number(m[2]);
    if (port < 1 || port > 65535) throw bad(`port ${m[2]} out of range`);
    return { kind: 'tcp', host: m[1].replace(/^\[|\]$/g, ''), port, ...(baud !== undefined ? { baud } : {}) };
  }
  throw bad('unknown kind');
}

export function formatSelector(sel: Selector): string {
  switch (sel.kind) {
    case 'sim':
      return sel.args.length ? `sim:${sel.args.join(' ')}` : 'sim';
    case 'inproc':
      return ['sim:inproc', ...sel.args].join(' ');
    case 'serial':
      return `serial:${sel.path}@${sel.baud}`;
    case 'tcp':
      return `tcp://${sel.host.includes(':') ? `[${sel.host}]` : sel.host}:${sel.port}${sel.baud ? `@${sel.baud}` : ''}`;
    case 'replay':
      return `replay:${sel.path}`;
  }
}

/** Value of a `--flag N` / `--flag=N` among hac-sim arguments (the last one wins), else null. */
function simFlag(args: readonly string[], flag: string): number | null {
  let v: number | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const raw = a === flag ? args[i + 1] : a.startsWith(flag + '=') ? a.slice(flag.length + 1) : undefined;
    if (raw === undefined) continue;
    const n = Number(raw);
    if (raw.trim() !== '' && Number.isFinite(n) && n >= 0) v = n;
  }
  return v;
}

/**
 * Bytes per second of the line (baud / 10) when the selector says it: a serial selector (without
 * @BAUD the rate the port is opened with, 3000000), tcp://HOST:PORT@BAUD, or sim:ARGS with
 * `--baud N` (the simulator paces its line at N/10 bytes/s); else null (a fast link).
 */
export function selectorLineRate(sel: Selector): number | null {
  switch (sel.kind) {
    case 'serial':
      return sel.baud / 10;
    case 'tcp':
      return sel.baud ? sel.baud / 10 : null;
    case 'sim': {
      const baud = simFlag(sel.args, '--baud');
      return baud ? baud / 10 : null;
    }
    case 'inproc':
    case 'replay':
      return null;
  }
}

/** Added latency each way in ms the selector says the link has (sim:ARGS `--latency-ms M`), else 0. */
export function selectorLatencyMs(sel: Selector): number {
  return sel.kind === 'sim' ? (simFlag(sel.args, '--latency-ms') ?? 0) : 0;
}

export interface OpenerOptions {
  /** Multiplies the TCP connect timeout (like the session's timeoutMultiplier). Default 1. */
  timeoutMultiplier?: number;
  /** Line rate in bytes/s the opened transport reports (default: the selector's, see selectorLineRate). */
  lineBytesPerSec?: number | null;
}

export function openerFor(selector: string | Selector, opts: OpenerOptions = {}): TransportOpener {
  const sel = typeof selector === 'string' ? parseSelector(selector) : selector;
  const m = opts.timeoutMultiplier ?? 1;
  const rate = opts.lineBytesPerSec ?? selectorLineRate(sel);
  const latencyMs = selectorLatencyMs(sel);
  if (sel.kind === 'inproc') return inProcessOpener(sel.args);
  // One replay per opener: a reconnect continues in the same trace.
  if (sel.kind === 'replay') return openReplay(sel.path).opener;
  return (signal?: AbortSignal): Promise<Transport> => {
    switch (sel.kind) {
      case 'sim':
        return openSim({ args: sel.args, lineBytesPerSec: rate, latencyMs }, signal);
      case 'serial':
        return openSerial(sel.path, sel.baud, signal);
      case 'tcp':
        return openTcp(sel.host, sel.port, signal, { timeoutMs: DEFAULT_CONNECT_TIMEOUT_MS * m, lineBytesPerSec: rate });
    }
  };
}

export function openTransport(selector: string | Selector, signal?: AbortSignal): Promise<Transport> {
  return openerFor(selector)(signal);
}
