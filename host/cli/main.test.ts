import { describe, expect, it } from 'vitest';
import { HacError } from '../errors.js';
import { parseCli, parseNumber, runCli } from './main.js';

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
