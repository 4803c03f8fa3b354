/**
 * Serial ports through the `serialport` package. The port is opened with `lock: true` (the
 * default), so a port another process holds fails with a clear error instead of two programs
 * interleaving bytes.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { SerialPort } from 'serialport';
import { debug } from '../debug.js';
import { abortError, errorText, HacError } from '../errors.js';
import { StreamTransport } from './stream.js';
import type { Transport } from './types.js';

const log = debug('hac:link');
export const DEFAULT_BAUD = 3_000_000;

export function serialOpenError(path: string, err: unknown): HacError {
  const msg = errorText(err);
  const target = `serial:${path}`;
  if (/cannot lock port/i.test(msg) || /resource temporarily unavailable/i.test(msg)) {
    return new HacError('disconnected', `serial port ${path} is in use by another process (cannot lock port)`, { cause: err, context: { target, path } });
  }
  if (/no such file|ENOENT|not found/i.test(msg) || !existsSync(path)) {
    return new HacError('disconnected', `serial port ${path} does not exist`, { cause: err, context: { target, path } });
  }
  if (/permission denied|EACCES/i.test(msg)) {
    return new HacError('disconnected', `no permission to open serial port ${path} (add yourself to the dialout group?)`, { cause: err, context: { target, path } });
  }
  return new HacError('disconnected', `cannot open serial port ${path}: ${msg}`, { cause: err, context: { target, path } });
}

export async function openSerial(path: string, baudRate = DEFAULT_BAUD, signal?: AbortSignal): Promise<Transport> {
  const context = { target: `serial:${path}`, path };
  if (signal?.aborted) throw abortError(signal, context);
  if (!existsSync(path)) throw serialOpenError(path, new Error('ENOENT'));
  const port = new SerialPort({ path, baudRate, autoOpen: false, lock: true, highWaterMark: 1 << 16 });
  await new Promise<void>((resolve, reject) => {
    port.open((err) => (err ? reject(serialOpenError(path, err)) : resolve()));
  });
  if (signal?.aborted) {
    // Aborted while opening: release the port first, then report the cancellation.
    await new Promise<void>((r) => port.close(() => r()));
    throw abortError(signal, context);
  }
  log('opened %s at %d baud', path, baudRate);
  return new StreamTransport({
    description: `serial:${path}@${baudRate}`,
    lineBytesPerSec: baudRate / 10,
    splitLines: true,
    input: port,
    output: port,
    destroy: () =>
      new Promise<void>((resolve) => {
        if (!port.isOpen) return resolve();
        port.close(() => resolve());
      }),
  });
}

export interface PortListing {
  path: string;
  vendorId?: string;
  productId?: string;
  manufacturer?: string;
  serialNumber?: string;
  /** Where the entry came from: the serialport package or a /sys scan. */
  source: 'serialport' | 'sysfs';
}

function onPath(cmd: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((d) => d && existsSync(join(d, cmd)));
}

/**
 * Serial ports with their USB vendor/product ids. serialport's list() runs `udevadm`; where that
 * does not exist its spawn error can take the process down, so we only call it when udevadm is on
 * PATH and otherwise (or on any failure) scan /sys/class/tty and /dev/serial/by-id ourselves.
 */
export async function listSerialPorts(): Promise<PortListing[]> {
  if (process.platform !== 'linux' || onPath('udevadm')) {
    try {
      const ports = await SerialPort.list();
      return ports.map((p) => ({
        path: p.path,
        ...(p.vendorId ? { vendorId: p.vendorId } : {}),
        ...(p.productId ? { productId: p.productId } : {}),
        ...(p.manufacturer ? { manufacturer: p.manufacturer } : {}),
        ...(p.serialNumber ? { serialNumber: p.serialNumber } : {}),
        source: 'serialport' as const,
      }));
    } catch (err) {
      log('serialport list() failed (%s); scanning /sys', String(err));
    }
  }
  return scanSysfs();
}

function readText(p: string): string | undefined {
  try {
    return readFileSync(p, 'utf8').trim();
  } catch {
    return undefined;
  }
}

export function scanSysfs(root = '/sys/class/tty', byIdDir = '/dev/serial/by-id'): PortListing[] {
  const out = new Map<string, PortListing>();
  let names: string[] = [];
  try {
    names = readdirSync(root);
  } catch {
    names = [];
  }
  for (const name of names) {
    const devLink = join(root, name, 'device');
    if (!existsSync(devLink)) continue;
    let real: string;
    try {
      real = realpathSync(devLink);
    } catch {
      continue;
    }
    const driver = (() => {
      try {
        return realpathSync(join(devLink, 'driver')).split('/').pop();
      } catch {
        return undefined;
      }
    })();
    // Legacy 8250 UART slots exist on most PCs with nothing behind them.
    if (driver === 'serial8250') continue;
    const entry: PortListing = { path: `/dev/${name}`, source: 'sysfs' };
    for (let d = real; d !== '/' && d.length > 1; d = dirname(d)) {
      const vid = readText(join(d, 'idVendor'));
      if (vid) {
        entry.vendorId = vid;
        const pid = readText(join(d, 'idProduct'));
        const man = readText(join(d, 'manufacturer'));
        const sn = readText(join(d, 'serial'));
        if (pid) entry.productId = pid;
        if (man) entry.manufacturer = man;
        if (sn) entry.serialNumber = sn;
        break;
      }
    }
    out.set(entry.path, entry);
  }
  try {
    for (const name of readdirSync(byIdDir)) {
      try {
        const real = realpathSync(join(byIdDir, name));
        if (!out.has(real)) out.set(real, { path: real, source: 'sysfs' });
      } catch {
        /* dangling link */
      }
    }
  } catch {
    /* no by-id directory */
  }
  return [...out.values()].sort((a, b) => a.path.localeCompare(b.path));
}
