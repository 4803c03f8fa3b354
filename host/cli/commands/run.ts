/** `hac run QUERIES --out FILE`: runs queries against the loaded context; outputs, keep masks and counters to a file. */
import type { Command } from 'commander';
import { Option } from 'commander';
import type { QueryResult } from '../../index.js';
import { readArrayFile, toInt8Rows } from '../../procedures/arrays.js';
import { D, runBatch } from '../../procedures/workload.js';
import { emit, numberOption, progressBar, withDevice, writeOut } from '../context.js';
import type { CliContext } from '../registry.js';

export function resultRecord(r: QueryResult, valueScale: number | null) {
  return {
    queryId: r.queryId,
    contextLength: r.contextLength,
    output: Array.from(r.output),
    outputShift: r.outputShift,
    outputInt16: r.outputInt16,
    ...(valueScale !== null ? { outputReal: Array.from(r.outputScaled, (x) => x * valueScale) } : {}),
    kept: r.kept,
    keepMask: Buffer.from(r.keepMask).toString('hex'),
    ...(r.codes ? { codes: Array.from(r.codes) } : {}),
    counters: r.counters,
  };
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('run')
    .description('run queries against the loaded context; outputs, keep masks and counters to a JSON file')
    .argument('<queries>', 'queries file: N x 64 (.npy, .bin or JSON)')
    .requiredOption('--out <file>', 'results file (JSON)')
    .option('--codes', 'also record the analog codes (needs ANALOG_CODES)')
    .addOption(new Option('--key-scale <s>', 'scale the keys were quantised with: programs SCORE_SCALE with the query scale').argParser(numberOption('--key-scale', 0, 1e9)))
    .addOption(new Option('--value-scale <s>', 'scale the values were quantised with: adds outputs in real units').argParser(numberOption('--value-scale', 0, 1e9)))
    .addHelpText('after', '\nExample:\n  $ hac load keys.npy values.npy && hac run queries.npy --out results.json\n')
    .action(async (queriesPath: string, o: { out: string; codes?: boolean; keyScale?: number; valueScale?: number }, cmd: Command) => {
      const g = ctx.globals(cmd);
      const q = toInt8Rows(readArrayFile(queriesPath), 'queries');
      writeOut(o.out, ''); // an unwritable --out fails now, not after the run
      const rows = Array.from({ length: q.rows }, (_, j) => q.data.subarray(j * D, (j + 1) * D));
      const bar = progressBar(ctx.io, 'run', rows.length);
      const res = await withDevice(g, ctx.io, async (d) => {
        if (o.keyScale !== undefined) await d.setScoreScale(q.scale, o.keyScale);
        return { results: await runBatch(d, rows, { wantCodes: !!o.codes, onDone: (n) => bar.update(n), ...(ctx.io.signal ? { signal: ctx.io.signal } : {}) }), counters: await d.readCounters(), target: d.info.target };
      }).finally(() => bar.stop());
      const file = { target: res.target, queries: res.results.length, queryScale: q.scale, results: res.results.map((r) => resultRecord(r, o.valueScale ?? null)), chipCounters: res.counters };
      writeOut(o.out, JSON.stringify(file) + '\n');
      const kept = res.results.reduce((a, r) => a + r.kept.length, 0);
      const tokens = res.results.reduce((a, r) => a + r.contextLength, 0);
      const summary = { out: o.out, queries: res.results.length, keepRatio: tokens ? kept / tokens : 0, energyPj: res.results.reduce((a, r) => a + r.counters.energyPj, 0), cycles: res.results.reduce((a, r) => a + r.counters.cycles, 0) };
      emit(ctx.io, g, summary, () => `${summary.queries} queries -> ${o.out}: keep ratio ${summary.keepRatio.toFixed(3)}, ${summary.cycles} cycles, ${summary.energyPj.toFixed(0)} pJ\n`);
    });
}
