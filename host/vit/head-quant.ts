/**
 * A head's tensors as the chip gets them: INT8 quantisation of queries, keys (centred, per
 * tensor) and values (per channel), the query/key channel balance, and the token order in K/V
 * SRAM. Pure functions, no device.
 */
import type { HeadTensors } from './model.js';
import { VIT } from './weights.js';

export function quantise(x: ArrayLike<number>, scale: number, out: Int8Array, off = 0, n = x.length): void {
  for (let i = 0; i < n; i++) {
    const q = Math.round(x[off + i] / scale);
    out[off + i] = q > 127 ? 127 : q < -128 ? -128 : q;
  }
}

export function maxAbs(x: ArrayLike<number>, off = 0, n = x.length): number {
  let m = 0;
  for (let i = 0; i < n; i++) m = Math.max(m, Math.abs(x[off + i]));
  return m || 1e-12;
}

/**
 * A head as the chip gets it. Keys: centred (softmax does not see a per-query constant, the 4-bit
 * keys and the ADC range do), INT8 per tensor (a score sums over channels, so the keys share one
 * scale). Values: INT8 with a scale and an offset PER CHANNEL (`values: 'channel'`, the default).
 * The chip computes each output channel on its own, o_c = sum_j p_j v_jc with sum_j p_j = 1, so
 * the host sends (v_jc - offset_c) / scale_c and reads o_c x scale_c + offset_c: exact in real
 * arithmetic, and every channel gets the whole INT8 range instead of a share of the largest
 * channel's. `values: 'tensor'` is the plain per-tensor scale (one offset of 0).
 */
export interface QuantisedHead {
  keys: Int8Array;
  values: Int8Array;
  kScale: number;
  /** per channel: real value = values x vScale[c] + vOffset[c] */
  vScale: Float64Array;
  vOffset: Float64Array;
  /** centred keys in float (the exact scores the analog codes estimate) */
  keysCentred: Float64Array;
}

export type ValueQuantisation = 'channel' | 'tensor';

export function quantiseHead(h: HeadTensors, tokens: number, d = VIT.headDim, values: ValueQuantisation = 'channel'): QuantisedHead {
  const mean = new Float64Array(d);
  for (let t = 0; t < tokens; t++) for (let c = 0; c < d; c++) mean[c] += h.k[t * d + c] / tokens;
  const kc = new Float64Array(tokens * d);
  for (let t = 0; t < tokens; t++) for (let c = 0; c < d; c++) kc[t * d + c] = h.k[t * d + c] - mean[c];
  const kScale = maxAbs(kc) / 127;
  const keys = new Int8Array(tokens * d);
  quantise(kc, kScale, keys);
  const vScale = new Float64Array(d);
  const vOffset = new Float64Array(d);
  const q = new Int8Array(tokens * d);
  if (values === 'tensor') {
    vScale.fill(maxAbs(h.v, 0, tokens * d) / 127);
  } else {
    for (let c = 0; c < d; c++) {
      let lo = Infinity;
      let hi = -Infinity;
      for (let t = 0; t < tokens; t++) {
        const x = h.v[t * d + c];
        if (x < lo) lo = x;
        if (x > hi) hi = x;
      }
      vOffset[c] = (hi + lo) / 2;
      vScale[c] = (hi - lo) / 2 / 127 || 1e-12;
    }
  }
  for (let t = 0; t < tokens; t++) {
    for (let c = 0; c < d; c++) {
      const x = Math.round((h.v[t * d + c] - vOffset[c]) / vScale[c]);
      q[t * d + c] = x > 127 ? 127 : x < -128 ? -128 : x;
    }
  }
  return { keys, values: q, kScale, vScale, vOffset, keysCentred: kc };
}

/**
 * SmoothQuant for one head: keys x a_c, queries / a_c per channel (a_c = max|q_c|^alpha /
 * max|k_c - mean|^(1 - alpha)), so q.k is unchanged while the channels share the INT8 and 4-bit
 * ranges more evenly. Values untouched.
 */
export function balanceChannels(h: HeadTensors, tokens: number, d: number, alpha: number): HeadTensors {
  const mq = new Float64Array(d);
  const mean = new Float64Array(d);
  for (let t = 0; t < tokens; t++) for (let c = 0; c < d; c++) mean[c] += h.k[t * d + c] / tokens;
  const mk = new Float64Array(d);
  for (let t = 0; t < tokens; t++)
    for (let c = 0; c < d; c++) {
      mq[c] = Math.max(mq[c], Math.abs(h.q[t * d + c]));
      mk[c] = Math.max(mk[c], Math.abs(h.k[t * d + c] - mean[c]));
    }
  const a = new Float64Array(d);
  for (let c = 0; c < d; c++) a[c] = mq[c] > 0 && mk[c] > 0 ? mq[c] ** alpha / mk[c] ** (1 - alpha) : 1;
  const q = new Float64Array(tokens * d);
  const k = new Float64Array(tokens * d);
  for (let t = 0; t < tokens; t++)
    for (let c = 0; c < d; c++) {
      q[t * d + c] = h.q[t * d + c] / a[c];
      k[t * d + c] = h.k[t * d + c] * a[c];
    }
  return { q, k, v: h.v };
}

/** The real values a head's INT8 values stand for (host emulation). */
export function dequantisedValues(qh: QuantisedHead, tokens: number, d = VIT.headDim): Float64Array {
  const v = new Float64Array(tokens * d);
  for (let t = 0; t < tokens; t++) for (let c = 0; c < d; c++) v[t * d + c] = qh.values[t * d + c] * qh.vScale[c] + qh.vOffset[c];
  return v;
}

/** One analog-vs-exact sample for the report: the CLS query of a head. */

/**
 * A fixed pseudo-random order of a head's tokens in K/V SRAM (Fisher-Yates on a hash of layer and
 * head): a die's static column errors (comparator offset, column gain, line capacitance) then
 * fall on different tokens in every head instead of favouring the same tokens in all 36.
 */
export function shuffledOrder(layer: number, head: number, tokens: number): Int32Array {
  const order = Int32Array.from({ length: tokens }, (_, i) => i);
  let x = (0x9e3779b9 ^ Math.imul(layer + 1, 0x85ebca6b) ^ Math.imul(head + 1, 0xc2b2ae35)) >>> 0;
  const next = () => {
    // xorshift32
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
  for (let i = tokens - 1; i > 0; i--) {
    const j = next() % (i + 1);
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}

export function permuteRows(x: Int8Array, order: Int32Array, d: number): Int8Array {
  const out = new Int8Array(x.length);
  for (let s = 0; s < order.length; s++) out.set(x.subarray(order[s] * d, (order[s] + 1) * d), s * d);
  return out;
}
