/**
 * The target selector: one string picks a transport. This is the only place that branches on the
 * kind of link.
 *
 *   sim                        the virtual chip as a child process (hac-sim --stdio)
 *   sim:ARGS                   same, with extra hac-sim arguments (space separated)
 *   serial:PATH[@BAUD]         a serial port (default 3000000 baud)
 *   tcp://HOST:PORT            a TCP connection (e.g. hac-sim --tcp PORT)
 */
import { invalidArgument } from '../errors.js';
import { openSim } from './child.js';
import { DEFAULT_BAUD, openSerial } from './serial.js';
import { DEFAULT_CONNECT_TIMEOUT_MS, openTcp } from './tcp.js';
import type { Transport, TransportOpener } from './types.js';

export type Selector =
  | { kind: 'sim'; args: string[] }
  | { kind: 'serial'; path: string; baud: number; baudGiven: boolean }
  | { kind: 'tcp'; host: string; port: number };

export function parseSelector(text: string): Selector {
  const s = text.trim();
  const bad = (why: string) => invalidArgument(`bad target '${text}': ${why} (expected sim, serial:PATH[@BAUD] or tcp://HOST:PORT)`, { target: text });
  if (s === 'sim') return { kind: 'sim', args: [] };
  if (s.startsWith('sim:')) return { kind: 'sim', args: s.slice(4).split(/\s+/).filter(Boolean) };
  if (s.startsWith('serial:')) {
    const rest = s.slice('serial:'.length);
    const at = rest.lastIndexOf('@');
    const path = at >= 0 ? rest.slice(0, at) : rest;
    if (!path) throw bad('missing port path');
    if (at < 0) return { kind: 'serial', path, baud: DEFAULT_BAUD, baudGiven: false };
    const b = rest.slice(at + 1);
    if (!/^\d+$/.test(b) || Number(b) <= 0 || Number(b) > 100_000_000) throw bad(`baud rate '${b}' is not a positive integer`);
    return { kind: 'serial', path, baud: Number(b), baudGiven: true };
  }
  if (s.startsWith('tcp://')) {
    const rest = s.slice('tcp://'.length).replace(/\/$/, '');
    const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(rest);
    if (!m) throw bad('expected tcp://HOST:PORT');
    const port = Number(m[2]);
    if (port < 1 || port > 65535) throw bad(`port ${m[2]} out of range`);
    return { kind: 'tcp', host: m[1].replace(/^\[|\]$/g, ''), port };
  }
  throw bad('unknown kind');
}

export function formatSelector(sel: Selector): string {
  switch (sel.kind) {
    case 'sim':
      return sel.args.length ? `sim:${sel.args.join(' ')}` : 'sim';
    case 'serial':
      return `serial:${sel.path}@${sel.baud}`;
    case 'tcp':
      return `tcp://${sel.host.includes(':') ? `[${sel.host}]` : sel.host}:${sel.port}`;
  }
}

/**
 * Bytes per second of the line for a serial selector (baud / 10; without @BAUD the rate the
 * port is opened with, 3000000), else null.
 */
export function selectorLineRate(sel: Selector): number | null {
  return sel.kind === 'serial' ? sel.baud / 10 : null;
}

export interface OpenerOptions {
  /** Multiplies the TCP connect timeout (like the session's timeoutMultiplier). Default 1. */
  timeoutMultiplier?: number;
}

export function openerFor(selector: string | Selector, opts: OpenerOptions = {}): TransportOpener {
  const sel = typeof selector === 'string' ? parseSelector(selector) : selector;
  const m = opts.timeoutMultiplier ?? 1;
  return (signal?: AbortSignal): Promise<Transport> => {
    switch (sel.kind) {
      case 'sim':
        return openSim({ args: sel.args }, signal);
      case 'serial':
        return openSerial(sel.path, sel.baud, signal);
      case 'tcp':
        return openTcp(sel.host, sel.port, signal, { timeoutMs: DEFAULT_CONNECT_TIMEOUT_MS * m });
    }
  };
}

export function openTransport(selector: string | Selector, signal?: AbortSignal): Promise<Transport> {
  return openerFor(selector)(signal);
}
