import { describe, expect, it } from 'vitest';
import { HacError } from '../errors.js';
import type { Transport } from '../transport/types.js';
import { parseCli, parseNumber, retryRefusedFirst, runCli } from './main.js';

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
