/**
 * The digital processor: the ONE place where the bit-exact arithmetic is specified.
 * firmware-sim/DIGITAL.md documents every step of this file for an RTL/FPGA implementation;
 * any change here must change that document (and its test vectors) with it.
 *
 * All values are integers. Where an intermediate exceeds 32 bits (the exponent product, the
 * probability product) it stays below 2^53, so a JS number holds it exactly; the RTL widths are
 * given in DIGITAL.md.
 */

/** Fraction bits of the score-scale register (log2(e) * scale, unsigned). */
export const SCORE_SCALE_FRAC_BITS = 24;
/** Fraction bits of the base-2 exponent u (u = -log2(weight), Q.8). */
export const EXP_FRAC_BITS = 8;
/** Fraction bits of the exponent LUT entries and of the unnormalised weights (max weight 2^15). */
export const WEIGHT_FRAC_BITS = 15;
/** Reciprocal R = floor(2^RECIP_BITS / W). */
export const RECIP_BITS = 45;
/** Fraction bits of the probabilities p_j (p = 1.0 is 2^16). */
export const PROB_FRAC_BITS = 16;
/** u at or above this gives weight 0 (2^-16 and below). */
export const EXP_CUTOFF = 16 << EXP_FRAC_BITS;

/** EXP2_LUT[f] = round(2^15 * 2^(-f/256)), f = 0..255 (no entry is within 2.7e-4 of a tie). */
export const EXP2_LUT: Uint16Array = Uint16Array.from([
  32768, 32679, 32591, 32503, 32415, 32327, 32240, 32153, 32066, 31979, 31893, 31806, 31720, 31635, 31549, 31464,
  31379, 31294, 31209, 31125, 31041, 30957, 30873, 30790, 30706, 30623, 30541, 30458, 30376, 30293, 30212, 30130,
  30048, 29967, 29886, 29805, 29725, 29644, 29564, 29484, 29405, 29325, 29246, 29167, 29088, 29009, 28931, 28852,
  28774, 28697, 28619, 28542, 28464, 28388, 28311, 28234, 28158, 28082, 28006, 27930, 27855, 27779, 27704, 27629,
  27554, 27480, 27406, 27332, 27258, 27184, 27110, 27037, 26964, 26891, 26818, 26746, 26674, 26601, 26530, 26458,
  26386, 26315, 26244, 26173, 26102, 26031, 25961, 25891, 25821, 25751, 25681, 25612, 25543, 25474, 25405, 25336,
  25268, 25199, 25131, 25063, 24995, 24928, 24860, 24793, 24726, 24659, 24593, 24526, 24460, 24394, 24328, 24262,
  24196, 24131, 24066, 24001, 23936, 23871, 23806, 23742, 23678, 23614, 23550, 23486, 23423, 23359, 23296, 23233,
  23170, 23108, 23045, 22983, 22921, 22859, 22797, 22735, 22674, 22613, 22552, 22491, 22430, 22369, 22309, 22248,
  22188, 22128, 22068, 22009, 21949, 21890, 21831, 21772, 21713, 21654, 21595, 21537, 21479, 21421, 21363, 21305,
  21247, 21190, 21133, 21076, 21019, 20962, 20905, 20849, 20792, 20736, 20680, 20624, 20568, 20513, 20457, 20402,
  20347, 20292, 20237, 20182, 20127, 20073, 20019, 19965, 19911, 19857, 19803, 19750, 19696, 19643, 19590, 19537,
  19484, 19431, 19379, 19326, 19274, 19222, 19170, 19118, 19066, 19015, 18963, 18912, 18861, 18810, 18759, 18708,
  18658, 18607, 18557, 18507, 18457, 18407, 18357, 18308, 18258, 18209, 18160, 18110, 18061, 18013, 17964, 17915,
  17867, 17819, 17770, 17722, 17674, 17627, 17579, 17531, 17484, 17437, 17390, 17343, 17296, 17249, 17202, 17156,
  17109, 17063, 17017, 16971, 16925, 16879, 16834, 16788, 16743, 16697, 16652, 16607, 16562, 16518, 16473, 16428,
]);

const TWO_POW_15 = 32768;
const TWO_POW_16 = 65536;
const TWO_POW_28 = 268435456;
const TWO_POW_29 = 536870912;
const TWO_POW_45 = 35184372088832;

/**
 * The `bits` MSBs of an INT8 value as a signed `bits`-bit integer (CIM keys and the bit-serial
 * query). 'round': clamp((x + 2^(s-1)) >> s) with s = 8 - bits; 'truncate': x >> s.
 */
export function msbOf(x: number, bits: number, mode: 'round' | 'truncate'): number {
  const s = 8 - bits;
  if (s <= 0) return x;
  if (mode === 'truncate') return x >> s;
  const r = (x + (1 << (s - 1))) >> s;
  const hi = (1 << (bits - 1)) - 1;
  return r > hi ? hi : r;
}

/** The score-scale register for a real score multiplier: round(realScale * log2(e) * 2^24). */
export function scoreScaleFor(realScale: number): number {
  const v = Math.round(realScale * Math.LOG2E * 2 ** SCORE_SCALE_FRAC_BITS);
  if (!(v >= 1 && v < 2 ** 31)) throw new RangeError(`score scale ${realScale} outside the register range`);
  return v;
}

/** Default score scale: 1/sqrt(d) with unit quantisation scales (d = 64 -> 3025551). */
export function defaultScoreScale(d: number): number {
  return scoreScaleFor(1 / Math.sqrt(d));
}

/** u = round(diff * scoreScale / 2^16): -log2 of the weight in Q.8; diff = s_max - s_j >= 0. */
export function exponentOf(diff: number, scoreScale: number): number {
  return Math.floor((diff * scoreScale + TWO_POW_15) / TWO_POW_16);
}

/** Unnormalised weight 2^(-u/256) in Q.15: LUT[u mod 256] shifted right by floor(u/256) with rounding. */
export function weightOf(u: number): number {
  if (u >= EXP_CUTOFF) return 0;
  const k = u >> EXP_FRAC_BITS;
  const m = EXP2_LUT[u & 255];
  return k === 0 ? m : (m + (1 << (k - 1))) >> k;
}

/** Fixed-point reciprocal of the weight sum W (>= 2^15): floor(2^45 / W). */
export function reciprocalOf(sum: number): number {
  return Math.floor(TWO_POW_45 / sum);
}

/** Probability in Q.16: round(w * R / 2^29), half up. */
export function probabilityOf(w: number, recip: number): number {
  return Math.floor((w * recip + TWO_POW_28) / TWO_POW_29);
}

/** Arithmetic right shift by n with round-half-up (toward +infinity on ties). */
const POW2: Float64Array = Float64Array.from({ length: 64 }, (_, i) => 2 ** i);

export function roundShift(x: number, n: number): number {
  if (n <= 0) return x;
  return Math.floor((x + POW2[n - 1]) / POW2[n]);
}

export function saturate(x: number, int16: boolean): number {
  const lo = int16 ? -32768 : -128;
  const hi = int16 ? 32767 : 127;
  return x < lo ? lo : x > hi ? hi : x;
}

/** Hook a timing-violation model uses to corrupt a digital word; identity when timing is met. */
export type WordFault = (word: 'score' | 'output', index: number, value: number) => number;

export interface DigitalInput {
  q: Int8Array;
  /** token-major INT8 memories: token t dim i at t*d+i */
  k: Int8Array;
  v: Int8Array;
  d: number;
  /** indices of kept tokens, ascending; the first `count` entries are used */
  kept: Int32Array;
  count: number;
  scoreScale: number;
  /** 0..16: fraction bits kept in the output (output real value = o * Vscale * 2^-outputShift) */
  outputShift: number;
  outputInt16: boolean;
  /** optional permanent SRAM bit flips: XOR masks the same shape as k / v, and per-token flags */
  kXor?: Uint8Array | null;
  vXor?: Uint8Array | null;
  kFlipTokens?: Uint8Array | null;
  vFlipTokens?: Uint8Array | null;
  fault?: WordFault | null;
}

/** Reusable buffers so a query allocates nothing in the digital pass. */
export class DigitalScratch {
  // Integers held in float64: every value here is an integer below 2^53, so float64 arithmetic is
  // exact and bit-identical to the integer definition (and faster than Int32 in V8).
  scores: Float64Array;
  weights: Float64Array;
  acc: Float64Array;
  qf: Float64Array;
  /** int32 working buffers of the S.V step (allocated on first use; optional so a hand-built scratch still fits) */
  probsI32?: Int32Array;
  basesI32?: Int32Array;
  accI32?: Int32Array;
  constructor(maxTokens: number, d: number) {
    this.scores = new Float64Array(maxTokens);
    this.weights = new Float64Array(maxTokens);

    this.acc = new Float64Array(d);
    this.qf = new Float64Array(d);
  }
}

function readFlipped(mem: Int8Array, xor: Uint8Array, idx: number): number {
  return ((mem[idx] ^ xor[idx]) << 24) >> 24;
}

/** Above this many kept tokens the S.V sums could leave int32: the float64 path takes over. */
const INT32_SV_MAX_COUNT = 1 << 20;

function grownInt32(a: Int32Array | undefined, n: number): Int32Array {
  return a !== undefined && a.length >= n ? a : new Int32Array(Math.max(n, 16));
}

/**
 * Exact attention over the kept tokens (DIGITAL.md steps 1-8). Writes `d` values into `out`.
 * With count = 0 the output is all zeros (nothing to attend to).
 *
 * Speed notes (the arithmetic is the integer definition, so any exact evaluation order is the
 * same result): Q.K and S.V run in int32 (|s| <= 2^20; |p * v| <= 2^23 and |acc| < 2^25, so no
 * int32 sum can wrap) eight kept tokens at a time, sharing each query load / accumulator
 * load-store; tokens with p = 0 add nothing and are skipped.
 */
export function attendKept(inp: DigitalInput, scratch: DigitalScratch, out: Int16Array): void {
  const { q, k, v, d, kept, count, scoreScale, outputShift, outputInt16 } = inp;
  const kXor = inp.kXor ?? null, vXor = inp.vXor ?? null;
  const kFlip = inp.kFlipTokens ?? null, vFlip = inp.vFlipTokens ?? null;
  const fault = inp.fault ?? null;
  if (!(outputShift >= 0 && outputShift <= 16) || !Number.isInteger(outputShift)) {
    throw new RangeError(`outputShift ${outputShift} outside 0..16`);
  }
  const acc = scratch.acc;
  acc.fill(0);
  if (count === 0) {
    out.fill(0, 0, d);
    return;
  }
  const scores = scratch.scores;
  const weights = scratch.weights;

  // DIGITAL.md steps 1-2. Q.K in INT32, and the running maximum.
  const qf = scratch.qf;
  for (let i = 0; i < d; i++) qf[i] = q[i];
  let smax = -2147483648;
  let n = 0;
  if (kFlip === null || kXor === null) {
    const count8 = count & ~7;
    for (; n < count8; n += 8) {
      const b0 = kept[n] * d, b1 = kept[n + 1] * d, b2 = kept[n + 2] * d, b3 = kept[n + 3] * d;
      const b4 = kept[n + 4] * d, b5 = kept[n + 5] * d, b6 = kept[n + 6] * d, b7 = kept[n + 7] * d;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
      for (let i = 0; i < d; i++) {
        const x = q[i];
        s0 = (s0 + x * k[b0 + i]) | 0;
        s1 = (s1 + x * k[b1 + i]) | 0;
        s2 = (s2 + x * k[b2 + i]) | 0;
        s3 = (s3 + x * k[b3 + i]) | 0;
        s4 = (s4 + x * k[b4 + i]) | 0;
        s5 = (s5 + x * k[b5 + i]) | 0;
        s6 = (s6 + x * k[b6 + i]) | 0;
        s7 = (s7 + x * k[b7 + i]) | 0;
      }
      if (fault !== null) {
        s0 = fault('score', n, s0);
        s1 = fault('score', n + 1, s1);
        s2 = fault('score', n + 2, s2);
        s3 = fault('score', n + 3, s3);
        s4 = fault('score', n + 4, s4);
        s5 = fault('score', n + 5, s5);
        s6 = fault('score', n + 6, s6);
        s7 = fault('score', n + 7, s7);
      }
      scores[n] = s0; scores[n + 1] = s1; scores[n + 2] = s2; scores[n + 3] = s3;
      scores[n + 4] = s4; scores[n + 5] = s5; scores[n + 6] = s6; scores[n + 7] = s7;
      if (s0 > smax) smax = s0;
      if (s1 > smax) smax = s1;
      if (s2 > smax) smax = s2;
      if (s3 > smax) smax = s3;
      if (s4 > smax) smax = s4;
      if (s5 > smax) smax = s5;
      if (s6 > smax) smax = s6;
      if (s7 > smax) smax = s7;
    }
  }
  for (; n < count; n++) {
    const t = kept[n];
    const base = t * d;
    let s = 0;
    if (kFlip !== null && kXor !== null && kFlip[t] !== 0) {
      for (let i = 0; i < d; i++) s += qf[i] * readFlipped(k, kXor, base + i);
    } else {
      for (let i = 0; i < d; i++) s = (s + q[i] * k[base + i]) | 0;
    }
    if (fault !== null) s = fault('score', n, s);
    scores[n] = s;
    if (s > smax) smax = s;
  }

  // Steps 3-5. base-2 exponent through the LUT, weight sum, reciprocal.
  let sum = 0;
  for (let m = 0; m < count; m++) {
    const w = weightOf(exponentOf(smax - scores[m], scoreScale));
    weights[m] = w;
    sum += w;
  }
  const recip = reciprocalOf(sum);

  // Steps 6-7. probabilities and S.V accumulation.
  if (count > INT32_SV_MAX_COUNT) {
    for (let m = 0; m < count; m++) {
      const p = probabilityOf(weights[m], recip);
      if (p === 0) continue;
      const t = kept[m];
      const base = t * d;
      if (vFlip !== null && vXor !== null && vFlip[t] !== 0) {
        for (let i = 0; i < d; i++) acc[i] += p * readFlipped(v, vXor, base + i);
      } else {
        for (let i = 0; i < d; i++) acc[i] += p * v[base + i];
      }
    }
  } else {
    const probs = (scratch.probsI32 = grownInt32(scratch.probsI32, count));
    const bases = (scratch.basesI32 = grownInt32(scratch.basesI32, count));
    const acci = (scratch.accI32 = grownInt32(scratch.accI32, d));
    acci.fill(0, 0, d);
    let live = 0;
    for (let m = 0; m < count; m++) {
      const p = probabilityOf(weights[m], recip);
      if (p === 0) continue;
      const t = kept[m];
      if (vFlip !== null && vXor !== null && vFlip[t] !== 0) {
        const base = t * d;
        for (let i = 0; i < d; i++) acci[i] = (acci[i] + p * readFlipped(v, vXor, base + i)) | 0;
        continue;
      }
      probs[live] = p;
      bases[live] = t * d;
      live++;
    }
    const live8 = live & ~7;
    let m = 0;
    for (; m < live8; m += 8) {
      const p0 = probs[m], p1 = probs[m + 1], p2 = probs[m + 2], p3 = probs[m + 3];
      const p4 = probs[m + 4], p5 = probs[m + 5], p6 = probs[m + 6], p7 = probs[m + 7];
      const b0 = bases[m], b1 = bases[m + 1], b2 = bases[m + 2], b3 = bases[m + 3];
      const b4 = bases[m + 4], b5 = bases[m + 5], b6 = bases[m + 6], b7 = bases[m + 7];
      for (let i = 0; i < d; i++) {
        acci[i] = (acci[i] + p0 * v[b0 + i] + p1 * v[b1 + i] + p2 * v[b2 + i] + p3 * v[b3 + i]
          + p4 * v[b4 + i] + p5 * v[b5 + i] + p6 * v[b6 + i] + p7 * v[b7 + i]) | 0;
      }
    }
    for (; m < live; m++) {
      const p = probs[m], base = bases[m];
      for (let i = 0; i < d; i++) acci[i] = (acci[i] + p * v[base + i]) | 0;
    }
    for (let i = 0; i < d; i++) acc[i] = acci[i];
  }

  // Step 8. output scale, rounding and saturation.
  const sh = PROB_FRAC_BITS - outputShift;
  for (let i = 0; i < d; i++) {
    let o = saturate(roundShift(acc[i], sh), outputInt16);
    if (fault !== null) o = saturate(fault('output', i, o), outputInt16);
    out[i] = o;
  }
}

/**
 * Convenience wrapper for tests and tools: dense-memory attention over the tokens whose keep
 * flag is set (all tokens when keepMask is omitted).
 */
export function digitalAttention(
  q: Int8Array,
  k: Int8Array,
  v: Int8Array,
  opts: { d?: number; contextLength?: number; keepMask?: Uint8Array; scoreScale?: number; outputShift?: number; outputInt16?: boolean } = {},
): Int16Array {
  const d = opts.d ?? q.length;
  const T = opts.contextLength ?? Math.floor(k.length / d);
  const kept = new Int32Array(T);
  let count = 0;
  for (let t = 0; t < T; t++) if (!opts.keepMask || opts.keepMask[t]) kept[count++] = t;
  const out = new Int16Array(d);
  attendKept(
    {
      q, k, v, d, kept, count,
      scoreScale: opts.scoreScale ?? defaultScoreScale(d),
      outputShift: opts.outputShift ?? 0,
      outputInt16: opts.outputInt16 ?? false,
    },
    new DigitalScratch(T, d),
    out,
  );
  return out;
}
