/** `hac stream TOKENS`: append each token and run its query, live progress; results to a file. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { invalidArgument } from '../../errors.js';
import type { QueryResult, Token } from '../../index.js';
import { readArrayFile, toInt8Rows } from '../../procedures/arrays.js';
import { D } from '../../procedures/workload.js';
import { emit, intOption, progressBar, withDevice, writeOut } from '../context.js';
import type { CliContext } from '../registry.js';
import { resultRecord } from './run.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('stream')
    .description('stream tokens from a file: each row is key, value, query (N x 3 x 64); appends and queries with live progress')
    .argument('<tokens>', 'tokens file: N x 3 x 64 (.npy, .bin or JSON), key then value then query per token')
    .option('--out <file>', 'results file (JSON)')
    .option('--keep-context', 'append after the loaded context instead of starting from an empty one')
    .addOption(new Option('--in-flight <n>', 'tokens outstanding at once').argParser(intOption('--in-flight', 1, 64)))
    .addHelpText('after', '\nExample:\n  $ hac stream tokens.npy --out stream.json\n')
    .action(async (path: string, o: { out?: string; keepContext?: boolean; inFlight?: number }, cmd: Command) => {
      const g = ctx.globals(cmd);
      const a = toInt8Rows(readArrayFile(path), 'tokens');
      if (a.rows % 3 !== 0) throw invalidArgument(`${path}: ${a.rows} rows of 64 is not N x 3 (key, value, query per token)`, { path });
      const n = a.rows / 3;
      if (o.out) writeOut(o.out, ''); // an unwritable --out fails now, not after the run
      const row = (r: number) => a.data.subarray(r * D, (r + 1) * D);
      const tokens: Token[] = Array.from({ length: n }, (_, t) => ({ key: row(3 * t), value: row(3 * t + 1), query: row(3 * t + 2) }));
      const bar = progressBar(ctx.io, 'stream', n);
      const t0 = performance.now();
      const results = await withDevice(g, ctx.io, async (d) => {
        if (!o.keepContext) await d.resetContext();
        const out: QueryResult[] = [];
        for await (const r of d.stream(tokens, { ...(o.inFlight ? { maxInFlight: o.inFlight } : {}), ...(ctx.io.signal ? { signal: ctx.io.signal } : {}) })) {
          out.push(r);
          bar.update(out.length);
        }
        return out;
      }).finally(() => bar.stop());
      const ms = performance.now() - t0;
      if (o.out) writeOut(o.out, JSON.stringify({ tokens: n, results: results.map((r) => resultRecord(r, null)) }) + '\n');
      const summary = { tokens: n, contextLength: results.at(-1)?.contextLength ?? 0, tokensPerSec: (n * 1000) / Math.max(ms, 1e-6), ...(o.out ? { out: o.out } : {}) };
      emit(ctx.io, g, summary, () => `streamed ${n} tokens (context now ${summary.contextLength}) at ${summary.tokensPerSec.toFixed(0)} tokens/s${o.out ? ` -> ${o.out}` : ''}\n`);
    });
}
