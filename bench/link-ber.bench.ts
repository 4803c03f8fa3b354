/**
 * Goodput vs bit-error rate (issue #14), `npm run bench -- link-ber` (about 8 minutes): one line
 * per rate (`link-ber-<rate>`: adaptive goodput, baseline the best fixed chunk size measured in
 * the same run, every size in `goodput`, each figure the median of HAC_BER_ROUNDS rounds (3) of
 * HAC_BER_SECONDS (2) timed seconds), then `link-adaptive-vs-best-fixed` (the worst ratio over the
 * rates, target >= 0.9) and `link-adaptive-clean`: adaptive goodput at rate 0 over what the line
 * allows for the frames sent (line bytes/s x the payload fraction of the bytes the host sent;
 * target >= 0.98), with the plain fraction of the line's bytes/s beside it. The plot is written as
 * SVG (HAC_BER_SVG); its path is in the summary line. See host/procedures/ber-sweep.ts.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { berSweep, cleanLinkFraction, sweepSvg } from './ber-sweep.js';
import { line, type Emit } from './common.js';

export async function run(emit: Emit): Promise<void> {
  const rows = await berSweep({ seconds: Number(process.env.HAC_BER_SECONDS ?? 2), rounds: Number(process.env.HAC_BER_ROUNDS ?? 3) });
  for (const r of rows) {
    const best = r.goodput[r.bestFixed] ?? 0;
    emit(line(`link-ber-${r.rate}`, r.goodput.adaptive, 'payload B/s', best, { bestFixed: r.bestFixed, goodput: r.goodput, rounds: Object.fromEntries(Object.entries(r.detail).map(([k, d]) => [k, d.rounds])), adaptiveChunk: r.adaptiveChunk, adaptiveWindow: r.adaptiveWindow, measuredBer: r.measuredBer, adaptiveFirstLoadMs: r.adaptiveFirstLoadMs }));
  }
  const svg = process.env.HAC_BER_SVG ?? join(tmpdir(), 'hac-ber-sweep.svg');
  writeFileSync(svg, await sweepSvg(rows));
  const worst = Math.min(...rows.map((r) => r.ratio));
  emit(line('link-adaptive-vs-best-fixed', worst, 'adaptive/best fixed (worst rate)', null, { target: 0.9, perRate: Object.fromEntries(rows.map((r) => [r.rate, r.ratio])), svg }));
  const clean = cleanLinkFraction(rows);
  if (clean) emit(line('link-adaptive-clean', clean.ofFrames, 'payload/(line x payload fraction of frames)', null, { target: 0.98, ofLineBytes: clean.ofLine, payloadFractionOfBytesSent: clean.wireFraction }));
}
