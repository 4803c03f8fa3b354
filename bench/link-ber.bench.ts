/**
 * Goodput vs bit-error rate (issue #14), `npm run bench -- link-ber` (about 3 minutes): one line
 * per rate (`link-ber-<rate>`: adaptive goodput, baseline the best fixed chunk size measured in
 * the same run, every size in `goodput`), then `link-adaptive-vs-best-fixed` (the worst ratio over
 * the rates, target >= 0.9) and `link-adaptive-clean` (adaptive goodput at rate 0 over the line
 * rate, target >= 0.98 of what the line allows after framing). The plot is written as SVG;
 * its path is in the summary line. See bench/ber-sweep.ts.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { berSweep, LINE_BYTES_PER_SEC, sweepSvg } from './ber-sweep.js';
import { line, type Emit } from './common.js';

export async function run(emit: Emit): Promise<void> {
  const rows = await berSweep({ seconds: Number(process.env.HAC_BER_SECONDS ?? 2) });
  for (const r of rows) {
    const best = r.goodput[r.bestFixed] ?? 0;
    emit(line(`link-ber-${r.rate}`, r.goodput.adaptive, 'payload B/s', best, { bestFixed: r.bestFixed, goodput: r.goodput, adaptiveChunk: r.adaptiveChunk, adaptiveWindow: r.adaptiveWindow, measuredBer: r.measuredBer, adaptiveFirstLoadMs: r.adaptiveFirstLoadMs }));
  }
  const svg = process.env.HAC_BER_SVG ?? join(tmpdir(), 'hac-ber-sweep.svg');
  writeFileSync(svg, sweepSvg(rows));
  const worst = Math.min(...rows.map((r) => r.ratio));
  emit(line('link-adaptive-vs-best-fixed', worst, 'adaptive/best fixed (worst rate)', null, { target: 0.9, perRate: Object.fromEntries(rows.map((r) => [r.rate, r.ratio])), svg }));
  const clean = rows.find((r) => r.rate === 0);
  if (clean) emit(line('link-adaptive-clean', clean.goodput.adaptive / LINE_BYTES_PER_SEC, 'payload/line', 0.98, { bestFixedAtZero: clean.goodput[clean.bestFixed] / LINE_BYTES_PER_SEC }));
}
