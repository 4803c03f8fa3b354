/**
 * The device object users program against: registers, context loading, queries, token
 * streaming, results and counters, on top of one Session.
 */
import { Cap, HEAD_DIM, Region, regionName, type CapName, type Event as DeviceEvent } from '../../protocol/index.js';
import { abortError, HacError, invalidArgument, isHacError } from '../errors.js';
import { Session, type DeviceInfo, type RequestOptions, type SessionOptions } from '../link/session.js';
import type { LinkStats } from '../link/stats.js';
import type { TransportOpener } from '../transport/types.js';
import { asBytes, checkUint, toInt8, type VectorInput } from './data.js';
import { bulkWrite, memoryDigest, readMemory, type BulkWriteOptions, type BulkWriteReport, type TransferProgress, type WriteCheckpoint } from './memory.js';
import { Registers, SessionBus } from './registers.js';
import { toChipCounters, toQueryResult, type ChipCounters, type QueryResult } from './results.js';

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

export interface Token {
  key: VectorInput;
  value: VectorInput;
  query: VectorInput;
}

export interface QueryOptions {
  /** Ask for the analog codes (needs CAP_ANALOG_CODES). */
  wantCodes?: boolean;
  signal?: AbortSignal;
}

export interface StreamOptions extends QueryOptions {
  /** Tokens in flight at once (default: half the window, at least 1). */
  maxInFlight?: number;
}

export interface DeviceOptions extends SessionOptions {
  /** Cache non-volatile registers (default true). */
  registerCache?: boolean;
  /** Merge concurrent register reads into bulk requests (default true). */
  coalesceReads?: boolean;
}

const ROW = HEAD_DIM;

export class HacDevice {
  readonly regs: Registers;

  private constructor(readonly session: Session, opts: DeviceOptions) {
    this.regs = new Registers(new SessionBus(session, opts.coalesceReads ?? true), {
      cache: opts.registerCache ?? true,
      simRegisters: session.hasCapability(Cap.VIRTUAL_CHIP),
    });
    session.onReset(() => this.regs.invalidate());
  }

  static async open(opener: TransportOpener, opts: DeviceOptions = {}): Promise<HacDevice> {
    return new HacDevice(await Session.open(opener, opts), opts);
  }

  get info(): DeviceInfo {
    return this.session.info;
  }

  stats(): LinkStats {
    return this.session.stats();
  }

  hasCapability(cap: CapName | number): boolean {
    return this.session.hasCapability(typeof cap === 'number' ? cap : Cap[cap]);
  }

  /** Throws 'unsupported' (before any I/O) when the device lacks a capability. */
  requireCapability(cap: CapName, what: string): void {
    if (!this.hasCapability(cap)) throw new HacError('unsupported', `${what} needs capability ${cap}, which ${this.info.target} does not offer`, { context: { target: this.info.target, capability: cap } });
  }

  /** Unsolicited device events (log, job done, fault); returns an unsubscribe function. */
  onEvent(fn: (e: DeviceEvent) => void): () => void {
    return this.session.onEvent(fn);
  }

  /** Device log output (text lines outside frames, line framing only). */
  onLog(fn: (text: string) => void): () => void {
    return this.session.onLog(fn);
  }

  /** After a device-reset error: accept that device state is gone and continue. */
  acknowledgeReset(): void {
    this.regs.invalidate();
    this.session.acknowledgeReset();
  }

  async ping(data: Uint8Array = new Uint8Array(0), opts?: RequestOptions): Promise<number> {
    if (data.length > this.info.maxFrame - 64) throw invalidArgument(`ping data longer than ${this.info.maxFrame - 64} bytes`);
    const t0 = performance.now();
    const r = await this.session.request({ ping: { data } }, opts);
    const echo = r.ping?.data ?? new Uint8Array(0);
    if (Buffer.compare(Buffer.from(echo), Buffer.from(data)) !== 0) throw new HacError('protocol', 'ping echo differs from the data sent', { context: { request: 'ping' } });
    return performance.now() - t0;
  }

  // ---- memory ----

  readMemory(region: Region, offset: number, length: number, opts?: { signal?: AbortSignal; onProgress?: (p: TransferProgress) => void }): Promise<Uint8Array> {
    return readMemory(this.session, region, offset, length, opts);
  }

  writeMemory(region: Region, offset: number, data: Uint8Array, opts?: BulkWriteOptions): Promise<BulkWriteReport> {
    return bulkWrite(this.session, [{ region, offset, data }], opts);
  }

  /** Verified bulk write of several non-overlapping segments in one pipeline. */
  writeSegments(segments: { region: Region; offset: number; data: Uint8Array }[], opts?: BulkWriteOptions): Promise<BulkWriteReport> {
    return bulkWrite(this.session, segments, opts);
  }

  digest(region: Region, offset: number, length: number, signal?: AbortSignal): Promise<{ sha256: Uint8Array; crc32: number }> {
    return memoryDigest(this.session, region, offset, length, signal);
  }

  // ---- context ----

  private tokensOf(input: ContextInput): { keys: Int8Array; values: Int8Array; tokens: number; saturated: number } {
    if (!input || typeof input !== 'object') throw invalidArgument('context must be { keys, values }');
    const k = toInt8(input.keys, null, 'keys');
    const v = toInt8(input.values, null, 'values');
    if (k.data.length % ROW !== 0) throw invalidArgument(`keys: length ${k.data.length} is not a multiple of ${ROW}`);
    if (v.data.length !== k.data.length) throw invalidArgument(`values: length ${v.data.length} differs from keys (${k.data.length})`);
    const tokens = k.data.length / ROW;
    const max = this.info.maxTokens || 512;
    if (tokens === 0) throw invalidArgument('context is empty');
    if (tokens > max) throw invalidArgument(`context of ${tokens} tokens exceeds the device's ${max}`);
    return { keys: k.data, values: v.data, tokens, saturated: k.saturated + v.saturated };
  }

  /**
   * Loads a context: keys to K SRAM, values to V SRAM (chunked, pipelined, CRC per chunk,
   * SHA-256 digest per region, repaired on mismatch), then sets ATTN.CONTEXT_LEN. On failure the
   * error's `context.checkpoint` resumes it: `loadContext(ctx, { resumeFrom: checkpoint })`.
   */
  async loadContext(input: ContextInput, opts: LoadOptions = {}): Promise<LoadReport> {
    const { keys, values, tokens, saturated } = this.tokensOf(input);
    // No stale context is usable while the memories are half written. The zeroing write goes out
    // ahead of the first chunk (the session sends in call order) without waiting a round trip for
    // it; the final length is written only after the digests matched.
    const zero = opts.resumeFrom ? null : this.regs.write('CONTEXT_LEN', 0, { signal: opts.signal });
    zero?.catch(() => undefined); // awaited below; this only keeps it from counting as unhandled
    const report = await bulkWrite(
      this.session,
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
    await this.regs.write('CONTEXT_LEN', tokens, { signal: opts.signal });
    return { ...report, tokens, saturated, bytesPerSec: (report.bytes * 1000) / Math.max(report.elapsedMs, 1e-6) };
  }

  /** Reads the first `tokens` keys and values back (default: ATTN.CONTEXT_LEN). */
  async readContext(tokens?: number, opts?: { signal?: AbortSignal }): Promise<{ keys: Int8Array; values: Int8Array }> {
    const n = tokens ?? (await this.regs.read('CONTEXT_LEN'));
    checkUint(n, 'tokens', this.info.maxTokens || 512);
    if (n === 0) return { keys: new Int8Array(0), values: new Int8Array(0) };
    const [k, v] = await Promise.all([this.readMemory(Region.REGION_K_SRAM, 0, n * ROW, opts), this.readMemory(Region.REGION_V_SRAM, 0, n * ROW, opts)]);
    return { keys: new Int8Array(k.buffer, k.byteOffset, k.length), values: new Int8Array(v.buffer, v.byteOffset, v.length) };
  }

  async resetContext(opts?: RequestOptions): Promise<void> {
    await this.session.request({ resetContext: {} }, opts);
  }

  /** Appends one token; resolves with the new context length. */
  async appendToken(key: VectorInput, value: VectorInput, opts?: RequestOptions): Promise<number> {
    this.requireCapability('APPEND_TOKEN', 'appendToken');
    const k = toInt8(key, ROW, 'key').data;
    const v = toInt8(value, ROW, 'value').data;
    const r = await this.session.request({ appendToken: { key: asBytes(k), value: asBytes(v) } }, opts);
    return r.appendToken?.contextLength ?? 0;
  }

  // ---- queries ----

  private queryBody(query: VectorInput | null, opts: QueryOptions) {
    if (opts.wantCodes) this.requireCapability('ANALOG_CODES', 'analog codes');
    const q = query === null ? new Uint8Array(0) : asBytes(toInt8(query, ROW, 'query').data);
    return { runQuery: { query: q, wantCodes: !!opts.wantCodes } };
  }

  /**
   * Programs ATTN.SCORE_SCALE for queries sent as round(q / qScale) and keys as round(k / kScale):
   * round(log2(e) * qScale * kScale / sqrt(headDim) * 2^24), so the chip's softmax sees the real
   * scores q.k / sqrt(d). Resolves with the register value written.
   */
  async setScoreScale(qScale: number, kScale: number, opts?: RequestOptions): Promise<number> {
    for (const [name, x] of [['qScale', qScale], ['kScale', kScale]] as const) {
      if (!Number.isFinite(x) || x <= 0) throw invalidArgument(`${name} must be a positive finite number, got ${x}`);
    }
    const value = Math.round(((Math.LOG2E * qScale * kScale) / Math.sqrt(this.info.headDim || ROW)) * 2 ** 24);
    if (value < 1 || value > 0x7fffffff) throw invalidArgument(`score scale ${qScale} x ${kScale} does not fit SCORE_SCALE (Q.24, 1..2^31-1): got ${value}`);
    await this.regs.write('SCORE_SCALE', value, opts);
    return value;
  }

  /** Runs one query against the loaded context (null: use the Q buffer). */
  async query(query: VectorInput | null, opts: QueryOptions = {}): Promise<QueryResult> {
    const body = this.queryBody(query, opts);
    const r = await this.session.request(body, { signal: opts.signal });
    return toQueryResult(r.runQuery?.result, this.info.headDim || ROW);
  }

  async readResult(opts?: RequestOptions): Promise<QueryResult> {
    const r = await this.session.request({ readResult: {} }, opts);
    return toQueryResult(r.readResult?.result, this.info.headDim || ROW);
  }

  async readCounters(opts?: RequestOptions): Promise<ChipCounters> {
    const r = await this.session.request({ readCounters: {} }, opts);
    return toChipCounters(r.readCounters);
  }

  /**
   * Streams tokens: for each {key, value, query} appends the token and runs the query, yielding
   * results in order with at most `maxInFlight` tokens outstanding. Every result is checked
   * against the context length it should have seen; if a lost frame let requests execute out of
   * order, the stream rewrites the affected rows and re-runs those queries one at a time, so a
   * yielded result never comes from a wrong context.
   */
  async *stream(tokens: AsyncIterable<Token> | Iterable<Token>, opts: StreamOptions = {}): AsyncGenerator<QueryResult> {
    const maxInFlight = opts.maxInFlight ?? Math.max(1, Math.floor(this.info.window / 2));
    checkUint(maxInFlight, 'maxInFlight');
    if (maxInFlight < 1) throw invalidArgument('maxInFlight must be at least 1');
    if (opts.wantCodes) this.requireCapability('ANALOG_CODES', 'analog codes');
    const fast = this.hasCapability('APPEND_TOKEN');
    const base = await this.regs.read('CONTEXT_LEN', { signal: opts.signal });
    const maxTokens = this.info.maxTokens || 512;
    const rows: { k: Int8Array; v: Int8Array; q: Int8Array }[] = [];
    interface Job {
      index: number;
      done: Promise<QueryResult | 'reorder'>;
    }
    const jobs: Job[] = [];
    const signal = opts.signal;

    const startFast = (index: number): Job => {
      const row = rows[index];
      const want = base + index + 1;
      const app = this.session.request({ appendToken: { key: asBytes(row.k), value: asBytes(row.v) } }, { signal }).then((r) => r.appendToken?.contextLength === want);
      const qry = this.session.request({ runQuery: { query: asBytes(row.q), wantCodes: !!opts.wantCodes } }, { signal }).then((r) => toQueryResult(r.runQuery?.result, ROW));
      const done = Promise.all([app, qry]).then(([appOk, res]): QueryResult | 'reorder' => (appOk && res.contextLength === want ? res : 'reorder'));
      done.catch(() => {});
      return { index, done };
    };

    // The careful path: addressed writes (idempotent), absolute CONTEXT_LEN, then the query.
    const runSafe = async (index: number): Promise<QueryResult> => {
      const row = rows[index];
      const at = (base + index) * ROW;
      await Promise.all([
        bulkWrite(this.session, [{ region: Region.REGION_K_SRAM, offset: at, data: asBytes(row.k) }], { signal, verify: false }),
        bulkWrite(this.session, [{ region: Region.REGION_V_SRAM, offset: at, data: asBytes(row.v) }], { signal, verify: false }),
      ]);
      await this.regs.write('CONTEXT_LEN', base + index + 1, { signal });
      const r = await this.session.request({ runQuery: { query: asBytes(row.q), wantCodes: !!opts.wantCodes } }, { signal });
      const res = toQueryResult(r.runQuery?.result, ROW);
      if (res.contextLength !== base + index + 1) throw new HacError('protocol', `query ran over ${res.contextLength} tokens, expected ${base + index + 1}`, { context: { request: 'runQuery' } });
      return res;
    };

    const repair = async (from: number): Promise<QueryResult[]> => {
      // Let everything in flight finish, then put rows [from, end) back where they belong.
      await Promise.allSettled(jobs.map((j) => j.done));
      const out: QueryResult[] = [];
      const pendingIdx = [from, ...jobs.map((j) => j.index)];
      jobs.length = 0;
      // Rows written before `from` may also have been displaced by a reordered append.
      for (let i = 0; i < from; i++) {
        const at = (base + i) * ROW;
        await bulkWrite(this.session, [
          { region: Region.REGION_K_SRAM, offset: at, data: asBytes(rows[i].k) },
          { region: Region.REGION_V_SRAM, offset: at, data: asBytes(rows[i].v) },
        ], { signal, verify: false });
      }
      for (const i of pendingIdx) out.push(await runSafe(i));
      return out;
    };

    let index = 0;
    const finishOne = async function* (this: HacDevice): AsyncGenerator<QueryResult> {
      const j = jobs.shift()!;
      const r = await j.done;
      if (r !== 'reorder') {
        yield r;
        return;
      }
      for (const x of await repair(j.index)) yield x;
    };

    for await (const tok of tokens as AsyncIterable<Token>) {
      if (signal?.aborted) throw abortError(signal, { request: 'stream' });
      if (!tok || typeof tok !== 'object') throw invalidArgument(`token ${index}: expected { key, value, query }`);
      const row = { k: toInt8(tok.key, ROW, `token ${index} key`).data, v: toInt8(tok.value, ROW, `token ${index} value`).data, q: toInt8(tok.query, ROW, `token ${index} query`).data };
      if (base + index + 1 > maxTokens) throw invalidArgument(`token ${index}: the context is full (${maxTokens} tokens, ${base} loaded before the stream)`, { request: 'appendToken' });
      rows.push(row);
      if (fast) jobs.push(startFast(index));
      else {
        while (jobs.length) yield* finishOne.call(this);
        yield await runSafe(index);
      }
      index++;
      while (jobs.length >= maxInFlight) yield* finishOne.call(this);
    }
    while (jobs.length) yield* finishOne.call(this);
  }

  // ---- reset / close ----

  /** Soft-resets the device (host-initiated: no device-reset error); returns the new info. */
  async reset(opts?: RequestOptions): Promise<DeviceInfo> {
    // The session greets the device again before this resolves (one hello, no device-reset error).
    await this.session.request({ reset: {} }, opts);
    this.regs.invalidate();
    return this.session.info;
  }

  close(): Promise<void> {
    return this.session.close();
  }
}

export { isHacError, regionName };
export type { DeviceEvent };
