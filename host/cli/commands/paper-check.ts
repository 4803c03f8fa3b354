/** `hac paper-check`: the paper's figures measured through the host API, next to the paper's. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { paperCheck, type PaperCheckReport } from '../../procedures/paper-check.js';
import { emit, intList, intOption, progressBar, table, withDevice } from '../context.js';
import type { CliContext } from '../registry.js';

const fmt = (x: number | null, d = 3) => (x === null ? 'unavailable' : x.toFixed(d));

/** Per image and layer: mean over its heads (margins listed per head). */
export function perLayerText(r: PaperCheckReport): string {
  const keys = [...new Set(r.perHead.map((h) => `${h.image} L${String(h.layer).padStart(2, '0')}`))];
  return table([
    ['layer', 'margins', 'keep', 'recall25', 'mass', 'cosine'],
    ...keys.map((k) => {
      const hs = r.perHead.filter((h) => `${h.image} L${String(h.layer).padStart(2, '0')}` === k);
      const m = (f: (h: (typeof hs)[number]) => number) => (hs.reduce((a, h) => a + f(h), 0) / hs.length).toFixed(3);
      return [k, hs.map((h) => h.margin).join('/'), m((h) => h.keepRatio), m((h) => h.recallTop25), m((h) => h.massKept), m((h) => h.cosine)];
    }),
  ]);
}

export function paperCheckText(r: PaperCheckReport): string {
  const eff = (label: string, e: { topsPerWattSoc: number | null; gopsPerMm2Soc: number | null }, paper: boolean) => [
    [label + ' TOPS/W core', 'unavailable', paper ? String(r.paper.topsPerWattCore) : ''],
    [label + ' TOPS/W SoC', fmt(e.topsPerWattSoc), paper ? String(r.paper.topsPerWattSoc) : ''],
    [label + ' GOPS/mm^2 core', 'unavailable', paper ? String(r.paper.gopsPerMm2Core) : ''],
    [label + ' GOPS/mm^2 SoC (die)', fmt(e.gopsPerMm2Soc, 1), paper ? String(r.paper.gopsPerMm2Soc) : ''],
  ];
  return (
    table([
      ['figure', 'measured', 'paper'],
      ['keep ratio', fmt(r.keepRatio), '0.25 (75% pruned)'],
      ['recall of exact top 25%', fmt(r.recallTop25), ''],
      ['attention mass kept', fmt(r.massKept), ''],
      ['output cosine vs ideal', fmt(r.cosine, 5), ''],
      ...eff('peak', r, true),
      ...eff('ViT', r.workload, false),
    ]) +
    `accuracy: ${r.workload.description} (${r.perHead.length} heads)\npeak: ${r.peak.description}\nops: ${r.convention}\ncore figures unavailable: ${r.unavailable.topsPerWattCore}\n`
  );
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('paper-check')
    .description("the paper's figures measured through the host API: pruning quality on real ViT-Ti attention, TOPS/W and GOPS/mm^2 from the counters")
    .option('--per-layer', 'also print the figures per image and layer')
    .option('--data <dir>', 'folder of the ViT-Ti qkv/*.f16 tensors (default: the repository data/)')
    .addOption(new Option('--images <list>', 'images: chelsea,coffee').default('chelsea,coffee'))
    .addOption(new Option('--layers <list>', 'layers: list or FROM:TO').argParser(intList('--layers', 0, 11)))
    .addOption(new Option('--heads <list>', 'heads: list').argParser(intList('--heads', 0, 2)))
    .addOption(new Option('--stride <n>', 'run every n-th query of each head (speed)').argParser(intOption('--stride', 1, 197)))
    .addHelpText('after', '\nFigures a target cannot give are printed "unavailable" (null in --json, with the reason under "unavailable").\nExample:\n  $ hac paper-check --json\n  $ hac paper-check --layers 0,6,11 --images chelsea\n')
    .action(async (o: { perLayer?: boolean; data?: string; images: string; layers?: number[]; heads?: number[]; stride?: number }, cmd: Command) => {
      const g = ctx.globals(cmd);
      const images = o.images.split(',').map((s) => s.trim()).filter(Boolean);
      const bar = progressBar(ctx.io, 'paper-check', images.length * (o.layers?.length ?? 12) * (o.heads?.length ?? 3));
      const r = await withDevice(g, ctx.io, (d) =>
        paperCheck(d, { images, ...(o.data ? { dataDir: o.data } : {}), ...(o.layers ? { layers: o.layers } : {}), ...(o.heads ? { heads: o.heads } : {}), ...(o.stride ? { queryStride: o.stride } : {}), onProgress: (n) => bar.update(n), ...(ctx.io.signal ? { signal: ctx.io.signal } : {}) }),
      ).finally(() => bar.stop());
      emit(ctx.io, g, r, () => (o.perLayer ? perLayerText(r) + '\n' : '') + paperCheckText(r));
    });
}
