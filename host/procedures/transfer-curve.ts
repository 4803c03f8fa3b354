/**
 * The analog transfer curve: ADC code against the 4-bit dot product, per CIM column, through the
 * protocol. The query has q4 = 1 on every dim, so a key's dot product is the sum of its 4-bit
 * planes; each tile of the context holds one dot product on all its columns, so one query
 * measures as many dot products as there are tiles, on every column. Codes are averaged over
 * `repeats` conversions (fresh noise each).
 */
import { invalidArgument } from '../errors.js';
import type { HacDevice } from '../index.js';
import { configure, D, runBatch } from './workload.js';

export interface TransferCurve {
  /** Dot products measured (4-bit units, dot4 in the ANALOG block's words). */
  dots: number[];
  columns: number;
  /** meanCode[column][k]: mean code at dots[k]. */
  meanCode: number[][];
  /** Mean over columns at each dot. */
  meanOverColumns: number[];
  /** Ideal transfer from the ANALOG block when it states DOT_PER_CODE (else null). */
  ideal: number[] | null;
  repeats: number;
}

export async function transferCurve(dev: HacDevice, opts: { dots?: number[]; repeats?: number } = {}): Promise<TransferCurve> {
  dev.requireCapability('ANALOG_CODES', 'transfer curve');
  const a = await dev.regs.readMany(['ZERO_CODE', 'INPUT_BITS', 'DOT_PER_CODE', 'ADC_BITS']);
  const shift = 8 - a.INPUT_BITS;
  const kMin = -(1 << (a.INPUT_BITS - 1));
  const kMax = (1 << (a.INPUT_BITS - 1)) - 1;
  const repeats = opts.repeats ?? 4;
  const columns = dev.info.tileTokens || 64;
  const tiles = Math.max(1, Math.floor((dev.info.maxTokens || 512) / columns));
  const codeMax = 2 ** a.ADC_BITS - 1;
  const query = new Int8Array(D).fill(1 << shift);
  const keyFor = (dot: number) => {
    const k = new Int8Array(D);
    const base = Math.floor(dot / D);
    const rest = dot - base * D;
    for (let i = 0; i < D; i++) k[i] = (base + (i < rest ? 1 : 0)) << shift;
    return k;
  };
  await configure(dev, { mode: 'RELATIVE', margin: 31, minKeep: 1 });
  const measure = async (dots: number[], reps: number): Promise<number[][]> => {
    const sum = Array.from({ length: columns }, () => new Float64Array(dots.length));
    for (let at = 0; at < dots.length; at += tiles) {
      const group = dots.slice(at, at + tiles);
      const keys = new Int8Array(group.length * columns * D);
      group.forEach((d, tile) => {
        const k = keyFor(d);
        for (let c = 0; c < columns; c++) keys.set(k, (tile * columns + c) * D);
      });
      await dev.loadContext({ keys, values: new Int8Array(keys.length) });
      const res = await runBatch(dev, new Array(reps).fill(query), { wantCodes: true });
      for (const r of res) group.forEach((_, tile) => {
        for (let c = 0; c < columns; c++) sum[c][at + tile] += r.codes![tile * columns + c] / reps;
      });
    }
    return sum.map((x) => Array.from(x));
  };
  const lo = kMin * D;
  const hi = kMax * D;
  let dots = opts.dots;
  if (!dots) {
    // Coarse pass over the whole range, then a fine one between the last all-zero and the first
    // all-full-scale point: that is where the curve says something.
    const coarse = Array.from({ length: 32 }, (_, i) => Math.round(lo + ((hi - lo) * i) / 31));
    const c = await measure(coarse, 1);
    const mean = coarse.map((_, k) => c.reduce((acc, col) => acc + col[k], 0) / columns);
    const first = Math.max(0, mean.findIndex((m) => m > 0) - 1);
    const lastIdx = mean.findIndex((m) => m >= codeMax);
    const last = lastIdx < 0 ? coarse.length - 1 : lastIdx;
    const from = coarse[first];
    const to = coarse[last];
    const n = Math.min(48, to - from + 1);
    dots = [...new Set(Array.from({ length: n }, (_, i) => Math.round(from + ((to - from) * i) / Math.max(1, n - 1))))];
  }
  for (const d of dots) if (!Number.isInteger(d) || d < lo || d > hi) throw invalidArgument(`dot product ${d} outside ${lo}..${hi}`);
  const meanCode = await measure(dots, repeats);
  const meanOverColumns = dots.map((_, k) => meanCode.reduce((acc, col) => acc + col[k], 0) / columns);
  const dpc = a.DOT_PER_CODE / 65536;
  const ideal = dpc > 0 ? dots.map((d) => Math.max(0, Math.min(codeMax, Math.floor(d / dpc) + a.ZERO_CODE))) : null;
  return { dots, columns, meanCode, meanOverColumns, ideal, repeats };
}
