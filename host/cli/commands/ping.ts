/** `hac ping [--count N]`: round trip min / median / p99. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { pingRoundTrips } from '../../procedures/ping.js';
import { emit, intOption, progressBar, withDevice } from '../context.js';
import type { CliContext } from '../registry.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('ping')
    .description('round-trip time of ping requests: min / median / p99')
    .addOption(new Option('--count <n>', 'pings, one after another').argParser(intOption('--count', 1, 1_000_000)).default(20))
    .addOption(new Option('--bytes <n>', 'payload bytes per ping').argParser(intOption('--bytes', 0, 8128)).default(0))
    .addHelpText('after', '\nExample:\n  $ hac --target serial:/dev/ttyUSB0@3000000 ping --count 100\n')
    .action(async (o: { count: number; bytes: number }, cmd: Command) => {
      const g = ctx.globals(cmd);
      const bar = progressBar(ctx.io, 'ping', o.count);
      const r = await withDevice(g, ctx.io, (d) => pingRoundTrips(d, { count: o.count, bytes: o.bytes, onSample: (i) => bar.update(i), ...(ctx.io.signal ? { signal: ctx.io.signal } : {}) })).finally(() => bar.stop());
      const { samplesMs, ...summary } = r;
      emit(ctx.io, g, { ...summary, samplesMs }, () => `${r.count} pings of ${r.bytes} bytes: min ${r.minMs.toFixed(3)} ms  median ${r.medianMs.toFixed(3)} ms  p99 ${r.p99Ms.toFixed(3)} ms  max ${r.maxMs.toFixed(3)} ms\n`);
    });
}
