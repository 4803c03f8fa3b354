/** Bulk-load throughput measurement (used by `hac bench link` and bench/link.bench.ts). */
import { Region, REGION_SIZE } from '../../protocol/index.js';
import { abortError, invalidArgument } from '../errors.js';
import type { HacDevice } from './device.js';
import type { TransferProgress } from './memory.js';

/** Largest `bytes` measureLoadThroughput (and `hac bench link --bytes`) accepts: 2^34, 16 GiB. */
export const MAX_BENCH_BYTES = 2 ** 34;

export interface ThroughputResult {
  payloadBytes: number;
  elapsedMs: number;
  payloadBytesPerSec: number;
  /** Line rate in bytes/s when known (serial: baud / 10), else null. */
  lineBytesPerSec: number | null;
  /** payloadBytesPerSec / lineBytesPerSec, or null. */
  efficiency: number | null;
  passes: number;
  repairedChunks: number;
}

/**
 * Writes `bytes` of pseudo-random data into K and V SRAM (several passes when it exceeds both
 * regions), each pass pipelined with per-chunk CRCs and verified by the device's SHA-256 digest.
 */
export async function measureLoadThroughput(
  dev: HacDevice,
  bytes: number,
  opts: { lineBytesPerSec?: number | null; overlap?: number; onProgress?: (p: TransferProgress) => void; signal?: AbortSignal } = {},
): Promise<ThroughputResult> {
  if (!Number.isInteger(bytes) || bytes <= 0) throw invalidArgument(`--bytes must be a positive integer, got ${bytes}`);
  if (bytes > MAX_BENCH_BYTES) throw invalidArgument(`--bytes must be at most ${MAX_BENCH_BYTES} (16 GiB), got ${bytes}`);
  const kSize = REGION_SIZE[Region.REGION_K_SRAM];
  const perPass = kSize + REGION_SIZE[Region.REGION_V_SRAM];
  const data = new Uint8Array(Math.min(bytes, perPass));
  let x = 0x12345678;
  for (let i = 0; i < data.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    data[i] = x & 0xff;
  }
  const t0 = performance.now();
  let passes = 0;
  let repaired = 0;
  let confirmed = 0;
  // Passes write the same bytes to the same places, so two may overlap on the wire (a late
  // retry of one rewrites identical data); each is still verified by its own digest. This keeps
  // the line busy between a pass's last chunk and its digest reply.
  // Passes are started one at a time as earlier ones finish: memory stays bounded by `overlap`
  // whatever `bytes` is (no per-pass bookkeeping).
  const overlap = Math.max(1, opts.overlap ?? 2);
  const progressOf = new Map<number, number>();
  const runPass = async (at: number) => {
    const n = Math.min(bytes - at, perPass);
    const segs = [{ region: Region.REGION_K_SRAM, offset: 0, data: data.subarray(0, Math.min(n, kSize)) }];
    if (n > kSize) segs.push({ region: Region.REGION_V_SRAM, offset: 0, data: data.subarray(kSize, n) });
    const rep = await dev.writeSegments(segs, {
      signal: opts.signal,
      onProgress: (p) => {
        progressOf.set(at, p.bytesDone);
        opts.onProgress?.({ phase: p.phase, bytesDone: confirmed + [...progressOf.values()].reduce((a, b) => a + b, 0), totalBytes: bytes });
      },
    });
    progressOf.delete(at);
    confirmed += n;
    repaired += rep.repairedChunks;
    passes++;
  };
  const running = new Set<Promise<void>>();
  for (let at = 0; at < bytes; at += perPass) {
    while (running.size >= overlap) await Promise.race(running);
    if (opts.signal?.aborted) throw abortError(opts.signal);
    const p: Promise<void> = runPass(at).finally(() => running.delete(p));
    running.add(p);
  }
  await Promise.all(running);
  const elapsedMs = performance.now() - t0;
  const payloadBytesPerSec = (bytes * 1000) / elapsedMs;
  const line = opts.lineBytesPerSec ?? null;
  return { payloadBytes: bytes, elapsedMs, payloadBytesPerSec, lineBytesPerSec: line, efficiency: line ? payloadBytesPerSec / line : null, passes, repairedChunks: repaired };
}
