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
  /** Verify behind the device's fence when it has one (default true; BulkWriteOptions.fence). */
  fence?: boolean;
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
 * mismatch), then sets ATTN.CONTEXT_LEN. The caller holds the device exclusively until
 * `onCommitIssued` (the CONTEXT_LEN write is issued: behind the digests when the device verifies
 * behind a fence, after their answers otherwise).
 */
export async function writeContext(
  session: Session,
  regs: Registers,
  { keys, values, tokens, saturated }: ContextRows,
  opts: LoadOptions & { onCommitIssued?: () => void },
): Promise<LoadReport> {
  // Every request of this load belongs to it: when a fenced verification cannot be repaired, the
  // session drops the ones not yet run (the CONTEXT_LEN commit among them, SPEC section 4b).
  const owner = Symbol('context load');
  // No stale context is usable while the memories are half written. The zeroing write goes out
  // ahead of the first chunk (the session sends in call order) without waiting a round trip for
  // it; the final length takes effect only after the digests matched.
  const zero = opts.resumeFrom ? null : regs.write('CONTEXT_LEN', 0, { signal: opts.signal, owner });
  zero?.catch(() => undefined); // awaited below; this only keeps it from counting as unhandled
  let commit: Promise<void> | null = null;
  const { onCommitIssued, ...writeOpts } = opts;
  const issueCommit = (): Promise<void> => {
    const c = regs.write('CONTEXT_LEN', tokens, { signal: opts.signal, owner });
    c.catch(() => undefined); // awaited below
    commit = c;
    onCommitIssued?.();
    return c;
  };
  const report = await bulkWrite(
    session,
    [
      { region: Region.REGION_K_SRAM, offset: 0, data: asBytes(keys) },
      { region: Region.REGION_V_SRAM, offset: 0, data: asBytes(values) },
    ],
    {
      ...writeOpts,
      owner,
      // Verified behind the fence: the commit goes right behind the digests, so the load costs no
      // round trip of its own; the device runs it only after they passed (or were repaired).
      onPipelined: () => void issueCommit(),
    },
  ).catch(async (err: unknown) => {
    await zero?.catch(() => undefined);
    throw err;
  });
  await zero;
  await (commit ?? issueCommit());
  return { ...report, tokens, saturated, bytesPerSec: (report.bytes * 1000) / Math.max(report.elapsedMs, 1e-6) };
}
