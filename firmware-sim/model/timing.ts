/**
 * Timing model: the maximum clock at each supply and what happens above it.
 *
 * fmax (the SPECIFIED maximum clock, `maxClockKhz`) follows the alpha-power law,
 * f ~ (V - Vth)^alpha / V, normalised to the brief's 1.1 GHz at the nominal 1.0 V and 27 C,
 * derated 0.1 %/C above 27 C (sped up below). The silicon has a guard band above the spec: timing
 * fails only above the shmoo boundary fFail = fmax * (1 + guardBand) (5 %: 1.155 GHz at 1.0 V,
 * 27 C), so the reset operating point (1.1 GHz, 1.0 V) passes with margin and a die a little warmer
 * than 27 C still passes (at 1.1 GHz and 1.0 V up to 27 + (1 - 1/1.05) / 0.001 = 74.6 C). Above
 * fFail the digital pipeline misses setup time: each digital result word (Q.K score, output) is hit
 * with probability 1 - exp(-slope * (f/fFail - 1)), and a hit flips one bit among the word's upper
 * (slowest, longest carry chain) bits. Hits are drawn from the counter RNG keyed by (die seed, head, query index,
 * word kind, word index), so a shmoo plot on the twin is reproducible.
 */
import type { OperatingPoint } from './params.js';
import { Stream, hashKey } from './rng.js';
import type { WordFault } from './digital.js';

export interface TimingParams {
  fmaxNominalKhz: number;
  vNominalMv: number;
  vThresholdMv: number;
  alpha: number;
  /** relative fmax change per degree C above 27 C (negative: slower when hot) */
  tempCoeffPerC: number;
  /** failure-probability slope per unit of relative overclock */
  failSlope: number;
  /** relative margin of the silicon above the specified fmax: failures start above fmax * (1 + guardBand) */
  guardBand: number;
}

export const DEFAULT_TIMING: Readonly<TimingParams> = Object.freeze({
  fmaxNominalKhz: 1_100_000,
  vNominalMv: 1000,
  vThresholdMv: 400,
  alpha: 1.3,
  tempCoeffPerC: -0.001,
  failSlope: 40,
  guardBand: 0.05,
});

/** Alpha-power drive strength at supply v (module-level: no closure per call on the query path). */
function drive(v: number, p: TimingParams): number {
  return (v - p.vThresholdMv) ** p.alpha / v;
}

export function maxClockKhz(coreSupplyMv: number, temperatureMilliC = 27000, p: TimingParams = DEFAULT_TIMING): number {
  if (coreSupplyMv <= p.vThresholdMv) return 0;
  const temp = 1 + p.tempCoeffPerC * (temperatureMilliC / 1000 - 27);
  return Math.max(0, Math.floor(p.fmaxNominalKhz * (drive(coreSupplyMv, p) / drive(p.vNominalMv, p)) * temp));
}

/**
 * The shmoo boundary: the highest clock (kHz) at which timing still holds at this supply and
 * temperature, floor(fmax * (1 + guardBand)). Every clock above it flags a timing violation.
 */
export function failClockKhz(coreSupplyMv: number, temperatureMilliC = 27000, p: TimingParams = DEFAULT_TIMING): number {
  return Math.floor(maxClockKhz(coreSupplyMv, temperatureMilliC, p) * (1 + p.guardBand));
}

/** Probability that one digital result word is corrupted at this operating point. */
export function wordFailProbability(op: OperatingPoint, p: TimingParams = DEFAULT_TIMING): number {
  const fFail = failClockKhz(op.coreSupplyMv, op.temperatureMilliC, p);
  if (op.clockKhz <= fFail) return 0;
  if (fFail === 0) return 1;
  return 1 - Math.exp(-p.failSlope * (op.clockKhz / fFail - 1));
}

const WORD_KIND = { score: 1, output: 2 } as const;

/** A seeded word-fault hook for the digital pass, or null when timing is met. */
export function timingFault(op: OperatingPoint, dieSeed: number, head: number, queryIndex: number, p: TimingParams = DEFAULT_TIMING): WordFault | null {
  const pf = wordFailProbability(op, p);
  if (pf === 0) return null;
  const threshold = pf * 4294967296;
  return (word, index, value) => {
    const h = hashKey(dieSeed, Stream.timingFault, head, queryIndex, WORD_KIND[word], index);
    if (h >= threshold) return value;
    // A second, independent hash picks the failing bit: scores bits 8..20 (21-bit sums), outputs bits 0..7.
    const h2 = hashKey(dieSeed, Stream.timingFault, head, queryIndex, WORD_KIND[word] + 16, index);
    const bit = word === 'score' ? 8 + (h2 % 13) : h2 % 8;
    return value ^ (1 << bit);
  };
}
