/**
 * Counter-based random numbers for the twin.
 *
 * There is no generator state: every random value is a pure function of a key tuple
 * (die seed, stream, a, b, c, d) hashed with MurmurHash3 (x86, 32-bit) over five 32-bit words,
 * the die seed being the hash seed. So any single analog decision can be recomputed alone, and
 * two runs with the same seeds and inputs are bit-identical, whatever order they run in.
 * `Math.random` is never used anywhere in the model.
 */

/** Streams keep unrelated draws apart even when the other key words coincide. */
export const Stream = {
  /** static per die: per-cell capacitor mismatch, key (cellIndex, 0, 0, 0) */
  cellMismatch: 1,
  /** static per die: per column-line parasitic capacitance, key (column, plane, 0, 0) */
  parasitic: 2,
  /** static per die: per-column gain error, key (column, 0, 0, 0) */
  columnGain: 3,
  /** static per die: per-column comparator offset, key (column, 0, 0, 0) */
  comparatorOffset: 4,
  /** fresh per conversion: kT/C + comparator noise, key (head, queryIndex, column, tile) */
  conversionNoise: 5,
  /** fresh per query: timing-violation corruption, key (head, queryIndex, word kind, word index) */
  timingFault: 6,
} as const;

function mixWord(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3_x86_32 of the five words (stream, a, b, c, d) with `seed` as the hash seed. Unsigned 32-bit. */
export function hashKey(seed: number, stream: number, a: number, b: number, c: number, d: number): number {
  let h = seed | 0;
  h = mixWord(h, stream | 0);
  h = mixWord(h, a | 0);
  h = mixWord(h, b | 0);
  h = mixWord(h, c | 0);
  h = mixWord(h, d | 0);
  h ^= 20; // length in bytes
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** hashKey split in two for hot loops: the state after (seed, stream, a, b)... */
export function hashPrefix(seed: number, stream: number, a: number, b: number): number {
  return mixWord(mixWord(mixWord(seed | 0, stream | 0), a | 0), b | 0);
}

/** ...then the last two words: hashFinish(hashPrefix(s, st, a, b), c, d) === hashKey(s, st, a, b, c, d). */
export function hashFinish(prefix: number, c: number, d: number): number {
  let h = mixWord(mixWord(prefix, c | 0), d | 0);
  h ^= 20;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Uniform in the open interval (0, 1) from a 32-bit hash. */
export function uniformFromHash(h: number): number {
  return (h + 0.5) / 4294967296;
}

// Acklam's rational approximation of the inverse normal CDF (relative error < 1.2e-9).
const A1 = -3.969683028665376e1, A2 = 2.209460984245205e2, A3 = -2.759285104469687e2;
const A4 = 1.38357751867269e2, A5 = -3.066479806614716e1, A6 = 2.506628277459239;
const B1 = -5.447609879822406e1, B2 = 1.615858368580409e2, B3 = -1.556989798598866e2;
const B4 = 6.680131188771972e1, B5 = -1.328068155288572e1;
const C1 = -7.784894002430293e-3, C2 = -3.223964580411365e-1, C3 = -2.400758277161838;
const C4 = -2.549732539343734, C5 = 4.374664141464968, C6 = 2.938163982698783;
const D1 = 7.784695709041462e-3, D2 = 3.224671290700398e-1, D3 = 2.445134137142996, D4 = 3.754408661907416;
const P_LOW = 0.02425;

/**
 * Standard normal deviate from a 32-bit hash (inverse CDF, so one hash gives one deviate).
 * The central 95% costs a rational polynomial only; tails reach about +-6.2 sigma.
 */
export function normalFromHash(h: number): number {
  const p = (h + 0.5) / 4294967296;
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((C1 * q + C2) * q + C3) * q + C4) * q + C5) * q + C6) / ((((D1 * q + D2) * q + D3) * q + D4) * q + 1);
  }
  if (p > 1 - P_LOW) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -(((((C1 * q + C2) * q + C3) * q + C4) * q + C5) * q + C6) / ((((D1 * q + D2) * q + D3) * q + D4) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((A1 * r + A2) * r + A3) * r + A4) * r + A5) * r + A6) * q) / (((((B1 * r + B2) * r + B3) * r + B4) * r + B5) * r + 1);
}

/** Table of the inverse normal CDF at 4097 points (j + 0.5) / 4097, for the fast fresh-noise deviate. */
const FAST_BITS = 12;
const FAST_N = 1 << FAST_BITS;
const FAST_TABLE: Float64Array = (() => {
  const t = new Float64Array(FAST_N + 1);
  for (let j = 0; j <= FAST_N; j++) t[j] = normalFromHash(((j + 0.5) / (FAST_N + 1)) * 4294967296 - 0.5);
  return t;
})();

/**
 * Fast standard normal deviate for per-conversion noise: the inverse CDF linearly interpolated in
 * a 4097-point table (top 12 bits pick the segment, the low 20 bits the position). It is a normal
 * truncated at about +-3.7 sigma (variance 0.998): one hash, one table read, no log.
 */
export function normalFromHashFast(h: number): number {
  const j = h >>> (32 - FAST_BITS);
  const f = (h & 0xfffff) * (1 / 1048576);
  const a = FAST_TABLE[j];
  return a + f * (FAST_TABLE[j + 1] - a);
}

/** Standard normal deviate for a key tuple. */
export function normalAt(seed: number, stream: number, a: number, b: number, c: number, d: number): number {
  return normalFromHash(hashKey(seed, stream, a, b, c, d));
}

/** Uniform (0,1) for a key tuple. */
export function uniformAt(seed: number, stream: number, a: number, b: number, c: number, d: number): number {
  return uniformFromHash(hashKey(seed, stream, a, b, c, d));
}

/**
 * A small sequential generator for test and bench data only (splitmix32 over a counter).
 * The chip model itself never holds generator state.
 */
export function dataRng(seed: number): () => number {
  let counter = 0;
  return () => uniformFromHash(hashKey(seed, 0x7e57da7a, counter++, 0, 0, 0));
}
