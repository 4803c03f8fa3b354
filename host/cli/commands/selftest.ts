/** `hac selftest`: the pass/fail table; exit 1 on any failure. */
import type { Command } from 'commander';
import { selftest } from '../../procedures/selftest.js';
import { emit, oneSafeLine, passFail, table, withDevice } from '../context.js';
import type { CliContext } from '../registry.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('selftest')
    .description('handshake, register conformance, memory march, known-answer attention, counters (resets the device, overwrites its memories)')
    .addHelpText('after', '\nExit status 1 when any check fails.\nExample:\n  $ hac --target serial:/dev/ttyUSB0@3000000 selftest\n')
    .action(async (_o: unknown, cmd: Command) => {
      const g = ctx.globals(cmd);
      const r = await withDevice(g, ctx.io, (d) => selftest(d));
      emit(ctx.io, g, r, () => table([['check', 'result', 'ms', 'detail'], ...r.checks.map((c) => [c.name, passFail(ctx.io, c.pass), c.ms.toFixed(0), oneSafeLine(c.detail)])]) + `selftest ${passFail(ctx.io, r.pass)} on ${r.target}\n`);
      if (!r.pass) ctx.setExitCode(1);
    });
}
