import { describe, expect, it } from 'vitest';
import { parseArgs, powerOnEpoch } from './args.js';

describe('hac-sim flags', () => {
  it('parses a full command line', () => {
    expect(parseArgs(['--tcp', '0', '--baud', '3000000', '--latency-ms=2', '--faults', 'seed=7,drop=1e-5', '--die-seed', '9', '--preset', 'ideal', '--boot-epoch', '42'])).toMatchObject({
      help: false,
      serve: { kind: 'tcp', port: 0 },
      baud: 3_000_000,
      latencyMs: 2,
      faults: { seed: 7, drop: 1e-5 },
      dieSeed: 9,
      preset: 'ideal',
      bootEpoch: 42,
    });
    expect(parseArgs(['--serial', '/dev/pts/3', '--serial-baud', '115200'])).toMatchObject({ serve: { kind: 'serial', path: '/dev/pts/3', baudRate: 115200 } });
    expect(parseArgs(['--serial', '/dev/pts/3'])).toMatchObject({ serve: { baudRate: 3_000_000 } });
    expect(parseArgs(['--stdio'])).toMatchObject({ serve: { kind: 'stdio' }, baud: 0, latencyMs: 0, faults: null, bootEpoch: undefined });
    expect(parseArgs(['--help'])).toEqual({ help: true });
    expect(parseArgs(['--tcp', '0', '--idle-timeout', '30'])).toMatchObject({ idleTimeoutS: 30 });
    expect(parseArgs(['--tcp', '0'])).toMatchObject({ idleTimeoutS: 0 });
  });

  it.each([
    [[], /choose one of/],
    [['--stdio', '--tcp', '1'], /only one/],
    [['--tcp'], /--tcp needs a value/],
    [['--tcp', '70000'], /--tcp must be a number in/],
    [['--stdio', '--baud', 'fast'], /--baud must be a number/],
    [['--stdio', '--preset', 'noisy'], /--preset must be one of/],
    [['--stdio', '--faults', 'flip=7'], /flip/],
    [['--stdio', '--wat'], /unknown flag --wat/],
    [['--stdio', 'extra'], /unexpected argument/],
    [['--stdio', '--serial-baud', '9600'], /needs --serial/],
    [['--stdio', '--idle-timeout', '5'], /--idle-timeout needs --tcp/],
    [['--tcp', '0', '--idle-timeout', '-1'], /--idle-timeout must be a number/],
    [['--stdio', '--boot-epoch', '0'], /--boot-epoch must be a number in \[1, 4294967295\]/],
    [['--stdio', '--boot-epoch', '1.5'], /--boot-epoch must be an integer/],
  ])('rejects %j', (argv, msg) => {
    expect(() => parseArgs(argv as string[])).toThrow(msg);
  });

  it('the default boot epoch comes from the clock (ms), is never 0 and differs between starts', () => {
    const t = 1_760_000_000_123;
    expect(powerOnEpoch(t)).toBe(t % 0x7fffffff);
    expect(powerOnEpoch(t + 1)).not.toBe(powerOnEpoch(t));
    expect(powerOnEpoch(0x7fffffff * 3)).toBe(1);
    const now = powerOnEpoch();
    expect(Number.isInteger(now) && now >= 1 && now <= 0x7fffffff).toBe(true);
  });
});
