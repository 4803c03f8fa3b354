/**
 * Characterise the analog transfer curve: ADC code against the 4-bit dot product, per CIM column,
 * plotted (a few columns and the mean over all), CSV of every column.
 *
 *   npx tsx transfer-curve.mts [--target SEL] [--out DIR] [--repeats 4] [--columns 0,1,2,3]
 */
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { connect } from 'hac';
import { transferCurve, type TransferCurve } from 'hac/procedures';
import { multiLineChart, toCsv } from 'hac/report';

export async function characterise(target: string, out: string, opts: { repeats?: number; plotColumns?: number[]; dots?: number[] } = {}, log: (s: string) => void = console.log): Promise<{ curve: TransferCurve; files: string[] }> {
  mkdirSync(out, { recursive: true });
  const dev = await connect(target);
  try {
    const curve = await transferCurve(dev, { ...(opts.repeats ? { repeats: opts.repeats } : {}), ...(opts.dots ? { dots: opts.dots } : {}) });
    const rows = curve.dots.map((dot, k) => ({ dot, mean: curve.meanOverColumns[k], ...(curve.ideal ? { ideal: curve.ideal[k] } : {}), ...Object.fromEntries(curve.meanCode.map((col, c) => [`col${c}`, col[k]])) }));
    const cols = ['dot', 'mean', ...(curve.ideal ? ['ideal'] : []), ...curve.meanCode.map((_, c) => `col${c}`)];
    writeFileSync(join(out, 'transfer-curve.csv'), toCsv(rows, cols));
    const show = opts.plotColumns ?? [0, 1, 2, 3];
    const long = curve.dots.flatMap((dot, k) => [
      ...show.map((c) => ({ dot, code: curve.meanCode[c][k], curve: `column ${c}` })),
      { dot, code: curve.meanOverColumns[k], curve: 'mean of all columns' },
      ...(curve.ideal ? [{ dot, code: curve.ideal[k], curve: 'ideal (ANALOG block)' }] : []),
    ]);
    const svg = await multiLineChart(`Analog transfer curve (${curve.repeats} conversions per point)`, long, { field: 'dot', title: 'dot product (4-bit units)' }, { field: 'code', title: 'ADC code' }, { field: 'curve', title: 'curve' });
    writeFileSync(join(out, 'transfer-curve.svg'), svg);
    const files = [join(out, 'transfer-curve.csv'), join(out, 'transfer-curve.svg')];
    log(`${curve.dots.length} dot products x ${curve.columns} columns; wrote ${files.join(', ')}`);
    return { curve, files };
  } finally {
    await dev.close();
  }
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { target: { type: 'string', default: process.env.HAC_TARGET || 'sim' }, out: { type: 'string', default: 'transfer-curve' }, repeats: { type: 'string' }, columns: { type: 'string' } } });
  await characterise(values.target!, values.out!, { ...(values.repeats ? { repeats: Number(values.repeats) } : {}), ...(values.columns ? { plotColumns: values.columns.split(',').map(Number) } : {}) });
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(`transfer-curve: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  });
}
