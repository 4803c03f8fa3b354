/**
 * Memory transfers: verified bulk writes (chunked to the frame size, pipelined, each chunk
 * CRC-checked by the device, each segment checked by SHA-256 digest, repaired chunk by chunk on a
 * mismatch, resumable from a checkpoint) and CRC-checked read-back.
 */
import { createHash } from 'node:crypto';
import { Cap, crc32, MIN_MAX_FRAME, REGION_SIZE, regionName, WRITABLE_REGIONS, type Response } from '../../protocol/index.js';
import { debug } from '../debug.js';
import { abortError, HacError, invalidArgument, isHacError } from '../errors.js';
import type { RequestBody, RequestOptions, Session } from '../link/session.js';
import type { VerifyHooks } from '../link/options.js';
import { checkUint } from './data.js';

const log = debug('hac:link');

export interface Segment {
  region: number;
  offset: number;
  data: Uint8Array;
}

export interface TransferProgress {
  phase: 'write' | 'verify' | 'repair' | 'read';
  bytesDone: number;
  totalBytes: number;
}

/** Where a failed bulk write can pick up: per segment, the first offset not yet confirmed. */
export interface WriteCheckpoint {
  /** SHA-256 (hex) over the segments, so a checkpoint is only used for the same data. */
  id: string;
  nextOffsets: number[];
}

export interface BulkWriteOptions {
  onProgress?: (p: TransferProgress) => void;
  signal?: AbortSignal;
  /** Verify each segment by digest (default true). */
  verify?: boolean;
  resumeFrom?: WriteCheckpoint;
  /** Rounds of digest repair before giving up (default 3). */
  repairRounds?: number;
  /**
   * Verify through the device's fence when it has CAP_VERIFY_FENCE (default true): digests carry
   * the expected SHA-256 and a mismatch is repaired in place, so later calls need not wait for
   * the digests' answers (SPEC section 4b). false: compare on the host and repair after.
   */
  fence?: boolean;
  /** The call this write belongs to (RequestOptions.owner): its later requests are dropped when a repair fails. */
  owner?: symbol;
  /**
   * Called once when every request of the write is issued and nothing it still does depends on
   * the order of later calls (fenced verification, or no verification): the caller may let later
   * calls go out now, before the answers.
   */
  onPipelined?: () => void;
}

export interface BulkWriteReport {
  bytes: number;
  chunks: number;
  skippedBytes: number;
  repairedChunks: number;
  elapsedMs: number;
  sha256: string[];
}

/** Largest data bytes per memory request: max_frame - 64 (SPEC section 2). */
export function chunkSizeFor(session: Session): number {
  const size = session.info.maxFrame - 64;
  if (!Number.isInteger(size) || size <= 0) {
    throw new HacError('protocol', `max frame ${session.info.maxFrame} leaves no room for memory data (needs at least ${MIN_MAX_FRAME})`, { context: { target: session.info.target } });
  }
  return size;
}

/**
 * Data bytes the next memory request carries: what the link adaptation chose now (it shrinks on
 * a noisy link, grows back on a clean one), never above max_frame - 64. Asked per chunk as it is
 * issued: a chunk already sent keeps its number and bytes; only new chunks take a new size.
 */
export function currentChunkSize(session: Session): number {
  const max = chunkSizeFor(session);
  const now = session.chunkSize;
  return Number.isInteger(now) && now > 0 ? Math.min(max, now) : max;
}

/** Chunks a transfer issues ahead: the session's window now, plus one so the line never idles. */
function issueAhead(session: Session): number {
  return Math.max(2, Math.min(session.info.window, session.tuning().window + 1));
}

export function checkRange(region: number, offset: number, length: number, write: boolean): void {
  const size = REGION_SIZE[region];
  if (size === undefined) throw invalidArgument(`unknown memory region ${String(region)}`, { region });
  if (write && !WRITABLE_REGIONS.has(region)) throw invalidArgument(`memory region ${regionName(region)} is read-only`, { region });
  checkUint(offset, 'offset');
  checkUint(length, 'length');
  if (offset + length > size) throw invalidArgument(`${regionName(region)} [${offset}, ${offset + length}) is outside the region (size ${size})`, { region, offset });
}

function sha256(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(data).digest());
}
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

function segmentsId(segs: readonly Segment[]): string {
  const h = createHash('sha256');
  for (const s of segs) {
    h.update(`${s.region}:${s.offset}:${s.data.length};`);
    h.update(s.data);
  }
  return h.digest('hex');
}

type Send = (body: RequestBody, opts: RequestOptions) => Promise<Response>;

interface Chunk {
  seg: number;
  offset: number;
  data: Uint8Array;
  crc: number;
  confirmed: boolean;
}

export async function bulkWrite(session: Session, segments: readonly Segment[], opts: BulkWriteOptions = {}): Promise<BulkWriteReport> {
  // Validate everything before the first byte goes out.
  for (const s of segments) {
    if (!(s.data instanceof Uint8Array)) throw invalidArgument('segment data must be a Uint8Array');
    if (s.data.length === 0) throw invalidArgument('segment data is empty', { region: s.region, offset: s.offset });
    checkRange(s.region, s.offset, s.data.length, true);
  }
  const sorted = segments.map((s, i) => ({ s, i })).sort((a, b) => a.s.region - b.s.region || a.s.offset - b.s.offset);
  for (let k = 1; k < sorted.length; k++) {
    const a = sorted[k - 1].s;
    const b = sorted[k].s;
    if (a.region === b.region && a.offset + a.data.length > b.offset) throw invalidArgument(`segments overlap in ${regionName(a.region)} at ${b.offset}`, { region: a.region, offset: b.offset });
  }
  const id = segmentsId(segments);
  if (opts.resumeFrom && (opts.resumeFrom.id !== id || opts.resumeFrom.nextOffsets.length !== segments.length)) {
    throw invalidArgument('resume checkpoint belongs to different data');
  }
  const t0 = performance.now();
  const maxSize = chunkSizeFor(session);
  const chunks: Chunk[] = [];
  const segChunks: number[][] = segments.map(() => []);
  /** Per segment: the first byte (relative) not yet cut into a chunk. Chunks are cut as they are issued. */
  const cutAt: number[] = segments.map(() => 0);
  const cut = (si: number, size: number): Chunk => {
    const s = segments[si];
    const p = cutAt[si];
    const data = s.data.subarray(p, Math.min(s.data.length, p + size));
    cutAt[si] = p + data.length;
    const c = { seg: si, offset: s.offset + p, data, crc: crc32(data), confirmed: false };
    segChunks[si].push(chunks.length);
    chunks.push(c);
    return c;
  };
  let skipped = 0;
  segments.forEach((s, si) => {
    // A checkpoint's offsets need not fall on today's chunk boundaries: the confirmed prefix is
    // cut at the largest size (only a repair after a digest mismatch ever sends it again).
    const resumeAt = Math.min(s.offset + s.data.length, Math.max(s.offset, opts.resumeFrom?.nextOffsets[si] ?? s.offset));
    while (s.offset + cutAt[si] < resumeAt) {
      const c = cut(si, Math.min(maxSize, resumeAt - s.offset - cutAt[si]));
      c.confirmed = true;
      skipped += c.data.length;
    }
  });
  const total = segments.reduce((n, s) => n + s.data.length, 0);
  const localSha = segments.map((s) => sha256(s.data));
  let done = skipped;
  const progress = (phase: TransferProgress['phase']) => opts.onProgress?.({ phase, bytesDone: done, totalBytes: total });
  const checkpoint = (): WriteCheckpoint => ({
    id,
    nextOffsets: segments.map((s, si) => {
      const first = segChunks[si].find((c) => !chunks[c].confirmed);
      return first === undefined ? s.offset + cutAt[si] : chunks[first].offset;
    }),
  });
  const withCheckpoint = (err: unknown): unknown => (err instanceof HacError ? err.with({ checkpoint: checkpoint() }) : err);

  const owner = opts.owner ?? Symbol('bulk write');
  const send: Send = (body, o) => session.request(body, { ...o, owner });
  const writeChunk = async (c: Chunk, via: Send = send): Promise<void> => {
    const region = segments[c.seg].region;
    await via({ memWrite: { region, offset: c.offset, data: c.data, dataCrc: c.crc } }, { signal: opts.signal, context: { region, offset: c.offset } }).then((r) => {
      const next = r.memWrite?.nextOffset;
      if (next !== c.offset + c.data.length) throw new HacError('protocol', `mem_write at ${c.offset}: device reports next offset ${next}, expected ${c.offset + c.data.length}`, { context: { region, offset: c.offset } });
    });
    if (!c.confirmed) {
      c.confirmed = true;
      done += c.data.length;
    }
  };
  /** The device's SHA-256 of a range; with `expect` (fenced verification) the device compares and `verify` repairs. */
  const digest = (region: number, offset: number, length: number, via: Send = send, expect?: { sha256: Uint8Array; verify: VerifyHooks }) =>
    via({ memDigest: { region, offset, length, ...(expect ? { expectSha256: expect.sha256 } : {}) } }, { signal: opts.signal, context: { region, offset }, ...(expect ? { verify: expect.verify } : {}) }).then(
      (r) => r.memDigest?.sha256 ?? new Uint8Array(0),
    );
  const mismatch = (si: number): HacError => {
    const s = segments[si];
    return new HacError('device', `verification failed: ${regionName(s.region)} [${s.offset}, ${s.offset + s.data.length}) does not hold the written bytes (SHA-256 mismatch after repair)`, {
      context: { region: s.region, offset: s.offset },
    });
  };
  let repaired = 0;
  /** One repair round of a segment whose digest differed; true when it now holds the bytes. */
  const repairSegment = async (si: number, via: Send): Promise<boolean> => {
    const s = segments[si];
    // A chunk retried after the digest ran makes a false alarm: re-check the whole first.
    if (hex(await digest(s.region, s.offset, s.data.length, via)) === hex(localSha[si])) return true;
    const ids = segChunks[si];
    const remote = await Promise.all(ids.map((ci) => digest(s.region, chunks[ci].offset, chunks[ci].data.length, via)));
    const rewrite = ids.filter((ci, k) => hex(remote[k]) !== hex(sha256(chunks[ci].data)));
    repaired += rewrite.length;
    await Promise.all(rewrite.map((ci) => writeChunk(chunks[ci], via)));
    return hex(await digest(s.region, s.offset, s.data.length, via)) === hex(localSha[si]);
  };
  const rounds = opts.repairRounds ?? 3;

  // Pipelined writes: keep the session's window full; the digest of each segment goes right
  // behind its last chunk (the device works in order), so verification costs no extra round trip.
  const verify = opts.verify ?? true;
  // Fenced: the device compares, and refuses everything after a mismatch until the repair is done
  // (SPEC section 4b); the repair runs in the session at the digest's place.
  const fenced = verify && opts.fence !== false && session.hasCapability(Cap.VERIFY_FENCE);
  let failed = false;
  const fencedDigest = (si: number): Promise<Uint8Array> => {
    const s = segments[si];
    const hooks: VerifyHooks = {
      repair: async (_answer, via) => {
        // The write failed before its digest ran: nothing to repair for a caller already told.
        if (failed) throw new HacError('device', `verification of ${regionName(s.region)} [${s.offset}, ${s.offset + s.data.length}) failed after the write itself had failed`, { context: { region: s.region, offset: s.offset } });
        log('digest mismatch in %s; repairing behind the fence', regionName(s.region));
        progress('repair');
        for (let round = 0; round < rounds; round++) if (await repairSegment(si, via)) return;
        throw mismatch(si);
      },
    };
    return digest(s.region, s.offset, s.data.length, send, { sha256: localSha[si], verify: hooks });
  };
  const digests: Promise<Uint8Array>[] = [];
  try {
    const inflight = new Set<Promise<void>>();
    let failure: unknown = null;
    for (let si = 0; si < segments.length; si++) {
      while (cutAt[si] < segments[si].data.length) {
        while (inflight.size >= issueAhead(session) && !failure) await Promise.race(inflight);
        if (failure) throw failure;
        if (opts.signal?.aborted) throw abortError(opts.signal);
        // The size the link adaptation chose at this moment.
        const c = cut(si, currentChunkSize(session));
        const p: Promise<void> = writeChunk(c).then(
          () => {
            inflight.delete(p);
            progress('write');
          },
          (err: unknown) => {
            inflight.delete(p);
            failure ??= err;
            failed = true;
          },
        );
        inflight.add(p);
      }
      if (verify) {
        const s = segments[si];
        const d = fenced ? fencedDigest(si) : digest(s.region, s.offset, s.data.length);
        d.catch(() => {});
        digests[si] = d;
      }
    }
    if (!failure && (fenced || !verify)) opts.onPipelined?.();
    while (inflight.size && !failure) await Promise.race(inflight);
    if (failure) throw failure;

    if (fenced) {
      progress('verify');
      // Each resolves once its range holds the bytes (repaired in place if need be), else rejects.
      for (const d of digests) await d;
    } else if (verify) {
      progress('verify');
      let bad: number[] = [];
      for (let si = 0; si < segments.length; si++) {
        const got = await digests[si];
        if (hex(got) !== hex(localSha[si])) bad.push(si);
      }
      for (let round = 0; bad.length && round < rounds; round++) {
        log('digest mismatch in %d segment(s); repair round %d', bad.length, round + 1);
        progress('repair');
        const stillBad: number[] = [];
        for (const si of bad) if (!(await repairSegment(si, send))) stillBad.push(si);
        bad = stillBad;
      }
      if (bad.length) throw mismatch(bad[0]);
    }
    progress('write');
    return { bytes: total, chunks: chunks.length, skippedBytes: skipped, repairedChunks: repaired, elapsedMs: performance.now() - t0, sha256: localSha.map(hex) };
  } catch (err) {
    failed = true;
    throw withCheckpoint(err);
  }
}

/** Reads a memory range, chunked and pipelined; every chunk's data CRC is checked. */
export async function readMemory(session: Session, region: number, offset: number, length: number, opts: { signal?: AbortSignal; onProgress?: (p: TransferProgress) => void } = {}): Promise<Uint8Array> {
  checkRange(region, offset, length, false);
  const out = new Uint8Array(length);
  chunkSizeFor(session);
  let done = 0;
  const readOne = async (p: number, n: number, attempt = 0): Promise<void> => {
    const r = await session.request({ memRead: { region, offset: offset + p, length: n } }, { signal: opts.signal, context: { region, offset: offset + p } });
    const data = r.memRead?.data ?? new Uint8Array(0);
    if (data.length !== n || crc32(data) !== (r.memRead?.dataCrc ?? 0) >>> 0) {
      if (attempt < 2) return readOne(p, n, attempt + 1);
      throw new HacError('protocol', `mem_read at ${offset + p}: data does not match its CRC or length`, { context: { region, offset: offset + p, request: 'memRead' } });
    }
    out.set(data, p);
    done += n;
    opts.onProgress?.({ phase: 'read', bytesDone: done, totalBytes: length });
  };
  // Chunks are cut as they are issued, each at the size the link adaptation chose then; at most
  // a window's worth is issued ahead, so a change of size takes effect within one window.
  const inflight = new Set<Promise<void>>();
  let failure: unknown = null;
  for (let p = 0; p < length; ) {
    while (inflight.size >= issueAhead(session) && !failure) await Promise.race(inflight);
    if (failure) break;
    const n = Math.min(currentChunkSize(session), length - p);
    const job: Promise<void> = readOne(p, n).then(
      () => void inflight.delete(job),
      (err: unknown) => {
        inflight.delete(job);
        failure ??= err;
      },
    );
    inflight.add(job);
    p += n;
  }
  await Promise.all(inflight);
  if (failure) throw failure;
  return out;
}

export async function memoryDigest(session: Session, region: number, offset: number, length: number, signal?: AbortSignal): Promise<{ sha256: Uint8Array; crc32: number }> {
  checkRange(region, offset, length, false);
  const r = await session.request({ memDigest: { region, offset, length } }, { signal, context: { region, offset } });
  return { sha256: r.memDigest?.sha256 ?? new Uint8Array(0), crc32: (r.memDigest?.crc32 ?? 0) >>> 0 };
}

export { isHacError };
