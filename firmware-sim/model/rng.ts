/**
 * Counter-based random numbers for the twin.
 *
 * There is no generator state: every random value is a pure function of a key tuple
 * (die seed, stream, a, b, c, d) hashed with MurmurHash3 (x86, 32-bit) over five 32-bit words,
 * the die seed being the hash seed. So any single analog decision can be recomputed alone, and
 * two runs with the same seeds and inputs are bit-identical, whatever order they run in.
 * `Math.random` is never used anywhere in the model.
 */
import { FAST_BITS, FAST_NORMAL_TABLE, finalize20, mixWord, normalFromHash } from './hashcore.js';

export { normalFromHash };

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

/** MurmurHash3_x86_32 of the five words (stream, a, b, c, d) with `seed` as the hash seed. Unsigned 32-bit. */
export function hashKey(seed: number, stream: number, a: number, b: number, c: number, d: number): number {
  let h = seed | 0;
  h = mixWord(h, stream | 0);
  h = mixWord(h, a | 0);
  h = mixWord(h, b | 0);
  h = mixWord(h, c | 0);
  h = mixWord(h, d | 0);
  return finalize20(h);
}

/** hashKey split in two for hot loops: the state after (seed, stream, a, b)... */
export function hashPrefix(seed: number, stream: number, a: number, b: number): number {
  return mixWord(mixWord(mixWord(seed | 0, stream | 0), a | 0), b | 0);
}

/** ...then the last two words: hashFinish(hashPrefix(s, st, a, b), c, d) === hashKey(s, st, a, b, c, d). */
export function hashFinish(prefix: number, c: number, d: number): number {
  return finalize20(mixWord(mixWord(prefix, c | 0), d | 0));
}

/** Uniform in the open interval (0, 1) from a 32-bit hash. */
export function uniformFromHash(h: number): number {
  return (h + 0.5) / 4294967296;
}

/**
 * Fast standard normal deviate for per-conversion noise: the inverse CDF linearly interpolated in
 * a 4097-point table (top 12 bits pick the segment, the low 20 bits the position). It is a normal
 * truncated at about +-3.7 sigma (variance 0.998): one hash, one table read, no log.
 */
export function normalFromHashFast(h: number): number {
  const j = h >>> (32 - FAST_BITS);
  const f = (h & 0xfffff) * (1 / 1048576);
  const a = FAST_NORMAL_TABLE[j];
  return a + f * (FAST_NORMAL_TABLE[j + 1] - a);
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
