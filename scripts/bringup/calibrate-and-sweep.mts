/**
 * Calibrate the column offsets, save the trim table, then sweep the keep margin with the trims in
 * place: CSV, SVG plot and an HTML page.
 *
 *   npx tsx calibrate-and-sweep.mts [--target SEL] [--out DIR] [--margins 0,4,8,12,16,20,31]
 */
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { connect } from 'hac';
import { calibrate, saveTrimTable, sweep, type CalibrationReport, type SweepReport } from 'hac/procedures';
import { htmlPage, lineChart, toCsv } from 'hac/report';

export async function calibrateAndSweep(target: string, out: string, margins?: number[], log: (s: string) => void = console.log): Promise<{ calibration: CalibrationReport; sweep: SweepReport; files: string[] }> {
  mkdirSync(out, { recursive: true });
  const dev = await connect(target);
  try {
    const cal = await calibrate(dev);
    saveTrimTable(join(out, 'trims.json'), cal.table);
    log(`recall of exact top 25% (${cal.before.mode}): before ${cal.before.recallTop25.toFixed(4)}, after ${cal.after.recallTop25.toFixed(4)}`);
    const sw = await sweep(dev, 'margin', margins ? { values: margins } : {});
    const cols = ['value', 'keepRatio', 'recallTop25', 'massKept', 'cosine', 'energyPerQueryPj'];
    writeFileSync(join(out, 'sweep-margin.csv'), toCsv(sw.points, cols));
    const svg = await lineChart(`Margin sweep after calibration (${sw.workload})`, sw.points, { field: 'value', title: 'margin (codes)' }, [
      { field: 'keepRatio', title: 'keep ratio' },
      { field: 'recallTop25', title: 'recall of exact top 25%' },
      { field: 'energyPerQueryPj', title: 'energy per query (pJ)' },
    ]);
    writeFileSync(join(out, 'sweep-margin.svg'), svg);
    writeFileSync(
      join(out, 'report.html'),
      htmlPage('Calibration and margin sweep', [
        { heading: 'Calibration', text: `${cal.table.method}; recall before ${cal.before.recallTop25.toFixed(4)}, after ${cal.after.recallTop25.toFixed(4)}`, table: { columns: ['column', 'trim (mV)'], rows: cal.table.trims.map((t, c) => [c, t]) } },
        { heading: 'Margin sweep', svg, table: { columns: cols, rows: sw.points.map((p) => cols.map((c) => Number((p as unknown as Record<string, number>)[c].toPrecision(5)))) } },
      ], { target: dev.info.target }),
    );
    const files = ['trims.json', 'sweep-margin.csv', 'sweep-margin.svg', 'report.html'].map((f) => join(out, f));
    log(`wrote ${files.join(', ')}`);
    return { calibration: cal, sweep: sw, files };
  } finally {
    await dev.close();
  }
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { target: { type: 'string', default: process.env.HAC_TARGET || 'sim' }, out: { type: 'string', default: 'calibration' }, margins: { type: 'string' } } });
  const margins = values.margins?.split(',').map(Number);
  await calibrateAndSweep(values.target!, values.out!, margins);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(`calibrate-and-sweep: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  });
}
