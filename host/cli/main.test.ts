import { describe, expect, it } from 'vitest';
import { HacError } from '../errors.js';
import type { Transport } from '../transport/types.js';
import { formatError, parseCli, parseNumber, retryRefusedFirst, runCli } from './main.js';

describe('hac CLI parsing', () => {
  it('parses global flags and commands', () => {
    expect(parseCli(['--target', 'tcp://h:1', '--json', 'read', 'MODE'])).toMatchObject({ target: 'tcp://h:1', json: true, command: 'read', args: ['MODE'] });
    expect(parseCli(['bench', 'link', '--bytes', '0x1000'])).toMatchObject({ command: 'bench', args: ['link'], bytes: 4096 });
    expect(parseCli([]).target).toBe(process.env.HAC_TARGET || 'sim');
  });
  it('names a bad flag', () => {
    expect(() => parseCli(['--frobnicate'])).toThrow(/--frobnicate/);
    expect(() => parseCli(['--target'])).toThrow(/--target needs a value/);
    expect(() => parseCli(['--bytes', 'lots'])).toThrow(/--bytes/);
  });
  it('bounds --bytes (16 GiB) with a clear invalid-argument error', () => {
    expect(parseCli(['bench', 'link', '--bytes', String(2 ** 34)]).bytes).toBe(2 ** 34);
    let e: unknown;
    try {
      parseCli(['bench', 'link', '--bytes', '100000000000000']);
    } catch (x) {
      e = x;
    }
    expect((e as HacError).kind).toBe('invalid-argument');
    expect((e as HacError).message).toMatch(/--bytes must be at most 17179869184 \(16 GiB\)/);
  });
  it('parses --timeout-multiplier and --baud (global options for slow links)', () => {
    expect(parseCli(['--timeout-multiplier', '2.5', '--baud=115200', 'info'])).toMatchObject({ timeoutMultiplier: 2.5, baud: 115200, command: 'info' });
    expect(parseCli(['info'])).toMatchObject({ timeoutMultiplier: null, baud: null });
    expect(() => parseCli(['--timeout-multiplier', '0', 'info'])).toThrow(/--timeout-multiplier needs a positive number/);
    expect(() => parseCli(['--baud', 'fast', 'info'])).toThrow(/--baud needs a positive integer/);
  });
  it('--baud does not override a serial target\'s own rate', async () => {
    const io = { out: () => {}, err: () => {}, isTTY: false };
    await expect(runCli(['--target', 'serial:/dev/null-x', '--baud', '9600', 'info'], io)).rejects.toThrow(/serial:\/dev\/null-x@9600/);
  });
  it('formats errors without nested "Error:" prefixes', () => {
    expect(formatError(new Error('cannot open /dev/x: Error: Error: No such file'))).toBe('cannot open /dev/x: No such file');
    expect(formatError(new Error('Error: boom'))).toBe('boom');
  });
  it('parses numbers', () => {
    expect(parseNumber('0x1C')).toBe(28);
    expect(parseNumber('12')).toBe(12);
    expect(parseNumber('1_000')).toBe(1000);
    expect(parseNumber('x')).toBeNull();
  });
  it('help and unknown commands', async () => {
    let out = '';
    const io = { out: (s: string) => void (out += s), err: () => {}, isTTY: false };
    expect(await runCli(['help'], io)).toBe(0);
    expect(out).toMatch(/usage: hac/);
    const e = (await runCli(['frob'], io).catch((x: unknown) => x)) as HacError;
    expect(e.kind).toBe('invalid-argument');
    expect(e.message).toMatch(/unknown command 'frob'/);
    const e2 = (await runCli(['--target', 'bogus', 'info'], io).catch((x: unknown) => x)) as HacError;
    expect(e2.message).toMatch(/bad target 'bogus'/);
  });
});

describe('first TCP connect of a CLI run', () => {
  const refused = () => new HacError('disconnected', 'cannot connect: connection refused', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
  const fakeTransport = {} as Transport;
  it('retries a refused connection briefly (server still starting), then connects', async () => {
    let calls = 0;
    const opener = retryRefusedFirst(async () => {
      if (++calls < 3) throw refused();
      return fakeTransport;
    }, 10_000, 1);
    expect(await opener()).toBe(fakeTransport);
    expect(calls).toBe(3);
  });
  it('does not retry other errors, nor later connects (reconnects)', async () => {
    let calls = 0;
    const other = retryRefusedFirst(async () => {
      calls++;
      throw new HacError('disconnected', 'no route to host');
    }, 10_000, 1);
    await expect(other()).rejects.toThrow(/no route/);
    expect(calls).toBe(1);
    let n = 0;
    const later = retryRefusedFirst(async () => {
      if (++n === 1) return fakeTransport;
      throw refused();
    }, 10_000, 1);
    await later();
    await expect(later()).rejects.toThrow(/refused/);
    expect(n).toBe(2);
  });
  it('gives up after the retry window', async () => {
    let calls = 0;
    const opener = retryRefusedFirst(async () => {
      calls++;
      throw refused();
    }, 0, 1);
    await expect(opener()).rejects.toThrow(/refused/);
    expect(calls).toBe(1);
  });
});

describe('hac bench link against a line faster than it claims', () => {
  it('notes efficiency > 1.05 (text and --json `note`): the line rate does not bound this link', async () => {
    // An unpaced sim whose line is claimed to be 9600 baud: the payload rate far exceeds it.
    let out = '';
    const io = { out: (s: string) => void (out += s), err: () => {}, isTTY: false };
    expect(await runCli(['--target', 'sim', '--baud', '9600', '--json', 'bench', 'link', '--bytes', '8192'], io)).toBe(0);
    const r = JSON.parse(out) as { efficiency: number; note?: string };
    expect(r.efficiency).toBeGreaterThan(1.05);
    expect(r.note).toMatch(/line rate does not bound this link/);
    out = '';
    expect(await runCli(['--target', 'sim', '--baud', '9600', 'bench', 'link', '--bytes', '8192'], io)).toBe(0);
    expect(out).toMatch(/^note {12}payload rate is [\d.]+x the line rate of 960 bytes\/s: the line rate does not bound this link/m);
  });
});
