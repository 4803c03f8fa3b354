import { mkdtempSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
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
  it('cuts a line that never ends and recovers at the next newline', () => {
    const got: string[] = [];
    const d = new ReadlineDeframer({ frame: () => got.push('frame'), log: (t) => got.push(`log:${t.length}`) }, 256);
    const junk = new Uint8Array(5000).fill(0x41);
    d.push(junk);
    d.push(junk);
    d.push(new Uint8Array([0x0a]));
    d.push(frame(3));
    expect(d.stats.oversized).toBeGreaterThan(0);
    expect(got).toEqual(['frame']);
  });
});
