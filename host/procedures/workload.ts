/**
 * Attention workloads for the bring-up procedures: seeded synthetic data (the same bytes on every
 * run and target), quantisation to INT8, loading into the chip and running query batches.
 */
import { abortError, invalidArgument } from '../errors.js';
import type { HacDevice, QueryResult } from '../index.js';

export const D = 64;

/** Seeded uniform [0, 1) (mulberry32): the same seed gives the same workload everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0 || 1;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

export interface Quantised {
  q: Int8Array;
  /** Real value = int8 x scale. */
  scale: number;
}

/** Symmetric INT8 quantisation with the scale max|x| / 127. */
export function quantise(x: ArrayLike<number>): Quantised {
  let m = 0;
  for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i]));
  const scale = m > 0 ? m / 127 : 1;
  const q = new Int8Array(x.length);
  for (let i = 0; i < x.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(x[i] / scale)));
  return { q, scale };
}

/** One attention head's data: float tensors (the reference) and their INT8 quantisation. */
export interface AttentionWorkload {
  name: string;
  tokens: number;
  queries: number;
  qF: Float64Array;
  kF: Float64Array;
  vF: Float64Array;
  q: Quantised;
  k: Quantised;
  v: Quantised;
}

export function workloadFromFloat(name: string, qF: Float64Array, kF: Float64Array, vF: Float64Array): AttentionWorkload {
  if (kF.length % D || qF.length % D || vF.length !== kF.length) throw invalidArgument(`${name}: tensors must be N x ${D} with as many values as keys`);
  return { name, tokens: kF.length / D, queries: qF.length / D, qF, kF, vF, q: quantise(qF), k: quantise(kF), v: quantise(vF) };
}

/** Synthetic attention with clustered keys, so scores spread like real heads do (as bench/model.bench.ts). */
export function syntheticWorkload(tokens: number, queries: number, seed: number): AttentionWorkload {
  const rng = seededRandom(seed);
  const centres = Array.from({ length: 8 }, () => Float64Array.from({ length: D }, () => gaussian(rng)));
  const kF = new Float64Array(tokens * D), vF = new Float64Array(tokens * D), qF = new Float64Array(queries * D);
  for (let t = 0; t < tokens; t++) {
    const c = centres[Math.floor(rng() * centres.length)];
    for (let i = 0; i < D; i++) {
      kF[t * D + i] = 0.8 * c[i] + 0.6 * gaussian(rng);
      vF[t * D + i] = gaussian(rng);
    }
  }
  for (let n = 0; n < queries; n++) {
    const c = centres[Math.floor(rng() * centres.length)];
    for (let i = 0; i < D; i++) qF[n * D + i] = 0.7 * c[i] + 0.7 * gaussian(rng);
  }
  return workloadFromFloat(`synthetic(${tokens} tokens, ${queries} queries, seed ${seed})`, qF, kF, vF);
}

export type SelectMode = 'THRESHOLD' | 'RELATIVE' | 'TOPK' | 'DENSE';

export interface AttentionSettings {
  mode: SelectMode;
  margin?: number;
  topK?: number;
  minKeep?: number;
  head?: number;
}

/** MODE.OUTPUT_INT16 with OUTPUT_SHIFT 8: outputs keep 8 fraction bits (needs CAP_INT16_OUTPUT). */
export const FINE_OUTPUT_SHIFT = 8;

/** Programs the selection rule; INT16 output with 8 fraction bits where the chip offers it. */
export async function configure(dev: HacDevice, s: AttentionSettings): Promise<void> {
  const select = dev.regs.field('MODE', 'SELECT').field.values![s.mode];
  const int16 = dev.hasCapability('INT16_OUTPUT');
  const { field: f16 } = dev.regs.field('MODE', 'OUTPUT_INT16');
  const writes: [string, number][] = [['MODE', select | (int16 ? 1 << f16.lsb : 0)], ['OUTPUT_SHIFT', int16 ? FINE_OUTPUT_SHIFT : 0]];
  if (s.margin !== undefined) writes.push(['MARGIN', s.margin]);
  if (s.topK !== undefined) writes.push(['TOPK', s.topK]);
  if (s.minKeep !== undefined) writes.push(['MIN_KEEP', s.minKeep]);
  if (s.head !== undefined) writes.push(['HEAD', s.head]);
  await dev.regs.writeMany(writes);
}

/** Loads keys and values (verified) and programs SCORE_SCALE for the quantisation scales. */
export async function loadWorkload(dev: HacDevice, w: AttentionWorkload, opts: { signal?: AbortSignal } = {}): Promise<void> {
  // No signal into loadContext (one abort listener per chunk): an abort closes the device instead.
  if (opts.signal?.aborted) throw abortError(opts.signal, { request: 'loadContext' });
  await dev.loadContext({ keys: w.k.q, values: w.v.q });
  await dev.setScoreScale(w.q.scale, w.k.scale);
}

/** Query j of the workload as INT8. */
export function queryRow(w: AttentionWorkload, j: number): Int8Array {
  return w.q.q.subarray(j * D, (j + 1) * D);
}

/**
 * Runs the given queries in order with the device's batch call (protocol v2 `run_queries`: up to
 * 32 queries per request, requests pipelined); results in query order. The signal is checked
 * between chunks of `chunk` queries (not handed to every request: one abort listener each); an
 * abort in the CLI closes the device, which rejects what is in flight.
 */
export async function runBatch(dev: HacDevice, rows: readonly Int8Array[], opts: { wantCodes?: boolean; signal?: AbortSignal; chunk?: number; onDone?: (n: number) => void } = {}): Promise<QueryResult[]> {
  const chunk = opts.chunk ?? 256;
  const out: QueryResult[] = [];
  for (let i = 0; i < rows.length; i += chunk) {
    if (opts.signal?.aborted) throw abortError(opts.signal, { request: 'runQueries' });
    out.push(...(await dev.queryBatch(rows.slice(i, i + chunk), { wantCodes: !!opts.wantCodes })));
    opts.onDone?.(out.length);
  }
  return out;
}

/** Real-valued output of a result: output x 2^-shift x the value scale. */
export function realOutput(r: QueryResult, valueScale: number): Float64Array {
  return Float64Array.from(r.outputScaled, (x) => x * valueScale);
}
