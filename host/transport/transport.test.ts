import { mkdtempSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, Socket, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeFrame, encodeFrameMessage, Status } from '../../protocol/index.js';
import { ReadlineDeframer } from '../link/deframer.js';
import { HacError } from '../errors.js';
import { memoryPair } from './memory.js';
import { openSerial, scanSysfs, serialOpenError } from './serial.js';
import { openTcp } from './tcp.js';

describe('in-memory pair', () => {
  it('carries bytes both ways and ends reads when cut', async () => {
    const [a, b] = memoryPair();
    await a.write(new Uint8Array([1, 2, 3]));
    const it = b.read()[Symbol.asyncIterator]();
    expect(Array.from((await it.next()).value as Uint8Array)).toEqual([1, 2, 3]);
    a.cut();
    expect((await it.next()).done).toBe(true);
    await expect(b.write(new Uint8Array([1]))).rejects.toMatchObject({ kind: 'disconnected' });
  });
});

describe('serial transport errors', () => {
  it('names a missing port path', async () => {
    const err = (await openSerial('/dev/does-not-exist-hac').catch((e: unknown) => e)) as HacError;
    expect(err).toBeInstanceOf(HacError);
    expect(err.kind).toBe('disconnected');
    expect(err.message).toContain('/dev/does-not-exist-hac');
    expect(err.context.path).toBe('/dev/does-not-exist-hac');
  });
  it('maps "Cannot lock port" to a port-in-use error', () => {
    const e = serialOpenError('/dev/ttyUSB0', new Error('Error Resource temporarily unavailable Cannot lock port'));
    expect(e.message).toMatch(/in use by another process/);
  });
});

describe('port listing fallback', () => {
  it('reads USB ids from a sysfs-like tree', () => {
    const root = mkdtempSync(join(tmpdir(), 'hac-sys-'));
    try {
      const usb = join(root, 'devices', 'usb1', '1-1');
      mkdirSync(join(usb, '1-1:1.0', 'ttyUSB0'), { recursive: true });
      writeFileSync(join(usb, 'idVendor'), '0403\n');
      writeFileSync(join(usb, 'idProduct'), '6001\n');
      writeFileSync(join(usb, 'manufacturer'), 'FTDI\n');
      mkdirSync(join(root, 'class', 'ttyUSB0'), { recursive: true });
      symlinkSync(join(usb, '1-1:1.0'), join(root, 'class', 'ttyUSB0', 'device'));
      mkdirSync(join(root, 'class', 'tty0'), { recursive: true }); // no device link: virtual
      const ports = scanSysfs(join(root, 'class'), join(root, 'by-id'));
      expect(ports).toEqual([{ path: '/dev/ttyUSB0', source: 'sysfs', vendorId: '0403', productId: '6001', manufacturer: 'FTDI' }]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('tcp transport', () => {
  it('explains a refused connection', async () => {
    const srv = createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    const port = (srv.address() as AddressInfo).port;
    await new Promise((r) => srv.close(r));
    const err = (await openTcp('127.0.0.1', port).catch((e: unknown) => e)) as HacError;
    expect(err.kind).toBe('disconnected');
    expect(err.message).toMatch(new RegExp(`tcp://127\\.0\\.0\\.1:${port}.*refused`));
  });
});

describe('tcp connect deadline and abort', () => {
  // A socket that never connects (like a SYN into a black hole).
  const blackHole = () => new Socket();
  it('fails with a timeout error after the connect timeout', async () => {
    const err = (await openTcp('192.0.2.1', 7000, undefined, { timeoutMs: 20, connect: blackHole }).catch((e: unknown) => e)) as HacError;
    expect(err).toBeInstanceOf(HacError);
    expect(err.kind).toBe('timeout');
    expect(err.message).toMatch(/tcp:\/\/192\.0\.2\.1:7000/);
  });
  it('honours the abort signal while connecting', async () => {
    const ac = new AbortController();
    const p = openTcp('192.0.2.1', 7000, ac.signal, { timeoutMs: 60_000, connect: blackHole });
    ac.abort('stop');
    const err = (await p.catch((e: unknown) => e)) as HacError;
    expect(err.kind).toBe('canceled');
    expect(err.message).toMatch(/stop/);
    const pre = (await openTcp('192.0.2.1', 7000, AbortSignal.abort('early'), { connect: blackHole }).catch((e: unknown) => e)) as HacError;
    expect(pre.kind).toBe('canceled');
  });
});

describe('readline deframer (serial line framing)', () => {
  const frame = (seq: number) => encodeFrame('line', encodeFrameMessage({ response: { seq, status: Status.STATUS_OK } }));
  it('splits frames and log lines fed in pieces', () => {
    const got: string[] = [];
    const d = new ReadlineDeframer({ frame: (p, f) => got.push(`${f}:${p.length}`), log: (t) => got.push(`log:${t}`) }, 8192);
    const bytes = new Uint8Array([...new TextEncoder().encode('hello\r\n'), ...frame(1), ...frame(2)]);
    for (let i = 0; i < bytes.length; i += 3) d.push(bytes.subarray(i, i + 3));
    expect(got[0]).toBe('log:hello');
    expect(got.filter((g) => g.startsWith('line:')).length).toBe(2);
  });
  it('cuts a frame line that never ends and recovers at the next newline', () => {
    const got: string[] = [];
    const d = new ReadlineDeframer({ frame: () => got.push('frame'), log: (t) => got.push(`log:${t.length}`) }, 256);
    const junk = new Uint8Array(5000).fill(0x41);
    junk[0] = 0x40; // '@': looks like a line frame
    d.push(junk);
    d.push(junk.subarray(1));
    d.push(new Uint8Array([0x0a]));
    d.push(frame(3));
    expect(d.stats.oversized).toBeGreaterThan(0);
    expect(got).toEqual(['frame']);
  });
  it('keeps long log lines, split into pieces like the stream decoder (not dropped)', () => {
    const got: string[] = [];
    const d = new ReadlineDeframer({ frame: () => got.push('frame'), log: (t) => got.push(t) }, 1024);
    const text = 'x'.repeat(5000);
    const bytes = new TextEncoder().encode(text + '\n');
    for (let i = 0; i < bytes.length; i += 700) d.push(bytes.subarray(i, i + 700));
    d.push(frame(4));
    expect(got.at(-1)).toBe('frame');
    const logs = got.slice(0, -1);
    expect(logs.join('')).toBe(text);
    expect(Math.max(...logs.map((l) => l.length))).toBeLessThanOrEqual(1024);
    expect(d.stats.oversized).toBe(0);
    expect(d.stats.droppedBytes).toBe(0);
  });
});
