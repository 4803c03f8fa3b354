/** Deterministic synthetic attention data for tests (not part of the public facade). */
import { ChipModel, type QueryRequest } from './chip.js';
import type { SelectionConfig } from './params.js';
import { dataRng } from './rng.js';

export interface TestHead {
  T: number;
  d: number;
  nq: number;
  qF: Float64Array;
  kF: Float64Array;
  vF: Float64Array;
  q: Int8Array;
  k: Int8Array;
  v: Int8Array;
  /** real value = int / scale */
  qScale: number;
  kScale: number;
  vScale: number;
}

/** Gaussian q/k/v, quantised to INT8 as int = round(x * scale). */
export function gaussianHead(T: number, nq: number, seed: number, opts: { d?: number; qScale?: number; kScale?: number; vScale?: number } = {}): TestHead {
  const d = opts.d ?? 64;
  const rng = dataRng(seed);
  const g = () => Math.sqrt(-2 * Math.log(rng())) * Math.cos(2 * Math.PI * rng());
  const qF = Float64Array.from({ length: nq * d }, g);
  const kF = Float64Array.from({ length: T * d }, g);
  const vF = Float64Array.from({ length: T * d }, g);
  const qScale = opts.qScale ?? 30, kScale = opts.kScale ?? 40, vScale = opts.vScale ?? 40;
  const q8 = (x: Float64Array, s: number) => Int8Array.from(x, (v) => Math.max(-127, Math.min(127, Math.round(v * s))));
  return { T, d, nq, qF, kF, vF, q: q8(qF, qScale), k: q8(kF, kScale), v: q8(vF, vScale), qScale, kScale, vScale };
}

export function queryOf(h: TestHead, j: number): Int8Array {
  return h.q.subarray(j * h.d, (j + 1) * h.d);
}

export function queryFloatOf(h: TestHead, j: number): Float64Array {
  return h.qF.subarray(j * h.d, (j + 1) * h.d);
}

/** A chip with h's keys and values loaded into its SRAMs (static factors folded). */
export function loaded(h: TestHead, opts: ConstructorParameters<typeof ChipModel>[0] = {}): ChipModel {
  const chip = new ChipModel(opts);
  chip.kSram.set(h.k);
  chip.vSram.set(h.v);
  chip.keysChanged(0, h.T);
  return chip;
}

/** A selection config with everything 0 but what `o` sets. */
export const selection = (mode: SelectionConfig['mode'], o: Partial<SelectionConfig> = {}): SelectionConfig => ({ mode, threshold: 0, margin: 0, topK: 0, minKeep: 0, ...o });

/** Query j of a test head over its whole context, with `sel`. */
export function requestFor(h: TestHead, j: number, sel: SelectionConfig): QueryRequest {
  return { q: queryOf(h, j), contextLength: h.T, head: 0, queryIndex: j + 1, selection: sel, outputShift: 0, outputInt16: false };
}
