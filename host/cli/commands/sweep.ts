/** `hac sweep --param P --out DIR [--report]`: CSV, SVG plot, optional HTML page. */
import { join } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { SWEEP_PARAMS, sweep, type SweepParam, type SweepReport } from '../../procedures/sweep.js';
import { htmlPage, lineChart, toCsv } from '../../report/index.js';
import { emit, intList, outDir, progressBar, table, withDevice, writeOut } from '../context.js';
import type { CliContext } from '../registry.js';

const COLUMNS = ['value', 'keepRatio', 'recallTop25', 'massKept', 'cosine', 'energyPerQueryPj', 'cyclesPerQuery', 'timingViolations'];

export async function sweepSvg(r: SweepReport): Promise<string> {
  return lineChart(
    `Sweep of ${r.param} (${r.rule}; ${r.workload})`,
    r.points,
    { field: 'value', title: `${r.param} (${r.unit})` },
    [
      { field: 'keepRatio', title: 'keep ratio' },
      { field: 'recallTop25', title: 'recall of exact top 25%' },
      { field: 'massKept', title: 'attention mass kept' },
      { field: 'energyPerQueryPj', title: 'energy per query (pJ)' },
    ],
  );
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('sweep')
    .description('sweep margin, topk, supply, analog-supply or clock: keep ratio, recall, mass kept, energy per query')
    .addOption(new Option('--param <name>', 'parameter to sweep').choices([...SWEEP_PARAMS]).makeOptionMandatory())
    .requiredOption('--out <dir>', 'output folder: sweep-PARAM.csv, sweep-PARAM.svg (and .json)')
    .addOption(new Option('--values <list>', 'values: list or FROM:TO:STEP (default per parameter)').argParser(intList('--values', 0, 2_000_000)))
    .option('--report', 'also write an HTML page with the plot and the table (sweep-PARAM.html)')
    .addHelpText('after', '\nWorkload: seeded synthetic attention, 256 tokens x 32 queries. supply/clock need BOARD_CONTROL.\nExample:\n  $ hac sweep --param margin --out sweeps/ --report\n')
    .action(async (o: { param: SweepParam; out: string; values?: number[]; report?: boolean }, cmd: Command) => {
      const g = ctx.globals(cmd);
      const dir = outDir(o.out);
      const bar = progressBar(ctx.io, `sweep ${o.param}`, o.values?.length ?? 16);
      const r = await withDevice(g, ctx.io, (d) => sweep(d, o.param, { ...(o.values ? { values: o.values } : {}), onPoint: (_p, n, t) => bar.update(n, t), ...(ctx.io.signal ? { signal: ctx.io.signal } : {}) })).finally(() => bar.stop());
      const base = join(dir, `sweep-${o.param}`);
      const svg = await sweepSvg(r);
      writeOut(`${base}.csv`, toCsv(r.points, COLUMNS));
      writeOut(`${base}.svg`, svg);
      writeOut(`${base}.json`, JSON.stringify(r, null, 2) + '\n');
      const files = [`${base}.csv`, `${base}.svg`, `${base}.json`];
      if (o.report) {
        writeOut(
          `${base}.html`,
          htmlPage(`HAC sweep: ${o.param}`, [{ heading: `${o.param} (${r.unit})`, text: `${r.rule}; workload ${r.workload}`, svg, table: { columns: COLUMNS, rows: r.points.map((p) => COLUMNS.map((c) => Number((p as unknown as Record<string, number>)[c].toPrecision(6)))) } }], { target: g.target, date: new Date().toISOString() }),
        );
        files.push(`${base}.html`);
      }
      emit(ctx.io, g, { ...r, files }, () =>
        table([[`${o.param}`, 'keep', 'recall25', 'mass', 'cosine', 'pJ/query', 'cycles/query', 'timing'], ...r.points.map((p) => [String(p.value), p.keepRatio.toFixed(3), p.recallTop25.toFixed(3), p.massKept.toFixed(3), p.cosine.toFixed(4), p.energyPerQueryPj.toFixed(0), p.cyclesPerQuery.toFixed(0), String(p.timingViolations)])]) + `rule: ${r.rule}\nwrote ${files.join(', ')}\n`,
      );
    });
}
