/**
 * A die's static variation, drawn from its seed: per-cell capacitor mismatch, per-line
 * parasitics, per-column gain and comparator offset (analog.ts folds them into its statics).
 */
import type { Geometry } from './params.js';
import { Stream, normalAt } from './rng.js';

/** A die's static draws (cell mismatch, parasitics, column gain, comparator offset). */
export interface DieDraws {
  cell: Float64Array;
  par: Float64Array;
  gain: Float64Array;
  off: Float64Array;
}

/**
 * The last few dies' draws, by seed and geometry: they are a pure function of both, and drawing
 * them is most of what creating a chip costs (a test that opens 2,000 in-process chips spent a
 * third of its time here). Callers copy out of the cache; nothing writes into it.
 */
const dieCache = new Map<string, DieDraws>();
const DIE_CACHE_SIZE = 8;

export function dieDraws(seed: number, { d, tileTokens, keyBits }: Geometry): DieDraws {
  const key = `${seed}/${d}/${tileTokens}/${keyBits}`;
  const hit = dieCache.get(key);
  if (hit) return hit;
  const z: DieDraws = { cell: new Float64Array(tileTokens * keyBits * d), par: new Float64Array(tileTokens * keyBits), gain: new Float64Array(tileTokens), off: new Float64Array(tileTokens) };
  for (let n = 0; n < tileTokens * keyBits * d; n++) z.cell[n] = normalAt(seed, Stream.cellMismatch, n, 0, 0, 0);
  for (let c = 0; c < tileTokens; c++) {
    for (let p = 0; p < keyBits; p++) z.par[c * keyBits + p] = normalAt(seed, Stream.parasitic, c, p, 0, 0);
    z.gain[c] = normalAt(seed, Stream.columnGain, c, 0, 0, 0);
    z.off[c] = normalAt(seed, Stream.comparatorOffset, c, 0, 0, 0);
  }
  if (dieCache.size >= DIE_CACHE_SIZE) dieCache.delete(dieCache.keys().next().value!);
  dieCache.set(key, z);
  return z;
}
