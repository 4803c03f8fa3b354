/**
 * Internal building blocks of the counter RNG (not part of the public facade: index.ts does not
 * re-export this file). rng.ts defines the public functions on top of these; analog.ts uses them
 * directly in its per-conversion loop so that the column word of the noise hash is mixed once per
 * query, not once per conversion. Any change here changes every random draw of the twin.
 */

/** One MurmurHash3_x86_32 body round: mixes the 32-bit word k into the state h. */
export function mixWord(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3 finalisation for a 20-byte (five-word) key. Unsigned 32-bit. */
export function finalize20(h: number): number {
  h ^= 20; // length in bytes
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
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

/** Bits of the hash that pick the segment of the fast inverse-CDF table. */
export const FAST_BITS = 12;
const FAST_N = 1 << FAST_BITS;
/** Table of the inverse normal CDF at 4097 points (j + 0.5) / 4097, for the fast fresh-noise deviate. */
export const FAST_NORMAL_TABLE: Float64Array = (() => {
  const t = new Float64Array(FAST_N + 1);
  for (let j = 0; j <= FAST_N; j++) t[j] = normalFromHash(((j + 0.5) / (FAST_N + 1)) * 4294967296 - 0.5);
  return t;
})();

