import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.js';

describe('hac-sim flags', () => {
  it('parses a full command line', () => {
    expect(parseArgs(['--tcp', '0', '--baud', '3000000', '--latency-ms=2', '--faults', 'seed=7,drop=1e-5', '--die-seed', '9', '--preset', 'ideal'])).toMatchObject({
      help: false,
      serve: { kind: 'tcp', port: 0 },
      baud: 3_000_000,
      latencyMs: 2,
      faults: { seed: 7, drop: 1e-5 },
      dieSeed: 9,
      preset: 'ideal',
    });
    expect(parseArgs(['--serial', '/dev/pts/3', '--serial-baud', '115200'])).toMatchObject({ serve: { kind: 'serial', path: '/dev/pts/3', baudRate: 115200 } });
    expect(parseArgs(['--serial', '/dev/pts/3'])).toMatchObject({ serve: { baudRate: 3_000_000 } });
    expect(parseArgs(['--stdio'])).toMatchObject({ serve: { kind: 'stdio' }, baud: 0, latencyMs: 0, faults: null });
    expect(parseArgs(['--help'])).toEqual({ help: true });
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
  ])('rejects %j', (argv, msg) => {
    expect(() => parseArgs(argv as string[])).toThrow(msg);
  });
});
