/**
 * ViT-Ti/16 forward pass on the host (patch embedding, LayerNorm, MLP, head), with the attention
 * of every head delegated to an `Attend` function: the float reference below, or the chip
 * (./chip.ts). Activations are float64; weights are whatever precision they were loaded in.
 */
import { invalidArgument } from '../errors.js';
import { linearSimd } from './gemm.js';
import { VIT, type VitWeights } from './weights.js';

/** One head's projections, token-major: [tokens][headDim], before the 1/sqrt(d) scaling. */
export interface HeadTensors {
  q: Float64Array;
  k: Float64Array;
  v: Float64Array;
}

/** Computes the attention output [tokens][headDim] of each head of one layer. */
export type Attend = (layer: number, heads: HeadTensors[], tokens: number) => Promise<Float64Array[]> | Float64Array[];

/**
 * y[t][o] = x[t] . W[o] + b[o]; W is [out][in] (PyTorch orientation), float64 sums. On the
 * WebAssembly SIMD kernel (./gemm.ts, about 5x faster than the loop below); `linearJs` where
 * it cannot run.
 */
export function linear(x: Float64Array, tokens: number, inDim: number, w: Float32Array, b: Float32Array, outDim: number): Float64Array {
  return linearSimd(x, tokens, inDim, w, b, outDim) ?? linearJs(x, tokens, inDim, w, b, outDim);
}

/**
 * The JavaScript `linear`. Blocked 2 tokens x 4 outputs: each weight and input load feeds
 * several multiply-adds (about 1.6x faster in V8 than one sum at a time).
 */
export function linearJs(x: Float64Array, tokens: number, inDim: number, w: Float32Array, b: Float32Array, outDim: number): Float64Array {
  const y = new Float64Array(tokens * outDim);
  const one = (t: number, o: number) => {
    let s = 0;
    for (let c = 0; c < inDim; c++) s += x[t * inDim + c] * w[o * inDim + c];
    y[t * outDim + o] = s + b[o];
  };
  const o4 = outDim & ~3;
  let t = 0;
  for (; t + 1 < tokens; t += 2) {
    const xa = t * inDim;
    const xb = xa + inDim;
    for (let o = 0; o < o4; o += 4) {
      const w0 = o * inDim;
      const w1 = w0 + inDim;
      const w2 = w1 + inDim;
      const w3 = w2 + inDim;
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0; // prettier-ignore
      for (let c = 0; c < inDim; c++) {
        const u = x[xa + c];
        const v = x[xb + c];
        const k0 = w[w0 + c];
        const k1 = w[w1 + c];
        const k2 = w[w2 + c];
        const k3 = w[w3 + c];
        a0 += u * k0;
        a1 += u * k1;
        a2 += u * k2;
        a3 += u * k3;
        b0 += v * k0;
        b1 += v * k1;
        b2 += v * k2;
        b3 += v * k3;
      }
      const ya = t * outDim + o;
      const yb = ya + outDim;
      y[ya] = a0 + b[o];
      y[ya + 1] = a1 + b[o + 1];
      y[ya + 2] = a2 + b[o + 2];
      y[ya + 3] = a3 + b[o + 3];
      y[yb] = b0 + b[o];
      y[yb + 1] = b1 + b[o + 1];
      y[yb + 2] = b2 + b[o + 2];
      y[yb + 3] = b3 + b[o + 3];
    }
    for (let o = o4; o < outDim; o++) {
      one(t, o);
      one(t + 1, o);
    }
  }
  for (; t < tokens; t++) for (let o = 0; o < outDim; o++) one(t, o);
  return y;
}

export function layerNorm(x: Float64Array, tokens: number, dim: number, g: Float32Array, b: Float32Array, eps = VIT.lnEps): Float64Array {
  const y = new Float64Array(x.length);
  for (let t = 0; t < tokens; t++) {
    const o = t * dim;
    let mean = 0;
    for (let c = 0; c < dim; c++) mean += x[o + c];
    mean /= dim;
    let varSum = 0;
    for (let c = 0; c < dim; c++) varSum += (x[o + c] - mean) ** 2;
    const inv = 1 / Math.sqrt(varSum / dim + eps);
    for (let c = 0; c < dim; c++) y[o + c] = (x[o + c] - mean) * inv * g[c] + b[c];
  }
  return y;
}

/**
 * erf by Abramowitz & Stegun 7.1.26 (absolute error <= 1.5e-7): far below what the float16
 * weights move (logits within 8.8e-3), and 10x cheaper than a series in the GELU of every MLP.
 */
export function erf(x: number): number {
  const ax = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * ax);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-ax * ax);
  return x < 0 ? -y : y;
}

export function gelu(x: number): number {
  return 0.5 * x * (1 + erf(x / Math.SQRT2));
}

/** Pixels (224 x 224 x 3 bytes, HWC) -> model input, (byte/255 - 0.5)/0.5 (Inception normalisation). */
export function embedPatches(w: VitWeights, rgb: Uint8Array): Float64Array {
  const { image, patch, dModel, tokens } = VIT;
  if (rgb.length !== image * image * 3) throw invalidArgument(`image: expected ${image}x${image}x3 bytes, got ${rgb.length}`);
  const conv = w.get('patch_embed_proj_weight', [dModel, 3, patch, patch]);
  const convB = w.get('patch_embed_proj_bias');
  const cls = w.get('cls_token');
  const pos = w.get('pos_embed', [1, tokens, dModel]);
  const side = image / patch;
  const pl = 3 * patch * patch;
  // one row per patch in (channel, ky, kx) order: the conv is a linear layer with W [dModel][pl]
  const pv = new Float64Array((tokens - 1) * pl);
  for (let py = 0; py < side; py++) {
    for (let px = 0; px < side; px++) {
      const row = (py * side + px) * pl;
      for (let ch = 0; ch < 3; ch++) for (let ky = 0; ky < patch; ky++) for (let kx = 0; kx < patch; kx++) pv[row + (ch * patch + ky) * patch + kx] = (rgb[((py * patch + ky) * image + px * patch + kx) * 3 + ch] / 255 - 0.5) / 0.5;
    }
  }
  const emb = linear(pv, tokens - 1, pl, conv, convB, dModel);
  const x = new Float64Array(tokens * dModel);
  for (let c = 0; c < dModel; c++) x[c] = cls[c] + pos[c];
  for (let i = 0; i < emb.length; i++) x[dModel + i] = emb[i] + pos[dModel + i];
  return x;
}

/** Dense float64 softmax attention of one head (the golden reference). */
export function denseAttention(h: HeadTensors, tokens: number, d = VIT.headDim): Float64Array {
  const out = new Float64Array(tokens * d);
  const s = new Float64Array(tokens);
  const scale = 1 / Math.sqrt(d);
  for (let i = 0; i < tokens; i++) {
    let max = -Infinity;
    for (let j = 0; j < tokens; j++) {
      let dot = 0;
      for (let c = 0; c < d; c++) dot += h.q[i * d + c] * h.k[j * d + c];
      s[j] = dot * scale;
      if (s[j] > max) max = s[j];
    }
    let z = 0;
    for (let j = 0; j < tokens; j++) z += s[j] = Math.exp(s[j] - max);
    for (let j = 0; j < tokens; j++) {
      const p = s[j] / z;
      for (let c = 0; c < d; c++) out[i * d + c] += p * h.v[j * d + c];
    }
  }
  return out;
}

export const floatAttend: Attend = (_layer, heads, tokens) => heads.map((h) => denseAttention(h, tokens));

/** Splits the qkv projection [tokens][3*dModel] into per-head q, k, v. */
export function splitHeads(qkv: Float64Array, tokens: number): HeadTensors[] {
  const { dModel, heads, headDim } = VIT;
  const out: HeadTensors[] = [];
  for (let h = 0; h < heads; h++) {
    const q = new Float64Array(tokens * headDim);
    const k = new Float64Array(tokens * headDim);
    const v = new Float64Array(tokens * headDim);
    for (let t = 0; t < tokens; t++) {
      for (let c = 0; c < headDim; c++) {
        const base = t * 3 * dModel + h * headDim + c;
        q[t * headDim + c] = qkv[base];
        k[t * headDim + c] = qkv[base + dModel];
        v[t * headDim + c] = qkv[base + 2 * dModel];
      }
    }
    out.push({ q, k, v });
  }
  return out;
}

export interface ForwardOptions {
  /** called after each layer (progress lines) */
  onLayer?: (layer: number) => void;
}

/** Time spent on the host's layers (everything but `attend`), milliseconds. */
export interface ForwardResult {
  logits: Float64Array;
  hostMs: number;
}

/** The whole network: 12 pre-LN blocks, final LayerNorm, the class head on CLS. */
export async function forward(w: VitWeights, rgb: Uint8Array, attend: Attend, opts: ForwardOptions = {}): Promise<ForwardResult> {
  const { dModel, heads, headDim, layers, mlp, classes, tokens } = VIT;
  let hostMs = 0;
  let t0 = performance.now();
  let x = embedPatches(w, rgb);
  for (let l = 0; l < layers; l++) {
    const p = `blocks_${l}_`;
    const a = layerNorm(x, tokens, dModel, w.get(p + 'norm1_weight'), w.get(p + 'norm1_bias'));
    const qkv = linear(a, tokens, dModel, w.get(p + 'attn_qkv_weight'), w.get(p + 'attn_qkv_bias'), 3 * dModel);
    const hs = splitHeads(qkv, tokens);
    hostMs += performance.now() - t0;
    const outs = await attend(l, hs, tokens);
    t0 = performance.now();
    const cat = new Float64Array(tokens * dModel);
    for (let h = 0; h < heads; h++) for (let t = 0; t < tokens; t++) for (let c = 0; c < headDim; c++) cat[t * dModel + h * headDim + c] = outs[h][t * headDim + c];
    const proj = linear(cat, tokens, dModel, w.get(p + 'attn_proj_weight'), w.get(p + 'attn_proj_bias'), dModel);
    for (let i = 0; i < x.length; i++) x[i] += proj[i];
    const b = layerNorm(x, tokens, dModel, w.get(p + 'norm2_weight'), w.get(p + 'norm2_bias'));
    const hdn = linear(b, tokens, dModel, w.get(p + 'mlp_fc1_weight'), w.get(p + 'mlp_fc1_bias'), mlp);
    for (let i = 0; i < hdn.length; i++) hdn[i] = gelu(hdn[i]);
    const m = linear(hdn, tokens, mlp, w.get(p + 'mlp_fc2_weight'), w.get(p + 'mlp_fc2_bias'), dModel);
    for (let i = 0; i < x.length; i++) x[i] += m[i];
    opts.onLayer?.(l);
  }
  const cls = layerNorm(x.subarray(0, dModel), 1, dModel, w.get('norm_weight'), w.get('norm_bias'));
  const logits = linear(cls, 1, dModel, w.get('head_weight'), w.get('head_bias'), classes);
  hostMs += performance.now() - t0;
  return { logits, hostMs };
}

export interface Ranked {
  index: number;
  logit: number;
  prob: number;
}

export function softmax(logits: ArrayLike<number>): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i]);
  const p = new Float64Array(logits.length);
  let z = 0;
  for (let i = 0; i < logits.length; i++) z += p[i] = Math.exp(logits[i] - max);
  for (let i = 0; i < p.length; i++) p[i] /= z;
  return p;
}

export function topK(logits: ArrayLike<number>, k = 5): Ranked[] {
  const p = softmax(logits);
  return Array.from({ length: logits.length }, (_, i) => i)
    .sort((a, b) => logits[b] - logits[a])
    .slice(0, k)
    .map((index) => ({ index, logit: logits[index], prob: p[index] }));
}

/** KL(reference || other) of the class distributions, in nats. */
export function klDivergence(reference: ArrayLike<number>, other: ArrayLike<number>): number {
  const p = softmax(reference);
  const q = softmax(other);
  let kl = 0;
  for (let i = 0; i < p.length; i++) if (p[i] > 0) kl += p[i] * Math.log(p[i] / Math.max(q[i], 1e-300));
  return kl;
}
