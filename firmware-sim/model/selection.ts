/**
 * Token selection from analog codes (the controller's decision rules). Pure functions so a host
 * tool can replay a decision from the debug codes exactly as the chip made it.
 */
import type { SelectionConfig } from './params.js';

/**
 * Keep the `k` highest codes; ties go to the lower token index. O(n) via a code histogram.
 * Sets keepMask[t] = 1 for the chosen tokens (does not clear others). Returns how many it set anew.
 * `never` (optional, 0/1 per token): tokens that can never be kept (a dead comparator's column);
 * they take no part in the ranking, so the k highest codes are chosen among the others.
 */
export function keepTopK(codes: Uint8Array, n: number, k: number, keepMask: Uint8Array, never: Uint8Array | null = null): number {
  if (never) return keepTopKEligible(codes, n, k, keepMask, never);
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

/** keepTopK restricted to tokens with never[t] = 0 (the slow path; only with a dead comparator). */
function keepTopKEligible(codes: Uint8Array, n: number, k: number, keepMask: Uint8Array, never: Uint8Array): number {
  if (k <= 0) return 0;
  const hist = new Int32Array(256);
  let eligible = 0;
  for (let t = 0; t < n; t++) if (!never[t]) { hist[codes[t]]++; eligible++; }
  let cut = 0;
  let atCutLeft = eligible;
  if (k < eligible) {
    let above = 0;
    for (cut = 255; cut >= 0; cut--) {
      if (above + hist[cut] >= k) break;
      above += hist[cut];
    }
    atCutLeft = k - above;
  }
  let added = 0;
  for (let t = 0; t < n; t++) {
    if (never[t]) continue;
    const c = codes[t];
    if (c > cut || (c === cut && atCutLeft-- > 0)) {
      if (keepMask[t] === 0) { keepMask[t] = 1; added++; }
    }
  }
  return added;
}

/**
 * keepMask[t] |= (codes[t] >= floor) for t < n; returns how many codes pass. Branch-free (the
 * keep pattern is data-dependent, so a branch per token mispredicts often).
 */
function keepAtLeast(codes: Uint8Array, n: number, floor: number, keepMask: Uint8Array): number {
  let kept = 0;
  // codes are 0..255 and floor is an integer, so (floor - 1 - code) is negative exactly when
  // code >= floor; its sign bit is the keep flag (floor clamped so the difference fits 32 bits).
  const f1 = (floor > 256 ? 256 : floor < -256 ? -256 : floor) - 1;
  for (let t = 0; t < n; t++) {
    const k = (f1 - codes[t]) >>> 31;
    keepMask[t] |= k;
    kept += k;
  }
  return kept;
}

/**
 * Apply a selection rule to the first n codes. keepMask must be zeroed by the caller.
 * - threshold: keep code >= threshold
 * - relative:  keep code >= (best code of this query) - margin
 * - topk:      keep the max(topK, minKeep) highest codes (ties: lower index)
 * - dense:     keep all
 * then the minKeep floor: if fewer than min(minKeep, n) were kept, keep the best minKeep instead
 * (a superset of what passed, since everything that passed has a higher code).
 * `never` (optional, 0/1 per token; the chip passes its dead comparators' tokens): such a token is
 * never kept by any rule. The threshold/relative mask is cleared there after the comparison, and
 * top-k and the minKeep floor rank only the other tokens (floor: min(minKeep, eligible tokens)).
 * With `never` null or all 0 the result is exactly that of the rules above.
 * Returns the number kept.
 */
export function selectTokens(codes: Uint8Array, n: number, sel: SelectionConfig, keepMask: Uint8Array, never: Uint8Array | null = null): number {
  let kept = 0;
  let eligible = n;
  if (never) {
    eligible = 0;
    for (let t = 0; t < n; t++) eligible += never[t] ? 0 : 1;
    if (eligible === n) never = null; // nothing excluded in this context: the plain (fast) path
  }
  switch (sel.mode) {
    case 'dense':
      keepMask.fill(1, 0, n);
      if (!never) return n;
      for (let t = 0; t < n; t++) if (never[t]) keepMask[t] = 0;
      return eligible;
    case 'topk':
      return keepTopK(codes, n, Math.max(sel.topK, sel.minKeep), keepMask, never);
    case 'threshold':
      kept = keepAtLeast(codes, n, sel.threshold, keepMask);
      break;
    case 'relative': {
      let best = 0;
      for (let t = 0; t < n; t++) { const c = codes[t]; best = c > best ? c : best; }
      kept = keepAtLeast(codes, n, best - sel.margin, keepMask);
      break;
    }
    default:
      throw new RangeError(`unknown selection mode ${String((sel as { mode: unknown }).mode)}`);
  }
  if (never) {
    // A dead comparator never keeps its token, whatever the comparison said.
    for (let t = 0; t < n; t++) if (never[t] && keepMask[t]) { keepMask[t] = 0; kept--; }
  }
  const floorCount = Math.min(sel.minKeep, eligible);
  if (kept < floorCount) kept += keepTopK(codes, n, floorCount, keepMask, never);
  return kept;
}
