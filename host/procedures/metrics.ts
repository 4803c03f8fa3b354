/**
 * Accuracy telemetry of one query, against the float64 ideal attention (dense, no pruning): keep
 * ratio, recall of the exact top 25% of scores, attention mass kept (exact softmax over the kept
 * tokens), cosine of the output vs the ideal output.
 */
import { D } from './workload.js';

export interface QueryTelemetry {
  keepRatio: number;
  recallTop25: number;
  massKept: number;
  cosine: number;
}

/** Exact scores q.k / sqrt(d) of one query over T keys. */
export function exactScores(q: ArrayLike<number>, qOff: number, K: ArrayLike<number>, T: number): Float64Array {
  const s = new Float64Array(T);
  const inv = 1 / Math.sqrt(D);
  for (let t = 0; t < T; t++) {
    let acc = 0;
    for (let i = 0; i < D; i++) acc += q[qOff + i] * K[t * D + i];
    s[t] = acc * inv;
  }
  return s;
}

/** Indices of the k largest values (ties by index). */
export function topIndices(values: ArrayLike<number>, k: number): number[] {
  const idx = Array.from({ length: values.length }, (_, i) => i);
  idx.sort((a, b) => values[b] - values[a] || a - b);
  return idx.slice(0, k);
}

export function softmax(scores: Float64Array): Float64Array {
  let m = -Infinity;
  for (const s of scores) m = Math.max(m, s);
  const p = new Float64Array(scores.length);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) sum += p[i] = Math.exp(scores[i] - m);
  for (let i = 0; i < p.length; i++) p[i] /= sum;
  return p;
}

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let ab = 0, aa = 0, bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i] * b[i];
    aa += a[i] * a[i];
    bb += b[i] * b[i];
  }
  return aa === 0 || bb === 0 ? (aa === bb ? 1 : 0) : ab / Math.sqrt(aa * bb);
}

/** Ideal (dense float64) attention output for a probability row. */
export function attend(p: Float64Array, V: ArrayLike<number>): Float64Array {
  const out = new Float64Array(D);
  for (let t = 0; t < p.length; t++) {
    const w = p[t];
    if (w === 0) continue;
    for (let i = 0; i < D; i++) out[i] += w * V[t * D + i];
  }
  return out;
}

/** Telemetry of one query: `kept` token indices from the keep mask, `output` in real units. */
export function telemetry(q: ArrayLike<number>, qOff: number, K: ArrayLike<number>, V: ArrayLike<number>, T: number, kept: readonly number[], output: ArrayLike<number> | null): QueryTelemetry {
  const scores = exactScores(q, qOff, K, T);
  const p = softmax(scores);
  const top = topIndices(scores, Math.ceil(T / 4));
  const keptSet = new Set(kept);
  let hit = 0;
  for (const t of top) if (keptSet.has(t)) hit++;
  let mass = 0;
  for (const t of kept) mass += p[t];
  return { keepRatio: kept.length / T, recallTop25: hit / top.length, massKept: mass, cosine: output ? cosine(output, attend(p, V)) : NaN };
}

/** Mean of each field over many queries. */
export function meanTelemetry(xs: readonly QueryTelemetry[]): QueryTelemetry {
  const n = Math.max(1, xs.length);
  const s = { keepRatio: 0, recallTop25: 0, massKept: 0, cosine: 0 };
  for (const x of xs) {
    s.keepRatio += x.keepRatio;
    s.recallTop25 += x.recallTop25;
    s.massKept += x.massKept;
    s.cosine += x.cosine;
  }
  return { keepRatio: s.keepRatio / n, recallTop25: s.recallTop25 / n, massKept: s.massKept / n, cosine: s.cosine / n };
}
