import { describe, expect, it } from 'vitest';
import { HacError } from '../errors.js';
import type { Transport } from '../transport/types.js';
import { escapeDeviceText, EXTERNAL_COMMANDS, formatError, parseNumber, retryRefusedFirst, runCli } from './main.js';
import { Writable } from 'node:stream';
import { oneSafeLine, passFail, progressBar } from './context.js';

function capture() {
  const o = { out: '', err: '' };
  const io = { out: (s: string) => void (o.out += s), err: (s: string) => void (o.err += s), isTTY: false };
  return { o, io };
}

describe('hac CLI parsing (commander registry)', () => {
  it('bad flags, bad values and unknown commands: exit 2 and one line naming the offending word', async () => {
    for (const [argv, word] of [
      [['--frobnicate', 'info'], '--frobnicate'],
      [['info', '--frobnicate'], '--frobnicate'],
      [['--target'], '--target'],
      [['bench', 'link', '--bytes', 'lots'], '--bytes'],
      [['--timeout-multiplier', '0', 'info'], '--timeout-multiplier'],
      [['--baud', 'fast', 'info'], '--baud'],
      [['frob'], "'frob'"],
      [['ping', '--count', '0'], '--count'],
      [['regs', 'field', 'MODE'], 'field'],
    ] as const) {
      const { o, io } = capture();
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(o.err.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(o.err, argv.join(' ')).toMatch(/^hac: error: /);
      expect(o.err, argv.join(' ')).toContain(word);
      expect(o.out).toBe('');
    }
  });
  it('bounds --bytes (16 GiB) with a clear message', async () => {
    const { o, io } = capture();
    expect(await runCli(['bench', 'link', '--bytes', '100000000000000'], io)).toBe(2);
    expect(o.err).toMatch(/--bytes must be at most 17179869184 \(16 GiB\)/);
  });
  it("--baud does not override a serial target's own rate", async () => {
    const { o, io } = capture();
    expect(await runCli(['--target', 'serial:/dev/null-x', '--baud', '9600', 'info'], io)).toBe(2);
    expect(o.err).toMatch(/serial:\/dev\/null-x@9600/);
  });
  it('a bad selector is one line naming it', async () => {
    const { o, io } = capture();
    expect(await runCli(['--target', 'bogus', 'info'], io)).toBe(2);
    expect(o.err).toMatch(/bad target 'bogus'/);
  });
  it('formats errors without nested "Error:" prefixes', () => {
    expect(formatError(new Error('cannot open /dev/x: Error: Error: No such file'))).toBe('cannot open /dev/x: No such file');
    expect(formatError(new Error('Error: boom'))).toBe('boom');
  });
  it('escapes what a device says before printing (no cursor moves, no forged lines)', () => {
    expect(escapeDeviceText('\x1b[2Jok\r\nfake\\')).toBe('\\x1b[2Jok\\x0d\\x0afake\\\\');
    expect(oneSafeLine('a\n  b\x07')).toBe('a b\\x07');
  });
  it('progress bars draw only on a terminal; colour only when asked (a terminal without NO_COLOR)', () => {
    let drawn = '';
    const tty = Object.assign(new Writable({ write: (c, _e, cb) => ((drawn += String(c)), cb()) }), { isTTY: true, columns: 80 });
    const bar = progressBar({ out: () => {}, err: () => {}, isTTY: true, progressStream: tty }, 'load', 10);
    bar.update(5);
    bar.stop();
    expect(drawn).toMatch(/load \[.*\] 50% 5\/10/);
    drawn = '';
    const none = progressBar({ out: () => {}, err: () => {}, isTTY: false, progressStream: tty }, 'load', 10);
    none.update(5);
    none.stop();
    expect(drawn).toBe('');
    expect(passFail({ out: () => {}, err: () => {}, isTTY: true, colour: true }, true)).toBe('\x1b[32mPASS\x1b[0m');
    expect(passFail({ out: () => {}, err: () => {}, isTTY: true, colour: false }, false)).toBe('FAIL');
  });
  it('parses numbers', () => {
    expect(parseNumber('0x1C')).toBe(28);
    expect(parseNumber('12')).toBe(12);
    expect(parseNumber('1_000')).toBe(1000);
    expect(parseNumber('x')).toBeNull();
  });
  it('help lists every command; each command has --help with an example (exit 0)', async () => {
    const { o, io } = capture();
    expect(await runCli([], io)).toBe(0);
    expect(o.out).toMatch(/Usage: hac/);
    for (const c of ['info', 'list', 'ping', 'regs', 'selftest', 'calibrate', 'sweep', 'shmoo', 'monitor', 'paper-check', 'load', 'run', 'stream']) expect(o.out).toContain(`  ${c}`);
    for (const c of ['info', 'list', 'ping', 'regs', 'selftest', 'calibrate', 'sweep', 'shmoo', 'monitor', 'paper-check', 'load', 'run', 'stream', 'bench']) {
      const h = capture();
      expect(await runCli([c, '--help'], h.io), c).toBe(0);
      expect(h.o.out, c).toMatch(/Example/);
    }
  });
  it('an external command module plugs in with one registry line: its own arguments, then the global options it declares', async () => {
    let seen: string[] = [];
    EXTERNAL_COMMANDS.push({ name: 'ext-demo', summary: 'test', run: async (argv, out) => ((seen = argv), out('hi\n'), 3), globals: ['target', 'json'] });
    try {
      const { o, io } = capture();
      expect(await runCli(['--target', 'tcp://h:1', 'ext-demo', 'a', '--zzz', '--json', '--verbose'], io)).toBe(3);
      expect(o.out).toBe('hi\n');
      expect(seen).toEqual(['a', '--zzz', '--target', 'tcp://h:1', '--json']);
    } finally {
      EXTERNAL_COMMANDS.pop();
    }
  });
  it('hac trace is wired through the registry (usage errors exit 2)', async () => {
    const { o, io } = capture();
    expect(await runCli(['trace', 'help'], io)).toBe(0);
    expect(o.out).toMatch(/trace diff A B/);
    const bad = capture();
    expect(await runCli(['trace', 'diff', '--json'], bad.io)).toBe(2);
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
