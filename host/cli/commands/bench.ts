/** `hac bench link [--bytes N]`: verified bulk-load throughput. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { MAX_BENCH_BYTES, measureLoadThroughput } from '../../device/throughput.js';
import { invalidArgument } from '../../errors.js';
import { parseSelector } from '../../transport/selector.js';
import { emit, lineRateOf, parseNumber, progressBar, withDevice } from '../context.js';
import type { CliContext } from '../registry.js';

/** `bench link` notes an efficiency above this: the named line rate cannot be the bottleneck. */
export const EFFICIENCY_NOTE_ABOVE = 1.05;

export function parseBytes(v: string): number {
  const n = parseNumber(v);
  if (n === null || n <= 0) throw invalidArgument(`option --bytes needs a positive integer, got '${v}'`, { flag: '--bytes' });
  if (n > MAX_BENCH_BYTES) throw invalidArgument(`option --bytes must be at most ${MAX_BENCH_BYTES} (16 GiB), got ${v}`, { flag: '--bytes' });
  return n;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('bench')
    .description('bench link: verified bulk-load throughput (payload bytes/s, line rate, efficiency)')
    .argument('<what>', 'link')
    .addOption(new Option('--bytes <n>', `payload bytes, at most ${MAX_BENCH_BYTES} (16 GiB)`).argParser(parseBytes).default(65536))
    .addHelpText('after', '\nExample:\n  $ hac --target serial:/dev/ttyUSB0@3000000 bench link --bytes 1048576\n')
    .action(async (what: string, o: { bytes: number }, cmd: Command) => {
      if (what !== 'link') throw invalidArgument('usage: hac bench link [--bytes N]');
      const g = ctx.globals(cmd);
      const line = lineRateOf(g, parseSelector(g.target));
      const bar = progressBar(ctx.io, 'bench link', o.bytes);
      const res = await withDevice(g, ctx.io, (d) => measureLoadThroughput(d, o.bytes, { lineBytesPerSec: line, onProgress: (p) => bar.update(p.bytesDone, p.totalBytes) })).finally(() => bar.stop());
      // Faster than the named line: the line rate does not bound this link (an unpaced simulator
      // behind a pty or TCP, or a wrong @BAUD).
      const note =
        res.efficiency !== null && res.efficiency > EFFICIENCY_NOTE_ABOVE
          ? `payload rate is ${res.efficiency.toFixed(2)}x the line rate of ${res.lineBytesPerSec} bytes/s: the line rate does not bound this link (an unpaced simulator, or a wrong baud rate?)`
          : undefined;
      emit(ctx.io, g, note ? { ...res, note } : res, () =>
        [
          `payload         ${res.payloadBytes} bytes in ${res.elapsedMs.toFixed(1)} ms (${res.passes} verified pass${res.passes > 1 ? 'es' : ''})`,
          `payloadBytesPerSec ${res.payloadBytesPerSec.toFixed(0)}`,
          `lineBytesPerSec ${res.lineBytesPerSec ?? 'null (line rate unknown: serial:PATH@BAUD, tcp://HOST:PORT@BAUD or --baud N)'}`,
          `efficiency      ${res.efficiency === null ? 'null' : res.efficiency.toFixed(4)}`,
          ...(note ? [`note            ${note}`] : []),
          '',
        ].join('\n'),
      );
    });
}
