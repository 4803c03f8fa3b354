/** `hac calibrate [--save FILE] [--apply FILE]`: column offset trims, recall before and after. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { applyTrimTable, calibrate, loadTrimTable, measureRecall, defaultRecallWorkload, saveTrimTable } from '../../procedures/calibrate.js';
import { emit, intOption, progressBar, withDevice } from '../context.js';
import type { CliContext } from '../registry.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('calibrate')
    .description('measure each CIM column offset through the protocol, write the trim table, print recall before/after')
    .option('--save <file>', 'save the trim table (JSON)')
    .option('--apply <file>', 'load a saved trim table into the device instead of measuring')
    .addOption(new Option('--method <how>', 'read the decisions from analog codes or keep masks (default: codes when the target has them)').choices(['codes', 'keep-mask']))
    .addOption(new Option('--repeats <n>', 'conversions per trim step').argParser(intOption('--repeats', 1, 64)).default(4))
    .addHelpText('after', '\nRecall is of the exact top 25% with the chip keeping 25% (top-k) on a seeded synthetic workload (512 tokens x 64 queries).\nOverwrites the loaded context.\nExamples:\n  $ hac calibrate --save trims.json\n  $ hac calibrate --apply trims.json\n')
    .action(async (o: { save?: string; apply?: string; repeats: number; method?: 'codes' | 'keep-mask' }, cmd: Command) => {
      const g = ctx.globals(cmd);
      if (o.apply) {
        const t = loadTrimTable(o.apply);
        const r = await withDevice(g, ctx.io, async (d) => ({ trims: await applyTrimTable(d, t), recall: await measureRecall(d, defaultRecallWorkload()) }));
        emit(ctx.io, g, { applied: o.apply, ...r }, () => `applied ${o.apply}: ${r.trims.length} column trims (read back identical); recall of top 25% ${r.recall.recallTop25.toFixed(4)} (${r.recall.mode})\n`);
        return;
      }
      const bar = progressBar(ctx.io, 'calibrate', 64);
      const r = await withDevice(g, ctx.io, (d) => calibrate(d, { repeats: o.repeats, ...(o.method ? { method: o.method } : {}), onProgress: (n, t) => bar.update(n, t), ...(ctx.io.signal ? { signal: ctx.io.signal } : {}) })).finally(() => bar.stop());
      if (o.save) saveTrimTable(o.save, r.table);
      const sd = Math.sqrt(r.offsetsMv.reduce((a, x) => a + x * x, 0) / r.offsetsMv.length);
      emit(ctx.io, g, { ...r, saved: o.save ?? null }, () =>
        [
          `column offsets: sigma ${sd.toFixed(2)} mV, range ${Math.min(...r.offsetsMv).toFixed(1)}..${Math.max(...r.offsetsMv).toFixed(1)} mV${r.clamped.length ? `; ${r.clamped.length} columns outside the trim range (clamped): ${r.clamped.join(',')}` : ''}`,
          `trims (mV): ${r.table.trims.join(' ')}`,
          `workload: ${r.before.workload}, ${r.before.mode}`,
          `recall of exact top 25%: before ${r.before.recallTop25.toFixed(4)}  after ${r.after.recallTop25.toFixed(4)}  (${r.after.recallTop25 >= r.before.recallTop25 ? '+' : ''}${(r.after.recallTop25 - r.before.recallTop25).toFixed(4)})`,
          `attention mass kept:      before ${r.before.massKept.toFixed(4)}  after ${r.after.massKept.toFixed(4)}`,
          ...(o.save ? [`trim table saved to ${o.save}`] : []),
          '',
        ].join('\n'),
      );
    });
}
