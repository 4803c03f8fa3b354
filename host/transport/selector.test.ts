import { describe, expect, it } from 'vitest';
import { HacError } from '../errors.js';
import { formatSelector, parseSelector, selectorLineRate } from './selector.js';

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
  ])('%s', (text, want) => {
    expect(parseSelector(text)).toEqual(want);
  });

  it.each(['', 'usb', 'serial:', 'serial:/dev/x@fast', 'serial:/dev/x@0', 'tcp://host', 'tcp://host:0', 'tcp://host:70000', 'tcp://:80', 'simulator'])('rejects %j with invalid-argument', (text) => {
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
    for (const s of ['sim', 'serial:/dev/ttyACM0@921600', 'tcp://127.0.0.1:7000', 'tcp://[::1]:9']) expect(formatSelector(parseSelector(s))).toBe(s);
  });

  it('knows the line rate of serial selectors (named or default baud), not of others', () => {
    expect(selectorLineRate(parseSelector('serial:/dev/x@3000000'))).toBe(300000);
    expect(selectorLineRate(parseSelector('serial:/dev/x'))).toBe(300000); // the default baud the port opens with
    expect(selectorLineRate(parseSelector('sim'))).toBeNull();
  });
});
