/** `hac monitor`: device log lines and events, live, until Ctrl-C. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { monitor } from '../../procedures/monitor.js';
import { escapeDeviceText, numberOption, withDevice } from '../context.js';
import type { CliContext } from '../registry.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('monitor')
    .description('device log lines and events (job done, fault), live, until Ctrl-C')
    .option('--enable', 'set IRQ_ENABLE so the device sends job-done, error and fault events')
    .addOption(new Option('--duration <s>', 'stop after S seconds instead of at Ctrl-C').argParser(numberOption('--duration', 0, 1e7)))
    .addHelpText('after', '\nOne line per log line or event (--json: one JSON object per line). Control characters the device sends are shown as \\xNN.\nExample:\n  $ hac --target serial:/dev/ttyUSB0@3000000 monitor --enable\n')
    .action(async (o: { enable?: boolean; duration?: number }, cmd: Command) => {
      const g = ctx.globals(cmd);
      const n = await withDevice(g, ctx.io, (d) =>
        monitor(
          d,
          (l) => {
            if (g.json) ctx.io.out(JSON.stringify(l) + '\n');
            else ctx.io.out(`${(l.atMs / 1000).toFixed(3).padStart(9)}  ${l.kind.padEnd(5)} ${l.what.padEnd(8)} ${escapeDeviceText(l.text)}${l.eventSeq !== undefined ? `  #${l.eventSeq}` : ''}\n`);
          },
          { enableEvents: !!o.enable, ...(o.duration !== undefined ? { durationMs: o.duration * 1000 } : {}), ...(ctx.io.signal ? { signal: ctx.io.signal } : {}) },
        ),
      );
      if (!g.json) ctx.io.err(`hac: monitor: ${n} lines\n`);
    });
}
