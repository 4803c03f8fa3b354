/**
 * The analog charge-domain CIM core.
 *
 * Physics (per physical column c = token mod tileTokens, key bit plane p, query bit b):
 *   each plane line charge-shares its d cell capacitors C_icp with its parasitic Cpar_cp, so
 *   V_bp = Va * sum_i C_icp * qbit_ib * kbit_icp / Ctot_cp,  Ctot_cp = sum_i C_icp + Cpar_cp;
 *   the bit weights are recombined in the charge domain (signed two's-complement weights
 *   w_b = 2^b, -2^(B-1) for the MSB), scaled by the column gain g_c:
 *   V_c = g_c * sum_{b,p} w_b w_p V_bp / D,  then the comparator adds its offset (minus the trim)
 *   and fresh noise, and the ADC quantises: code = clamp(floor(V / LSB) + zeroCode).
 * Because this is linear in the query bits, it folds into one effective key per cell:
 *   V_c = vUnit * sum_i q4_i * Keff_ti,
 *   Keff_ti = g_c * sum_p w_p kbit_tip * (C_icp / C) * (Ctot_nom / Ctot_cp),
 *   vUnit   = Va * C / (Ctot_nom * D).
 * Keff is computed at key-load time (keysChanged) as an integer in units of 2^-12, so a query
 * costs one integer dot product per token plus one hash for the fresh noise.
 */
import type { AnalogParams, ChipFaults, Geometry, OperatingPoint } from './params.js';
import { BOLTZMANN } from './params.js';
import { dieDraws } from './die-draws.js';
import { Stream, hashKey, hashPrefix, normalFromHashFast } from './rng.js';
import { FAST_BITS, FAST_NORMAL_TABLE, finalize20, mixWord } from './hashcore.js';
import { msbOf } from './digital.js';

/** Fixed-point fraction bits of the folded effective keys. */
export const KEFF_FRAC_BITS = 12;
const KEFF_ONE = 1 << KEFF_FRAC_BITS;
const PACK = 67108864; // 2^26
const PACK_LIMIT = 33554432; // 2^25: bound on |low half| for exact unpacking

export interface ConversionContext {
  head: number;
  queryIndex: number;
  /** threshold register (code units), used by the comparator converter */
  threshold: number;
}

export class AnalogCore {
  readonly geometry: Geometry;
  private params: AnalogParams;
  private seed = 0;
  // Standard normal draws of this die (independent of the sigmas, so presets rescale one die).
  private zCell: Float64Array;
  private zPar: Float64Array;
  private zGain: Float64Array;
  private zOff: Float64Array;
  // Static factors folded from draws and sigmas.
  private cellFactor: Float64Array; // ((c*keyBits + p)*d + i)
  private lineNorm: Float64Array; // c*keyBits + p
  private colGain: Float64Array;
  private colOffsetV: Float64Array;
  /** folded effective keys, token-major, units 2^-12 (integers held in float64) */
  readonly keff: Float64Array;
  /**
   * The same keys two tokens per float64: keff[2m] + keff[2m+1] * 2^26. A dot product over a
   * pair then costs one multiply-add per dim; both halves come back exactly (integers < 2^53,
   * and the low half is < 2^25 in magnitude, checked per query).
   */
  private keffPacked: Float64Array;
  private maxAbsKeff = 0;
  private dirtyLo = 0;
  private dirtyHi = 0;
  /** per column: -1 healthy, else the forced code (dead comparator = 0) */
  private forcedCode: Int16Array;
  private hasForced = false;
  private q4: Int32Array;
  private qf: Float64Array;
  private offScratch: Float64Array;

  constructor(
    geometry: Geometry,
    params: AnalogParams,
    private readonly kSram: Int8Array,
    private readonly kXor: Uint8Array,
  ) {
    this.geometry = geometry;
    this.params = params;
    const { d, tileTokens, keyBits, maxTokens } = geometry;
    this.zCell = new Float64Array(tileTokens * keyBits * d);
    this.zPar = new Float64Array(tileTokens * keyBits);
    this.zGain = new Float64Array(tileTokens);
    this.zOff = new Float64Array(tileTokens);
    this.cellFactor = new Float64Array(tileTokens * keyBits * d);
    this.lineNorm = new Float64Array(tileTokens * keyBits);
    this.colGain = new Float64Array(tileTokens);
    this.colOffsetV = new Float64Array(tileTokens);
    this.keff = new Float64Array(maxTokens * d);
    this.keffPacked = new Float64Array(Math.ceil(maxTokens / 2) * d);
    this.qf = new Float64Array(d);
    this.forcedCode = new Int16Array(tileTokens).fill(-1);
    this.q4 = new Int32Array(d);
    this.offScratch = new Float64Array(tileTokens);
    this.colHash = new Int32Array(tileTokens);
    this.setDieSeed(0);
  }

  get dieSeed(): number {
    return this.seed;
  }

  setDieSeed(seed: number): void {
    this.seed = seed >>> 0;
    const z = dieDraws(this.seed, this.geometry);
    this.zCell.set(z.cell);
    this.zPar.set(z.par);
    this.zGain.set(z.gain);
    this.zOff.set(z.off);
    this.refoldStatics();
  }

  setParams(params: AnalogParams): void {
    this.params = params;
    this.refoldStatics();
  }

  getParams(): AnalogParams {
    return this.params;
  }

  /** Nominal column-line capacitance in unit capacitors (d cells + parasitic). */
  ctotNominalUnits(): number {
    const p = this.params;
    return this.geometry.d + p.parasiticPerCell * this.geometry.d + p.parasiticFixedF / p.unitCapF;
  }

  private refoldStatics(): void {
    const { d, tileTokens, keyBits } = this.geometry;
    const p = this.params;
    const cparNom = p.parasiticPerCell * d + p.parasiticFixedF / p.unitCapF;
    const ctotNom = d + cparNom;
    for (let c = 0; c < tileTokens; c++) {
      for (let b = 0; b < keyBits; b++) {
        const line = c * keyBits + b;
        let sum = 0;
        for (let i = 0; i < d; i++) {
          const f = 1 + p.cellMismatchSigma * this.zCell[line * d + i];
          this.cellFactor[line * d + i] = f;
          sum += f;
        }
        const ctot = sum + cparNom * (1 + p.parasiticSigma * this.zPar[line]);
        this.lineNorm[line] = ctotNom / ctot;
      }
      this.colGain[c] = 1 + p.columnGainSigma * this.zGain[c];
      this.colOffsetV[c] = p.comparatorOffsetSigmaV * this.zOff[c];
    }
    this.maxAbsKeff = 0;
    this.keysChanged(0, this.geometry.maxTokens);
  }

  keysChanged(from: number, toExclusive: number): void {
    const lo = Math.max(0, Math.min(from, this.geometry.maxTokens));
    const hi = Math.max(lo, Math.min(toExclusive, this.geometry.maxTokens));
    if (hi <= lo) return;
    if (this.dirtyHi <= this.dirtyLo) {
      this.dirtyLo = lo;
      this.dirtyHi = hi;
    } else {
      this.dirtyLo = Math.min(this.dirtyLo, lo);
      this.dirtyHi = Math.max(this.dirtyHi, hi);
    }
  }

  setFaults(f: ChipFaults): void {
    this.forcedCode.fill(-1);
    const codeMax = this.codeMax();
    for (const s of f.stuckColumns) {
      if (s.column >= 0 && s.column < this.geometry.tileTokens) this.forcedCode[s.column] = Math.max(0, Math.min(codeMax, s.code | 0));
    }
    for (const c of f.deadComparators) if (c >= 0 && c < this.geometry.tileTokens) this.forcedCode[c] = 0;
    this.hasForced = f.stuckColumns.length + f.deadComparators.length > 0;
  }

  codeMax(): number {
    return this.params.converter === 'adc' ? (1 << this.geometry.adcBits) - 1 : 1;
  }

  /** The effective folded key of token t, dim i, in units of 2^-12 (reads K SRAM through the fault XOR). */
  foldedKey(t: number, i: number): number {
    const { d, tileTokens, keyBits } = this.geometry;
    const c = t % tileTokens;
    const raw = ((this.kSram[t * d + i] ^ this.kXor[t * d + i]) << 24) >> 24;
    const k4 = msbOf(raw, keyBits, this.params.msbMode);
    const bits = k4 & ((1 << keyBits) - 1);
    let acc = 0;
    for (let p = 0; p < keyBits; p++) {
      if (((bits >> p) & 1) === 0) continue;
      const w = p === keyBits - 1 ? -(1 << p) : 1 << p;
      const line = c * keyBits + p;
      acc += w * this.cellFactor[line * d + i] * this.lineNorm[line];
    }
    return Math.round(this.colGain[c] * acc * KEFF_ONE);
  }

  /** Refold tokens whose keys changed (lazy: called before a query over [0, contextLength)). */
  ensureFolded(contextLength: number): void {
    if (this.dirtyHi <= this.dirtyLo) return;
    const lo = this.dirtyLo;
    const hi = Math.min(this.dirtyHi, contextLength);
    const d = this.geometry.d;
    let mx = this.maxAbsKeff;
    for (let t = lo; t < hi; t++) {
      for (let i = 0; i < d; i++) {
        const v = this.foldedKey(t, i);
        this.keff[t * d + i] = v;
        if (Math.abs(v) > mx) mx = Math.abs(v);
      }
    }
    this.maxAbsKeff = mx;
    // Repack every pair that touches [lo, hi).
    const keff = this.keff, packed = this.keffPacked;
    const maxT = this.geometry.maxTokens;
    for (let m = lo >> 1; m < (hi + 1) >> 1; m++) {
      const t0 = 2 * m, t1 = 2 * m + 1;
      for (let i = 0; i < d; i++) packed[m * d + i] = keff[t0 * d + i] + (t1 < maxT ? keff[t1 * d + i] : 0) * PACK;
    }
    if (hi >= this.dirtyHi) this.dirtyHi = this.dirtyLo = 0;
    else this.dirtyLo = hi;
  }

  /** Volts per unit of the 4-bit dot product at this analog supply. */
  vUnit(op: OperatingPoint): number {
    return (op.analogSupplyMv / 1000) / (this.ctotNominalUnits() * this.params.recombinationDivider);
  }

  /** Fresh noise sigma at the comparator input, volts (kT/C of the lines through the recombination, plus comparator noise). */
  freshSigmaV(op: OperatingPoint): number {
    const p = this.params;
    const tK = op.temperatureMilliC / 1000 + 273.15;
    let ktc = 0;
    if (p.ktcNoise) {
      const ctot = this.ctotNominalUnits() * p.unitCapF;
      const { keyBits, queryBits } = this.geometry;
      // each of the queryBits*keyBits line samples carries kT/C; the recombination weighs them by
      // 2^(b+p), so the rms is sqrt(sum_b sum_p 4^(b+p)) = sqrt(wq * wk) times one line's noise.
      const wq = (4 ** queryBits - 1) / 3;
      const wk = (4 ** keyBits - 1) / 3;
      ktc = (Math.sqrt((BOLTZMANN * tK) / ctot) * Math.sqrt(wq * wk)) / p.recombinationDivider;
    }
    const cmp = p.comparatorNoiseSigmaV * Math.sqrt(tK / 300);
    return Math.sqrt(ktc * ktc + cmp * cmp);
  }

  /** Static per-column comparator offsets of this die, volts (before trim). */
  columnOffsetsV(): Float64Array {
    return Float64Array.from(this.colOffsetV);
  }

  private trimmedOffsets(trim: Int8Array): Float64Array {
    const tb = this.geometry.trimBits;
    const lo = -(1 << (tb - 1)), hi = (1 << (tb - 1)) - 1;
    const out = this.offScratch;
    for (let c = 0; c < out.length; c++) {
      const code = trim[c] < lo ? lo : trim[c] > hi ? hi : trim[c];
      out[c] = this.colOffsetV[c] - code * this.params.trimLsbV;
    }
    return out;
  }

  private prepareQuery(q: Int8Array): void {
    const { d, queryBits } = this.geometry;
    const mode = this.params.msbMode, q4 = this.q4;
    for (let i = 0; i < d; i++) q4[i] = msbOf(q[i], queryBits, mode);
  }

  /**
   * Analog pass over tokens [0, n): writes the n analog codes. Keys must be folded.
   * Returns nothing; conversions = n (one per token column per tile).
   *
   * Per token this is one exact integer dot product (dots) plus one hash round and a table read
   * for the fresh noise: the noise key (seed, stream, head, query, column, tile) is hashed with
   * the first five words mixed once per query and column (colHash), so a conversion costs one
   * mixWord and the finalisation, exactly hashKey's value.
   */
  convert(q: Int8Array, n: number, ctx: ConversionContext, op: OperatingPoint, trim: Int8Array, codes: Uint8Array): void {
    this.prepareQuery(q);
    const { d, tileTokens } = this.geometry;
    const p = this.params;
    const off = this.trimmedOffsets(trim);
    const scale = this.vUnit(op) / KEFF_ONE;
    const sigma = this.freshSigmaV(op);
    const invLsb = 1 / p.adcLsbV;
    const zero = p.adcZeroCode;
    const codeMax = this.codeMax();
    const adc = p.converter === 'adc';
    const vth = (ctx.threshold - zero) * p.adcLsbV;
    const seed = this.seed, head = ctx.head | 0, qi = ctx.queryIndex | 0;
    const q4 = this.q4, qf = this.qf;
    let l1 = 0;
    for (let i = 0; i < d; i++) { qf[i] = q4[i]; l1 += Math.abs(q4[i]); }
    const acc = this.dots(n, l1 * this.maxAbsKeff < PACK_LIMIT);
    const noisy = sigma > 0;
    const colHash = this.colHash;
    if (noisy) {
      const prefix = hashPrefix(seed, Stream.conversionNoise, head, qi);
      const cols = n < tileTokens ? n : tileTokens;
      for (let c = 0; c < cols; c++) colHash[c] = mixWord(prefix, c);
    }
    const table = FAST_NORMAL_TABLE;
    const segShift = 32 - FAST_BITS;
    for (let base = 0, tile = 0; base < n; base += tileTokens, tile++) {
      const cols = n - base < tileTokens ? n - base : tileTokens;
      for (let c = 0; c < cols; c++) {
        let v = acc[base + c] * scale + off[c];
        if (noisy) {
          // normalFromHashFast(hashFinish(prefix, c, tile)), inlined.
          const h = finalize20(mixWord(colHash[c], tile));
          const j = h >>> segShift;
          const f = (h & 0xfffff) * (1 / 1048576);
          const a = table[j];
          v += sigma * (a + f * (table[j + 1] - a));
        }
        let code: number;
        if (adc) {
          code = Math.floor(v * invLsb) + zero;
          code = code < 0 ? 0 : code > codeMax ? codeMax : code;
        } else {
          code = v >= vth ? 1 : 0;
        }
        codes[base + c] = code;
      }
    }
    if (this.hasForced) {
      const forced = this.forcedCode;
      for (let c = 0; c < tileTokens && c < n; c++) {
        const fc = forced[c];
        if (fc >= 0) for (let t = c; t < n; t += tileTokens) codes[t] = fc;
      }
    }
  }

  private dotBuf = new Float64Array(0);
  private rowSums = new Float64Array(0);
  private colHash: Int32Array;

  /**
   * Exact integer dot products q4 . Keff_t for t < n (float64 holds them exactly; every partial
   * sum is an integer below 2^53, so the summation order does not matter). Four rows share each
   * query load; with packing a row is a pair of tokens.
   */
  private dots(n: number, packedOk: boolean): Float64Array {
    if (this.dotBuf.length < n + 8) { this.dotBuf = new Float64Array(n + 8); this.rowSums = new Float64Array(n + 8); }
    const out = this.dotBuf;
    const d = this.geometry.d, qf = this.qf;
    const src = packedOk ? this.keffPacked : this.keff;
    const rows = packedOk ? (n + 1) >> 1 : n;
    const sums = this.rowSums;
    const rows8 = rows & ~7;
    const d2 = 2 * d, d3 = 3 * d, d4 = 4 * d, d5 = 5 * d, d6 = 6 * d, d7 = 7 * d;
    let r = 0;
    // Eight rows at a time share each query load (eight accumulators fit the FP registers).
    for (; r < rows8; r += 8) {
      const b = r * d;
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
      for (let i = 0; i < d; i++) {
        const x = qf[i];
        const o = b + i;
        a0 += x * src[o];
        a1 += x * src[o + d];
        a2 += x * src[o + d2];
        a3 += x * src[o + d3];
        a4 += x * src[o + d4];
        a5 += x * src[o + d5];
        a6 += x * src[o + d6];
        a7 += x * src[o + d7];
      }
      sums[r] = a0; sums[r + 1] = a1; sums[r + 2] = a2; sums[r + 3] = a3;
      sums[r + 4] = a4; sums[r + 5] = a5; sums[r + 6] = a6; sums[r + 7] = a7;
    }
    for (; r < rows; r++) {
      const b = r * d;
      let a = 0;
      for (let i = 0; i < d; i++) a += qf[i] * src[b + i];
      sums[r] = a;
    }
    if (!packedOk) return sums;
    for (let m = 0; m < rows; m++) {
      const a = sums[m];
      const hi = Math.round(a / PACK);
      out[2 * m] = a - hi * PACK;
      out[2 * m + 1] = hi;
    }
    return out;
  }

  /**
   * Recompute one analog decision from scratch (no folded-key cache, no other token): the code
   * token `t` gets for this query. Must equal codes[t] of the full pass.
   */
  recomputeCode(q: Int8Array, t: number, ctx: ConversionContext, op: OperatingPoint, trim: Int8Array): number {
    const { d, tileTokens, queryBits } = this.geometry;
    const p = this.params;
    const c = t % tileTokens, tile = Math.floor(t / tileTokens);
    let a = 0;
    for (let i = 0; i < d; i++) {
      const q4 = msbOf(q[i], queryBits, p.msbMode);
      if (q4 !== 0) a += q4 * this.foldedKey(t, i);
    }
    const off = this.trimmedOffsets(trim)[c];
    let v = a * (this.vUnit(op) / KEFF_ONE) + off;
    const sigma = this.freshSigmaV(op);
    if (sigma > 0) v += sigma * normalFromHashFast(hashKey(this.seed, Stream.conversionNoise, ctx.head | 0, ctx.queryIndex | 0, c, tile));
    let code: number;
    if (p.converter === 'adc') {
      code = Math.floor(v * (1 / p.adcLsbV)) + p.adcZeroCode;
      code = Math.max(0, Math.min(this.codeMax(), code));
    } else {
      code = v >= (ctx.threshold - p.adcZeroCode) * p.adcLsbV ? 1 : 0;
    }
    if (this.hasForced && this.forcedCode[c] >= 0) code = this.forcedCode[c];
    return code;
  }
}
