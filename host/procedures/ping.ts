/** Round-trip time of the link, measured with ping requests one after another. */
import { invalidArgument } from '../errors.js';
import type { HacDevice } from '../index.js';

export interface PingReport {
  count: number;
  bytes: number;
  minMs: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
  samplesMs: number[];
}

/** Value at quantile q (0..1) of sorted samples, nearest-rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

export async function pingRoundTrips(dev: HacDevice, opts: { count?: number; bytes?: number; signal?: AbortSignal; onSample?: (i: number) => void } = {}): Promise<PingReport> {
  const count = opts.count ?? 20;
  const bytes = opts.bytes ?? 0;
  if (!Number.isInteger(count) || count < 1) throw invalidArgument(`count must be a positive integer, got ${count}`);
  const data = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i++) data[i] = (i * 31 + 7) & 0xff;
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    samples.push(await dev.ping(data, opts.signal ? { signal: opts.signal } : undefined));
    opts.onSample?.(i + 1);
  }
  const s = [...samples].sort((a, b) => a - b);
  return { count, bytes, minMs: s[0], medianMs: quantile(s, 0.5), p99Ms: quantile(s, 0.99), maxMs: s[s.length - 1], samplesMs: samples };
}
