/**
 * Token selection from analog codes (the controller's decision rules). Pure functions so a host
 * tool can replay a decision from the debug codes exactly as the chip made it.
 */
import type { SelectionConfig } from './params.js';

/**
 * Keep the `k` highest codes; ties go to the lower token index. O(n) via a code histogram.
 * Sets keepMask[t] = 1 for the chosen tokens (does not clear others). Returns how many it set anew.
 */
export function keepTopK(codes: Uint8Array, n: number, k: number, keepMask: Uint8Array): number {
  if (k <= 0) return 0;
  if (k >= n) {
    let added = 0;
    for (let t = 0; t < n; t++) if (keepMask[t] === 0) { keepMask[t] = 1; added++; }
    return added;
  }
  const hist = new Int32Array(256);
  for (let t = 0; t < n; t++) hist[codes[t]]++;
  let above = 0;
  let cut = 255;
  for (; cut >= 0; cut--) {
    if (above + hist[cut] >= k) break;
    above += hist[cut];
  }
  let atCutLeft = k - above;
  let added = 0;
  for (let t = 0; t < n; t++) {
    const c = codes[t];
    if (c > cut || (c === cut && atCutLeft-- > 0)) {
      if (keepMask[t] === 0) { keepMask[t] = 1; added++; }
    }
  }
  return added;
}

/**
 * Apply a selection rule to the first n codes. keepMask must be zeroed by the caller.
 * - threshold: keep code >= threshold
 * - relative:  keep code >= (best code of this query) - margin
 * - topk:      keep the max(topK, minKeep) highest codes (ties: lower index)
 * - dense:     keep all
 * then the minKeep floor: if fewer than min(minKeep, n) were kept, keep the best minKeep instead
 * (a superset of what passed, since everything that passed has a higher code).
 * Returns the number kept.
 */
export function selectTokens(codes: Uint8Array, n: number, sel: SelectionConfig, keepMask: Uint8Array): number {
  let kept = 0;
  switch (sel.mode) {
    case 'dense':
      keepMask.fill(1, 0, n);
      return n;
    case 'topk':
      return keepTopK(codes, n, Math.max(sel.topK, sel.minKeep), keepMask);
    case 'threshold': {
      const th = sel.threshold;
      for (let t = 0; t < n; t++) if (codes[t] >= th) { keepMask[t] = 1; kept++; }
      break;
    }
    case 'relative': {
      let best = 0;
      for (let t = 0; t < n; t++) if (codes[t] > best) best = codes[t];
      const floor = best - sel.margin;
      for (let t = 0; t < n; t++) if (codes[t] >= floor) { keepMask[t] = 1; kept++; }
      break;
    }
    default:
      throw new RangeError(`unknown selection mode ${String((sel as { mode: unknown }).mode)}`);
  }
  const floorCount = Math.min(sel.minKeep, n);
  if (kept < floorCount) kept += keepTopK(codes, n, floorCount, keepMask);
  return kept;
}
