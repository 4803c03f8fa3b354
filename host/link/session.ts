/**
 * The session: sequence numbers and a window of outstanding requests over any Transport, speaking
 * protocol/SPEC.md section 4. It owns the public API and the request lifecycle (number, send,
 * settle); the rest is done by collaborators that share its state through SessionCore:
 * - connection.ts: the attached transport, its read loop and the dispatch of what arrives;
 * - attempts.ts: per-attempt timeouts (Karn), resends, the no-progress give-up;
 * - answers.ts: matching responses to requests and acting on their status;
 * - resets.ts: our own resets, device resets and the boot-epoch check;
 * - reconnect.ts: what a link drop does, reopening with backoff;
 * - adapt.ts: chunk size, window and timeouts from what the link does.
 */
import { randomInt } from 'node:crypto';
import { encodeFrame, requestPayload, requestPayloadBound, type FramingKind, type RequestKind, type Response, type Event as HacEvent } from '../../protocol/index.js';
import { debug } from '../debug.js';
import { abortError, canceledError, errorText, HacError, invalidArgument } from '../errors.js';
import type { Transport, TransportOpener } from '../transport/types.js';
import { LinkAdapter, type LinkTuning } from './adapt.js';
import { AnswerHandler } from './answers.js';
import { untilAborted, prefixDelimiter } from './async.js';
import { Attempts } from './attempts.js';
import { Connection } from './connection.js';
import { FenceKeeper } from './fence.js';
import { deviceInfoFromHello, encodeHello, helloBody, type DeviceInfo } from './hello.js';
import { adapterConfig, openDeadlineMs, resolveOptions, type RequestOptions, type ResolvedOptions, type SessionOptions } from './options.js';
import { Reconnector } from './reconnect.js';
import { prepareBody, type RequestBody } from './request-body.js';
import { RequestQueue, type NewRequest, type Pending } from './request-queue.js';
import { ResetTracker } from './resets.js';
import type { SessionCore, SessionState } from './session-core.js';
import { newCounters, RttWindow, type LinkStats } from './stats.js';

const log = debug('hac:link');

export type { DeviceInfo } from './hello.js';
export { helloProblem } from './hello.js';
export type { ReconnectOptions, RequestOptions, SessionOptions } from './options.js';
export type { RequestBody } from './request-body.js';
export type { LinkTuning } from './adapt.js';
export type { SessionState } from './session-core.js';

const U32 = 0xffffffff;

type Listener<T> = (v: T) => void;

export class Session {
  private _info: DeviceInfo | null = null;
  private _state: SessionState = 'connecting';
  /** Every request not yet settled: on the wire, in line, backing off (request-queue.ts). */
  private readonly q = new RequestQueue();
  /** Random per session, kept across reconnects; a new one after a request was given up (attempts.ts). */
  sessionId = randomInt(1, U32);
  private readonly counters = newCounters();
  private readonly rtt = new RttWindow();
  private readonly eventListeners = new Set<Listener<HacEvent>>();
  private readonly logListeners = new Set<Listener<string>>();
  private readonly stateListeners = new Set<Listener<SessionState>>();
  private readonly opts: ResolvedOptions;
  /** Chunk size, requests in flight and attempt timeouts from what the link does (adapt.ts). */
  private readonly adapter: LinkAdapter;
  private readonly conn: Connection;
  private readonly attempts: Attempts;
  private readonly resets: ResetTracker;
  private readonly reconnects: Reconnector;
  private readonly answers: AnswerHandler;
  /** Holds, repairs and re-sends around a failed verification (SPEC section 4b). */
  private readonly fence: FenceKeeper;

  private constructor(opener: TransportOpener, options: SessionOptions) {
    this.opts = resolveOptions(options);
    this.adapter = new LinkAdapter(adapterConfig(this.opts, null, null), (what, why) => log('adapt: %s %s', what, why));
    this.conn = new Connection(this.opts, this.counters, {
      response: (r, bytes) => this.answers.onResponse(r, bytes),
      event: (e) => {
        for (const l of this.eventListeners) l(e);
      },
      log: (s) => {
        for (const l of this.logListeners) l(s);
      },
      down: (t, err) => this.reconnects.linkDown(t, err),
    });
    // Closures, not the session itself: what the collaborators use stays out of the public API.
    const self = this;
    const core: SessionCore = {
      opts: this.opts,
      q: this.q,
      counters: this.counters,
      rtt: this.rtt,
      adapter: this.adapter,
      conn: this.conn,
      get info() {
        return self._info;
      },
      set info(info: DeviceInfo | null) {
        self._info = info;
      },
      get state() {
        return self._state;
      },
      get target() {
        return self.target;
      },
      isClosed: () => this.isClosed(),
      setState: (s) => this.setState(s),
      pump: () => this.pump(),
      send: (p) => this.send(p),
      fail: (p, err) => this.fail(p, err),
      succeed: (p, r) => this.succeed(p, r),
      failAll: (err) => this.failAll(err),
      attach: (t, signal) => this.attach(t, signal),
      handshake: (t, signal) => this.handshake(t, signal),
    };
    this.attempts = new Attempts(core, (seq) => this.resynchronise(seq));
    this.resets = new ResetTracker(core, () => this.reconnects.running);
    this.reconnects = new Reconnector(core, opener, this.resets);
    this.fence = new FenceKeeper(core, (body, opts, repairOf) => this.enqueue(body, opts, repairOf));
    this.answers = new AnswerHandler(core, this.attempts, this.resets, this.reconnects, this.fence);
  }

  /** Data bytes the next memory request should carry (adapted to the link; at most max_frame - 64). */
  get chunkSize(): number {
    return this.adapter.chunkSize;
  }

  /** What the link adaptation measured and chose. */
  tuning(): LinkTuning {
    return this.adapter.tuning();
  }

  /** Opens the link and performs the handshake, within `openTimeoutMs`; honours `signal`. */
  static async open(opener: TransportOpener, options: SessionOptions = {}): Promise<Session> {
    if (options === null || typeof options !== 'object') throw invalidArgument('session options must be an object');
    const s = new Session(opener, options);
    const outer = options.signal;
    if (outer?.aborted) throw abortError(outer);
    const ac = new AbortController();
    let ms = openDeadlineMs(s.opts, null);
    let target = options.target;
    const started = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => ac.abort(new HacError('timeout', `opening ${target ?? 'the link'} and the handshake took longer than ${Math.round(ms)} ms`, { context: target ? { target } : {} })),
        Math.max(0, ms - (performance.now() - started)),
      );
    };
    arm();
    const onOuter = () => ac.abort(outer!.reason);
    outer?.addEventListener('abort', onOuter, { once: true });
    const signal = ac.signal;
    try {
      const t = await untilAborted(opener(signal), signal);
      // Now the link's rate and latency are known: the deadline may grow (a slow line).
      target = t.description;
      ms = Math.max(ms, openDeadlineMs(s.opts, t));
      arm();
      await s.attach(t, signal);
      s.setState('ready');
      return s;
    } catch (err) {
      await s.close();
      if (signal.aborted) throw abortError(signal, { target: target ?? s.target });
      if (err instanceof HacError) throw err;
      throw new HacError('disconnected', `cannot open ${target ?? 'the link'}: ${errorText(err)}`, { cause: err, context: target ? { target } : {} });
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuter);
    }
  }

  get info(): DeviceInfo {
    if (!this._info) throw new HacError('disconnected', 'no handshake yet');
    return this._info;
  }
  private isClosed(): boolean {
    return this._state === 'closed';
  }
  get state(): SessionState {
    return this._state;
  }
  /** The attached transport (null while the link is down). */
  private get transport(): Transport | null {
    return this.conn.transport;
  }
  get target(): string {
    return this.transport?.description ?? this._info?.target ?? '?';
  }
  /** The device was reset and the caller has not acknowledged it yet. */
  get resetUnacknowledged(): boolean {
    return this.resets.pending !== null;
  }

  hasCapability(cap: number): boolean {
    return (this.info.capabilities & cap) === cap;
  }

  onEvent(fn: Listener<HacEvent>): () => void {
    this.eventListeners.add(fn);
    return () => this.eventListeners.delete(fn);
  }
  onLog(fn: Listener<string>): () => void {
    this.logListeners.add(fn);
    return () => this.logListeners.delete(fn);
  }
  /** Called when the session learns the device was reset (new boot epoch), by us or not. */
  onReset(fn: Listener<DeviceInfo>): () => void {
    return this.resets.onReset(fn);
  }
  onStateChange(fn: Listener<SessionState>): () => void {
    this.stateListeners.add(fn);
    return () => this.stateListeners.delete(fn);
  }

  /** After a device-reset error: the caller knows state is gone; calls work again. */
  acknowledgeReset(): void {
    this.resets.pending = null;
    this.pump();
  }

  stats(): LinkStats {
    return { ...this.counters, ...this.conn.decoderStats(), rttMs: this.rtt.summary(), tuning: this.adapter.tuning() };
  }

  /** Requests on the wire, waiting for a window slot, or backing off. */
  get inFlight(): number {
    return this.q.all().length;
  }

  /**
   * Sends one request and resolves with the OK response; rejects with a HacError. Retries,
   * BUSY backoff and reconnects happen inside. A request that resets the device (`reset`,
   * CONTROL.SOFT_RESET) resolves once the device has been greeted again.
   */
  request(body: RequestBody, opts: RequestOptions = {}): Promise<Response> {
    return this.enqueue(body, opts);
  }

  /** request(), with the fence whose repair it belongs to (fence.ts). */
  private enqueue(body: RequestBody, opts: RequestOptions = {}, repairOf?: symbol): Promise<Response> {
    let kind: RequestKind;
    let encoded: Uint8Array;
    try {
      if (opts === null || typeof opts !== 'object') throw invalidArgument('request options must be an object');
      if (opts.timeoutMs !== undefined && !(typeof opts.timeoutMs === 'number' && Number.isFinite(opts.timeoutMs) && opts.timeoutMs > 0)) {
        throw invalidArgument(`timeoutMs must be a positive finite number, got ${String(opts.timeoutMs)}`);
      }
      ({ kind, encoded } = prepareBody(body));
      if (kind === 'hello') throw invalidArgument('hello is sent by the session itself (handshake)');
    } catch (err) {
      return Promise.reject(err);
    }
    const context = { request: kind, target: this.target, ...(opts.context ?? {}) };
    if (this._state === 'closed') return Promise.reject(canceledError('session closed', context));
    if (this.resets.pending) return Promise.reject(this.resets.pending.with(context));
    if (opts.signal?.aborted) return Promise.reject(abortError(opts.signal, context));
    const maxFrame = this._info?.maxFrame;
    const size = requestPayloadBound(encoded.length);
    if (maxFrame !== undefined && size > maxFrame) {
      return Promise.reject(invalidArgument(`${kind} request of ${size} bytes exceeds the link's max frame of ${maxFrame} bytes`, context));
    }
    return new Promise<Response>((resolve, reject) => {
      const p = this.newPending({ kind, encoded, resets: opts.resetsDevice === true || kind === 'reset', control: false, opts, context, resolve, reject, repairOf });
      this.q.waiting.push(p);
      if (this._state === 'down') void this.reconnects.reconnect();
      this.pump();
    });
  }

  private newPending(r: NewRequest): Pending {
    return this.q.create(r, (p, err) => this.fail(p, err));
  }

  private setState(s: SessionState): void {
    if (this._state === s) return;
    this._state = s;
    log('state %s', s);
    for (const l of this.stateListeners) l(s);
  }

  private pump(): void {
    if (!this.transport || this.isClosed()) return;
    // At most one hello on the wire, outside the window (it is not ordered, SPEC section 4).
    while (this.q.controlQueue.length > 0 && !this.q.outstanding.has(0)) {
      const p = this.q.controlQueue.shift()!;
      if (!p.settled) this.send(p);
    }
    const win = Math.max(1, Math.min(this._info?.window ?? 1, this.adapter.window));
    // Nothing else goes out before the handshake, during an epoch check or a re-hello, behind a
    // reset on the wire, or while a device reset is unacknowledged.
    if (this._state !== 'ready' || this.resets.verifying || this.resets.pending || this.q.resetOnWire()) return;
    let i = 0;
    while (i < this.q.waiting.length && this.q.orderedOnWire() < win) {
      const p = this.q.waiting[i];
      if (p.settled) {
        this.q.waiting.splice(i, 1);
        continue;
      }
      // While a fence is repaired only the repair (and numbers already given) go out (fence.ts).
      if (!this.fence.mayGo(p)) {
        i++;
        continue;
      }
      // The window is one of numbers, not only of requests: a new number stays within `window`
      // of the oldest unanswered one, so the device still keeps that one's answer (it keeps the
      // last 2 x window) and holds at most window - 1 requests ahead of it (SPEC section 4).
      if (p.seq === 0 && !this.q.roomForNewSeq(win)) break;
      this.q.waiting.splice(i, 1);
      this.send(p);
      if (p.resets) break;
    }
  }

  /** Writes one attempt of p; arms its timer. */
  private send(p: Pending): void {
    // Every request keeps the number it got at its first send, whatever happens to it (SPEC
    // section 4, v2): numbers are given in call order, so the device executes in call order.
    if (p.control) p.seq = 0;
    else if (p.seq === 0) p.seq = this.q.allocSeq();
    this.q.outstanding.set(p.seq, p);
    this.q.parked.delete(p);
    p.sentGen = this.resets.gen;
    const framing: FramingKind = p.kind === 'hello' ? 'line' : this.conn.framing;
    if (p.control) {
      // The hello's next_seq is what is pending now (SPEC section 4).
      const nextSeq = this.q.helloNextSeq();
      this.resets.helloSent(nextSeq);
      p.encoded = encodeHello(helloBody(this.opts, this.sessionId, nextSeq));
    }
    const frame = encodeFrame(framing, requestPayload(p.seq, p.encoded));
    // A hello opens (or re-opens) a conversation: a leading 0x00 ends whatever partial frame an
    // earlier connection or a reset left in the device's decoder (SPEC section 2).
    const bytes = p.kind === 'hello' ? prefixDelimiter(frame) : frame;
    p.wireBytes = bytes.length;
    this.conn.occupyLine(bytes.length);
    const timeoutMs = this.attempts.timeoutFor(p, bytes.length);
    this.counters.framesOut++;
    this.counters.bytesOut += bytes.length;
    this.attempts.start(p, timeoutMs);
    if (log.enabled) log('-> seq %d %s (%s, %d bytes)', p.seq, p.kind, framing, bytes.length);
    this.conn.write(bytes);
  }

  /** A request was given up: a new session id, and a hello that restarts the numbering behind it. */
  private resynchronise(lostSeq: number): void {
    this.sessionId = randomInt(1, U32);
    log('resynchronising: new session id after seq %d was lost', lostSeq);
    this.fence.abort(new HacError('timeout', `the session was restarted after request ${lostSeq} was lost`, { context: { seq: lostSeq } }));
    void this.resets.verifyEpoch(false).catch(() => {});
  }

  private fail(p: Pending, err: HacError): void {
    if (!this.q.settle(p)) return;
    p.reject(err);
    this.pump();
  }

  private succeed(p: Pending, r: Response): void {
    if (!this.q.settle(p)) return;
    p.resolve(r);
    this.pump();
  }

  /** Rejects every pending request (on the wire, waiting, backing off, parked). */
  private failAll(err: HacError): void {
    this.fence.abort(err);
    for (const p of this.q.all()) this.fail(p, err.with({ ...p.context, seq: p.seq || undefined }));
  }

  /**
   * The host reset the device by other means: re-handshake and take the new epoch without a
   * device-reset error. Requests the session itself knows reset the device (`reset`,
   * CONTROL.SOFT_RESET) do this on their own; this joins a re-hello already running.
   */
  async expectedReset(): Promise<DeviceInfo> {
    await this.resets.expectedReset();
    return this.info;
  }

  // ---- connection ----

  private async attach(t: Transport, signal?: AbortSignal): Promise<DeviceInfo> {
    this.conn.attach(t);
    const info = await this.handshake(t, signal);
    this._info = info;
    return info;
  }

  private async handshake(t: Transport, signal?: AbortSignal): Promise<DeviceInfo> {
    const context = { request: 'hello', target: t.description };
    const r = await new Promise<Response>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError(signal, context));
      // The body is encoded when it goes out: its next_seq is what is pending then.
      const p = this.newPending({ kind: 'hello', encoded: new Uint8Array(0), resets: false, control: true, opts: { signal }, context, resolve, reject });
      this.q.controlQueue.push(p);
      this.pump();
    });
    const info = deviceInfoFromHello(r, this.opts, t.description);
    this.conn.setFraming(t, info.framing);
    log('handshake: %s', info);
    if (t === this.transport) this.adapter.reconfigure(adapterConfig(this.opts, t, info));
    return info;
  }

  /** Rejects everything pending with a canceled error and closes the link. Idempotent. */
  async close(): Promise<void> {
    if (this.isClosed()) return;
    this.setState('closed');
    this.reconnects.stop(canceledError('session closed'));
    this.failAll(canceledError('session closed', { target: this.target }));
    const t = this.conn.retire();
    if (t) await t.close().catch(() => {});
  }
}
