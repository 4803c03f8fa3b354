/** `hac list` (alias `ports`): serial ports with USB ids, marking the ones that answer a hello. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { listPorts } from '../../procedures/ports.js';
import { emit, escapeDeviceText, hex, intOption, table } from '../context.js';
import type { CliContext } from '../registry.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('list')
    .alias('ports')
    .description('serial ports with USB vendor/product ids, marking the ones that answer a hello')
    .argument('[paths...]', 'only these ports (e.g. a socat pseudo-terminal the OS does not list); default every port found')
    .option('--no-probe', 'only list, send nothing')
    .addOption(new Option('--port-baud <n>', 'baud rate for the probe').argParser(intOption('--port-baud', 1, 100_000_000)).default(3_000_000))
    .addHelpText('after', '\nExample:\n  $ hac list\n  $ hac list /tmp/host-pty --json\n')
    .action(async (paths: string[], o: { probe: boolean; portBaud: number }, cmd: Command) => {
      const g = ctx.globals(cmd);
      const ports = await listPorts({ probe: o.probe, baud: o.portBaud, paths, timeoutMultiplier: g.timeoutMultiplier ?? 0.5 });
      emit(ctx.io, g, ports, () => {
        if (ports.length === 0) return 'no serial ports found\n';
        return table([
          ['port', 'usb id', 'manufacturer', 'hello'],
          ...ports.map((p) => [
            p.path,
            p.vendorId ? `${p.vendorId}:${p.productId ?? '????'}` : '-',
            p.manufacturer ? escapeDeviceText(p.manufacturer) : '-',
            p.answers === null ? 'not probed' : p.answers ? `answers (chip ${hex(p.chipId ?? 0)}, ${escapeDeviceText(p.firmware ?? '')})` : 'no answer',
          ]),
        ]);
      });
    });
}
