/**
 * Goodput vs bit-error rate (issue #14) from the command line; the sweep itself is
 * host/procedures/ber-sweep.ts (shared with `hac bench link --ber-sweep`).
 *
 *   npx tsx bench/ber-sweep.ts [--seconds S (2)] [--rounds N (3)] [--rates 0,1e-5] [--sizes 256,8128]
 *                              [--bytes N (65536)] [--svg PATH] [--json]
 *
 * Also `npm run bench -- link-ber` (bench/link-ber.bench.ts), which prints one line per rate and
 * the summary lines `link-adaptive-vs-best-fixed` and `link-adaptive-clean`.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { berSweep, cleanLinkFraction, sweepSvg, sweepTable, SWEEP_LINE_BYTES_PER_SEC } from '../host/procedures/ber-sweep.js';

export { berSweep, cleanLinkFraction, sweepSvg, sweepTable, SWEEP_RATES as RATES, SWEEP_SIZES as FIXED_SIZES, SWEEP_LINE_BYTES_PER_SEC as LINE_BYTES_PER_SEC } from '../host/procedures/ber-sweep.js';
export type { SweepRow } from '../host/procedures/ber-sweep.js';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (n: string) => {
    const i = process.argv.indexOf(n);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const num = (n: string) => (arg(n) === undefined ? undefined : Number(arg(n)));
  const list = (n: string) => arg(n)?.split(',').filter(Boolean).map(Number);
  const rows = await berSweep({ seconds: num('--seconds'), rounds: num('--rounds'), loadBytes: num('--bytes'), rates: list('--rates'), sizes: list('--sizes'), log: (s) => process.stderr.write(s + '\n') });
  const svgPath = arg('--svg') ?? join(tmpdir(), 'hac-ber-sweep.svg');
  writeFileSync(svgPath, await sweepSvg(rows));
  const clean = cleanLinkFraction(rows);
  if (process.argv.includes('--json')) console.log(JSON.stringify({ rows, clean }));
  else
    console.log(
      sweepTable(rows) +
        `\n\nworst adaptive/best: ${Math.min(...rows.map((r) => r.ratio)).toFixed(3)}` +
        (clean ? `\nrate 0: adaptive ${(clean.ofLine * 100).toFixed(1)}% of the line's ${SWEEP_LINE_BYTES_PER_SEC} B/s; payload ${(clean.wireFraction * 100).toFixed(1)}% of the bytes sent, so ${(clean.ofFrames * 100).toFixed(1)}% of what the line allows for those frames` : '') +
        `\nplot: ${svgPath}`,
    );
}
