/**
 * The device object users program against: registers, context loading, queries, token
 * streaming, results and counters, on top of one Session. Checking and writing a context lives
 * in context-load.ts, checking and cutting a query batch into requests in query-batch.ts; this
 * file orders the calls and keeps what the host knows of the context length.
 */
import { batchLimit, Cap, crc32, HEAD_DIM, MAX_BATCH_QUERIES, Region, regionName, registerByName, type CapName, type Event as DeviceEvent } from '../../protocol/index.js';
import { abortError, HacError, invalidArgument, isHacError } from '../errors.js';
import { Session, type DeviceInfo, type RequestOptions, type SessionOptions } from '../link/session.js';
import type { LinkStats } from '../link/stats.js';
import type { TransportOpener } from '../transport/types.js';
import { contextRows, writeContext, type ContextInput, type LoadOptions, type LoadReport } from './context-load.js';
import { asBytes, checkUint, toInt8, type VectorInput } from './data.js';
import { bulkWrite, memoryDigest, readMemory, type BulkWriteOptions, type BulkWriteReport, type TransferProgress } from './memory.js';
import { OrderGate } from './order.js';
import { batchParts, type BatchOptions, type BatchPart } from './query-batch.js';
import { checkSettings, scoreScaleFor, type QuerySettings } from './query-settings.js';

import { Registers, SessionBus } from './registers.js';
import { toChipCounters, toQueryResult, type ChipCounters, type QueryResult, type ResultExpectation } from './results.js';

export { scoreScaleFor, type QuerySettings } from './query-settings.js';
export type { ContextInput, LoadOptions, LoadReport } from './context-load.js';
export type { BatchOptions } from './query-batch.js';

export interface Token {
  key: VectorInput;
  value: VectorInput;
  query: VectorInput;
}

export interface QueryOptions {
  /** Ask for the analog codes (needs CAP_ANALOG_CODES). */
  wantCodes?: boolean;
  signal?: AbortSignal;
  /** Per-query overrides of SCORE_SCALE, MARGIN, HEAD. */
  settings?: QuerySettings;
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
  /**
   * Let later calls go out behind a verified write or context load before its digests are
   * answered, when the device verifies behind a fence (CAP_VERIFY_FENCE, SPEC section 4b; default
   * true). false: they wait for its verification (one round trip per load).
   */
  pipelineLoads?: boolean;
}

const ROW = HEAD_DIM;
const CONTEXT_LEN_ADDRESS = registerByName('CONTEXT_LEN')!.address;

export class HacDevice {
  readonly regs: Registers;
  /** Call order = execution order (order.ts). */
  private readonly gate = new OrderGate();
  /** Tokens the context holds as far as this host knows (undefined: unknown), at issue time. */
  private knownContext: number | undefined = undefined;
  private readonly pipelineLoads: boolean;

  private constructor(readonly session: Session, opts: DeviceOptions) {
    this.pipelineLoads = opts.pipelineLoads ?? true;
    this.regs = new Registers(new SessionBus(session, opts.coalesceReads ?? true, this.gate), {
      cache: opts.registerCache ?? true,
      capabilities: session.info.capabilities,
      onWrite: (address) => {
        if (address === CONTEXT_LEN_ADDRESS) this.knownContext = undefined;
      },
    });
    session.onReset(() => {
      this.regs.invalidate();
      this.knownContext = undefined;
    });
  }

  private expectation(wantCodes: boolean): ResultExpectation {
    return { headDim: this.info.headDim || ROW, maxTokens: this.info.maxTokens || 512, wantCodes, contextLength: this.knownContext };
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
    const r = await this.gate.run(() => this.session.request({ ping: { data } }, opts));
    const echo = r.ping?.data ?? new Uint8Array(0);
    if (Buffer.compare(Buffer.from(echo), Buffer.from(data)) !== 0) throw new HacError('protocol', 'ping echo differs from the data sent', { context: { request: 'ping' } });
    return performance.now() - t0;
  }

  // ---- memory ----

  readMemory(region: Region, offset: number, length: number, opts?: { signal?: AbortSignal; onProgress?: (p: TransferProgress) => void }): Promise<Uint8Array> {
    return this.gate.exclusive(() => readMemory(this.session, region, offset, length, opts));
  }

  writeMemory(region: Region, offset: number, data: Uint8Array, opts?: BulkWriteOptions): Promise<BulkWriteReport> {
    return this.writeSegments([{ region, offset, data }], opts);
  }

  /**
   * Verified bulk write of several non-overlapping segments in one pipeline. Calls made after it
   * go out as soon as its last request is issued when the device verifies behind a fence (SPEC
   * section 4b): they take effect after it, repaired or not, without waiting for its digests.
   */
  writeSegments(segments: { region: Region; offset: number; data: Uint8Array }[], opts: BulkWriteOptions = {}): Promise<BulkWriteReport> {
    return this.gate.exclusive(() =>
      bulkWrite(this.session, segments, {
        ...opts,
        fence: opts.fence ?? this.pipelineLoads,
        onPipelined: () => {
          this.gate.releaseEarly();
          opts.onPipelined?.();
        },
      }),
    );
  }

  digest(region: Region, offset: number, length: number, signal?: AbortSignal): Promise<{ sha256: Uint8Array; crc32: number }> {
    return this.gate.exclusive(() => memoryDigest(this.session, region, offset, length, signal));
  }

  // ---- context ----

  /**
   * Loads a context: keys to K SRAM, values to V SRAM (chunked, pipelined, CRC per chunk,
   * SHA-256 digest per region, repaired on mismatch), then sets ATTN.CONTEXT_LEN. On failure the
   * error's `context.checkpoint` resumes it: `loadContext(ctx, { resumeFrom: checkpoint })`.
   */
  loadContext(input: ContextInput, opts: LoadOptions = {}): Promise<LoadReport> {
    let parsed: ReturnType<typeof contextRows>;
    try {
      parsed = contextRows(input, this.info.maxTokens || 512);
    } catch (err) {
      return Promise.reject(err);
    }
    // Several round trips (verify, repair): later calls wait for it and go out after it, or, when
    // the device verifies behind a fence, as soon as its last request (CONTEXT_LEN) is issued.
    return this.gate.exclusive(async () => {
      this.knownContext = undefined;
      try {
        return await writeContext(this.session, this.regs, parsed, {
          ...opts,
          fence: opts.fence ?? this.pipelineLoads,
          onCommitIssued: () => {
            this.knownContext = parsed.tokens;
            this.gate.releaseEarly();
          },
        });
      } catch (err) {
        this.knownContext = undefined;
        throw err;
      }
    });
  }

  /** Reads the first `tokens` keys and values back (default: ATTN.CONTEXT_LEN). */
  readContext(tokens?: number, opts?: { signal?: AbortSignal }): Promise<{ keys: Int8Array; values: Int8Array }> {
    return this.gate.exclusive(() => this.readContextNow(tokens, opts));
  }

  private async readContextNow(tokens?: number, opts?: { signal?: AbortSignal }): Promise<{ keys: Int8Array; values: Int8Array }> {
    const n = tokens ?? (await this.regs.read('CONTEXT_LEN'));
    checkUint(n, 'tokens', this.info.maxTokens || 512);
    if (n === 0) return { keys: new Int8Array(0), values: new Int8Array(0) };
    const [k, v] = await Promise.all([this.readMemory(Region.REGION_K_SRAM, 0, n * ROW, opts), this.readMemory(Region.REGION_V_SRAM, 0, n * ROW, opts)]);
    return { keys: new Int8Array(k.buffer, k.byteOffset, k.length), values: new Int8Array(v.buffer, v.byteOffset, v.length) };
  }

  async resetContext(opts?: RequestOptions): Promise<void> {
    const r = this.gate.run(() => {
      this.knownContext = 0;
      return this.session.request({ resetContext: {} }, opts);
    });
    await r.catch((err: unknown) => {
      this.knownContext = undefined;
      throw err;
    });
  }

  /** Appends one token; resolves with the new context length. */
  async appendToken(key: VectorInput, value: VectorInput, opts?: RequestOptions): Promise<number> {
    this.requireCapability('APPEND_TOKEN', 'appendToken');
    const k = toInt8(key, ROW, 'key').data;
    const v = toInt8(value, ROW, 'value').data;
    // What the host knows of the context is updated when the request is issued (in call order),
    // not when the call is made: calls made during an exclusive operation are issued after it.
    let want: number | undefined;
    const p = this.gate.run(() => {
      want = this.knownContext === undefined ? undefined : this.knownContext + 1;
      this.knownContext = want;
      return this.session.request({ appendToken: { key: asBytes(k), value: asBytes(v) } }, opts);
    });
    let r;
    try {
      r = await p;
    } catch (err) {
      this.knownContext = undefined;
      throw err;
    }
    const n = r.appendToken?.contextLength ?? 0;
    if (n < 1 || n > (this.info.maxTokens || 512) || (want !== undefined && n !== want)) {
      this.knownContext = undefined;
      throw new HacError('protocol', `append_token answered context length ${n}${want !== undefined ? `, expected ${want}` : ''}`, { context: { request: 'appendToken' } });
    }
    return n;
  }

  // ---- queries ----

  private queryBody(query: VectorInput | null, opts: QueryOptions) {
    if (opts === null || typeof opts !== 'object') throw invalidArgument('query options must be an object');
    if (opts.wantCodes) this.requireCapability('ANALOG_CODES', 'analog codes');
    const q = query === null ? new Uint8Array(0) : asBytes(toInt8(query, ROW, 'query').data);
    const settings = checkSettings(opts.settings, 'query');
    return { runQuery: { query: q, wantCodes: !!opts.wantCodes, ...(settings ? { settings } : {}) } };
  }

  /**
   * Programs ATTN.SCORE_SCALE for queries sent as round(q / qScale) and keys as round(k / kScale)
   * (scoreScaleFor), so the chip's softmax sees the real scores q.k / sqrt(d). Resolves with the
   * register value written. A query issued after it, awaited or not, sees it.
   */
  async setScoreScale(qScale: number, kScale: number, opts?: RequestOptions): Promise<number> {
    const value = scoreScaleFor(qScale, kScale, this.info.headDim || ROW);
    await this.regs.write('SCORE_SCALE', value, opts);
    return value;
  }

  /** Runs one query against the loaded context (null: use the Q buffer). */
  query(query: VectorInput | null, opts: QueryOptions = {}): Promise<QueryResult> {
    let body;
    try {
      body = this.queryBody(query, opts);
    } catch (err) {
      return Promise.reject(err);
    }
    return this.gate.run(() => {
      const expect = this.expectation(!!opts.wantCodes);
      return this.session.request(body, { signal: opts.signal }).then((r) => toQueryResult(r.runQuery?.result, expect));
    });
  }

  /**
   * Runs many queries (protocol v2 `run_queries`): as few requests as the link's frame size
   * allows (up to 32 queries each), all issued at once in order. Results come back in order.
   */
  queryBatch(queries: readonly VectorInput[] | Int8Array, opts: BatchOptions = {}): Promise<QueryResult[]> {
    let parts: BatchPart[];
    try {
      if (opts === null || typeof opts !== 'object') throw invalidArgument('batch options must be an object');
      if (opts.wantCodes) this.requireCapability('ANALOG_CODES', 'analog codes');
      // As many per request as the answer allows for the longest context this device holds.
      parts = batchParts(queries, opts.settings, () => Math.min(MAX_BATCH_QUERIES, batchLimit(this.knownContext ?? (this.info.maxTokens || 512), !!opts.wantCodes, this.info.maxFrame)));
      if (parts.length === 0) return Promise.resolve([]);
    } catch (err) {
      return Promise.reject(err);
    }
    return this.gate.run(() => {
      const expect = this.expectation(!!opts.wantCodes);
      const all = parts.map((p) =>
        this.session.request({ runQueries: { queries: p.queries, settings: p.settings, wantCodes: !!opts.wantCodes } }, { signal: opts.signal }).then((r) => {
          const res = r.runQueries?.results ?? [];
          const n = p.queries.length / ROW;
          if (res.length !== n) throw new HacError('protocol', `run_queries of ${n} queries answered ${res.length} results`, { context: { request: 'runQueries' } });
          return res.map((x) => toQueryResult(x, expect));
        }),
      );
      return Promise.all(all).then((x) => x.flat());
    });
  }

  async readResult(opts?: RequestOptions): Promise<QueryResult> {
    const expect = this.expectation(false);
    const r = await this.gate.run(() => this.session.request({ readResult: {} }, opts));
    return toQueryResult(r.readResult?.result, { ...expect, wantCodes: (r.readResult?.result?.codes?.length ?? 0) > 0 });
  }

  async readCounters(opts?: RequestOptions): Promise<ChipCounters> {
    const r = await this.gate.run(() => this.session.request({ readCounters: {} }, opts));
    return toChipCounters(r.readCounters);
  }

  /**
   * Streams tokens: for each {key, value, query} appends the token and runs the query, yielding
   * results in order with at most `maxInFlight` tokens outstanding. A token's requests go out when
   * the stream pulls it, in call order with anything else the program issues (SPEC section 4), so
   * every result must have seen exactly the tokens before it: one that did not is a typed
   * `protocol` error, never a yielded result.
   */
  async *stream(tokens: AsyncIterable<Token> | Iterable<Token>, opts: StreamOptions = {}): AsyncGenerator<QueryResult> {
    const maxInFlight = opts.maxInFlight ?? Math.max(1, Math.floor(this.info.window / 2));
    checkUint(maxInFlight, 'maxInFlight');
    if (maxInFlight < 1) throw invalidArgument('maxInFlight must be at least 1');
    if (opts.wantCodes) this.requireCapability('ANALOG_CODES', 'analog codes');
    const append = this.hasCapability('APPEND_TOKEN');
    const base = await this.regs.read('CONTEXT_LEN', { signal: opts.signal });
    const maxTokens = this.info.maxTokens || 512;
    const signal = opts.signal;
    const inFlight: Promise<QueryResult>[] = [];

    const start = (index: number, k: Int8Array, v: Int8Array, q: Int8Array): Promise<QueryResult> =>
      this.gate.run(() => {
        const want = base + index + 1;
        this.knownContext = want;
        const expect = { ...this.expectation(!!opts.wantCodes), contextLength: want };
        const setup: Promise<unknown>[] = [];
        if (append) {
          setup.push(
            this.session.request({ appendToken: { key: asBytes(k), value: asBytes(v) } }, { signal }).then((r) => {
              if (r.appendToken?.contextLength !== want) throw new HacError('protocol', `append_token answered context length ${r.appendToken?.contextLength}, expected ${want}`, { context: { request: 'appendToken' } });
            }),
          );
        } else {
          // Without append_token: addressed row writes, then the absolute length.
          const at = (want - 1) * ROW;
          for (const [region, data] of [[Region.REGION_K_SRAM, asBytes(k)], [Region.REGION_V_SRAM, asBytes(v)]] as const) {
            setup.push(this.session.request({ memWrite: { region, offset: at, data, dataCrc: crc32(data) } }, { signal }));
          }
          setup.push(this.regs.write('CONTEXT_LEN', want, { signal }));
        }
        const qry = this.session.request({ runQuery: { query: asBytes(q), wantCodes: !!opts.wantCodes } }, { signal }).then((r) => toQueryResult(r.runQuery?.result, expect));
        return Promise.all([...setup, qry]).then((x) => x[x.length - 1] as QueryResult);
      });

    let index = 0;
    try {
      for await (const tok of tokens as AsyncIterable<Token>) {
        if (signal?.aborted) throw abortError(signal, { request: 'stream' });
        if (!tok || typeof tok !== 'object') throw invalidArgument(`token ${index}: expected { key, value, query }`);
        const k = toInt8(tok.key, ROW, `token ${index} key`).data;
        const v = toInt8(tok.value, ROW, `token ${index} value`).data;
        const q = toInt8(tok.query, ROW, `token ${index} query`).data;
        if (base + index + 1 > maxTokens) throw invalidArgument(`token ${index}: the context is full (${maxTokens} tokens, ${base} loaded before the stream)`, { request: 'appendToken' });
        const p = start(index, k, v, q);
        p.catch(() => {});
        inFlight.push(p);
        index++;
        while (inFlight.length >= maxInFlight) yield await inFlight.shift()!;
      }
      while (inFlight.length) yield await inFlight.shift()!;
    } finally {
      // Left early (an error, a break): what is in flight still settles; nothing is left unhandled.
      await Promise.allSettled(inFlight);
    }
  }

  // ---- reset / close ----

  /** Soft-resets the device (host-initiated: no device-reset error); returns the new info. */
  async reset(opts?: RequestOptions): Promise<DeviceInfo> {
    // The session greets the device again before this resolves (one hello, no device-reset error).
    await this.regs.resetting(
      this.gate.run(() => {
        this.knownContext = undefined;
        return this.session.request({ reset: {} }, { ...opts, resetsDevice: true });
      }),
    );
    return this.session.info;
  }

  close(): Promise<void> {
    return this.session.close();
  }
}

export { isHacError, regionName };
export type { DeviceEvent };
