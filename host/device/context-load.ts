/**
 * Loading a context: the user's keys and values checked and quantised to INT8 rows, then written
 * to K and V SRAM and made visible through ATTN.CONTEXT_LEN. HacDevice.loadContext orders it
 * with the device's other calls and tracks the length it leaves behind.
 */
import { HEAD_DIM, Region } from '../../protocol/index.js';
import { invalidArgument } from '../errors.js';
import type { Session } from '../link/session.js';
import { asBytes, toInt8, type VectorInput } from './data.js';
import { bulkWrite, type BulkWriteReport, type TransferProgress, type WriteCheckpoint } from './memory.js';
import type { Registers } from './registers.js';

const ROW = HEAD_DIM;

export interface ContextInput {
  /** tokens x 64 keys: INT8 (Int8Array / integers) or { float, scale }. */
  keys: VectorInput;
  /** tokens x 64 values, same forms. */
  values: VectorInput;
}

export interface LoadOptions {
  onProgress?: (p: TransferProgress) => void;
  signal?: AbortSignal;
  /** Continue a load that failed (from `err.context.checkpoint`). */
  resumeFrom?: WriteCheckpoint;
  /** Verify by device digest (default true). */
  verify?: boolean;
}

export interface LoadReport extends BulkWriteReport {
  tokens: number;
  /** Float inputs clamped to the INT8 range while quantising. */
  saturated: number;
  bytesPerSec: number;
}

/** A context checked and quantised, ready to write. */
export interface ContextRows {
  keys: Int8Array;
  values: Int8Array;
  tokens: number;
  saturated: number;
}

/** Checks and quantises a context for a device holding at most `maxTokens` tokens; throws before any I/O. */
export function contextRows(input: ContextInput, maxTokens: number): ContextRows {
  if (!input || typeof input !== 'object') throw invalidArgument('context must be { keys, values }');
  const k = toInt8(input.keys, null, 'keys');
  const v = toInt8(input.values, null, 'values');
  if (k.data.length % ROW !== 0) throw invalidArgument(`keys: length ${k.data.length} is not a multiple of ${ROW}`);
  if (v.data.length !== k.data.length) throw invalidArgument(`values: length ${v.data.length} differs from keys (${k.data.length})`);
  const tokens = k.data.length / ROW;
  if (tokens === 0) throw invalidArgument('context is empty');
  if (tokens > maxTokens) throw invalidArgument(`context of ${tokens} tokens exceeds the device's ${maxTokens}`);
  return { keys: k.data, values: v.data, tokens, saturated: k.saturated + v.saturated };
}

/**
 * Writes the rows (chunked, pipelined, CRC per chunk, SHA-256 digest per region, repaired on
 * mismatch), then sets ATTN.CONTEXT_LEN. The caller holds the device exclusively meanwhile.
 */
export async function writeContext(session: Session, regs: Registers, { keys, values, tokens, saturated }: ContextRows, opts: LoadOptions): Promise<LoadReport> {
  // No stale context is usable while the memories are half written. The zeroing write goes out
  // ahead of the first chunk (the session sends in call order) without waiting a round trip for
  // it; the final length is written only after the digests matched.
  const zero = opts.resumeFrom ? null : regs.write('CONTEXT_LEN', 0, { signal: opts.signal });
  zero?.catch(() => undefined); // awaited below; this only keeps it from counting as unhandled
  const report = await bulkWrite(
    session,
    [
      { region: Region.REGION_K_SRAM, offset: 0, data: asBytes(keys) },
      { region: Region.REGION_V_SRAM, offset: 0, data: asBytes(values) },
    ],
    opts,
  ).catch(async (err: unknown) => {
    await zero?.catch(() => undefined);
    throw err;
  });
  await zero;
  await regs.write('CONTEXT_LEN', tokens, { signal: opts.signal });
  return { ...report, tokens, saturated, bytesPerSec: (report.bytes * 1000) / Math.max(report.elapsedMs, 1e-6) };
}
