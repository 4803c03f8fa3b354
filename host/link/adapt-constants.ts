/**
 * The link adaptation's tuning constants (adapt.ts): what each one bounds, and why that value.
 */

/** Per-request bytes besides the data: framing, CRC, protobuf fields, the small reply. */
export const FRAME_OVERHEAD_BYTES = 96;
/** Chunk sizes the adapter chooses from (clamped to max_frame - 64). */
export const CHUNK_CANDIDATES = [256, 512, 1024, 2048, 4096, 8192] as const;
/** The evidence halves every this many bytes exposed (recent behaviour counts most). */
export const DECAY_BYTES = 384 * 1024;
/** Clean bytes assumed at the start, so one early loss does not swing the estimate to extremes. */
export const PRIOR_BYTES = 16 * 1024;
/** A smaller chunk size must promise this much more goodput than the current one (hysteresis). */
export const SHRINK_GAIN = 1.04;
/** A larger one this much, after GROW_AFTER answers at the current size. */
export const GROW_GAIN = 1.003;
export const GROW_AFTER = 4;
/**
 * The chunk size a session starts at. A chunk sent before the link has been seen keeps its size
 * however noisy the link turns out (its number and bytes never change), so the first ones are
 * small enough to get through a noisy cable; a clean link doubles it with every answer.
 */
export const START_CHUNK = 1024;
/** Decayed losses below this: no damage seen lately (the chunk grows one doubling per answer). */
export const CLEAN_LOSSES = 0.05;
/** Losses in a window overlap: held requests time out in the same interval (see costMs). */
export const LOSS_OVERLAP = 2;
/** Requests in flight at the start (slow start): one more per answer, up to the device's window. */
export const START_WINDOW = 3;
/** RTT samples of a kind before its measured timeout replaces the configured one. */
export const MIN_RTT_SAMPLES = 8;
/** A measured retransmission timeout never goes below this (ms): scheduling jitter of the host. */
export const MIN_RTO_MS = 15;
/** The least measured timeout while a kind's own round trips are still few. */
export const FALLBACK_RTO_MS = 25;
/** Kinds the device answers as soon as their bytes are in (no engine run, no digest). */
export const FAST_KINDS = new Set(['memWrite', 'memRead', 'ping']);
/** A frame the loss model loses at least this often: its repeated timeouts are the link's noise, not a too-short timeout. */
export const EXPLAINED_LOSS = 0.05;
/** Consecutive losses of one frame the model explains while their probability is at least this. */
export const EXPLAINED_RUN = 1e-3;
/**
 * The longest run of losses of one frame the 2x cap covers, whatever the loss rate: above a loss
 * rate of about 0.18 the run `EXPLAINED_RUN` allows would be longer, and at 0.5 and above it
 * would never end. Timeouts that fire too early on a slow device count as losses and raise the
 * rate, so without this bound a slow link (2400 baud, a QEMU UART) would be resent to at twice
 * the too-short timeout for ever (a review reproduced 14 copies per request instead of 5).
 */
export const MAX_EXPLAINED_RUN = 4;
/** The largest carried back-off (Karn): how far a too-short timeout may grow before a sample. */
export const MAX_CARRY = 64;
/** Per timeout counted lost, the evidence of spurious timeouts and of losses keeps this much (the last ten or so count). */
export const TIMEOUT_MEMORY = 0.9;
