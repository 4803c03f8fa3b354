import { describe, expect, it } from 'vitest';
import { HacError } from '../errors.js';
import { createServer, type AddressInfo } from 'node:net';
import { formatSelector, openerFor, parseSelector, selectorLatencyMs, selectorLineRate } from './selector.js';

describe('parseSelector', () => {
  it.each([
    ['sim', { kind: 'sim', args: [] }],
    ['sim:--latency-ms 2 --baud 115200', { kind: 'sim', args: ['--latency-ms', '2', '--baud', '115200'] }],
    ['serial:/dev/ttyUSB0', { kind: 'serial', path: '/dev/ttyUSB0', baud: 3_000_000, baudGiven: false }],
    ['serial:/dev/ttyUSB0@115200', { kind: 'serial', path: '/dev/ttyUSB0', baud: 115200, baudGiven: true }],
    ['serial:COM3@9600', { kind: 'serial', path: 'COM3', baud: 9600, baudGiven: true }],
    ['tcp://127.0.0.1:7000', { kind: 'tcp', host: '127.0.0.1', port: 7000 }],
    ['tcp://localhost:1/', { kind: 'tcp', host: 'localhost', port: 1 }],
    ['tcp://[::1]:7000', { kind: 'tcp', host: '::1', port: 7000 }],
    ['tcp://127.0.0.1:7000@115200', { kind: 'tcp', host: '127.0.0.1', port: 7000, baud: 115200 }],
    ['tcp://[::1]:7000@9600', { kind: 'tcp', host: '::1', port: 7000, baud: 9600 }],
  ])('%s', (text, want) => {
    expect(parseSelector(text)).toEqual(want);
  });

  it.each(['', 'usb', 'serial:', 'serial:/dev/x@fast', 'serial:/dev/x@0', 'tcp://host', 'tcp://host:0', 'tcp://host:70000', 'tcp://:80', 'simulator', 'tcp://host:7000@', 'tcp://host:7000@fast', 'tcp://host:7000@0', 'tcp://host@9600'])('rejects %j with invalid-argument', (text) => {
    let err: unknown;
    try {
      parseSelector(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HacError);
    expect((err as HacError).kind).toBe('invalid-argument');
  });

  it('round-trips through formatSelector', () => {
    for (const s of ['sim', 'serial:/dev/ttyACM0@921600', 'tcp://127.0.0.1:7000', 'tcp://[::1]:9', 'tcp://127.0.0.1:7000@115200']) expect(formatSelector(parseSelector(s))).toBe(s);
  });

  it('knows the line rate of serial selectors (named or default baud), not of others', () => {
    expect(selectorLineRate(parseSelector('serial:/dev/x@3000000'))).toBe(300000);
    expect(selectorLineRate(parseSelector('serial:/dev/x'))).toBe(300000); // the default baud the port opens with
    expect(selectorLineRate(parseSelector('sim'))).toBeNull();
    expect(selectorLineRate(parseSelector('tcp://h:1'))).toBeNull();
  });

  it('knows the line rate of tcp @BAUD and of sim --baud, and the latency of sim --latency-ms', () => {
    expect(selectorLineRate(parseSelector('tcp://127.0.0.1:7000@115200'))).toBe(11520);
    expect(selectorLineRate(parseSelector('sim:--baud 115200'))).toBe(11520);
    expect(selectorLineRate(parseSelector('sim:--preset ideal --baud=1200'))).toBe(120);
    expect(selectorLatencyMs(parseSelector('sim:--latency-ms 600'))).toBe(600);
    expect(selectorLatencyMs(parseSelector('sim:--latency-ms=2.5 --baud 9600'))).toBe(2.5);
    expect(selectorLatencyMs(parseSelector('sim'))).toBe(0);
    expect(selectorLatencyMs(parseSelector('tcp://h:1@9600'))).toBe(0);
  });

  it('a tcp @BAUD transport reports its line rate to the session', async () => {
    const server = createServer((s) => s.destroy());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as AddressInfo).port;
      const t = await openerFor(`tcp://127.0.0.1:${port}@115200`)();
      expect(t.lineBytesPerSec).toBe(11520);
      await t.close();
      const plain = await openerFor(`tcp://127.0.0.1:${port}`)();
      expect(plain.lineBytesPerSec).toBeNull();
      await plain.close();
    } finally {
      server.close();
    }
  });
});
