/**
 * Offline calibration of the keep policy (`hac vit calibrate`).
 *
 * 1. Float forward passes over calibration images record every head's q, k, v (teacher forcing:
 *    each layer sees the unpruned network's input).
 * 2. For each head, the chip's rule is emulated with the ANALOG block's ideal transfer and the
 *    same scales the chip path uses (centred keys, per-query scale x headroom, retry on a
 *    saturated best code), for a grid of margins in logits: keep fraction and the squared error
 *    of the head's output against dense attention.
 * 3. Budget allocation: every head takes the margin minimising weight_layer x error + lambda x keep;
 *    lambda is bisected until the average keep meets the target (a Lagrangian split of one keep
 *    budget over 36 heads: heads whose output barely changes give their tokens to heads that need them).
 * 4. Layer weights are refined by coordinate search on the end-to-end KL of emulated pruned
 *    forward passes over the same calibration images (never the test photos).
 */
import { invalidArgument } from '../errors.js';
import { chipHeadFor } from './chip.js';
import { balanceChannels, dequantisedValues, quantise, quantiseHead, type ValueQuantisation } from './head-quant.js';
import { forward, floatAttend, klDivergence, type Attend, type HeadTensors } from './model.js';
import { chooseSharedMarginScale, idealCodes, logitsPerCode, marginCodes, maxCode, compensateRow, meanValue, bestCode, PILOT_STRIDE, pilotCounts, rowReachesLogits, structuralMargin, type AnalogConstants, type KeepPolicy } from './policy.js';
import { VIT, type VitWeights } from './weights.js';

export const MARGIN_GRID: readonly number[] = Array.from({ length: 57 }, (_, i) => i * 0.25);
const HEADROOMS = [1, 2, 4, 8];

/** Per head: keep fraction and output error at each margin of the grid. */
export interface HeadCurve {
  keep: Float64Array;
  error: Float64Array;
}

function maxAbs(x: ArrayLike<number>, off: number, n: number): number {
  let m = 0;
  for (let i = 0; i < n; i++) m = Math.max(m, Math.abs(x[off + i]));
  return m || 1e-12;
}

/** Fraction of queries whose best code saturates at the given headroom (first try). */
export function saturationAt(h: HeadTensors, tokens: number, analog: AnalogConstants, headroom: number): number {
  const d = VIT.headDim;
  const qh = quantiseHead(h, tokens);
  const q = new Int8Array(d);
  const codes = new Uint8Array(tokens);
  let sat = 0;
  for (let i = 0; i < tokens; i++) {
    quantise(h.q.subarray(i * d, (i + 1) * d), (maxAbs(h.q, i * d, d) / 127) * headroom, q);
    idealCodes(analog, q, 0, qh.keys, tokens, codes);
    if (bestCode(codes) >= maxCode(analog)) sat++;
  }
  return sat / tokens;
}

/** The smallest headroom at which at most `maxSaturated` of the queries saturate. */
export function chooseHeadroom(heads: HeadTensors[], tokens: number, analog: AnalogConstants, maxSaturated = 0.1): number {
  for (const hr of HEADROOMS) {
    const s = heads.reduce((a, h) => a + saturationAt(h, tokens, analog, hr), 0) / heads.length;
    if (s <= maxSaturated) return hr;
  }
  return HEADROOMS[HEADROOMS.length - 1];
}

/**
 * Emulates the chip's relative rule on one head for every margin of `grid` at once: tokens sorted
 * by code make the kept sets nested, so softmax sums are accumulated once per query.
 */
/**
 * What a head's pruning costs: 'output' = squared error of the head's output; 'relative' = the
 * same over the squared norm of the dense output (heads with small outputs count as much);
 * 'mass' = softmax mass of the pruned tokens.
 */
export type ErrorMetric = 'output' | 'relative' | 'mass';

/**
 * Analog codes of every query of a head measured on a device (teacher-forced head tensors), at the
 * queries' full INT8 range (headroom 1, no retries): what a calibration on a die sees instead of
 * the ideal transfer.
 */
export type MeasuredCodes = Uint8Array[];

export function headCurve(h: HeadTensors, tokens: number, analog: AnalogConstants, headroom: number, grid: readonly number[] = MARGIN_GRID, minKeep = 1, retries = 2, metric: ErrorMetric = 'output', measured?: MeasuredCodes, compensate = false): HeadCurve {
  const d = VIT.headDim;
  const qh = quantiseHead(h, tokens);
  const keep = new Float64Array(grid.length);
  const error = new Float64Array(grid.length);
  const q = new Int8Array(d);
  const codes = new Uint8Array(tokens);
  const s = new Float64Array(tokens);
  const dense = new Float64Array(d);
  const acc = new Float64Array(d);
  const order = Array.from({ length: tokens }, (_, j) => j);
  const top = maxCode(analog);
  // the head's mean value, mixed in for the pruned mass under 'code-mass' compensation
  const vMean = meanValue(h.v, tokens, d);
  for (let i = 0; i < tokens; i++) {
    let qs = (maxAbs(h.q, i * d, d) / 127) * headroom;
    if (measured) codes.set(measured[i]);
    else {
      for (let a = 0; ; a++) {
        quantise(h.q.subarray(i * d, (i + 1) * d), qs, q);
        idealCodes(analog, q, 0, qh.keys, tokens, codes);
        if (bestCode(codes) < top || a >= retries) break;
        qs *= 2;
      }
    }
    // exact scores and dense output
    let smax = -Infinity;
    for (let j = 0; j < tokens; j++) {
      let dot = 0;
      for (let c = 0; c < d; c++) dot += h.q[i * d + c] * h.k[j * d + c];
      s[j] = dot / Math.sqrt(d);
      if (s[j] > smax) smax = s[j];
    }
    let z = 0;
    dense.fill(0);
    for (let j = 0; j < tokens; j++) {
      const e = Math.exp(s[j] - smax);
      s[j] = e;
      z += e;
      for (let c = 0; c < d; c++) dense[c] += e * h.v[j * d + c];
    }
    for (let c = 0; c < d; c++) dense[c] /= z;
    order.sort((a, b) => codes[b] - codes[a] || s[b] - s[a]);
    const best = codes[order[0]];
    // code-estimated softmax weights (PolicyRule 'code-mass'): all tokens, and the kept prefix below
    const lpc = logitsPerCode(analog, qs, qh.kScale);
    const comp = compensate && best < top;
    let codeAll = 0;
    if (comp) for (let j = 0; j < tokens; j++) codeAll += Math.exp(lpc * (codes[j] - best));
    let codeKept = 0;
    // walk the margins upwards; the kept set is a prefix of `order`
    let n = 0;
    let zk = 0;
    acc.fill(0);
    for (let g = 0; g < grid.length; g++) {
      const mc = marginCodes(analog, grid[g], qs, qh.kScale);
      const floor = best - mc;
      while (n < tokens && (codes[order[n]] >= floor || n < minKeep)) {
        const j = order[n];
        zk += s[j];
        if (comp) codeKept += Math.exp(lpc * (codes[j] - best));
        for (let c = 0; c < d; c++) acc[c] += s[j] * h.v[j * d + c];
        n++;
      }
      const m = comp ? (codeAll - codeKept) / codeAll : 0;
      let err = 0;
      if (metric === 'mass') err = 1 - zk / z;
      else {
        let norm = 0;
        for (let c = 0; c < d; c++) {
          err += ((1 - m) * (acc[c] / zk) + m * vMean[c] - dense[c]) ** 2;
          norm += dense[c] ** 2;
        }
        if (metric === 'relative') err /= norm || 1;
      }
      keep[g] += n / tokens / tokens;
      error[g] += err / tokens;
    }
  }
  return { keep, error };
}

/**
 * What the 'code-mass' compensation does to one head on its own (teacher-forced, ideal transfer,
 * queries at full range): the head's output error at the grid margin whose keep is closest to
 * `keep`, without and with the compensation.
 */
export function compensationGain(h: HeadTensors, tokens: number, analog: AnalogConstants, keep = 0.25): { keep: number; error: number; errorCompensated: number } {
  const plain = headCurve(h, tokens, analog, 1, MARGIN_GRID, 1, 0, 'output');
  const comp = headCurve(h, tokens, analog, 1, MARGIN_GRID, 1, 0, 'output', undefined, true);
  let g = 0;
  for (let i = 1; i < plain.keep.length; i++) if (Math.abs(plain.keep[i] - keep) < Math.abs(plain.keep[g] - keep)) g = i;
  return { keep: plain.keep[g], error: plain.error[g], errorCompensated: comp.error[g] };
}

/** Margins (grid indices) per head minimising weight x error + lambda x keep at an average keep <= target. */
export function allocate(curves: HeadCurve[][], target: number, layerWeights: readonly number[], minHeadKeep = 0): { index: number[][]; keep: number } {
  const pick = (lambda: number) => {
    const index = curves.map((row, l) => row.map((c) => {
      let bi = 0;
      let bv = Infinity;
      // a head below the floor on the calibration images is not offered (unless nothing reaches it)
      const first = Math.max(0, c.keep.findIndex((k) => k >= minHeadKeep));
      for (let g = first; g < c.keep.length; g++) {
        const v = layerWeights[l] * c.error[g] + lambda * c.keep[g];
        if (v < bv) {
          bv = v;
          bi = g;
        }
      }
      return bi;
    }));
    let k = 0;
    let n = 0;
    curves.forEach((row, l) => row.forEach((c, h) => {
      k += c.keep[index[l][h]];
      n++;
    }));
    return { index, keep: k / n };
  };
  let lo = 1e-9;
  let hi = 1e3;
  for (let it = 0; it < 80; it++) {
    const mid = Math.sqrt(lo * hi);
    if (pick(mid).keep > target) lo = mid;
    else hi = mid;
  }
  return pick(hi);
}

/** A keep mask (bit t of byte t/8) of the tokens whose code is at least `floor`. */
function maskOf(codes: ArrayLike<number>, floor: number): Uint8Array {
  const m = new Uint8Array((codes.length + 7) >> 3);
  for (let j = 0; j < codes.length; j++) if (codes[j] >= floor) m[j >> 3] |= 1 << (j & 7);
  return m;
}

/** Records every layer's head tensors during a float forward pass; also returns the float logits. */
export async function recordHeads(w: VitWeights, rgb: Uint8Array): Promise<{ heads: HeadTensors[][]; logits: Float64Array }> {
  const heads: HeadTensors[][] = [];
  const attend: Attend = (layer, hs, tokens) => {
    heads[layer] = hs;
    return floatAttend(layer, hs, tokens);
  };
  const { logits } = await forward(w, rgb, attend);
  return { heads, logits };
}

/** Pruned attention emulated on the host (ideal analog transfer, float digital pass) under a policy, pilot and budget included. */
export function emulatedAttend(policy: KeepPolicy, analog: AnalogConstants, onHead?: (layer: number, head: number, keep: number, marginScale: number) => void, digital: 'float' | 'int8' | 'int8q' | 'int8kv' = 'float', values: ValueQuantisation = 'channel'): Attend {
  const d = VIT.headDim;
  const alpha = policy.keyBalance ?? 0;
  return (layer, raw, tokens) => {
    // The chip pass balances query and key channels the same way (chip.ts balanceChannels).
    const hs = alpha > 0 ? raw.map((h) => balanceChannels(h, tokens, d, alpha)) : raw;
    const prepared = hs.map((h, hi) => {
      const qh = quantiseHead(h, tokens, d, values);
      const q = new Int8Array(d);
      const codes: Uint8Array[] = [];
      const qScales = new Float64Array(tokens);
      for (let i = 0; i < tokens; i++) {
        const c = new Uint8Array(tokens);
        let qs = (maxAbs(h.q, i * d, d) / 127) * policy.queryHeadroom[layer][hi];
        for (let a = 0; ; a++) {
          quantise(h.q.subarray(i * d, (i + 1) * d), qs, q);
          idealCodes(analog, q, 0, qh.keys, tokens, c);
          if (bestCode(c) < maxCode(analog) || a >= (policy.saturationRetries ?? 2)) break;
          qs *= 2;
        }
        codes.push(c);
        qScales[i] = qs;
      }
      const pilot = codes.map((c, i) => ({ codes: c, qScale: qScales[i] })).filter((_, i) => i % PILOT_STRIDE === 0 && pilotCounts(policy, i));
      return { qh, codes, qScales, group: { pilot, kScale: qh.kScale, marginLogits: policy.marginLogits[layer][hi] } };
    });
    const budgets = policy.keepBudget?.[layer];
    const scales = hs.map(() => 1);
    if (budgets) prepared.forEach((p, hi) => p.group.pilot.length && (scales[hi] = chooseSharedMarginScale(analog, [p.group], budgets[hi], policy.minKeep, policy.marginScaleLimits)));
    return hs.map((h0, hi) => {
      const { qh, codes, qScales } = prepared[hi];
      // 'int8': the digital pass sees what the chip's does, the INT8 query (at its final scale), keys and values
      let h = h0;
      if (digital !== 'float') {
        const q8 = new Float64Array(tokens * d);
        const qi = new Int8Array(d);
        for (let i = 0; i < tokens; i++) {
          quantise(h0.q.subarray(i * d, (i + 1) * d), qScales[i], qi);
          for (let c = 0; c < d; c++) q8[i * d + c] = qi[c] * qScales[i];
        }
        const kv = digital !== 'int8q';
        h = { q: digital === 'int8kv' ? h0.q : q8, k: kv ? Float64Array.from(qh.keys, (x) => x * qh.kScale) : h0.k, v: kv ? dequantisedValues(qh, tokens) : h0.v };
      }
      const margin = policy.marginLogits[layer][hi];
      const scale = scales[hi];
      const out = new Float64Array(tokens * d);
      const s = new Float64Array(tokens);
      let kept = 0;
      const vMean = policy.compensation === 'code-mass' ? meanValue(h.v, tokens, d) : null;
      for (let i = 0; i < tokens; i++) {
        const c = codes[i];
        const floor = bestCode(c) - (structuralMargin(policy, analog, layer, i) ?? marginCodes(analog, margin * scale, qScales[i], qh.kScale));
        for (let j = 0; j < tokens; j++) if (c[j] >= floor) kept++;
        let smax = -Infinity;
        for (let j = 0; j < tokens; j++) {
          if (c[j] < floor) continue;
          let dot = 0;
          for (let k = 0; k < d; k++) dot += h.q[i * d + k] * h.k[j * d + k];
          s[j] = dot / Math.sqrt(d);
          if (s[j] > smax) smax = s[j];
        }
        let z = 0;
        for (let j = 0; j < tokens; j++) {
          if (c[j] < floor) continue;
          const e = Math.exp(s[j] - smax);
          z += e;
          for (let k = 0; k < d; k++) out[i * d + k] += e * h.v[j * d + k];
        }
        for (let k = 0; k < d; k++) out[i * d + k] /= z;
        if (vMean && rowReachesLogits(policy, layer, i)) compensateRow(out, i * d, vMean, analog, logitsPerCode(analog, qScales[i], qh.kScale), c, maskOf(c, floor));
      }
      onHead?.(layer, hi, kept / tokens / tokens, scale);
      return out;
    });
  };
}

export interface CalibrationInput {
  name: string;
  rgb: Uint8Array;
}

export interface CalibrationOptions {
  targetKeep: number;
  /** coordinate-search rounds over the layer weights (0: the error proxy alone) */
  refineRounds?: number;
  /** the first N inputs measure end-to-end KL during refinement (default all) */
  klInputs?: number;
  /** fit each head's margin to its budget on every image with a pilot (default true) */
  budgets?: boolean;
  /** the emulated digital pass of the refinement: 'int8' (default) rounds queries, keys and values as the chip does; under pruning that moves the KL (chelsea: 0.02 float, 0.12 INT8, chip 0.11) */
  digital?: 'float' | 'int8';
  /**
   * Retries of a query whose best code saturates (default 2, with a headroom per head). 0: queries
   * at the full INT8 range and no retries; saturated top tokens are simply all kept, and the
   * digital pass keeps every bit of the query.
   */
  saturationRetries?: number;
  /** cost of pruning a head in the allocation (default 'output') */
  errorMetric?: ErrorMetric;
  /** no head's budget below this keep fraction (default 0; 0.08 measured no better on the chip): a head left with a handful of tokens on the calibration images has no reserve on an image that needs more */
  minHeadKeep?: number;
  log?: (line: string) => void;
  dieSeeds?: number[];
  /** Balance query and key channels (KeepPolicy.keyBalance, SmoothQuant alpha); 0 or absent: off. */
  keyBalance?: number;
  /**
   * Head curves from codes measured on a device instead of the ideal transfer: called per die
   * seed of `dieSeeds` (it sets the die), input, layer and head; the curves average over inputs
   * and dies. Needs saturationRetries 0 (queries at their full range).
   */
  measureCodes?: (dieSeed: number | null, layer: number, head: number, h: HeadTensors, tokens: number) => Promise<MeasuredCodes>;
  /**
   * The policy's lastLayer rule (default 'cls-only'). The allocation is the same either way: the
   * last layer's budget is saved, not spent on the other layers (spending it measured no better
   * on the chip: RESULTS.md); calibratedKeep counts the last layer at MARGIN 0.
   */
  lastLayer?: 'policy' | 'cls-only';
  /** The policy's compensation (KeepPolicy.compensation): head curves and the KL check count the host's pruned-mass mix. */
  compensation?: 'none' | 'code-mass';
}

export async function calibrate(w: VitWeights, inputs: CalibrationInput[], analog: AnalogConstants, opts: CalibrationOptions): Promise<KeepPolicy> {
  const log = opts.log ?? (() => {});
  const recorded: { heads: HeadTensors[][]; logits: Float64Array; name: string; rgb: Uint8Array }[] = [];
  const alpha = opts.keyBalance ?? 0;
  for (const inp of inputs) {
    const r = await recordHeads(w, inp.rgb);
    // Head curves see the tensors as the chip pass will send them (KeepPolicy.keyBalance).
    const heads = alpha > 0 ? r.heads.map((layer) => layer.map((h) => balanceChannels(h, VIT.tokens, VIT.headDim, alpha))) : r.heads;
    recorded.push({ heads, logits: r.logits, name: inp.name, rgb: inp.rgb });
    log(`recorded ${inp.name}`);
  }
  const tokens = VIT.tokens;
  const retries = opts.saturationRetries ?? 2;
  const headroom = Array.from({ length: VIT.layers }, (_, l) => Array.from({ length: VIT.heads }, (_, h) => (retries === 0 ? 1 : chooseHeadroom(recorded.map((r) => r.heads[l][h]), tokens, analog))));
  const curves: HeadCurve[][] = Array.from({ length: VIT.layers }, () => Array.from({ length: VIT.heads }, () => ({ keep: new Float64Array(MARGIN_GRID.length), error: new Float64Array(MARGIN_GRID.length) })));
  if (opts.measureCodes && retries !== 0) throw invalidArgument('calibration on measured codes needs saturationRetries 0 (queries at their full range)');
  // with measured codes: once per die seed (null: the device as it is)
  const dies: (number | null)[] = opts.measureCodes && opts.dieSeeds?.length ? opts.dieSeeds : [null];
  for (const die of dies) {
    for (let l = 0; l < VIT.layers; l++) {
      for (let h = 0; h < VIT.heads; h++) {
        const sum = curves[l][h];
        for (const r of recorded) {
          const measured = opts.measureCodes ? await opts.measureCodes(die, l, h, r.heads[l][h], tokens) : undefined;
          const c = headCurve(r.heads[l][h], tokens, analog, headroom[l][h], MARGIN_GRID, 1, retries, opts.errorMetric ?? 'output', measured, opts.compensation === 'code-mass');
          for (let g = 0; g < MARGIN_GRID.length; g++) {
            sum.keep[g] += c.keep[g] / recorded.length / dies.length;
            sum.error[g] += c.error[g] / recorded.length / dies.length;
          }
        }
      }
    }
    if (opts.measureCodes) log(`head curves measured${die !== null ? ` on die ${die}` : ''}`);
  }
  const lastLayer = opts.lastLayer ?? 'cls-only';
  // Keep the allocation's margins would give, with the last layer at MARGIN 0 under 'cls-only'
  // (only its CLS row reaches the logits; that one query per head keeps everything).
  const keepOf = (index: number[][]): number => {
    let k = 0;
    index.forEach((row, l) => row.forEach((g, h) => {
      const c = curves[l][h];
      k += lastLayer === 'cls-only' && l === VIT.layers - 1 ? c.keep[0] + (1 - c.keep[0]) / tokens : c.keep[g];
    }));
    return k / (VIT.layers * VIT.heads);
  };
  log('head curves done');
  const toPolicy = (index: number[][], keep: number, method: string): KeepPolicy => ({
    kind: 'hac-vit-policy',
    version: 1,
    rule: 'relative-logit-margin',
    marginLogits: index.map((row) => row.map((g) => MARGIN_GRID[g])),
    queryHeadroom: headroom,
    saturationRetries: retries,
    ...(opts.budgets === false ? {} : { keepBudget: index.map((row, l) => row.map((g, h) => Math.max(1 / tokens, +curves[l][h].keep[g].toFixed(4)))) }),
    minKeep: 1,
    lastLayer,
    ...(alpha > 0 ? { keyBalance: alpha } : {}),
    ...(opts.compensation === 'code-mass' ? { compensation: 'code-mass' as const } : {}),
    provenance: { images: inputs.map((i) => i.name), dieSeeds: opts.dieSeeds ?? [], date: new Date().toISOString(), targetKeep: opts.targetKeep, calibratedKeep: keep, method, analog },
  });
  const evaluate = async (p: KeepPolicy): Promise<number> => {
    let kl = 0;
    // geometric mean: one unsure image (a KL of 1 where the others have 0.1) must not decide alone
    const subset = recorded.slice(0, opts.klInputs ?? recorded.length);
    for (const r of subset) kl += Math.log(Math.max(1e-6, klDivergence(r.logits, (await forward(w, r.rgb, emulatedAttend(p, analog, undefined, opts.digital ?? 'int8'))).logits)));
    return Math.exp(kl / subset.length);
  };
  const weights: number[] = new Array(VIT.layers).fill(1);
  let best = allocate(curves, opts.targetKeep, weights, opts.minHeadKeep ?? 0);
  let bestKl = await evaluate(toPolicy(best.index, best.keep, ''));
  log(`error-proxy allocation: keep ${best.keep.toFixed(3)}, geometric mean KL ${bestKl.toFixed(4)}`);
  for (let round = 0; round < (opts.refineRounds ?? 1); round++) {
    for (let l = 0; l < VIT.layers; l++) {
      for (const f of [4, 0.25]) {
        const trial = weights.slice();
        trial[l] *= f;
        const a = allocate(curves, opts.targetKeep, trial, opts.minHeadKeep ?? 0);
        const kl = await evaluate(toPolicy(a.index, a.keep, ''));
        if (kl < bestKl) {
          bestKl = kl;
          best = a;
          weights[l] = trial[l];
          log(`layer ${l} weight x${f}: keep ${a.keep.toFixed(3)}, geometric mean KL ${kl.toFixed(4)}`);
          break;
        }
      }
    }
  }
  const transfer = opts.measureCodes ? `analog codes measured on the device (every query at MARGIN 0${opts.dieSeeds?.length ? `, die seed${opts.dieSeeds.length > 1 ? 's' : ''} ${opts.dieSeeds.join(', ')}` : ''}) for the head curves, emulated ideal transfer for the KL check` : 'emulated ideal transfer (ANALOG block constants, rounded 4-bit MSBs)';
  return toPolicy(best.index, keepOf(best.index), `${transfer}, teacher-forced head curves on ${inputs.length} inputs, Lagrangian split of the keep budget over the 36 heads (cost: ${opts.errorMetric ?? 'output'} error)${lastLayer === 'cls-only' ? '; last layer: only the CLS query reaches the logits, the others run at MARGIN 0 (its budget saved, not spent elsewhere)' : ''}${(opts.refineRounds ?? 1) > 0 ? `, layer weights [${weights.map((x) => +x.toFixed(3)).join(', ')}] refined on` : ', no refinement; measured'} the end-to-end KL of emulated pruned passes over the first ${opts.klInputs ?? inputs.length} inputs (geometric mean KL ${bestKl.toFixed(4)})${opts.budgets === false ? '' : '; per-head keep budgets fitted per image by a pilot of every ' + PILOT_STRIDE + 'th query'}${alpha > 0 ? `; query/key channel balance alpha ${alpha}` : ''}${opts.compensation === 'code-mass' ? "; head curves and KL count the host's pruned-mass compensation (code-mass)" : ''}`);
}
