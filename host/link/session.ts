/**
 * The session: handshake, sequence numbers, a window of outstanding requests, per-request
 * timeouts, retries, BUSY backoff, stale-reply draining, reconnect with boot-epoch check, and
 * link statistics. It speaks protocol/SPEC.md section 4 over any Transport.
 */
import {
  Cap,
  capabilityNames,
  DEFAULT_MAX_FRAME,
  decodeFrameMessage,
  encodeFrame,
  encodeFrameMessage,
  IDEMPOTENT,
  pb,
  PROTOCOL_VERSION,
  REGISTER_MAP_HASH,
  SCHEMA_HASH,
  Status,
  statusName,
  type FramingKind,
  type IRequest,
  type RequestKind,
  type Response,
  type Event as HacEvent,
  type CapName,
} from '../../protocol/index.js';
import { debug } from '../debug.js';
import { abortError, canceledError, HacError, statusError } from '../errors.js';
import type { Transport, TransportOpener } from '../transport/types.js';
import { ReadlineDeframer, StreamDeframer, type Deframer } from './deframer.js';
import { RttWindow, type LinkStats } from './stats.js';

const log = debug('hac:link');

/** What the handshake told us about the device (plus what the session negotiated). */
export interface DeviceInfo {
  target: string;
  protocolVersion: number;
  minProtocolVersion: number;
  schemaHash: number;
  registerMapHash: number;
  chipId: number;
  revision: number;
  capabilities: number;
  capabilityNames: CapName[];
  /** Effective largest payload: min(host, device). */
  maxFrame: number;
  deviceMaxFrame: number;
  /** Effective window: min(host option, device). */
  window: number;
  bootEpoch: number;
  firmware: string;
  maxTokens: number;
  headDim: number;
  tileTokens: number;
  heads: number;
  framing: FramingKind;
}

/** The body of a request: exactly one member, e.g. `{ regRead: { addresses: [0] } }`. */
export type RequestBody = Omit<IRequest, 'seq'>;

export interface RequestOptions {
  signal?: AbortSignal;
  /** Overrides the per-kind timeout (ms) for each attempt. */
  timeoutMs?: number;
  /** Extra context for errors (register name, region, ...). */
  context?: Record<string, unknown>;
}

export interface ReconnectOptions {
  /** Attempts before giving up (each request that arrives later starts a new round). */
  attempts: number;
  minDelayMs: number;
  maxDelayMs: number;
}

export interface SessionOptions {
  /** Largest payload the host accepts (default 8192). */
  maxFrame?: number;
  /** Upper bound on outstanding requests; the device's window applies too. */
  window?: number;
  /** Use binary framing when the device supports it (default true). */
  binary?: boolean;
  /** Per-kind base timeouts in ms (before the link transfer allowance). */
  timeouts?: Partial<Record<RequestKind, number>>;
  /** Multiplies every timeout (slow targets). Default 1. */
  timeoutMultiplier?: number;
  /** Retries after a timeout (default 3). */
  retries?: number;
  /** Retries after STATUS_BUSY, with backoff (default 50). */
  busyRetries?: number;
  /** Reconnect when the link drops (default on). false: a drop fails pending calls. */
  reconnect?: Partial<ReconnectOptions> | false;
  /** Line rate in bytes/s for timeout allowances when the transport does not know it. */
  lineBytesPerSec?: number | null;
  client?: string;
  signal?: AbortSignal;
}

export type SessionState = 'connecting' | 'ready' | 'reconnecting' | 'down' | 'closed';

const BASE_TIMEOUT_MS: Record<RequestKind, number> = {
  hello: 1000,
  regRead: 500,
  regWrite: 500,
  memWrite: 1000,
  memRead: 1000,
  memDigest: 1000,
  runQuery: 5000,
  appendToken: 500,
  resetContext: 500,
  readResult: 500,
  readCounters: 500,
  reset: 2000,
  ping: 500,
};
/** Assumed rate when neither transport nor options know one (fast links: pipes, TCP). */
const ASSUMED_BYTES_PER_SEC = 1_000_000;
const HOST_CAPS = Cap.BINARY_FRAMING | Cap.ANALOG_CODES | Cap.VIRTUAL_CHIP | Cap.BOARD_CONTROL | Cap.APPEND_TOKEN | Cap.OFFSET_TRIM | Cap.INT16_OUTPUT | Cap.EVENTS;

interface Pending {
  kind: RequestKind;
  body: RequestBody;
  idempotent: boolean;
  /** Hello and other session-internal requests bypass the window and the ready gate. */
  control: boolean;
  seq: number;
  /** Non-idempotent request whose first attempt may have executed: resend only with this seq. */
  pinnedSeq: boolean;
  timeouts: number;
  busy: number;
  badCrc: number;
  timer: ReturnType<typeof setTimeout> | null;
  sentAt: number;
  timeoutMs: number | undefined;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | null;
  context: Record<string, unknown>;
  resolve: (r: Response) => void;
  reject: (e: HacError) => void;
  settled: boolean;
}

type Listener<T> = (v: T) => void;

export class Session {
  private transport: Transport | null = null;
  private deframer: Deframer | null = null;
  private framing: FramingKind = 'line';
  private _info: DeviceInfo | null = null;
  private _state: SessionState = 'connecting';
  private nextSeq = 1;
  private readonly outstanding = new Map<number, Pending>();
  private readonly waiting: Pending[] = [];
  /** Sequence numbers given up on recently (late replies to them are stale). */
  private readonly abandoned = new Set<number>();
  private writeChain: Promise<void> = Promise.resolve();
  private bytesQueued = 0;
  private resetPending: HacError | null = null;
  private reconnecting: Promise<void> | null = null;
  private verifying: Promise<void> | null = null;
  private readonly rtt = new RttWindow();
  private readonly counters = { framesOut: 0, framesIn: 0, bytesOut: 0, bytesIn: 0, logLines: 0, events: 0, retries: 0, timeouts: 0, busy: 0, staleReplies: 0, reconnects: 0, deviceResets: 0 };
  /** Decoder stats of transports already gone (summed into stats()). */
  private readonly pastDecoder = { crcErrors: 0, malformed: 0, oversized: 0, resyncs: 0, droppedBytes: 0 };
  private readonly eventListeners = new Set<Listener<HacEvent>>();
  private readonly logListeners = new Set<Listener<string>>();
  private readonly resetListeners = new Set<Listener<DeviceInfo>>();
  private readonly stateListeners = new Set<Listener<SessionState>>();
  private readonly opts: Required<Omit<SessionOptions, 'reconnect' | 'signal' | 'timeouts' | 'lineBytesPerSec'>> & {
    reconnect: ReconnectOptions | false;
    timeouts: Record<RequestKind, number>;
    lineBytesPerSec: number | null;
  };

  private constructor(
    private readonly opener: TransportOpener,
    options: SessionOptions,
  ) {
    this.opts = {
      maxFrame: Math.min(options.maxFrame ?? DEFAULT_MAX_FRAME, DEFAULT_MAX_FRAME),
      window: options.window ?? 64,
      binary: options.binary ?? true,
      timeouts: { ...BASE_TIMEOUT_MS, ...(options.timeouts ?? {}) },
      timeoutMultiplier: options.timeoutMultiplier ?? 1,
      retries: options.retries ?? 3,
      busyRetries: options.busyRetries ?? 50,
      reconnect: options.reconnect === false ? false : { attempts: 6, minDelayMs: 50, maxDelayMs: 2000, ...(options.reconnect ?? {}) },
      lineBytesPerSec: options.lineBytesPerSec ?? null,
      client: options.client ?? 'hac-host 0.1.0',
    };
  }

  /** Opens the link and performs the handshake. */
  static async open(opener: TransportOpener, options: SessionOptions = {}): Promise<Session> {
    const s = new Session(opener, options);
    try {
      const t = await opener(options.signal);
      await s.attach(t, options.signal);
      s.setState('ready');
      return s;
    } catch (err) {
      await s.close();
      throw err;
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
  /** Called when the session learns the device was reset (new boot epoch). */
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
  }

  stats(): LinkStats {
    const d = this.deframer?.stats;
    return {
      ...this.counters,
      crcErrors: this.pastDecoder.crcErrors + (d?.crcErrors ?? 0),
      malformed: this.pastDecoder.malformed + (d?.malformed ?? 0),
      oversized: this.pastDecoder.oversized + (d?.oversized ?? 0),
      resyncs: this.pastDecoder.resyncs + (d?.resyncs ?? 0),
      droppedBytes: this.pastDecoder.droppedBytes + (d?.droppedBytes ?? 0),
      rttMs: this.rtt.summary(),
    };
  }

  /** Requests outstanding on the wire plus those waiting for a window slot. */
  get inFlight(): number {
    return this.outstanding.size + this.waiting.length;
  }

  /**
   * Sends one request and resolves with the OK response; rejects with a HacError. Retries,
   * BUSY backoff and reconnects happen inside.
   */
  request(body: RequestBody, opts: RequestOptions = {}): Promise<Response> {
    let kind: RequestKind;
    try {
      kind = kindOf(body);
    } catch (err) {
      return Promise.reject(err);
    }
    const context = { request: kind, target: this.target, ...(opts.context ?? {}) };
    if (this._state === 'closed') return Promise.reject(canceledError('session closed', context));
    if (this.resetPending) return Promise.reject(this.resetPending.with(context));
    if (opts.signal?.aborted) return Promise.reject(abortError(opts.signal, context));
    return new Promise<Response>((resolve, reject) => {
      const p = this.newPending(kind, body, false, opts, context, resolve, reject);
      this.waiting.push(p);
      if (this._state === 'down') void this.reconnect();
      this.pump();
    });
  }

  private newPending(
    kind: RequestKind,
    body: RequestBody,
    control: boolean,
    opts: RequestOptions,
    context: Record<string, unknown>,
    resolve: (r: Response) => void,
    reject: (e: HacError) => void,
  ): Pending {
    const p: Pending = {
      kind,
      body,
      idempotent: IDEMPOTENT.has(kind),
      control,
      seq: 0,
      pinnedSeq: false,
      timeouts: 0,
      busy: 0,
      badCrc: 0,
      timer: null,
      sentAt: 0,
      timeoutMs: opts.timeoutMs,
      signal: opts.signal,
      onAbort: null,
      context,
      resolve,
      reject,
      settled: false,
    };
    if (opts.signal) {
      p.onAbort = () => this.fail(p, abortError(opts.signal!, { ...context, seq: p.seq || undefined }));
      opts.signal.addEventListener('abort', p.onAbort, { once: true });
    }
    return p;
  }

  private setState(s: SessionState): void {
    if (this._state === s) return;
    this._state = s;
    log('state %s', s);
    for (const l of this.stateListeners) l(s);
  }

  private allocSeq(): number {
    const s = this.nextSeq;
    this.nextSeq = this.nextSeq >= 0xffffffff ? 1 : this.nextSeq + 1;
    return s;
  }

  private pump(): void {
    if (this._state !== 'ready' || !this.transport) return;
    const win = this._info?.window ?? 1;
    while (this.waiting.length > 0 && this.windowUsed() < win) {
      const p = this.waiting.shift()!;
      if (p.settled) continue;
      this.send(p);
    }
  }

  private windowUsed(): number {
    let n = 0;
    for (const p of this.outstanding.values()) if (!p.control) n++;
    return n;
  }

  private timeoutFor(p: Pending, wireBytes: number): number {
    const base = p.timeoutMs ?? this.opts.timeouts[p.kind];
    const rate = this.transport?.lineBytesPerSec ?? this.opts.lineBytesPerSec ?? ASSUMED_BYTES_PER_SEC;
    const maxFrame = this._info?.maxFrame ?? this.opts.maxFrame;
    // Everything queued ahead of us must cross the line first, and the replies come back.
    const transferMs = ((this.bytesQueued + wireBytes + 2 * maxFrame) * 1000) / rate;
    return (base + 2 * transferMs) * this.opts.timeoutMultiplier;
  }

  /** Encodes and writes one attempt of p; arms its timer. */
  private send(p: Pending): void {
    const t = this.transport!;
    if (!p.pinnedSeq || p.seq === 0) p.seq = this.allocSeq();
    this.outstanding.set(p.seq, p);
    const framing: FramingKind = p.kind === 'hello' ? 'line' : this.framing;
    const bytes = encodeFrame(framing, encodeFrameMessage({ request: { seq: p.seq, ...p.body } }));
    const timeoutMs = this.timeoutFor(p, bytes.length);
    this.counters.framesOut++;
    this.counters.bytesOut += bytes.length;
    this.bytesQueued += bytes.length;
    p.sentAt = performance.now();
    if (p.timer) clearTimeout(p.timer);
    const seq = p.seq;
    p.timer = setTimeout(() => this.onTimeout(p, seq), timeoutMs);
    if (log.enabled) log('-> seq %d %s (%s, %d bytes)', seq, p.kind, framing, bytes.length);
    const w = this.writeChain.then(() => t.write(bytes));
    this.writeChain = w.then(
      () => {
        this.bytesQueued -= bytes.length;
      },
      (err: unknown) => {
        this.bytesQueued -= bytes.length;
        if (t === this.transport) this.linkDown(t, err);
      },
    );
  }

  private onTimeout(p: Pending, seq: number): void {
    if (p.settled || p.seq !== seq || this.outstanding.get(seq) !== p) return;
    p.timer = null;
    p.timeouts++;
    this.counters.timeouts++;
    log('timeout seq %d %s (attempt %d)', seq, p.kind, p.timeouts);
    if (p.timeouts > this.opts.retries) {
      this.fail(p, new HacError('timeout', `${p.kind} timed out after ${p.timeouts} attempts on ${this.target}`, { context: { ...p.context, seq } }));
      return;
    }
    this.counters.retries++;
    if (p.control) {
      this.abandon(seq);
      this.outstanding.delete(seq);
      this.send(p);
    } else if (p.idempotent) {
      // Safe to send again under a new number; a late reply to the old one is stale.
      this.abandon(seq);
      this.outstanding.delete(seq);
      this.waiting.unshift(p);
      this.pump();
    } else {
      // Same number: if the first attempt executed, the device replays its kept response.
      p.pinnedSeq = true;
      this.outstanding.delete(seq);
      this.send(p);
    }
  }

  private abandon(seq: number): void {
    this.abandoned.add(seq);
    if (this.abandoned.size > 4096) {
      const first = this.abandoned.values().next().value;
      if (first !== undefined) this.abandoned.delete(first);
    }
  }

  private settle(p: Pending): void {
    p.settled = true;
    if (p.timer) clearTimeout(p.timer);
    p.timer = null;
    if (p.signal && p.onAbort) p.signal.removeEventListener('abort', p.onAbort);
    if (p.seq && this.outstanding.get(p.seq) === p) {
      this.outstanding.delete(p.seq);
      this.abandon(p.seq);
    }
    const i = this.waiting.indexOf(p);
    if (i >= 0) this.waiting.splice(i, 1);
  }

  private fail(p: Pending, err: HacError): void {
    if (p.settled) return;
    this.settle(p);
    p.reject(err);
    this.pump();
  }

  private succeed(p: Pending, r: Response): void {
    if (p.settled) return;
    p.settled = true;
    if (p.timer) clearTimeout(p.timer);
    p.timer = null;
    if (p.signal && p.onAbort) p.signal.removeEventListener('abort', p.onAbort);
    p.resolve(r);
  }

  // ---- receive path ----

  private onFrame(payload: Uint8Array, framing: FramingKind): void {
    this.counters.framesIn++;
    const msg = decodeFrameMessage(payload);
    if (msg instanceof Error) {
      log('undecodable frame (%s): %s', framing, msg.message);
      return;
    }
    if (msg.event) {
      this.counters.events++;
      for (const l of this.eventListeners) l(msg.event as HacEvent);
      return;
    }
    const r = msg.response as Response | null | undefined;
    if (!r) return;
    const p = this.outstanding.get(r.seq);
    if (!p) {
      this.counters.staleReplies++;
      log('stale reply seq %d (%s)', r.seq, statusName(r.status));
      return;
    }
    this.outstanding.delete(r.seq);
    if (p.timer) clearTimeout(p.timer);
    p.timer = null;
    this.rtt.add(performance.now() - p.sentAt);
    if (log.enabled) log('<- seq %d %s %s', r.seq, p.kind, statusName(r.status));
    this.handleStatus(p, r);
    this.pump();
  }

  private handleStatus(p: Pending, r: Response): void {
    const ctx = { ...p.context, seq: r.seq };
    switch (r.status) {
      case Status.STATUS_OK:
        if (p.kind === 'reset' && r.reset && this._info) {
          // Our own reset: take the new epoch now so replies of NOT_READY are not mistaken for an
          // unexpected reset, and say hello again (the device requires it).
          this._info = { ...this._info, bootEpoch: r.reset.bootEpoch ?? this._info.bootEpoch };
          void this.verifyEpoch().catch(() => {});
        }
        return this.succeed(p, r);
      case Status.STATUS_BUSY: {
        this.counters.busy++;
        p.busy++;
        if (p.busy > this.opts.busyRetries) return this.fail(p, new HacError('timeout', `${p.kind}: device stayed busy after ${p.busy} tries`, { status: r.status, context: ctx }));
        this.counters.retries++;
        // Not executed. A request that never timed out may take a new number; one that did keeps
        // its number so a possible first execution is replayed, not repeated.
        const delay = Math.min(100, 1 << Math.min(p.busy, 7));
        setTimeout(() => {
          if (p.settled) return;
          if (p.control) return this.send(p);
          if (!p.pinnedSeq) this.abandon(p.seq);
          this.waiting.unshift(p);
          this.pump();
        }, delay);
        return;
      }
      case Status.STATUS_BAD_CRC:
        if (p.kind === 'memWrite' && p.badCrc === 0) {
          p.badCrc++;
          this.counters.retries++;
          this.waiting.unshift(p);
          return;
        }
        return this.fail(p, statusError(r.status, r.detail, ctx));
      case Status.STATUS_VERSION_MISMATCH:
        // The hello body comes with it; the handshake explains the mismatch from the versions.
        if (p.kind === 'hello' && r.hello) return this.succeed(p, r);
        return this.fail(p, statusError(r.status, r.detail, ctx));
      case Status.STATUS_NOT_READY:
        if (p.kind !== 'hello' && !p.control) {
          // No hello since a reset, or a genuine not-ready (chip reset line, no result yet).
          // A hello tells which: a new boot epoch means the device was reset.
          void this.verifyEpoch().then(
            () => this.fail(p, this.resetPending ? this.resetPending.with(ctx) : statusError(r.status, r.detail, ctx)),
            (err: unknown) => this.fail(p, err instanceof HacError ? err : statusError(r.status, r.detail, ctx)),
          );
          return;
        }
        return this.fail(p, statusError(r.status, r.detail, ctx));
      default:
        return this.fail(p, statusError(r.status, r.detail, ctx));
    }
  }

  /** Re-handshakes on the live link and checks the boot epoch. */
  private verifyEpoch(): Promise<void> {
    if (!this.verifying) {
      const t = this.transport;
      this.verifying = (async () => {
        if (!t) return;
        const before = this._info?.bootEpoch;
        const info = await this.handshake(t);
        if (before !== undefined && info.bootEpoch !== before) this.markReset(info);
        else this._info = info;
      })().finally(() => {
        this.verifying = null;
      });
    }
    return this.verifying;
  }

  /**
   * The host reset the device itself (reset request, CONTROL.SOFT_RESET): re-handshake and take
   * the new epoch without raising a device-reset error.
   */
  async expectedReset(): Promise<DeviceInfo> {
    const t = this.transport;
    if (!t) throw new HacError('disconnected', 'link is down', { context: { target: this.target } });
    const info = await this.handshake(t);
    this._info = info;
    return info;
  }

  private markReset(info: DeviceInfo): void {
    const before = this._info?.bootEpoch;
    this._info = info;
    this.counters.deviceResets++;
    const how = before === info.bootEpoch ? `a new device instance started (boot epoch ${info.bootEpoch})` : `device was reset (boot epoch ${before} -> ${info.bootEpoch})`;
    this.resetPending = new HacError('device-reset', `${how}; its registers, context and results are gone. Call acknowledgeReset() to continue.`, {
      context: { target: this.target, bootEpoch: info.bootEpoch, previousBootEpoch: before },
    });
    log('device reset detected: epoch %s -> %d', before, info.bootEpoch);
    for (const p of [...this.outstanding.values(), ...this.waiting]) {
      if (!p.control) this.fail(p, this.resetPending.with({ ...p.context, seq: p.seq || undefined }));
    }
    for (const l of this.resetListeners) l(info);
  }

  private onDeviceLog(text: string): void {
    this.counters.logLines++;
    log('device: %s', text);
    for (const l of this.logListeners) l(text);
  }

  // ---- connection ----

  private async attach(t: Transport, signal?: AbortSignal): Promise<DeviceInfo> {
    this.transport = t;
    this.framing = 'line';
    this.writeChain = Promise.resolve();
    this.bytesQueued = 0;
    const sink = { frame: (p: Uint8Array, f: FramingKind) => this.onFrame(p, f), log: (s: string) => this.onDeviceLog(s) };
    this.deframer = t.splitLines ? new ReadlineDeframer(sink, this.opts.maxFrame) : new StreamDeframer(sink, this.opts.maxFrame);
    void this.readLoop(t, this.deframer);
    const info = await this.handshake(t, signal);
    this._info = info;
    return info;
  }

  private async readLoop(t: Transport, d: Deframer): Promise<void> {
    let err: unknown;
    try {
      for await (const chunk of t.read()) {
        this.counters.bytesIn += chunk.length;
        if (t === this.transport) d.push(chunk);
      }
    } catch (e) {
      err = e;
    }
    this.linkDown(t, err);
  }

  private async handshake(t: Transport, signal?: AbortSignal): Promise<DeviceInfo> {
    const body: RequestBody = {
      hello: {
        protocolVersion: PROTOCOL_VERSION,
        schemaHash: SCHEMA_HASH,
        registerMapHash: REGISTER_MAP_HASH,
        capabilities: this.opts.binary ? HOST_CAPS : HOST_CAPS & ~Cap.BINARY_FRAMING,
        maxFrame: this.opts.maxFrame,
        client: this.opts.client,
      },
    };
    const context = { request: 'hello', target: t.description };
    const r = await new Promise<Response>((resolve, reject) => {
      const p = this.newPending('hello', body, true, { signal }, context, resolve, reject);
      this.send(p);
    });
    const h = r.hello as InstanceType<typeof pb.HelloResponse> | null | undefined;
    if (!h) throw new HacError('protocol', 'hello response without a body', { context });
    const hex = (n: number) => '0x' + (n >>> 0).toString(16).padStart(8, '0');
    if (r.status === Status.STATUS_VERSION_MISMATCH || PROTOCOL_VERSION < h.minProtocolVersion || PROTOCOL_VERSION > h.protocolVersion) {
      throw new HacError('protocol', `protocol version mismatch: host speaks ${PROTOCOL_VERSION}, device accepts ${h.minProtocolVersion}..${h.protocolVersion}`, {
        status: r.status || undefined,
        context: { ...context, hostVersion: PROTOCOL_VERSION, deviceVersion: h.protocolVersion, deviceMinVersion: h.minProtocolVersion },
      });
    }
    if (h.schemaHash >>> 0 !== SCHEMA_HASH >>> 0) {
      throw new HacError('protocol', `schema mismatch: host hac.proto hash ${hex(SCHEMA_HASH)}, device ${hex(h.schemaHash)} (update host or firmware)`, { context: { ...context, hostSchemaHash: SCHEMA_HASH, deviceSchemaHash: h.schemaHash } });
    }
    if (h.registerMapHash >>> 0 !== REGISTER_MAP_HASH >>> 0) {
      throw new HacError('protocol', `register map mismatch: host ${hex(REGISTER_MAP_HASH)}, device ${hex(h.registerMapHash)} (update host or firmware)`, {
        context: { ...context, hostRegisterMapHash: REGISTER_MAP_HASH, deviceRegisterMapHash: h.registerMapHash },
      });
    }
    const binary = this.opts.binary && (h.capabilities & Cap.BINARY_FRAMING) !== 0;
    const info: DeviceInfo = {
      target: t.description,
      protocolVersion: h.protocolVersion,
      minProtocolVersion: h.minProtocolVersion,
      schemaHash: h.schemaHash >>> 0,
      registerMapHash: h.registerMapHash >>> 0,
      chipId: h.chipId >>> 0,
      revision: h.revision,
      capabilities: h.capabilities,
      capabilityNames: capabilityNames(h.capabilities),
      maxFrame: Math.min(this.opts.maxFrame, h.maxFrame || DEFAULT_MAX_FRAME),
      deviceMaxFrame: h.maxFrame,
      window: Math.max(1, Math.min(this.opts.window, h.window || 1)),
      bootEpoch: h.bootEpoch,
      firmware: h.firmware,
      maxTokens: h.maxTokens,
      headDim: h.headDim,
      tileTokens: h.tileTokens,
      heads: h.heads,
      framing: binary ? 'binary' : 'line',
    };
    if (t === this.transport) {
      this.framing = info.framing;
      this.deframer?.setFraming(info.framing);
    }
    log('handshake: %s', info);
    return info;
  }

  private linkDown(t: Transport, err?: unknown): void {
    if (t !== this.transport) return;
    if (this.isClosed()) return;
    log('link down: %s', err instanceof Error ? err.message : 'closed');
    this.retireTransport();
    void t.close().catch(() => {});
    // Put everything sent back in line, oldest first; idempotent ones get new numbers, the
    // others keep theirs so the device can replay instead of repeat.
    const sent = [...this.outstanding.values()].sort((a, b) => a.sentAt - b.sentAt);
    this.outstanding.clear();
    for (const p of sent) {
      if (p.timer) clearTimeout(p.timer);
      p.timer = null;
      if (p.control) {
        p.settled = true;
        p.reject(new HacError('disconnected', `link to ${t.description} dropped during ${p.kind}`, { cause: err, context: { ...p.context, seq: p.seq } }));
        continue;
      }
      if (!p.idempotent) p.pinnedSeq = true;
      else this.abandon(p.seq);
    }
    this.waiting.unshift(...sent.filter((p) => !p.control && !p.settled));
    if (this._state === 'connecting') return;
    if (this.opts.reconnect === false) {
      this.setState('down');
      this.failAll(new HacError('disconnected', `link to ${t.description} dropped`, { cause: err, context: { target: t.description } }));
      return;
    }
    void this.reconnect(err);
  }

  private retireTransport(): void {
    const d = this.deframer?.stats;
    if (d) {
      this.pastDecoder.crcErrors += d.crcErrors;
      this.pastDecoder.malformed += d.malformed;
      this.pastDecoder.oversized += d.oversized;
      this.pastDecoder.resyncs += d.resyncs;
      this.pastDecoder.droppedBytes += d.droppedBytes;
    }
    this.transport = null;
    this.deframer = null;
  }

  private failAll(err: HacError): void {
    for (const p of [...this.outstanding.values(), ...this.waiting]) this.fail(p, err.with({ ...p.context, seq: p.seq || undefined }));
  }

  /** Reopens the link with backoff, handshakes, compares the boot epoch. */
  private reconnect(cause?: unknown): Promise<void> {
    if (this.reconnecting) return this.reconnecting;
    const ro = this.opts.reconnect;
    if (ro === false) return Promise.resolve();
    this.setState('reconnecting');
    this.reconnecting = (async () => {
      let lastErr: unknown = cause;
      for (let attempt = 0; attempt < ro.attempts; attempt++) {
        if (this.isClosed()) return;
        const delay = attempt === 0 ? 0 : Math.min(ro.maxDelayMs, ro.minDelayMs * 2 ** (attempt - 1));
        if (delay) await sleep(delay);
        if (this.isClosed()) return;
        try {
          const t = await this.opener();
          if (this.isClosed()) {
            await t.close();
            return;
          }
          const before = this._info?.bootEpoch;
          const info = await this.attach(t);
          this.counters.reconnects++;
          log('reconnected to %s (epoch %d -> %d)', t.description, before, info.bootEpoch);
          this.setState('ready');
          // A respawned simulator is a power-on even if its epoch counter starts where the old one was.
          if (before !== undefined && (info.bootEpoch !== before || t.freshDevice)) this.markReset(info);
          this.pump();
          return;
        } catch (err) {
          lastErr = err;
          if (err instanceof HacError && err.kind === 'protocol') break;
          if (this.transport) {
            const t = this.transport;
            this.retireTransport();
            void t.close().catch(() => {});
          }
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
    const err = canceledError('session closed', { target: this.target });
    for (const p of [...this.outstanding.values(), ...this.waiting]) this.fail(p, err.with({ ...p.context, seq: p.seq || undefined }));
    this.outstanding.clear();
    this.waiting.length = 0;
    const t = this.transport;
    this.retireTransport();
    if (t) await t.close().catch(() => {});
  }
}

function kindOf(body: RequestBody): RequestKind {
  const keys = Object.keys(body).filter((k) => (body as Record<string, unknown>)[k] != null);
  if (keys.length !== 1) throw new HacError('invalid-argument', `a request has exactly one body, got ${keys.join(', ') || 'none'}`);
  return keys[0] as RequestKind;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
