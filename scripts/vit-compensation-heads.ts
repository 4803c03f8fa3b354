/**
 * The 'code-mass' compensation head by head on the data set's precomputed tensors (never used for
 * calibration): output error of each head at keep ~0.25, without and with it (ideal transfer,
 * teacher-forced, key balance 0.75 as the shipped policy).
 *
 *   npx tsx scripts/vit-compensation-heads.ts [chelsea_384|chelsea_224|coffee_224]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compensationGain } from '../host/vit/calibrate.js';
import { decodeHalf } from '../host/vit/f16.js';
import { balanceChannels } from '../host/vit/head-quant.js';
import { DEFAULT_POLICY } from '../host/vit/command.js';
import { loadPolicy } from '../host/vit/policy.js';
import { DATA_DIR } from '../host/vit/weights.js';

const set = process.argv[2] ?? 'chelsea_384';
const layers = set.endsWith('384') ? [0, 3, 6, 9, 11] : Array.from({ length: 12 }, (_, l) => l);
const analog = loadPolicy(DEFAULT_POLICY).provenance.analog;
let logRatio = 0;
let n = 0;
let worse = 0;
for (const l of layers) {
  const all = decodeHalf(new Uint8Array(readFileSync(join(DATA_DIR, 'qkv', `${set}_L${String(l).padStart(2, '0')}.f16`))));
  const T = all.length / (9 * 64);
  const part = (which: number, h: number) => Float64Array.from(all.subarray((which * 3 + h) * T * 64, (which * 3 + h + 1) * T * 64));
  for (let h = 0; h < 3; h++) {
    const g = compensationGain(balanceChannels({ q: part(0, h), k: part(1, h), v: part(2, h) }, T, 64, 0.75), T, analog);
    const r = g.errorCompensated / g.error;
    logRatio += Math.log(r);
    n++;
    if (r > 1) worse++;
    console.log(`${set} L${String(l).padStart(2, '0')} h${h}  tokens ${T}  keep ${g.keep.toFixed(3)}  output error ${g.error.toExponential(2)} -> ${g.errorCompensated.toExponential(2)}  (x${r.toFixed(3)})`);
  }
}
console.log(`${set}: geometric mean error ratio (compensated / not) ${Math.exp(logRatio / n).toFixed(3)} over ${n} heads; ${worse} heads worse`);
