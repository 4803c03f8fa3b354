/** `hac load KEYS VALUES`: keys and values from .npy, .bin or JSON, verified by digest. */
import type { Command } from 'commander';
import { invalidArgument } from '../../errors.js';
import { readArrayFile, toInt8Rows } from '../../procedures/arrays.js';
import { emit, progressBar, withDevice } from '../context.js';
import type { CliContext } from '../registry.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('load')
    .description('load keys and values (.npy, raw INT8 .bin, or JSON; floats are quantised) and verify them')
    .argument('<keys>', 'keys file: tokens x 64')
    .argument('<values>', 'values file: tokens x 64')
    .addHelpText('after', '\nFloat files are quantised to INT8 with scale max|x|/127 (printed). The load is checked by SHA-256 digest.\nExample:\n  $ hac load keys.npy values.npy\n')
    .action(async (keysPath: string, valuesPath: string, _o: unknown, cmd: Command) => {
      const g = ctx.globals(cmd);
      const keys = toInt8Rows(readArrayFile(keysPath), 'keys');
      const values = toInt8Rows(readArrayFile(valuesPath), 'values');
      if (keys.rows !== values.rows) throw invalidArgument(`keys have ${keys.rows} tokens, values ${values.rows}`);
      const bar = progressBar(ctx.io, 'load', keys.data.length * 2);
      const r = await withDevice(g, ctx.io, async (d) => {
        const report = await d.loadContext({ keys: keys.data, values: values.data }, { onProgress: (p) => bar.update(p.bytesDone, p.totalBytes) });
        return { report, contextLength: await d.regs.read('CONTEXT_LEN') };
      }).finally(() => bar.stop());
      const out = { tokens: r.report.tokens, contextLength: r.contextLength, bytes: r.report.bytes, verified: true, elapsedMs: r.report.elapsedMs, bytesPerSec: r.report.bytesPerSec, keyScale: keys.scale, valueScale: values.scale, keysQuantised: keys.quantised, valuesQuantised: values.quantised };
      emit(ctx.io, g, out, () => `loaded ${out.tokens} tokens (${out.bytes} bytes, digest verified) in ${out.elapsedMs.toFixed(0)} ms; CONTEXT_LEN = ${out.contextLength}${keys.quantised ? `; key scale ${keys.scale.toPrecision(6)}` : ''}${values.quantised ? `; value scale ${values.scale.toPrecision(6)}` : ''}\n`);
    });
}
