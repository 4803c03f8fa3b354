/**
 * The session: handshake, sequence numbers, a window of outstanding requests, per-request
 * timeouts, retries, BUSY backoff, stale-reply draining, reconnect with boot-epoch check, and
 * link statistics. It speaks protocol/SPEC.md section 4 over any Transport.
 */
import { randomInt } from 'node:crypto';
import {
  encodeFrame,
  requestPayload,
  requestPayloadBound,
  REQUEST_KINDS,
  Status,
  statusName,
  type FramingKind,
  type RequestKind,
  type Response,
  type Event as HacEvent,
} from '../../protocol/index.js';
import { debug } from '../debug.js';
import { abortError, canceledError, errorText, HacError, invalidArgument, statusError } from '../errors.js';
import type { Transport, TransportOpener } from '../transport/types.js';
import { untilAborted, sleep, prefixDelimiter } from './async.js';
import { Attempts } from './attempts.js';
import { Connection } from './connection.js';
import { deviceInfoFromHello, encodeHello, helloBody, type DeviceInfo } from './hello.js';
import { LinkAdapter, type LinkTuning } from './adapt.js';
import { adapterConfig, openDeadlineMs, resolveOptions, type RequestOptions, type ResolvedOptions, type SessionOptions } from './options.js';
import { prepareBody, type RequestBody } from './request-body.js';
import { RequestQueue, type NewRequest, type Pending } from './request-queue.js';
import type { SessionCore, SessionState } from './session-core.js';
import { answerAction } from './status-policy.js';
import { newCounters, RttWindow, type LinkStats } from './stats.js';

const log = debug('hac:link');

export type { DeviceInfo } from './hello.js';
export { helloProblem } from './hello.js';
export type { ReconnectOptions, RequestOptions, SessionOptions } from './options.js';
export type { RequestBody } from './request-body.js';
export type { LinkTuning } from './adapt.js';

export type { SessionState } from './session-core.js';

const U32 = 0xffffffff;
/** Link drops one request may live through before it fails (each drop resends it after a reconnect). */
const MAX_LINK_DROPS_PER_REQUEST = 3;
/** Link drops in a row with no request answered before the session stops reconnecting. */
const MAX_DROPS_WITHOUT_ANSWER = 5;

type Listener<T> = (v: T) => void;

export class Session {
  private _info: DeviceInfo | null = null;
  private _state: SessionState = 'connecting';
  /** Every request not yet settled: on the wire, in line, backing off (request-queue.ts). */
  private readonly q = new RequestQueue();
  private resetPending: HacError | null = null;
  private reconnecting: Promise<void> | null = null;
  /** A re-handshake (epoch check, or the hello after our own reset) is running: the pump waits. */
  private verifying: Promise<void> | null = null;
  /** Counts resets the host asked for (see Pending.sentGen). */
  private resetGen = 0;
  /** next_seq of the last hello sent: where a device that forgot the session expects us to go on. */
  private lastHelloNextSeq = 1;
  /** Link drops since a request other than a hello was last answered (a device that drops after every hello). */
  private dropsWithoutAnswer = 0;
  /** Random per session, kept across reconnects; a new one after a request was given up (giveUp). */
  sessionId = randomInt(1, U32);
  /** Aborted by close(): cancels reconnect attempts and their sleeps. */
  private readonly life = new AbortController();
  private readonly rtt = new RttWindow();
  /** Chunk size, requests in flight and attempt timeouts from what the link does (adapt.ts). */
  private adapter: LinkAdapter;
  private readonly counters = newCounters();
  private readonly eventListeners = new Set<Listener<HacEvent>>();
  private readonly logListeners = new Set<Listener<string>>();
  private readonly resetListeners = new Set<Listener<DeviceInfo>>();
  private readonly stateListeners = new Set<Listener<SessionState>>();
  private readonly opts: ResolvedOptions;
  /** The attached transport and what goes over it (connection.ts). */
  private readonly conn: Connection;
  private readonly attempts: Attempts;

  private constructor(
    private readonly opener: TransportOpener,
    options: SessionOptions,
  ) {
    this.opts = resolveOptions(options);
    this.adapter = new LinkAdapter(adapterConfig(this.opts, null, null), (what, why) => log('adapt: %s %s', what, why));
    this.conn = new Connection(this.opts, this.counters, {
      response: (r, bytes) => this.onResponse(r, bytes),
      event: (e) => {
        for (const l of this.eventListeners) l(e);
      },
      log: (s) => {
        for (const l of this.logListeners) l(s);
      },
      down: (t, err) => this.linkDown(t, err),
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
    return this.resetPending !== null;
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
    this.resetListeners.add(fn);
    return () => this.resetListeners.delete(fn);
  }
  onStateChange(fn: Listener<SessionState>): () => void {
    this.stateListeners.add(fn);
    return () => this.stateListeners.delete(fn);
  }

  /** After a device-reset error: the caller knows state is gone; calls work again. */
  acknowledgeReset(): void {
    this.resetPending = null;
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
    if (this.resetPending) return Promise.reject(this.resetPending.with(context));
    if (opts.signal?.aborted) return Promise.reject(abortError(opts.signal, context));
    const maxFrame = this._info?.maxFrame;
    const size = requestPayloadBound(encoded.length);
    if (maxFrame !== undefined && size > maxFrame) {
      return Promise.reject(invalidArgument(`${kind} request of ${size} bytes exceeds the link's max frame of ${maxFrame} bytes`, context));
    }
    return new Promise<Response>((resolve, reject) => {
      const p = this.newPending({ kind, encoded, resets: opts.resetsDevice === true || kind === 'reset', control: false, opts, context, resolve, reject });
      this.q.waiting.push(p);
      if (this._state === 'down') void this.reconnect();
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
    if (this._state !== 'ready' || this.verifying || this.resetPending || this.q.resetOnWire()) return;
    while (this.q.waiting.length > 0 && this.q.orderedOnWire() < win) {
      const p = this.q.waiting[0];
      if (p.settled) {
        this.q.waiting.shift();
        continue;
      }
      // The window is one of numbers, not only of requests: a new number stays within `window`
      // of the oldest unanswered one, so the device still keeps that one's answer (it keeps the
      // last 2 x window) and holds at most window - 1 requests ahead of it (SPEC section 4).
      if (p.seq === 0 && !this.q.roomForNewSeq(win)) break;
      this.q.waiting.shift();
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
    p.sentGen = this.resetGen;
    const framing: FramingKind = p.kind === 'hello' ? 'line' : this.conn.framing;
    if (p.control) p.encoded = encodeHello(this.helloBody(this.q.helloNextSeq()));
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
    void this.verifyEpoch(false).catch(() => {});
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

  // ---- receive path ----

  /** A response arrived (payloadBytes: its frame's payload size). */
  private onResponse(r: Response, payloadBytes: number): void {
    const p = this.q.outstanding.get(r.seq);
    if (!p) {
      this.counters.staleReplies++;
      log('stale reply seq %d (%s)', r.seq, statusName(r.status));
      return;
    }
    this.q.outstanding.delete(r.seq);
    if (p.timer) clearTimeout(p.timer);
    p.timer = null;
    if (!p.control) this.dropsWithoutAnswer = 0;
    this.attempts.answered(p, payloadBytes);
    if (log.enabled) log('<- seq %d %s %s', r.seq, p.kind, statusName(r.status));
    this.handleStatus(p, r);
    this.pump();
  }

  private handleStatus(p: Pending, r: Response): void {
    const ctx = { ...p.context, seq: r.seq };
    const body = (r as unknown as Record<string, unknown>)[p.kind] != null;
    if (r.status === Status.STATUS_BUSY) {
      this.counters.busy++;
      p.busy++;
    }
    const action = answerAction({ status: r.status, kind: p.kind, control: p.control, resets: p.resets, bodyMatches: body, busy: p.busy, busyRetries: this.opts.busyRetries, notReadyRetried: p.notReadyRetried, sentBeforeOwnReset: p.sentGen !== this.resetGen });
    switch (action.do) {
      case 'succeed':
        return this.succeed(p, r);
      case 'own-reset':
        return this.ownReset(p, r);
      case 'backoff':
        // Not executed; it keeps its number and goes out again after a backoff. While it backs off
        // it stays visible to close(), failAll() and markReset() (it is parked).
        this.counters.retries++;
        this.q.parked.add(p);
        p.timer = setTimeout(() => {
          p.timer = null;
          if (p.settled) return;
          this.q.parked.delete(p);
          if (this.isClosed()) return this.fail(p, canceledError('session closed', ctx));
          if (p.control) this.q.controlQueue.push(p);
          else this.q.requeue(p);
          this.pump();
        }, action.delayMs);
        return;
      case 'requeue':
        p.notReadyRetried = true;
        this.counters.retries++;
        this.q.requeue(p);
        return;
      case 'verify-epoch':
        // Nothing else goes out meanwhile; a new boot epoch means the device was reset.
        this.q.parked.add(p);
        void this.verifyEpoch(false).then(
          () => this.fail(p, this.resetPending ? this.resetPending.with(ctx) : statusError(r.status, r.detail, ctx)),
          (err: unknown) => this.fail(p, err instanceof HacError ? err.with(ctx) : statusError(r.status, r.detail, ctx)),
        );
        return;
      case 'fail':
        if (action.why === 'busy-exhausted') return this.fail(p, new HacError('timeout', `${p.kind}: device stayed busy after ${p.busy} tries`, { status: r.status, context: ctx }));
        if (action.why === 'wrong-body') {
          const other = REQUEST_KINDS.find((k) => (r as unknown as Record<string, unknown>)[k] != null);
          return this.fail(p, new HacError('protocol', `${p.kind} answered STATUS_OK with ${other ? `a ${other} body` : 'no body'}`, { context: ctx }));
        }
        return this.fail(p, statusError(r.status, r.detail, ctx));
    }
  }

  /**
   * Our own reset (reset request, CONTROL.SOFT_RESET) succeeded: take the new epoch, say hello
   * again (the device requires it), then resolve. Requests behind it wait for the re-hello.
   */
  private ownReset(p: Pending, r: Response): void {
    this.resetGen++;
    p.answered = true;
    if (this._info) this._info = { ...this._info, bootEpoch: r.reset?.bootEpoch ?? this._info.bootEpoch + 1 };
    this.q.parked.add(p);
    const ctx = { ...p.context, seq: r.seq };
    this.verifyEpoch(true).then(
      () => {
        if (this._info) for (const l of this.resetListeners) l(this._info);
        this.succeed(p, r);
      },
      async (err: unknown) => {
        // The link dropped during the re-hello: a reconnect greets the device again.
        if (this.reconnecting) await this.reconnecting.catch(() => {});
        if (this._state === 'ready' && !this.resetPending) {
          if (this._info) for (const l of this.resetListeners) l(this._info);
          this.succeed(p, r);
        } else this.fail(p, err instanceof HacError ? err.with(ctx) : new HacError('disconnected', `${p.kind}: no hello after the reset`, { cause: err, context: ctx }));
      },
    );
  }

  /**
   * Re-handshakes on the live link. expected=false: checks the boot epoch (a change is a device
   * reset the caller must acknowledge). expected=true: we reset the device; take its new info.
   * The pump waits while this runs.
   */
  private verifyEpoch(expected: boolean): Promise<void> {
    if (this.verifying && !expected) return this.verifying;
    const prev = this.verifying;
    const run = (async () => {
      // Runs after this.verifying is set, so the pump is already gated when the hello goes out.
      await (prev ? prev.catch(() => {}) : null);
      const t = this.transport;
      if (!t || this.isClosed()) throw new HacError('disconnected', 'link is down', { context: { target: this.target } });
      const before = this._info?.bootEpoch;
      const gen = this.resetGen;
      const info = await this.handshake(t);
      if (t !== this.transport) return;
      // A reset of our own answered meanwhile: its own re-hello (queued behind this one) decides.
      if (!expected && gen === this.resetGen && before !== undefined && info.bootEpoch !== before) this.markReset(info, before);
      else this._info = info;
    })();
    const v: Promise<void> = run.finally(() => {
      if (this.verifying === v) {
        this.verifying = null;
        this.pump();
      }
    });
    v.catch(() => {});
    this.verifying = v;
    return v;
  }

  /**
   * The host reset the device by other means: re-handshake and take the new epoch without a
   * device-reset error. Requests the session itself knows reset the device (`reset`,
   * CONTROL.SOFT_RESET) do this on their own; this joins a re-hello already running.
   */
  async expectedReset(): Promise<DeviceInfo> {
    if (!this.transport) throw new HacError('disconnected', 'link is down', { context: { target: this.target } });
    if (this.verifying) await this.verifying;
    else await this.verifyEpoch(true);
    return this.info;
  }

  /** `before`: the epoch seen before this hello (the caller's: _info may hold the new one already). */
  private markReset(info: DeviceInfo, before: number | undefined): void {
    this._info = info;
    this.counters.deviceResets++;
    const how = before === info.bootEpoch ? `a new device instance started (boot epoch ${info.bootEpoch}, as before)` : `device was reset (boot epoch ${before} -> ${info.bootEpoch})`;
    this.resetPending = new HacError('device-reset', `${how}; its registers, context and results are gone. Call acknowledgeReset() to continue.`, {
      context: { target: this.target, bootEpoch: info.bootEpoch, previousBootEpoch: before },
    });
    log('device reset detected: epoch %s -> %d', before, info.bootEpoch);
    for (const p of this.q.all()) {
      if (!p.control) this.fail(p, this.resetPending.with({ ...p.context, seq: p.seq || undefined }));
    }
    // The device forgot the session; the hello opened a new one at its next_seq. Nothing before
    // it will be resent (all failed above), so numbering goes on from there (SPEC section 4).
    this.q.nextSeq = this.lastHelloNextSeq;
    for (const l of this.resetListeners) l(info);
  }

  // ---- connection ----

  private async attach(t: Transport, signal?: AbortSignal): Promise<DeviceInfo> {
    this.conn.attach(t);
    const info = await this.handshake(t, signal);
    this._info = info;
    return info;
  }

  private helloBody(nextSeq: number) {
    this.lastHelloNextSeq = nextSeq;
    return helloBody(this.opts, this.sessionId, nextSeq);
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

  private linkDown(t: Transport, err?: unknown): void {
    if (t !== this.transport) return;
    if (this.isClosed()) return;
    const why = err instanceof Error ? `: ${err.message}` : '';
    log('link down%s', why || ': closed');
    // What the device said last often tells why (e.g. hac-sim's "busy: another client ...").
    const lastLogLine = this.conn.lastLogLine;
    const said = lastLogLine ? `; the device's last line: ${lastLogLine.trim().slice(0, 200)}` : '';
    this.conn.retire();
    void t.close().catch(() => {});
    // Hellos belong to this link.
    for (const p of this.q.all()) {
      if (p.control) this.fail(p, new HacError('disconnected', `link to ${t.description} dropped during ${p.kind}${why}${said}`, { cause: err, context: { ...p.context, seq: p.seq || undefined, ...(lastLogLine ? { deviceLog: lastLogLine } : {}) } }));
    }
    // Put everything sent back in line, oldest first, under the same numbers, so the device
    // replays what it executed and executes what it never got, in order. A request the link
    // dropped under too often ends with a typed error instead of reconnecting forever.
    const sent = [...this.q.outstanding.values()];
    this.q.outstanding.clear();
    for (const p of sent) {
      if (p.timer) clearTimeout(p.timer);
      p.timer = null;
      p.linkDrops++;
      if (p.linkDrops > MAX_LINK_DROPS_PER_REQUEST) {
        this.fail(p, new HacError('disconnected', `${p.kind}: the link to ${t.description} dropped ${p.linkDrops} times while it was outstanding (the device answers a hello, then drops the link)${said}`, { cause: err, context: { ...p.context, seq: p.seq || undefined, linkDrops: p.linkDrops } }));
        continue;
      }
      this.q.requeue(p);
    }
    if (this._state === 'connecting') return;
    // A device that answers the hello and then drops the link (at the next request, or a moment
    // after every hello) must not keep the host reconnecting for ever: after a few drops with no
    // request answered in between, the session goes down with an error naming the pattern.
    this.dropsWithoutAnswer++;
    if (this.opts.reconnect !== false && this.dropsWithoutAnswer > MAX_DROPS_WITHOUT_ANSWER) {
      this.setState('down');
      this.failAll(new HacError('disconnected', `the link to ${t.description} dropped ${this.dropsWithoutAnswer} times in a row with no request answered in between (the device answers a hello, then drops the link)${said}`, { cause: err, context: { target: t.description, drops: this.dropsWithoutAnswer } }));
      this.dropsWithoutAnswer = 0;
      return;
    }
    if (this.opts.reconnect === false) {
      this.setState('down');
      this.failAll(new HacError('disconnected', `link to ${t.description} dropped${why}`, { cause: err, context: { target: t.description } }));
      return;
    }
    void this.reconnect(err);
  }

  /** Rejects every pending request (on the wire, waiting, backing off, parked). */
  private failAll(err: HacError): void {
    for (const p of this.q.all()) this.fail(p, err.with({ ...p.context, seq: p.seq || undefined }));
  }

  /** Reopens the link with backoff, handshakes, compares the boot epoch. */
  private reconnect(cause?: unknown): Promise<void> {
    if (this.reconnecting) return this.reconnecting;
    const ro = this.opts.reconnect;
    if (ro === false) return Promise.resolve();
    this.setState('reconnecting');
    const signal = this.life.signal;
    this.reconnecting = (async () => {
      let lastErr: unknown = cause;
      for (let attempt = 0; attempt < ro.attempts; attempt++) {
        if (this.isClosed()) return;
        const delay = attempt === 0 ? 0 : Math.min(ro.maxDelayMs, ro.minDelayMs * 2 ** (attempt - 1));
        if (delay) await sleep(delay, signal);
        if (this.isClosed()) return;
        try {
          const t = await untilAborted(this.opener(signal), signal);
          if (this.isClosed()) {
            await t.close();
            return;
          }
          const before = this._info?.bootEpoch;
          const info = await this.attach(t, signal);
          this.counters.reconnects++;
          log('reconnected to %s (epoch %d -> %d)', t.description, before, info.bootEpoch);
          this.setState('ready');
          // A respawned simulator is a power-on even if its epoch counter starts where the old one was.
          // A new epoch while our own reset was the oldest request in flight is most likely that
          // reset: it is resent under its number and its kept answer (or its run) settles it.
          if (before !== undefined && (info.bootEpoch !== before || t.freshDevice) && !(this.q.ownResetFirst() && !t.freshDevice)) this.markReset(info, before);
          this.pump();
          return;
        } catch (err) {
          lastErr = err;
          if (this.isClosed()) return;
          if (err instanceof HacError && err.kind === 'protocol') break;
          const t = this.conn.retire();
          if (t) void t.close().catch(() => {});
          log('reconnect attempt %d failed: %s', attempt + 1, err instanceof Error ? err.message : String(err));
        }
      }
      if (this.isClosed()) return;
      this.setState('down');
      const why = lastErr instanceof Error ? `: ${lastErr.message}` : '';
      this.failAll(new HacError('disconnected', `link lost and reconnect failed${why}`, { cause: lastErr, context: { target: this._info?.target ?? '?' } }));
    })().finally(() => {
      this.reconnecting = null;
    });
    return this.reconnecting;
  }

  /** Rejects everything pending with a canceled error and closes the link. Idempotent. */
  async close(): Promise<void> {
    if (this.isClosed()) return;
    this.setState('closed');
    this.life.abort(canceledError('session closed'));
    this.failAll(canceledError('session closed', { target: this.target }));
    const t = this.conn.retire();
    if (t) await t.close().catch(() => {});
  }
}

