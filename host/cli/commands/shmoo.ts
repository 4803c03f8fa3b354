/** `hac shmoo --out DIR`: core supply x clock pass/fail grid (text, JSON, CSV, SVG). */
import { join } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { shmoo, shmooText } from '../../procedures/shmoo.js';
import { passFailGrid, toCsv } from '../../report/index.js';
import { emit, intList, outDir, progressBar, withDevice, writeOut } from '../context.js';
import type { CliContext } from '../registry.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('shmoo')
    .description('core supply x clock: known-answer attention test at each point; pass/fail grid as SVG')
    .requiredOption('--out <dir>', 'output folder: shmoo.csv, shmoo.svg, shmoo.json')
    .addOption(new Option('--supplies <list>', 'core supplies in mV: list or FROM:TO:STEP').argParser(intList('--supplies', 500, 1400)).default([700, 800, 900, 1000, 1100, 1200, 1300], '700:1300:100'))
    .addOption(new Option('--clocks <list>', 'clocks in MHz: list or FROM:TO:STEP').argParser(intList('--clocks', 1, 2000)).default([500, 600, 700, 800, 900, 1000, 1100, 1200, 1300, 1400, 1500], '500:1500:100'))
    .addHelpText('after', '\nA point passes when the outputs and keep masks equal a golden run at the nominal point, bit for bit, and no timing violation is flagged. Needs BOARD_CONTROL.\nExample:\n  $ hac shmoo --out shmoo/ --supplies 800:1200:50 --clocks 800:1400:50\n')
    .action(async (o: { out: string; supplies: number[]; clocks: number[] }, cmd: Command) => {
      const g = ctx.globals(cmd);
      const dir = outDir(o.out);
      const bar = progressBar(ctx.io, 'shmoo', o.supplies.length * o.clocks.length);
      const r = await withDevice(g, ctx.io, (d) => shmoo(d, { supplies: o.supplies, clocksMhz: o.clocks, onPoint: (_p, n) => bar.update(n), ...(ctx.io.signal ? { signal: ctx.io.signal } : {}) })).finally(() => bar.stop());
      writeOut(join(dir, 'shmoo.csv'), toCsv(r.points, ['supplyMv', 'clockMhz', 'pass', 'mismatches', 'timingViolations']));
      writeOut(join(dir, 'shmoo.json'), JSON.stringify(r, null, 2) + '\n');
      const svg = await passFailGrid(`Shmoo: known-answer attention test (nominal ${r.nominal.supplyMv} mV, ${r.nominal.clockMhz} MHz)`, r.points, { field: 'clockMhz', title: 'clock (MHz)' }, { field: 'supplyMv', title: 'core supply (mV)' }, 'pass');
      writeOut(join(dir, 'shmoo.svg'), svg);
      emit(ctx.io, g, { ...r, files: ['shmoo.csv', 'shmoo.json', 'shmoo.svg'].map((f) => join(dir, f)) }, () =>
        shmooText(r) + r.boundary.map((b) => `${b.supplyMv} mV: passes up to ${b.maxPassMhz ?? '-'} MHz`).join('\n') + `\nwrote ${join(dir, 'shmoo.svg')}, shmoo.csv, shmoo.json\n`,
      );
    });
}
