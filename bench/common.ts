/** One benchmark figure, printed as one JSON line by `npm run bench`. */
export interface BenchLine {
  name: string;
  value: number;
  unit: string;
  /** The figure measured for the baseline in the same process (or a published reference figure). */
  baseline: number | null;
  /** value / baseline (null when there is no baseline). */
  ratio: number | null;
  [extra: string]: unknown;
}

export type Emit = (line: BenchLine) => void;

export function line(name: string, value: number, unit: string, baseline: number | null, extra: Record<string, unknown> = {}): BenchLine {
  return { name, value, unit, baseline, ratio: baseline ? value / baseline : null, ...extra };
}

/** Runs fn repeatedly for at least minMs and returns operations per second. */
export function opsPerSecond(fn: () => void, minMs = 500): number {
  fn();
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    fn();
    n++;
    t = performance.now();
  }
  return (n * 1000) / (t - t0);
}
