/** Choosing the relative-mode margin for a target keep ratio, from the keep masks the device returns. */
import type { HacDevice } from '../index.js';
import { configure, runBatch } from './workload.js';

export interface MarginChoice {
  margin: number;
  /** Mean keep ratio measured at that margin on the sample. */
  keepRatio: number;
  /** Margins tried and the keep ratio each gave. */
  tried: { margin: number; keepRatio: number }[];
}

/**
 * The integer margin (0..31) whose mean keep ratio over `rows` is closest to `target`. The keep
 * ratio does not fall as the margin grows, so a bisection needs about six runs of the sample.
 */
export async function findMarginForKeep(dev: HacDevice, rows: readonly Int8Array[], tokens: number, target: number, opts: { head?: number; minKeep?: number } = {}): Promise<MarginChoice> {
  const tried = new Map<number, number>();
  const keepAt = async (m: number) => {
    const hit = tried.get(m);
    if (hit !== undefined) return hit;
    await configure(dev, { mode: 'RELATIVE', margin: m, minKeep: opts.minKeep ?? 1, ...(opts.head !== undefined ? { head: opts.head } : {}) });
    const res = await runBatch(dev, rows);
    const k = res.reduce((a, r) => a + r.kept.length, 0) / (rows.length * tokens);
    tried.set(m, k);
    return k;
  };
  let lo = 0;
  let hi = 31;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((await keepAt(mid)) < target) lo = mid + 1;
    else hi = mid;
  }
  const cands = [hi, Math.max(0, hi - 1)];
  let best = { margin: hi, keepRatio: await keepAt(hi) };
  for (const m of cands) {
    const k = await keepAt(m);
    if (Math.abs(k - target) < Math.abs(best.keepRatio - target)) best = { margin: m, keepRatio: k };
  }
  return { ...best, tried: [...tried].map(([margin, keepRatio]) => ({ margin, keepRatio })).sort((a, b) => a.margin - b.margin) };
}
