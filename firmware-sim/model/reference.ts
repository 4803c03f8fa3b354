/**
 * Float64 dense attention (no pruning, no quantisation): the golden reference for accuracy,
 * and the per-query accuracy telemetry computed against it.
 */

export type FloatVector = ArrayLike<number>;

/** Exact softmax of q.K^T * scale over T tokens (keys token-major, T*d). */
export function exactSoftmax(q: FloatVector, keys: FloatVector, T: number, scale = 1 / Math.sqrt(q.length)): Float64Array {
  const d = q.length;
  const p = new Float64Array(T);
  let m = -Infinity;
  for (let t = 0; t < T; t++) {
    let s = 0;
    for (let i = 0; i < d; i++) s += q[i] * keys[t * d + i];
    s *= scale;
    p[t] = s;
    if (s > m) m = s;
  }
  let sum = 0;
  for (let t = 0; t < T; t++) {
    p[t] = Math.exp(p[t] - m);
    sum += p[t];
  }
  for (let t = 0; t < T; t++) p[t] /= sum;
  return p;
}

/** Ideal attention output: softmax(q.K^T * scale) . V over all T tokens, float64. */
export function idealAttention(q: FloatVector, keys: FloatVector, values: FloatVector, T: number, scale = 1 / Math.sqrt(q.length)): Float64Array {
  const d = q.length;
  const p = exactSoftmax(q, keys, T, scale);
  const o = new Float64Array(d);
  for (let t = 0; t < T; t++) {
    const w = p[t];
    for (let i = 0; i < d; i++) o[i] += w * values[t * d + i];
  }
  return o;
}

export interface Telemetry {
  /** kept / T */
  keepRatio: number;
  /** fraction of the exact top ceil(T/4) tokens (by exact score; ties to the lower index) that were kept */
  recallTop25: number;
  /** sum of the exact softmax over the kept tokens */
  massKept: number;
  /** relative L2 error ||o - o_ideal|| / ||o_ideal|| */
  outputError: number;
  /** cosine similarity of o and o_ideal */
  cosine: number;
}

/**
 * Accuracy telemetry of one query. queryFloat (d), keysFloat/valuesFloat (T*d, token-major) are the
 * real-valued tensors; outputFloat is the chip output converted back to real units;
 * T = keepMask.length. `scale` is the score scale of the float model (default 1/sqrt(d)).
 */
export function telemetry(
  queryFloat: FloatVector,
  keysFloat: FloatVector,
  valuesFloat: FloatVector,
  keepMask: Uint8Array,
  outputFloat: FloatVector,
  scale = 1 / Math.sqrt(queryFloat.length),
): Telemetry {
  const T = keepMask.length;
  const d = queryFloat.length;
  const p = exactSoftmax(queryFloat, keysFloat, T, scale);
  const ideal = new Float64Array(d);
  for (let t = 0; t < T; t++) for (let i = 0; i < d; i++) ideal[i] += p[t] * valuesFloat[t * d + i];
  let kept = 0, mass = 0;
  for (let t = 0; t < T; t++) if (keepMask[t]) { kept++; mass += p[t]; }
  const nTop = Math.max(1, Math.ceil(T / 4));
  const order = Array.from({ length: T }, (_, t) => t).sort((a, b) => p[b] - p[a] || a - b);
  let hit = 0;
  for (let r = 0; r < nTop; r++) if (keepMask[order[r]]) hit++;
  let err2 = 0, ref2 = 0, out2 = 0, dot = 0;
  for (let i = 0; i < d; i++) {
    const e = outputFloat[i] - ideal[i];
    err2 += e * e;
    ref2 += ideal[i] * ideal[i];
    out2 += outputFloat[i] * outputFloat[i];
    dot += outputFloat[i] * ideal[i];
  }
  return {
    keepRatio: kept / T,
    recallTop25: hit / nTop,
    massKept: mass,
    outputError: ref2 > 0 ? Math.sqrt(err2 / ref2) : Math.sqrt(err2),
    cosine: ref2 > 0 && out2 > 0 ? dot / Math.sqrt(ref2 * out2) : 0,
  };
}
