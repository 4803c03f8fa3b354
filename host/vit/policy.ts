/**
 * The keep policy of `hac vit`: decided on the host in real units, carried out by the chip.
 *
 * The chip's relative mode keeps token j when its analog code is within MARGIN codes of the
 * query's best code. Codes are an ADC's view of a 4-bit dot product (REGISTERS.md, ANALOG block):
 *   code = clamp(floor(dot4 / DOT_PER_CODE) + ZERO_CODE, 0, 2^ADC_BITS - 1),
 *   dot4 = sum_i (q_i >> s) (k_i >> s), s = 8 - INPUT_BITS,
 * so one dot4 unit is about 2^(2s) q_scale k_scale in q.k units and one code is
 *   logitsPerCode = DOT_PER_CODE * 2^(2s) * q_scale * k_scale / sqrt(d)
 * logits (softmax units). A policy stores a MARGIN IN LOGITS per layer and head and converts it
 * per query with that query's own scale (sent with the query in its settings), so the rule means
 * the same on every query, head, die and board. Nothing about the ADC is hard-coded: the
 * constants come from the device's ANALOG registers (readAnalogConstants).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { HacDevice } from '../device/device.js';
import { HacError, invalidArgument } from '../errors.js';
import { VIT } from './weights.js';

export interface AnalogConstants {
  adcBits: number;
  zeroCode: number;
  inputBits: number;
  /** dot4 units per ADC code (DOT_PER_CODE / 2^16) */
  dotPerCode: number;
}

/** Reads the ANALOG block through the register layer. A device that reports DOT_PER_CODE = 0 cannot express a rule in logits. */
export async function readAnalogConstants(dev: HacDevice): Promise<AnalogConstants> {
  const r = await dev.regs.readMany(['ADC_BITS', 'ZERO_CODE', 'INPUT_BITS', 'DOT_PER_CODE']);
  const c = { adcBits: r.ADC_BITS, zeroCode: r.ZERO_CODE, inputBits: r.INPUT_BITS, dotPerCode: r.DOT_PER_CODE / 65536 };
  if (!(c.dotPerCode > 0) || !(c.adcBits > 0) || !(c.inputBits > 0 && c.inputBits <= 8)) {
    throw new HacError('unsupported', `${dev.info.target} reports no usable analog constants (ANALOG: ADC_BITS=${c.adcBits}, INPUT_BITS=${c.inputBits}, DOT_PER_CODE=${r.DOT_PER_CODE}); a keep rule in logits needs them`, { context: { register: 'DOT_PER_CODE', target: dev.info.target } });
  }
  return c;
}

export function maxCode(c: AnalogConstants): number {
  return 2 ** c.adcBits - 1;
}

/** Softmax (logit) units per ADC code for a query sent at qScale against keys sent at kScale. */
export function logitsPerCode(c: AnalogConstants, qScale: number, kScale: number, headDim = VIT.headDim): number {
  const s = 8 - c.inputBits;
  return (c.dotPerCode * 2 ** (2 * s) * qScale * kScale) / Math.sqrt(headDim);
}

/** A margin in logits -> the MARGIN register (codes) for one query; rounds up so the rule never keeps less than asked. */
export function marginCodes(c: AnalogConstants, marginLogits: number, qScale: number, kScale: number): number {
  if (!(marginLogits >= 0)) throw invalidArgument(`margin must be >= 0 logits, got ${marginLogits}`);
  return Math.min(maxCode(c), Math.max(0, Math.ceil(marginLogits / logitsPerCode(c, qScale, kScale) - 1e-9)));
}

/**
 * The ideal transfer of the ANALOG block (no mismatch, no noise): host-side emulation for
 * calibration. The 4-bit inputs are taken as the bit-exact spec (firmware-sim/DIGITAL.md, "MSBs
 * into the CIM") does: rounded, x4 = min((x + 2^(s-1)) >> s, 2^(INPUT_BITS-1) - 1). The ANALOG
 * block's description says plain arithmetic shifts; truncation would bias every key by half a
 * step and measurably mis-rank tokens, so `msb: 'truncate'` is there to follow a board that does.
 */
export function idealCodes(c: AnalogConstants, q: Int8Array, qOff: number, keys: Int8Array, tokens: number, out: Uint8Array, d = VIT.headDim, msb: 'round' | 'truncate' = 'round'): void {
  const s = 8 - c.inputBits;
  const top = maxCode(c);
  const hi = 2 ** (c.inputBits - 1) - 1;
  const half = s > 0 ? 1 << (s - 1) : 0;
  const m4 = (x: number) => (msb === 'truncate' || s === 0 ? x >> s : Math.min((x + half) >> s, hi));
  const q4 = new Int32Array(d);
  for (let i = 0; i < d; i++) q4[i] = m4(q[qOff + i]);
  for (let j = 0; j < tokens; j++) {
    let dot = 0;
    for (let i = 0; i < d; i++) dot += q4[i] * m4(keys[j * d + i]);
    const code = Math.floor(dot / c.dotPerCode) + c.zeroCode;
    out[j] = code < 0 ? 0 : code > top ? top : code;
  }
}

// ---- policy files ----

export interface PolicyProvenance {
  /** calibration inputs (paths or descriptions) */
  images: string[];
  /** die seeds of the device whose constants were used (the emulation itself is noise-free) */
  dieSeeds: number[];
  date: string;
  targetKeep: number;
  /** average keep the calibration reached on its inputs (emulated) */
  calibratedKeep: number;
  method: string;
  analog: AnalogConstants;
}

export interface KeepPolicy {
  kind: 'hac-vit-policy';
  version: 1;
  /** relative rule: keep a key whose score is within marginLogits[layer][head] of the query's best */
  rule: 'relative-logit-margin';
  marginLogits: number[][];
  /**
   * Per layer and head, a power of two the per-query scale max|q|/127 is multiplied by before
   * sending, so that few queries' best codes hit the ADC's top (those run again at twice the scale).
   */
  queryHeadroom: number[][];
  /**
   * Optional per layer and head keep budget (fraction of tokens). When present, each head first
   * runs a pilot of every PILOT_STRIDE-th query, and its margin is scaled (one factor per head and
   * image) so the pilot's keep meets the budget: the margin stays relative per query, the budget
   * holds on images whose scores are more crowded than the calibration images'.
   */
  keepBudget?: number[][];
  /** the pilot's margin factor stays within [lo, hi] (default the whole MARGIN_SCALES grid): a head that needs its tokens on an image keeps most of them */
  marginScaleLimits?: [number, number];
  /**
   * How often a query whose best code sits at the ADC's top runs again at twice the query scale
   * (default 2). The chip's digital pass uses the same INT8 query, so a coarser scale also costs
   * score precision; 0 accepts saturation (the saturated top tokens are all kept).
   */
  saturationRetries?: number;
  /** MIN_KEEP register: never fewer tokens than this per query */
  minKeep: number;
  /**
   * Rules from the network's structure, not from calibration (see `structuralMargin`):
   * 'dense': the CLS query (token 0) of every head keeps every token (its row is the only one
   * the class head reads in the end: 36 of 7,092 queries, about +0.005 average keep).
   */
  clsQuery?: 'policy' | 'dense';
  /**
   * 'cls-only': in the last layer only the CLS query's output reaches the logits (the MLP and the
   * head work per token, the head reads token 0), so the other 196 queries run at MARGIN 0 (the
   * fewest tokens the chip keeps); they still run and count in the keep ratio. The CLS row keeps
   * its calibrated margin: the logits are the same as without the rule.
   */
  lastLayer?: 'policy' | 'cls-only';
  /**
   * How a head's budget is spread over its queries. 'margin' (default): one margin in logits for
   * every query of the head (scaled by the pilot). 'mass': every query first runs once for its
   * analog codes (at MARGIN 0), and then keeps the smallest code band whose softmax mass estimated
   * from the codes reaches p; one p per head and image, chosen on those codes so the head's keep
   * meets its budget. The code run's kept tokens count in the keep ratio. Chip passes only (the
   * calibration's emulation uses the margin rule); off by default, measured worse on the test
   * photos (RESULTS.md, "Tried in this round").
   */
  queryRule?: 'margin' | 'mass';
  /**
   * Where a head's tokens sit in K/V SRAM: 'identity' (default, token t in slot t) or 'shuffled'
   * (a fixed pseudo-random order per layer and head, see chip.ts shuffledOrder). Exact on a chip
   * without mismatch; off by default (measured within the noise, RESULTS.md).
   */
  tokenOrder?: 'identity' | 'shuffled';
  /**
   * Per-channel balance of queries and keys before INT8 (SmoothQuant): channel c of the keys is
   * multiplied by a_c = max|q_c|^alpha / max|k_c|^(1 - alpha) and of the queries divided by it,
   * so every score is unchanged in real arithmetic while the 4-bit analog input and the INT8 keys
   * see channels of like range. 0 or absent: off.
   */
  keyBalance?: number;
  /**
   * What the host does with the softmax mass of the tokens the chip pruned. 'none' (default): the
   * chip's output is the attention over the kept tokens alone. 'code-mass': the host estimates
   * each query's pruned mass m from the analog codes the chip returns (token j weighs
   * exp(logitsPerCode x (code_j - best code)); m = pruned weight / all weight, no fitted
   * factor) and mixes the head's mean value in for it, o' = (1 - m) o + m mean(v): O(tokens + d)
   * host work per query on data the chip already made. Skipped for a query whose best code sits
   * at the ADC's top (its codes cannot rank the kept tokens' mass).
   */
  compensation?: 'none' | 'code-mass';
  provenance: PolicyProvenance;
}

export function checkPolicy(p: unknown, what = 'policy'): KeepPolicy {
  const bad = (why: string) => invalidArgument(`${what}: ${why}`, { path: what });
  if (!p || typeof p !== 'object') throw bad('not a JSON object');
  const o = p as Partial<KeepPolicy>;
  if (o.kind !== 'hac-vit-policy' || o.version !== 1) throw bad('not a hac-vit-policy version 1 file');
  if (o.rule !== 'relative-logit-margin') throw bad(`unknown rule ${String(o.rule)}`);
  const m = o.marginLogits;
  if (!Array.isArray(m) || m.length !== VIT.layers || m.some((row) => !Array.isArray(row) || row.length !== VIT.heads || row.some((x) => typeof x !== 'number' || !(x >= 0) || !Number.isFinite(x)))) throw bad(`marginLogits must be ${VIT.layers} x ${VIT.heads} finite numbers >= 0`);
  const hr = o.queryHeadroom;
  if (!Array.isArray(hr) || hr.length !== VIT.layers || hr.some((row) => !Array.isArray(row) || row.length !== VIT.heads || row.some((x) => typeof x !== 'number' || !(x >= 1) || !Number.isFinite(x)))) throw bad(`queryHeadroom must be ${VIT.layers} x ${VIT.heads} numbers >= 1`);
  const kb = o.keepBudget;
  if (kb !== undefined && (!Array.isArray(kb) || kb.length !== VIT.layers || kb.some((row) => !Array.isArray(row) || row.length !== VIT.heads || row.some((x) => typeof x !== 'number' || !(x > 0 && x <= 1))))) throw bad(`keepBudget must be ${VIT.layers} x ${VIT.heads} fractions in (0, 1]`);
  if (o.clsQuery !== undefined && o.clsQuery !== 'policy' && o.clsQuery !== 'dense') throw bad(`clsQuery must be 'policy' or 'dense'`);
  if (o.lastLayer !== undefined && o.lastLayer !== 'policy' && o.lastLayer !== 'cls-only') throw bad(`lastLayer must be 'policy' or 'cls-only'`);
  if (o.tokenOrder !== undefined && o.tokenOrder !== 'identity' && o.tokenOrder !== 'shuffled') throw bad(`tokenOrder must be 'identity' or 'shuffled'`);
  if (o.queryRule !== undefined && o.queryRule !== 'margin' && o.queryRule !== 'mass') throw bad(`queryRule must be 'margin' or 'mass'`);
  if (o.compensation !== undefined && o.compensation !== 'none' && o.compensation !== 'code-mass') throw bad(`compensation must be 'none' or 'code-mass'`);
  if (o.keyBalance !== undefined && !(typeof o.keyBalance === 'number' && o.keyBalance >= 0 && o.keyBalance <= 1)) throw bad('keyBalance must be a number in 0..1');
  if (typeof o.minKeep !== 'number' || !Number.isInteger(o.minKeep) || o.minKeep < 1 || o.minKeep > 512) throw bad('minKeep must be an integer in 1..512');
  return o as KeepPolicy;
}

export function loadPolicy(path: string): KeepPolicy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new HacError('invalid-argument', `cannot read policy ${path}: ${err instanceof Error ? err.message : String(err)}`, { cause: err, context: { path } });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new HacError('invalid-argument', `policy ${path} is not JSON: ${err instanceof Error ? err.message : String(err)}`, { cause: err, context: { path } });
  }
  return checkPolicy(json, path);
}

export function savePolicy(path: string, p: KeepPolicy): void {
  writeFileSync(path, JSON.stringify(p, null, 1) + '\n');
}

/** Every PILOT_STRIDE-th query of a head is in its pilot (CLS included): 29 of 197, within one 32-query batch. */
export const PILOT_STRIDE = 7;
/** Margin scale factors a pilot chooses from. */
export const MARGIN_SCALES: readonly number[] = Array.from({ length: 27 }, (_, i) => 0.4 + i * 0.1);

/** One pilot query: its analog codes and the query scale it ran at. */
export interface PilotQuery {
  codes: ArrayLike<number>;
  qScale: number;
}

/**
 * The margin scale for one head on one image: the factor whose keep on the pilot queries lies
 * closest to the budget (the smaller factor on a tie). Margins are whole codes, so keep moves in
 * steps; "at most the budget" would land half a step low on average and lose accuracy the budget
 * paid for. Codes do not depend on the margin, so one pilot run answers for every factor.
 */
export function chooseMarginScale(c: AnalogConstants, pilot: readonly PilotQuery[], kScale: number, marginLogits: number, budget: number, minKeep = 1, limits: readonly [number, number] = [0, Infinity]): number {
  return chooseSharedMarginScale(c, [{ pilot, kScale, marginLogits }], budget, minKeep, limits);
}

/** One head's share of a pilot: its queries' codes, its key scale and its margin. */
export interface PilotGroup {
  pilot: readonly PilotQuery[];
  kScale: number;
  marginLogits: number;
}

/** One factor for several heads (a layer): their pooled pilot keep closest to the budget. */
export function chooseSharedMarginScale(c: AnalogConstants, groups: readonly PilotGroup[], budget: number, minKeep = 1, limits: readonly [number, number] = [0, Infinity]): number {
  const factors = MARGIN_SCALES.filter((f) => f >= limits[0] - 1e-9 && f <= limits[1] + 1e-9);
  // Per pilot query, once: its best code and atLeast[k] = how many codes are >= k (codes are
  // 0..maxCode), so each factor costs one look-up per query instead of a pass over its tokens.
  const top = maxCode(c);
  const queries: { g: PilotGroup; p: PilotQuery; best: number; atLeast: Int32Array; floorKeep: number }[] = [];
  let total = 0;
  for (const g of groups) {
    for (const p of g.pilot) {
      const atLeast = new Int32Array(top + 2);
      let best = 0;
      for (let j = 0; j < p.codes.length; j++) {
        const code = Math.min(top, Math.max(0, p.codes[j]));
        atLeast[code]++;
        if (p.codes[j] > best) best = p.codes[j];
      }
      for (let k = top - 1; k >= 0; k--) atLeast[k] += atLeast[k + 1];
      queries.push({ g, p, best, atLeast, floorKeep: Math.min(minKeep, p.codes.length) });
      total += p.codes.length;
    }
  }
  let chosen = factors[0] ?? 1;
  let bestGap = Infinity;
  for (const f of factors) {
    let kept = 0;
    for (const { g, p, best, atLeast, floorKeep } of queries) {
      const floor = best - marginCodes(c, g.marginLogits * f, p.qScale, g.kScale);
      const n = floor <= 0 ? p.codes.length : floor > top ? 0 : atLeast[floor];
      kept += Math.max(n, floorKeep);
    }
    const gap = Math.abs(kept / total - budget);
    if (gap < bestGap - 1e-12) {
      bestGap = gap;
      chosen = f;
    }
  }
  return chosen;
}

/** One query's analog codes summarised for the mass rule: keep and estimated mass per margin in codes. */
export interface MassCurve {
  /** keep[m]: tokens whose code is within m codes of the best (m = 0..maxCode) */
  keep: Int32Array;
  /** mass[m]: their share of the softmax mass estimated from the codes (code x logitsPerCode) */
  mass: Float64Array;
}

export function massCurve(c: AnalogConstants, codes: ArrayLike<number>, qScale: number, kScale: number): MassCurve {
  const top = maxCode(c);
  const count = new Int32Array(top + 1);
  let best = 0;
  for (let j = 0; j < codes.length; j++) {
    const code = Math.min(top, Math.max(0, codes[j]));
    count[code]++;
    if (code > best) best = code;
  }
  const lpc = logitsPerCode(c, qScale, kScale);
  const keep = new Int32Array(top + 1);
  const mass = new Float64Array(top + 1);
  let n = 0;
  let z = 0;
  for (let m = 0; m <= top; m++) {
    const code = best - m;
    if (code >= 0) {
      n += count[code];
      z += count[code] * Math.exp(-m * lpc);
    }
    keep[m] = n;
    mass[m] = z;
  }
  for (let m = 0; m <= top; m++) mass[m] /= z;
  return { keep, mass };
}

/**
 * The share of a query's softmax mass the chip pruned, estimated from its analog codes: token j
 * weighs exp(lpc x (code_j - best)), lpc = logits per code. `keptMask` is the chip's keep mask
 * (bit t of byte t/8).
 */
export function prunedMassFromCodes(lpc: number, codes: ArrayLike<number>, keptMask: Uint8Array): number {
  if (!(lpc >= 0 && Number.isFinite(lpc))) throw invalidArgument(`logits per code must be a finite number >= 0, got ${lpc}`);
  if (keptMask.length * 8 < codes.length) throw invalidArgument(`keep mask of ${keptMask.length} bytes is short for ${codes.length} codes`);
  const best = bestCode(codes);
  // a histogram of codes per side, then one exp per code value (at most 2^ADC_BITS of them)
  const kept = new Float64Array(best + 1);
  const pruned = new Float64Array(best + 1);
  for (let j = 0; j < codes.length; j++) {
    const c = codes[j];
    if (!(Number.isInteger(c) && c >= 0)) throw invalidArgument(`analog code ${c} of token ${j} is not a code`);
    if ((keptMask[j >> 3] >> (j & 7)) & 1) kept[c]++;
    else pruned[c]++;
  }
  let zk = 0;
  let zp = 0;
  for (let c = 0; c <= best; c++) {
    if (kept[c] === 0 && pruned[c] === 0) continue;
    const e = Math.exp(lpc * (c - best));
    zk += kept[c] * e;
    zp += pruned[c] * e;
  }
  return zk + zp > 0 ? zp / (zk + zp) : 0;
}

/** The head's mean value per channel (tokens x d values): what 'code-mass' compensation mixes in for the pruned mass. */
export function meanValue(v: ArrayLike<number>, tokens: number, d: number): Float64Array {
  const m = new Float64Array(d);
  for (let t = 0; t < tokens; t++) for (let c = 0; c < d; c++) m[c] += v[t * d + c];
  for (let c = 0; c < d; c++) m[c] /= tokens;
  return m;
}

/**
 * 'code-mass' compensation of one query's output row (out[off .. off + vMean.length)), in place:
 * row' = (1 - m) row + m vMean, m = prunedMassFromCodes. Returns m, or null for a query whose best
 * code sits at the ADC's top (its codes cannot rank the kept tokens' mass: left as it is).
 */
export function compensateRow(out: Float64Array, off: number, vMean: Float64Array, c: AnalogConstants, lpc: number, codes: ArrayLike<number>, keptMask: Uint8Array): number | null {
  if (bestCode(codes) >= maxCode(c)) return null;
  const m = prunedMassFromCodes(lpc, codes, keptMask);
  for (let k = 0; k < vMean.length; k++) out[off + k] = (1 - m) * out[off + k] + m * vMean[k];
  return m;
}

/** The highest code of a query (0 for none); a loop, not Math.max(...codes), which is slow on typed arrays. */
export function bestCode(codes: ArrayLike<number>): number {
  let best = 0;
  for (let j = 0; j < codes.length; j++) if (codes[j] > best) best = codes[j];
  return best;
}

/** The smallest margin (codes) whose estimated mass reaches p. */
export function massMargin(curve: MassCurve, p: number): number {
  for (let m = 0; m < curve.mass.length; m++) if (curve.mass[m] >= p - 1e-12) return m;
  return curve.mass.length - 1;
}

/** Mass targets a head chooses from: p = 1 - exp(-x), x = 0.1 .. 12. */
export const MASS_TARGETS: readonly number[] = Array.from({ length: 120 }, (_, i) => 1 - Math.exp(-0.1 * (i + 1)));

/** The mass target whose keep over `curves` lies closest to the budget (the smaller p on a tie). */
export function chooseMassTarget(curves: readonly MassCurve[], tokens: number, budget: number, minKeep = 1): number {
  let chosen = MASS_TARGETS[0];
  let bestGap = Infinity;
  for (const p of MASS_TARGETS) {
    let kept = 0;
    for (const cv of curves) kept += Math.max(cv.keep[massMargin(cv, p)], Math.min(minKeep, tokens));
    const gap = Math.abs(kept / (curves.length * tokens) - budget);
    if (gap < bestGap - 1e-12) {
      bestGap = gap;
      chosen = p;
    }
  }
  return chosen;
}

/**
 * The MARGIN (codes) a structural rule of the policy sets for query `query` of a head in `layer`,
 * or null when the calibrated margin applies.
 */
export function structuralMargin(p: KeepPolicy, c: AnalogConstants, layer: number, query: number): number | null {
  if (query === 0) return p.clsQuery === 'dense' ? maxCode(c) : null;
  if (p.lastLayer === 'cls-only' && layer === VIT.layers - 1) return 0;
  return null;
}

/** Whether query `query`'s output in `layer` reaches the logits ('cls-only': only the CLS row of the last layer does). */
export function rowReachesLogits(p: KeepPolicy, layer: number, query: number): boolean {
  return !(p.lastLayer === 'cls-only' && layer === VIT.layers - 1 && query !== 0);
}

/**
 * Whether a pilot query counts when a head's margin factor is fitted to its budget: all but a
 * dense CLS query. (The last layer's other rows under 'cls-only' still count, so the CLS row's
 * margin is the one it would get without the rule.)
 */
export function pilotCounts(p: KeepPolicy, query: number): boolean {
  return !(query === 0 && p.clsQuery === 'dense');
}

/** A keep rule for one run: the calibrated policy, or one of the baselines it is compared with. */
export type KeepRule =
  | { kind: 'dense' }
  | { kind: 'policy'; policy: KeepPolicy; scale?: number }
  /** one MARGIN in codes for every head, queries at one per-tensor scale (the earlier rule) */
  | { kind: 'global-margin'; codes: number }
  /** TOPK mode: the same fraction of tokens for every query */
  | { kind: 'top-k'; fraction: number };

export function describeRule(r: KeepRule): string {
  switch (r.kind) {
    case 'dense':
      return 'pruning off (dense)';
    case 'policy':
      return `policy (logit margins${r.scale !== undefined && r.scale !== 1 ? ` x${r.scale}` : ''})`;
    case 'global-margin':
      return `global margin ${r.codes} codes`;
    case 'top-k':
      return `top-k ${(r.fraction * 100).toFixed(0)}%`;
  }
}
