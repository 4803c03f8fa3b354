/**
 * VirtualChip: the board firmware of hac-sim, independent of any transport. Bytes in through
 * receive(), bytes out through the sink. It decodes frames, queues at most `window` requests,
 * executes one per scheduler turn against the chip model, and answers every request in the framing
 * it arrived in (protocol/SPEC.md sections 4 to 7).
 *
 * Resources are bounded as on a microcontroller: the frame decoder holds at most one frame, the
 * request queue `window` entries, the replay cache `2 x window` responses.
 */
import { createHash } from 'node:crypto';
import {
  Cap,
  DEFAULT_MAX_FRAME,
  DEFAULT_WINDOW,
  HEADS,
  HEAD_DIM,
  IDEMPOTENT,
  MAX_REGS_PER_REQUEST,
  MAX_TOKENS,
  MIN_MAX_FRAME,
  MIN_PROTOCOL_VERSION,
  PROTOCOL_VERSION,
  REGISTER_MAP_HASH,
  SCHEMA_HASH,
  Status,
  StreamDecoder,
  TILE_TOKENS,
  crc32,
  decodeFrameMessage,
  encodeFrame,
  encodeFrameMessage,
  pb,
  registerByName,
  requestKind,
  valueProblem,
  type FramingKind,
  type IEvent,
  type IRequest,
  type IResponse,
  type Request,
  type RequestKind,
} from '../../protocol/index.js';
import { ChipModel, type ChipFaults, type ChipModelOptions, type NoisePreset, type OperatingPoint, type SelectionMode } from '../model/index.js';
import { MemoryRegions } from './memory.js';
import { RegisterFile } from './registers.js';

export const FIRMWARE_NAME = 'hac-sim 0.1.0';

/** Everything the virtual chip implements. */
export const ALL_CAPABILITIES =
  Cap.BINARY_FRAMING | Cap.ANALOG_CODES | Cap.VIRTUAL_CHIP | Cap.BOARD_CONTROL | Cap.APPEND_TOKEN | Cap.OFFSET_TRIM | Cap.INT16_OUTPUT | Cap.EVENTS;

export const PRESET_NAMES: readonly NoisePreset[] = ['ideal', 'typical', 'conservative'];
const SELECT_MODES: readonly SelectionMode[] = ['threshold', 'relative', 'topk', 'dense'];
// protocol/hac.options bounds these strings at 96 bytes including nanopb's NUL.
const MAX_DETAIL = 95;
const MAX_LOG_TEXT = 95;
/** Blocks a soft reset restores (BOARD and SIM keep their values, SPEC.md section 5). */
const SOFT_RESET_BLOCKS: ReadonlySet<string> = new Set(['CHIP', 'ATTN', 'TRIM', 'COUNTERS']);

export type ByteSink = (bytes: Uint8Array) => void;

export interface VirtualChipOptions {
  /** Die seed (default: SIM.DIE_SEED reset value, 1). */
  dieSeed?: number;
  /** Noise preset (default: SIM.NOISE_PRESET reset value, typical). */
  preset?: NoisePreset;
  /** Capability bits this device advertises and implements (default: all). Fewer emulate a board. */
  capabilities?: number;
  /** Requests queued at most (default 8). */
  window?: number;
  /**
   * Boot epoch at power-on (uint32, default 1; every reset adds 1). The `hac-sim` program starts
   * from a time-derived value so a respawned device can be told from a reconnected one.
   */
  bootEpoch?: number;
  /** Largest payload accepted and sent (default and upper bound 8192). */
  maxFrame?: number;
  /** Runs the next queued request later (default setImmediate: one request per event-loop turn). */
  schedule?: (fn: () => void) => void;
  /** Extra options for the chip model (geometry must stay the reference one). */
  model?: Omit<ChipModelOptions, 'dieSeed' | 'preset'>;
}

/** Device-side statistics (read-only view through the control API). */
export interface ChipStats {
  bytesIn: number;
  bytesOut: number;
  requests: number;
  responses: number;
  busy: number;
  decodeErrors: number;
  replays: number;
  events: number;
  ignoredFrames: number;
  internalErrors: number;
}

interface Job {
  framing: FramingKind;
  /** null: the payload did not decode (answered DECODE_ERROR); undefined: a Frame without a request */
  request: Request | null | undefined;
  detail?: string;
}

interface Cached {
  seq: number;
  kind: RequestKind;
  payload: Uint8Array;
}

interface Cumulative {
  cycles: number;
  queries: number;
  kept: number;
  pruned: number;
  tileRefills: number;
  conversions: number;
  energyPj: number;
}

// Message types by position in the schema (protocol/ exports the envelopes only).
type Body<K extends keyof IRequest> = NonNullable<IRequest[K]>;
type IQueryResult = NonNullable<NonNullable<IResponse['runQuery']>['result']>;
type IHelloResponse = NonNullable<IResponse['hello']>;

type Outcome = { status: Status; detail?: string; body?: IResponse };

/** A command that could not run (returned, never thrown). */
class Fail {
  constructor(
    readonly status: Status,
    readonly detail: string,
  ) {}
}

export class VirtualChip {
  readonly capabilities: number;
  readonly window: number;
  readonly maxFrame: number;
  readonly model: ChipModel;
  readonly registers: RegisterFile;
  readonly memory: MemoryRegions;
  readonly stats: ChipStats = { bytesIn: 0, bytesOut: 0, requests: 0, responses: 0, busy: 0, decodeErrors: 0, replays: 0, events: 0, ignoredFrames: 0, internalErrors: 0 };

  private sink: ByteSink;
  private decoder: StreamDecoder;
  private readonly schedule: (fn: () => void) => void;
  private readonly queue: Job[] = [];
  private scheduled = false;
  private idleWaiters: Array<() => void> = [];

  private epoch = 1;
  private ready = false;
  private hostMaxFrame = DEFAULT_MAX_FRAME;
  private lastFraming: FramingKind = 'line';
  private eventSeq = 0;
  private readonly replay: Cached[] = [];
  /** session_id of the previous hello (null: no hello since power-on) */
  private lastSessionId: number | null = null;
  /** A DIE_SEED write waiting to redraw the die (done once, before the next query or at the end of the request). */
  private pendingDieSeed: number | null = null;

  private readonly qBuffer = new Int8Array(HEAD_DIM);
  private readonly output = new Uint8Array(HEAD_DIM * 2);
  private readonly keepMask = new Uint8Array(MAX_TOKENS / 8);
  private result: IQueryResult | null = null;
  private done = false;
  private failed = false;
  private errorCode = 0;
  private queryCount = 0;
  private readonly totals: Cumulative = zeroTotals();

  private controlFaults: ChipFaults = { stuckColumns: [], deadComparators: [], sramBitFlips: [] };
  private appliedFaults: ChipFaults = { stuckColumns: [], deadComparators: [], sramBitFlips: [] };
  private injectedInternal = 0;

  constructor(sink: ByteSink = () => {}, opts: VirtualChipOptions = {}) {
    this.sink = sink;
    this.capabilities = (opts.capabilities ?? ALL_CAPABILITIES) >>> 0;
    this.window = Math.max(1, Math.floor(opts.window ?? DEFAULT_WINDOW));
    this.maxFrame = Math.min(DEFAULT_MAX_FRAME, Math.max(256, Math.floor(opts.maxFrame ?? DEFAULT_MAX_FRAME)));
    this.hostMaxFrame = this.maxFrame;
    this.epoch = (opts.bootEpoch ?? 1) >>> 0;
    this.schedule = opts.schedule ?? ((fn) => setImmediate(fn));
    this.decoder = new StreamDecoder(this.maxFrame);

    const hidden: string[] = [];
    if (!this.has(Cap.OFFSET_TRIM)) hidden.push('TRIM');
    this.registers = new RegisterFile({ simOnly: this.has(Cap.VIRTUAL_CHIP), hiddenBlocks: hidden });
    const dieSeed = opts.dieSeed ?? registerByName('DIE_SEED')!.reset;
    const preset = opts.preset ?? PRESET_NAMES[registerByName('NOISE_PRESET')!.reset] ?? 'typical';
    this.model = new ChipModel({ ...(opts.model ?? {}), dieSeed: dieSeed >>> 0, preset });
    this.registers.setInternal('DIE_SEED', dieSeed >>> 0);
    this.registers.setInternal('NOISE_PRESET', PRESET_NAMES.indexOf(preset));
    this.memory = new MemoryRegions(
      { kSram: this.model.kSram, vSram: this.model.vSram, trim: this.model.trim, qBuffer: this.qBuffer, output: this.output, keepMask: this.keepMask },
      new Set(this.has(Cap.OFFSET_TRIM) ? [] : [5]),
    );
    this.attachRegisterBehaviour();
    this.applyOperatingPoint();
  }

  // ------------------------------------------------------------------ transport face

  setSink(sink: ByteSink): void {
    this.sink = sink;
  }

  /** Bytes from the host. Never throws; requests run later, one per scheduler turn. */
  receive(bytes: Uint8Array): void {
    this.stats.bytesIn += bytes.length;
    let decoded;
    try {
      decoded = this.decoder.push(bytes);
    } catch {
      this.decoder = new StreamDecoder(this.maxFrame); // cannot happen (push never throws); stay alive anyway
      return;
    }
    for (const d of decoded) {
      if (d.kind !== 'frame') continue; // text to the device is ignored (SPEC section 2)
      if (d.framing === 'binary' && !this.has(Cap.BINARY_FRAMING)) {
        this.stats.ignoredFrames++;
        continue;
      }
      const msg = decodeFrameMessage(d.payload);
      let job: Job;
      if (msg instanceof Error) {
        job = { framing: d.framing, request: null, detail: msg.message };
      } else if (msg.request) {
        // Events go out in the framing of the last REQUEST received (SPEC section 7): frames that
        // are not requests (looped-back responses/events, undecodable payloads) do not count.
        this.lastFraming = d.framing;
        job = { framing: d.framing, request: msg.request as Request };
      } else if (msg.response || msg.event) {
        this.stats.ignoredFrames++; // a device's own traffic looped back: never answer it
        continue;
      } else {
        job = { framing: d.framing, request: undefined };
      }
      this.enqueue(job);
    }
  }

  /**
   * The byte stream was broken (a connection ended or a new one began): forget a partial frame.
   * Requests already received stay queued and run (their answers go to whoever is connected), and
   * all device state is kept; only the receiver resynchronises, as a UART driver does on a line
   * break. Without this a binary frame cut by a disconnect would swallow the next connection's
   * line-framed hello: a binary segment ends only at 0x00, which a line frame never contains.
   */
  streamBroken(): void {
    this.decoder.reset();
  }

  /** Resolves when every queued request has been answered. */
  idle(): Promise<void> {
    if (this.queue.length === 0 && !this.scheduled) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  get bootEpoch(): number {
    return this.epoch;
  }

  get queueDepth(): number {
    return this.queue.length;
  }

  private has(cap: number): boolean {
    return (this.capabilities & cap) !== 0;
  }

  private enqueue(job: Job): void {
    this.stats.requests++;
    if (this.queue.length >= this.window) {
      this.stats.busy++;
      if (job.request) this.send(job.framing, { seq: job.request.seq >>> 0, status: Status.STATUS_BUSY, detail: 'queue full' });
      else this.send(job.framing, this.noRequestResponse(job));
      return;
    }
    this.queue.push(job);
    this.kick();
  }

  private kick(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => this.step());
  }

  private step(): void {
    this.scheduled = false;
    const job = this.queue.shift();
    if (job) this.execute(job);
    if (this.queue.length > 0) this.kick();
    else {
      const w = this.idleWaiters;
      this.idleWaiters = [];
      for (const fn of w) fn();
    }
  }

  private noRequestResponse(job: Job): IResponse {
    if (job.request === null) {
      this.stats.decodeErrors++;
      return { seq: 0, status: Status.STATUS_DECODE_ERROR, detail: clip(`payload is not a Frame: ${job.detail ?? ''}`) };
    }
    return { seq: 0, status: Status.STATUS_UNKNOWN_REQUEST, detail: 'frame carries no request' };
  }

  private execute(job: Job): void {
    const req = job.request;
    if (!req) {
      this.send(job.framing, this.noRequestResponse(job));
      return;
    }
    const seq = req.seq >>> 0;
    const kind = requestKind(req);
    if (!kind) {
      this.send(job.framing, { seq, status: Status.STATUS_UNKNOWN_REQUEST, detail: 'unknown request body' });
      return;
    }
    const idempotent = IDEMPOTENT.has(kind);
    if (!idempotent) {
      const hit = this.replay.find((c) => c.seq === seq && c.kind === kind);
      if (hit) {
        this.stats.replays++;
        // Kept under an earlier (possibly larger) limit: never send a frame above today's.
        if (hit.payload.length <= this.effectiveMaxFrame()) this.sendPayload(job.framing, hit.payload);
        else this.send(job.framing, { seq, status: Status.STATUS_OUT_OF_RANGE, detail: 'response exceeds max_frame' });
        return;
      }
    }
    if (!this.ready && kind !== 'hello') {
      this.send(job.framing, { seq, status: Status.STATUS_NOT_READY, detail: 'no hello since reset' });
      return;
    }
    let out: Outcome;
    const after: PendingEvents = new Map();
    this.after = after;
    this.failureTally = { count: 0 };
    try {
      if (this.injectedInternal > 0) {
        this.injectedInternal--;
        throw new Error('injected firmware fault');
      }
      out = this.dispatch(kind, req);
      this.flushDieSeed();
    } catch (err) {
      this.stats.internalErrors++;
      out = { status: Status.STATUS_INTERNAL, detail: clip(`firmware fault: ${err instanceof Error ? err.message : String(err)}`) };
      after.clear();
    } finally {
      this.after = null;
      this.failureTally = null;
    }
    const payload = this.send(job.framing, { seq, status: out.status, detail: out.detail ? clip(out.detail) : '', ...(out.body ?? {}) });
    if (!idempotent) {
      this.replay.push({ seq, kind, payload });
      while (this.replay.length > 2 * this.window) this.replay.shift();
    }
    for (const fn of after.values()) fn(); // events follow the response they belong to
  }

  /** Encodes, bounds and frames a response; returns the payload sent (for the replay cache). */
  private send(framing: FramingKind, response: IResponse): Uint8Array {
    const limit = this.effectiveMaxFrame();
    let payload = encodeFrameMessage({ response });
    if (payload.length > limit) {
      payload = encodeFrameMessage({ response: { seq: response.seq, status: Status.STATUS_OUT_OF_RANGE, detail: 'response exceeds max_frame' } });
      // The replacement is at most ~45 bytes and the limit at least 256: it always fits. Should it
      // not, the bare status (at most 9 bytes) goes out; a frame above the limit never does.
      if (payload.length > limit) payload = encodeFrameMessage({ response: { seq: response.seq, status: Status.STATUS_OUT_OF_RANGE } });
    }
    this.stats.responses++;
    this.sendPayload(framing, payload);
    return payload;
  }

  private sendPayload(framing: FramingKind, payload: Uint8Array): void {
    const bytes = encodeFrame(framing, payload);
    this.stats.bytesOut += bytes.length;
    this.sink(bytes);
  }

  private effectiveMaxFrame(): number {
    return Math.min(this.maxFrame, this.hostMaxFrame);
  }

  /** Largest data field of a memory request or ping (SPEC section 2). */
  private dataLimit(): number {
    return this.effectiveMaxFrame() - 64;
  }

  /** Sends an unsolicited event in the framing of the last request (line before any). */
  emitEvent(body: Omit<IEvent, 'eventSeq'>): void {
    if (!this.has(Cap.EVENTS)) return;
    this.eventSeq = (this.eventSeq + 1) >>> 0;
    const payload = encodeFrameMessage({ event: { eventSeq: this.eventSeq, ...body } });
    if (payload.length > this.effectiveMaxFrame()) return;
    this.stats.events++;
    this.sendPayload(this.lastFraming, payload);
  }

  log(level: 0 | 1 | 2 | 3, text: string): void {
    this.emitEvent({ log: { level, text: text.slice(0, MAX_LOG_TEXT) } });
  }

  // ------------------------------------------------------------------ requests

  private dispatch(kind: RequestKind, req: Request): Outcome {
    switch (kind) {
      case 'hello':
        return this.hello(req.hello!);
      case 'regRead':
        return this.regRead(req.regRead!);
      case 'regWrite':
        return this.regWrite(req.regWrite!);
      case 'memWrite':
        return this.memWrite(req.memWrite!);
      case 'memRead':
        return this.memRead(req.memRead!);
      case 'memDigest':
        return this.memDigest(req.memDigest!);
      case 'runQuery':
        return this.runQuery(req.runQuery!);
      case 'appendToken':
        return this.appendToken(req.appendToken!);
      case 'resetContext':
        this.registers.setInternal('CONTEXT_LEN', 0);
        return { status: Status.STATUS_OK, body: { resetContext: {} } };
      case 'readResult':
        if (!this.result) return { status: Status.STATUS_NOT_READY, detail: 'no query since reset' };
        return { status: Status.STATUS_OK, body: { readResult: { result: this.result } } };
      case 'readCounters': {
        const t = this.totals;
        return {
          status: Status.STATUS_OK,
          body: { readCounters: { cycles: t.cycles, queries: t.queries >>> 0, tokensKept: t.kept, tokensPruned: t.pruned, tileRefills: t.tileRefills >>> 0, conversions: t.conversions, energyPj: t.energyPj } },
        };
      }
      case 'reset':
        this.softReset();
        this.later('reset', () => this.log(1, `soft reset (request); boot epoch ${this.epoch}`));
        return { status: Status.STATUS_OK, body: { reset: { bootEpoch: this.epoch } } };
      case 'ping': {
        const data = req.ping!.data ?? new Uint8Array(0);
        if (data.length > this.dataLimit()) return { status: Status.STATUS_OUT_OF_RANGE, detail: `ping data above ${this.dataLimit()} bytes` };
        return { status: Status.STATUS_OK, body: { ping: { data } } };
      }
    }
  }

  private hello(h: Body<'hello'>): Outcome {
    const v = h.protocolVersion ?? 0;
    const ok = v >= MIN_PROTOCOL_VERSION && v <= PROTOCOL_VERSION;
    const body: IHelloResponse = {
      protocolVersion: PROTOCOL_VERSION,
      minProtocolVersion: MIN_PROTOCOL_VERSION,
      schemaHash: SCHEMA_HASH,
      registerMapHash: REGISTER_MAP_HASH,
      chipId: this.registers.peekByName('CHIP_ID'),
      revision: this.registers.peekByName('REVISION'),
      capabilities: this.capabilities,
      maxFrame: this.maxFrame,
      window: this.window,
      bootEpoch: this.epoch,
      firmware: FIRMWARE_NAME,
      maxTokens: MAX_TOKENS,
      headDim: HEAD_DIM,
      tileTokens: TILE_TOKENS,
      heads: HEADS,
    };
    // A hello from another session (or one without a session id) empties the replay cache, so a new
    // program numbering its requests from 1 never gets an earlier program's answers; a reconnect
    // of the same session keeps it (SPEC section 4). Every hello counts, refused ones too.
    const sessionId = (h.sessionId ?? 0) >>> 0;
    if (sessionId === 0 || sessionId !== this.lastSessionId) this.replay.length = 0;
    this.lastSessionId = sessionId;
    if (!ok) return { status: Status.STATUS_VERSION_MISMATCH, detail: `protocol ${v} outside [${MIN_PROTOCOL_VERSION}, ${PROTOCOL_VERSION}]`, body: { hello: body } };
    const hostMax = (h.maxFrame ?? 0) >>> 0;
    if (hostMax !== 0 && hostMax < MIN_MAX_FRAME) {
      // Refused: the device's own limit stays in force (and `ready` is left as it was).
      this.hostMaxFrame = this.maxFrame;
      return { status: Status.STATUS_BAD_ARGUMENT, detail: `max_frame ${hostMax} below ${MIN_MAX_FRAME} (0: the device's limit)`, body: { hello: body } };
    }
    this.ready = true;
    this.hostMaxFrame = hostMax > 0 ? Math.min(hostMax, this.maxFrame) : this.maxFrame;
    return { status: Status.STATUS_OK, body: { hello: body } };
  }

  private regRead(r: Body<'regRead'>): Outcome {
    const addrs = r.addresses ?? [];
    if (addrs.length === 0 || addrs.length > MAX_REGS_PER_REQUEST) return { status: Status.STATUS_OUT_OF_RANGE, detail: `${addrs.length} addresses (1..${MAX_REGS_PER_REQUEST})` };
    const bad = this.registers.checkReads(addrs);
    if (bad) return bad;
    return { status: Status.STATUS_OK, body: { regRead: { values: addrs.map((a) => this.registers.read(a)) } } };
  }

  private regWrite(r: Body<'regWrite'>): Outcome {
    const writes = (r.writes ?? []).map((w) => ({ address: (w.address ?? 0) >>> 0, value: (w.value ?? 0) >>> 0, mask: w.mask ?? null }));
    if (writes.length === 0 || writes.length > MAX_REGS_PER_REQUEST) return { status: Status.STATUS_OUT_OF_RANGE, detail: `${writes.length} writes (1..${MAX_REGS_PER_REQUEST})` };
    const bad = this.registers.checkWrites(writes);
    if (bad) return bad;
    this.registers.applyWrites(writes);
    return { status: Status.STATUS_OK, body: { regWrite: { count: writes.length } } };
  }

  /**
   * Events to send once the current request's response is out (events follow their response).
   * Keyed, so that one request sends a bounded number of events however many writes it holds:
   * `job_done` and `fault` are coalesced (one each per request: the last query's), the failure log
   * keeps the first failure and counts the rest; resets log under a key of their own.
   */
  private after: PendingEvents | null = null;
  /** failed commands of the current request (null outside a request) */
  private failureTally: { count: number } | null = null;

  private later(key: string, fn: () => void): void {
    if (this.after) {
      this.after.delete(key); // re-inserted: the coalesced event keeps the position of its last cause
      this.after.set(key, fn);
    } else fn();
  }

  private memWrite(m: Body<'memWrite'>): Outcome {
    const region = m.region ?? 0;
    const offset = (m.offset ?? 0) >>> 0;
    const data = m.data ?? new Uint8Array(0);
    const bad = this.memory.checkRange(region, offset, data.length, { write: true, allowEmpty: false, maxLength: this.dataLimit() });
    if (bad && bad.status !== Status.STATUS_OUT_OF_RANGE) return bad;
    if (crc32(data) !== (m.dataCrc ?? 0) >>> 0) return { status: Status.STATUS_BAD_CRC, detail: 'data_crc does not match data' };
    if (bad) return bad;
    if (region === pb.Region.REGION_TRIM) {
      // One signed trimBits-wide code per column: a byte outside that range has no encoding.
      const lim = 1 << (this.model.geometry.trimBits - 1);
      const i = data.findIndex((b) => ((b << 24) >> 24) < -lim || ((b << 24) >> 24) >= lim);
      if (i >= 0) return { status: Status.STATUS_BAD_ARGUMENT, detail: `trim byte ${i} outside ${-lim}..${lim - 1}` };
    }
    this.memory.view(region)!.set(data, offset);
    if (region === pb.Region.REGION_K_SRAM) {
      this.model.keysChanged(Math.floor(offset / HEAD_DIM), Math.ceil((offset + data.length) / HEAD_DIM));
    }
    return { status: Status.STATUS_OK, body: { memWrite: { nextOffset: offset + data.length } } };
  }

  private readRange(region: number, offset: number, length: number): Uint8Array {
    const data = this.memory.view(region)!.slice(offset, offset + length);
    // A flipped SRAM cell reads flipped, as on the chip (applied on every read of that cell).
    const mem = region === pb.Region.REGION_K_SRAM ? 'k' : region === pb.Region.REGION_V_SRAM ? 'v' : null;
    if (mem) {
      for (const f of this.appliedFaults.sramBitFlips) {
        const at = f.token * HEAD_DIM + f.dim - offset;
        if (f.memory === mem && at >= 0 && at < length) data[at] ^= 1 << f.bit;
      }
    }
    return data;
  }

  private memRead(m: Body<'memRead'>): Outcome {
    const region = m.region ?? 0;
    const offset = (m.offset ?? 0) >>> 0;
    const length = (m.length ?? 0) >>> 0;
    const bad = this.memory.checkRange(region, offset, length, { write: false, allowEmpty: false, maxLength: this.dataLimit() });
    if (bad) return bad;
    const data = this.readRange(region, offset, length);
    return { status: Status.STATUS_OK, body: { memRead: { data, dataCrc: crc32(data) } } };
  }

  private memDigest(m: Body<'memDigest'>): Outcome {
    const region = m.region ?? 0;
    const offset = (m.offset ?? 0) >>> 0;
    const length = (m.length ?? 0) >>> 0;
    const bad = this.memory.checkRange(region, offset, length, { write: false, allowEmpty: true, maxLength: Number.MAX_SAFE_INTEGER });
    if (bad) return bad;
    const data = this.readRange(region, offset, length);
    const sha256 = new Uint8Array(createHash('sha256').update(data).digest());
    return { status: Status.STATUS_OK, body: { memDigest: { sha256, crc32: crc32(data) } } };
  }

  private appendToken(a: Body<'appendToken'>): Outcome {
    if (!this.has(Cap.APPEND_TOKEN)) return this.commandFailed(Status.STATUS_UNSUPPORTED, 'append_token not supported');
    const key = a.key ?? new Uint8Array(0);
    const value = a.value ?? new Uint8Array(0);
    if (key.length !== HEAD_DIM || value.length !== HEAD_DIM) {
      return this.commandFailed(Status.STATUS_BAD_ARGUMENT, `key/value must be ${HEAD_DIM} bytes (got ${key.length}/${value.length})`);
    }
    const t = this.registers.getInternal('CONTEXT_LEN');
    if (t >= MAX_TOKENS) return this.commandFailed(Status.STATUS_CONTEXT_FULL, `context holds ${MAX_TOKENS} tokens`);
    this.memory.view(pb.Region.REGION_K_SRAM)!.set(key, t * HEAD_DIM);
    this.memory.view(pb.Region.REGION_V_SRAM)!.set(value, t * HEAD_DIM);
    this.model.keysChanged(t, t + 1);
    this.registers.setInternal('CONTEXT_LEN', t + 1);
    return { status: Status.STATUS_OK, body: { appendToken: { contextLength: t + 1 } } };
  }

  private runQuery(r: Body<'runQuery'>): Outcome {
    const query = r.query ?? new Uint8Array(0);
    if (query.length !== 0 && query.length !== HEAD_DIM) {
      return this.commandFailed(Status.STATUS_BAD_ARGUMENT, `query must be ${HEAD_DIM} bytes or empty (got ${query.length})`);
    }
    if (r.wantCodes && !this.has(Cap.ANALOG_CODES)) return this.commandFailed(Status.STATUS_UNSUPPORTED, 'analog codes not supported');
    // A result that could not be sent is refused before the query runs: nothing changes (no query
    // id, counters, result, Q buffer). Unreachable for a host limit >= MIN_MAX_FRAME (a 512-token
    // result with codes is ~800 bytes); reachable when the device's own limit is set lower.
    const n = this.registers.getInternal('CONTEXT_LEN');
    const bound = queryResponseBound(n, r.wantCodes === true);
    if (bound > this.effectiveMaxFrame()) {
      return this.commandFailed(Status.STATUS_OUT_OF_RANGE, `result of ${n} tokens${r.wantCodes ? ' with codes' : ''} (up to ${bound} bytes) exceeds max_frame ${this.effectiveMaxFrame()}`);
    }
    // The query goes to the Q buffer first (SPEC section 5), so it stays there if the run fails.
    if (query.length === HEAD_DIM) this.qBuffer.set(new Int8Array(query.buffer, query.byteOffset, HEAD_DIM));
    const res = this.startQuery(this.qBuffer.slice(), r.wantCodes === true);
    if (res instanceof Fail) return this.commandFailed(res.status, res.detail);
    return { status: Status.STATUS_OK, body: { runQuery: { result: res } } };
  }

  /** Marks a failed command in STATUS/ERROR_CODE/IRQ_STATUS and returns the outcome. */
  private commandFailed(status: Status, detail: string): Outcome {
    this.failed = true;
    this.errorCode = status;
    this.raiseIrq(IRQ_ERROR);
    if (this.irqEnabled(IRQ_ERROR)) {
      // One log per request: the first failure, with a count of the others (256 failing STARTs
      // in one reg_write log once).
      const text = `command failed: ${detail}`;
      const tally = this.failureTally;
      if (!this.after || !tally) this.log(3, text);
      else if (tally.count++ === 0) {
        this.after.set('error', () => this.log(3, tally.count > 1 ? `${text} (and ${tally.count - 1} more in this request)` : text));
      }
    }
    return { status, detail };
  }

  /** Runs one query against the model with the ATTN registers; stores and returns the result. */
  private startQuery(q: Int8Array, wantCodes: boolean): IQueryResult | Fail {
    if (this.registers.getInternal('CHIP_RESET') === 1) return new Fail(Status.STATUS_NOT_READY, 'chip held in reset (BOARD.CHIP_RESET = 1)');
    this.flushDieSeed(); // a DIE_SEED written earlier in this request redraws the die now, once
    const n = this.registers.getInternal('CONTEXT_LEN');
    if (n === 0) return new Fail(Status.STATUS_INVALID_CONFIG, 'CONTEXT_LEN is 0');
    const modeReg = this.registers.getInternal('MODE');
    const mode = SELECT_MODES[modeReg & 3];
    const topK = this.registers.getInternal('TOPK');
    if (mode === 'topk' && topK === 0) return new Fail(Status.STATUS_INVALID_CONFIG, 'TOPK is 0 in top-k mode');
    const outputShift = this.registers.getInternal('OUTPUT_SHIFT');
    const head = this.registers.getInternal('HEAD');
    const outputInt16 = (modeReg & 0x10) !== 0;
    const queryId = (this.queryCount + 1) >>> 0;
    let res;
    try {
      res = this.model.runQuery({
        q,
        contextLength: n,
        head,
        queryIndex: queryId,
        selection: {
          mode,
          threshold: this.registers.getInternal(`THRESHOLD_${head}`),
          margin: this.registers.getInternal('MARGIN'),
          topK,
          minKeep: this.registers.getInternal('MIN_KEEP'),
        },
        outputShift,
        outputInt16,
        scoreScale: this.registers.getInternal('SCORE_SCALE'),
      });
    } catch (err) {
      if (err instanceof RangeError) return new Fail(Status.STATUS_INVALID_CONFIG, err.message);
      throw err;
    }
    // Commit: from here on nothing can fail.
    this.queryCount = queryId;
    const t = this.totals;
    t.cycles += res.cycles;
    t.queries = (t.queries + 1) % 2 ** 32;
    t.kept += res.kept;
    t.pruned += res.pruned;
    t.tileRefills = (t.tileRefills + res.tileRefills) % 2 ** 32;
    t.conversions += res.conversions;
    t.energyPj += res.energyPj;

    for (let i = 0; i < HEAD_DIM; i++) {
      const v = res.output[i] & 0xffff;
      this.output[2 * i] = v & 0xff;
      this.output[2 * i + 1] = v >>> 8;
    }
    this.keepMask.fill(0);
    for (let j = 0; j < n; j++) if (res.keepMask[j]) this.keepMask[j >>> 3] |= 1 << (j & 7);
    const result: IQueryResult = {
      queryId,
      output: this.output.slice(),
      outputInt16,
      outputShift,
      keepMask: this.keepMask.slice(0, Math.ceil(n / 8)),
      codes: wantCodes ? res.codes.slice() : new Uint8Array(0),
      contextLength: n,
      counters: {
        cycles: res.cycles,
        kept: res.kept,
        pruned: res.pruned,
        tileRefills: res.tileRefills,
        conversions: res.conversions,
        energyPj: res.energyPj,
        timingViolation: res.timingViolation,
      },
    };
    this.result = result;
    this.done = true;
    this.failed = false;
    this.raiseIrq(IRQ_DONE);
    // Coalesced: a request that runs many queries (256 x CONTROL.START) sends one job_done, for its last query.
    if (this.irqEnabled(IRQ_DONE)) this.later('jobDone', () => this.emitEvent({ jobDone: { queryId } }));
    if (res.timingViolation) {
      this.raiseIrq(IRQ_FAULT);
      if (this.irqEnabled(IRQ_FAULT)) {
        const text = `timing violation: clock ${this.registers.getInternal('CLOCK_KHZ')} kHz above what ${this.registers.getInternal('CORE_SUPPLY_MV')} mV allows (query ${queryId})`;
        this.later('fault', () => this.emitEvent({ fault: { code: Status.STATUS_INVALID_CONFIG, text } })); // one per request, the last
      }
    }
    return result;
  }

  private raiseIrq(bit: number): void {
    this.registers.setInternal('IRQ_STATUS', this.registers.getInternal('IRQ_STATUS') | bit);
  }

  private irqEnabled(bit: number): boolean {
    return (this.registers.getInternal('IRQ_ENABLE') & bit) !== 0;
  }

  // ------------------------------------------------------------------ reset

  /**
   * The chip's own reset, as its reset pin does it (BOARD.CHIP_RESET asserted, and part of every
   * soft reset): CHIP, ATTN, TRIM and COUNTERS registers to reset values, results cleared, engine
   * state (CIM cache) back to power-on. Memories and the BOARD/SIM blocks keep theirs. The board
   * firmware's state (session, replay cache, boot epoch, events) is not touched.
   */
  private chipReset(): void {
    this.registers.resetBlocks(SOFT_RESET_BLOCKS);
    this.result = null;
    this.done = false;
    this.failed = false;
    this.errorCode = 0;
    this.queryCount = 0;
    Object.assign(this.totals, zeroTotals());
    this.output.fill(0);
    this.keepMask.fill(0);
    this.model.resetEngine();
  }

  /** Soft reset (SPEC section 5): what `reset`, CONTROL.SOFT_RESET and an injected reset do. */
  softReset(): void {
    this.flushDieSeed();
    this.chipReset();
    // Events caused earlier in this request belong to the epoch that ends here: dropped.
    this.after?.clear();
    if (this.failureTally) this.failureTally.count = 0;
    this.replay.length = 0;
    this.epoch = (this.epoch + 1) >>> 0;
    this.ready = false;
    this.hostMaxFrame = this.maxFrame;
    this.eventSeq = 0;
  }

  /**
   * A device reset at an arbitrary moment (watchdog, brown-out of the MCU): requests in flight are
   * lost unanswered, a partial frame is forgotten, then a soft reset. Memories and the BOARD/SIM
   * blocks keep their contents.
   */
  deviceReset(cause = 'injected'): void {
    this.queue.length = 0;
    this.decoder.reset();
    this.softReset();
    this.log(2, `device reset (${cause}); boot epoch ${this.epoch}`);
  }

  // ------------------------------------------------------------------ registers

  private attachRegisterBehaviour(): void {
    const regs = this.registers;
    regs.hook('CONTROL', {
      // SPEC section 5: a SOFT_RESET strobe must be the last write of its request.
      endsRequest: (_r, v) => (v & CONTROL_SOFT_RESET) !== 0,
      write: (_r, v) => {
        if (v & CONTROL_SOFT_RESET) {
          this.softReset();
          this.later('reset', () => this.log(1, `soft reset (CONTROL.SOFT_RESET); boot epoch ${this.epoch}`));
        }
        if (v & CONTROL_CLEAR_COUNTERS) Object.assign(this.totals, zeroTotals());
        if (v & CONTROL_START) {
          const res = this.startQuery(this.qBuffer.slice(), false);
          if (res instanceof Fail) this.commandFailed(res.status, res.detail);
        }
      },
    });
    regs.hook('STATUS', {
      read: () => (this.done ? 2 : 0) | (this.failed ? 4 : 0) | (regs.getInternal('CONTEXT_LEN') >= MAX_TOKENS ? 8 : 0),
    });
    regs.hook('ERROR_CODE', { read: () => this.errorCode });
    regs.hook('QUERY_COUNT', { read: () => this.queryCount });
    regs.hook('MODE', {
      check: (_r, v) => (v & 0x10 && !this.has(Cap.INT16_OUTPUT) ? { status: Status.STATUS_UNSUPPORTED, detail: 'OUTPUT_INT16 not supported' } : null),
    });
    const t = this.totals;
    regs.hook('CYCLES_LO', { read: () => t.cycles % 2 ** 32 });
    regs.hook('CYCLES_HI', { read: () => Math.floor(t.cycles / 2 ** 32) % 2 ** 32 });
    regs.hook('QUERIES', { read: () => t.queries });
    regs.hook('TOKENS_KEPT', { read: () => t.kept % 2 ** 32 });
    regs.hook('TOKENS_PRUNED', { read: () => t.pruned % 2 ** 32 });
    regs.hook('TILE_REFILLS', { read: () => t.tileRefills });
    regs.hook('CONVERSIONS', { read: () => t.conversions % 2 ** 32 });
    regs.hook('ENERGY_NJ', { read: () => Math.floor(t.energyPj / 1000) % 2 ** 32 });

    // TRIM registers and the TRIM region are one storage: the model's trim table, one signed
    // trimBits-wide code per column (the register shows it two's complement in [trimBits-1:0]).
    const trim = this.model.trim;
    const bits = this.model.geometry.trimBits;
    for (let c = 0; c < trim.length; c++) {
      regs.hook(`TRIM_${c}`, {
        read: () => trim[c] & ((1 << bits) - 1),
        write: (_r, v) => {
          trim[c] = (v << (32 - bits)) >> (32 - bits);
        },
        reset: () => {
          trim[c] = 0;
        },
      });
    }

    // BOARD and SIM drive the model's operating point, die and faults.
    // 0 (which the model cannot run at) is below the map's `min` and refused by the register file.
    for (const name of ['CLOCK_KHZ', 'CORE_SUPPLY_MV', 'ANALOG_SUPPLY_MV']) regs.hook(name, { write: () => this.applyOperatingPoint() });
    // The chip's reset line: asserting it resets the chip as its reset pin would (not the board
    // firmware: no new boot epoch, the session stays); while it is held, queries answer NOT_READY.
    regs.hook('CHIP_RESET', {
      write: (_r, v, old) => {
        if (v === 1 && old === 0) {
          this.chipReset();
          this.later('chipReset', () => this.log(1, 'chip reset line asserted (BOARD.CHIP_RESET = 1): chip registers, results and engine state reset'));
        }
      },
    });
    regs.hook('TEMPERATURE_SET_MC', { write: () => this.applyOperatingPoint() });
    regs.hook('TEMPERATURE_MC', {
      read: () => (this.has(Cap.VIRTUAL_CHIP) ? regs.getInternal('TEMPERATURE_SET_MC') : registerByName('TEMPERATURE_MC')!.reset),
    });
    // Redrawing the die costs ~0.6 ms: a request writing DIE_SEED many times redraws it once, for
    // the last value, before its next query or when the request ends (SPEC section 4's 250 ms bound).
    regs.hook('DIE_SEED', {
      write: (_r, v) => {
        this.pendingDieSeed = v >>> 0;
        if (!this.after) this.flushDieSeed();
      },
    });
    regs.hook('NOISE_PRESET', { write: (_r, v) => this.model.setPreset(PRESET_NAMES[v & 3] ?? 'typical') });
    for (const name of ['FAULT_STUCK_COLUMN', 'FAULT_DEAD_COMPARATOR', 'FAULT_SRAM_FLIP']) regs.hook(name, { write: () => this.applyFaults() });
  }

  private flushDieSeed(): void {
    if (this.pendingDieSeed === null) return;
    const seed = this.pendingDieSeed;
    this.pendingDieSeed = null;
    if (seed !== this.model.dieSeed) this.model.setDieSeed(seed);
  }

  private applyOperatingPoint(): void {
    this.model.setOperatingPoint(this.operatingPoint());
  }

  /** The operating point the BOARD/SIM registers describe. */
  operatingPoint(): OperatingPoint {
    const r = this.registers;
    return {
      clockKhz: r.getInternal('CLOCK_KHZ') || 1,
      coreSupplyMv: r.getInternal('CORE_SUPPLY_MV') || 1,
      analogSupplyMv: r.getInternal('ANALOG_SUPPLY_MV') || 1,
      temperatureMilliC: this.has(Cap.VIRTUAL_CHIP) ? r.getInternal('TEMPERATURE_SET_MC') : registerByName('TEMPERATURE_SET_MC')!.reset,
    };
  }

  /** Chip faults from the SIM fault registers plus those set through the control API. */
  private applyFaults(): void {
    const r = this.registers;
    const f: ChipFaults = {
      stuckColumns: [...this.controlFaults.stuckColumns],
      deadComparators: [...this.controlFaults.deadComparators],
      sramBitFlips: [...this.controlFaults.sramBitFlips],
    };
    const stuck = r.getInternal('FAULT_STUCK_COLUMN');
    if (stuck & (1 << 8)) f.stuckColumns.push({ column: stuck & 0x3f, code: (stuck >>> 16) & 0xff });
    const dead = r.getInternal('FAULT_DEAD_COMPARATOR');
    if (dead & (1 << 8)) f.deadComparators.push(dead & 0x3f);
    const flip = r.getInternal('FAULT_SRAM_FLIP');
    if (flip & 0x80000000) f.sramBitFlips.push({ token: flip & 0x3ff, dim: (flip >>> 10) & 0x3f, bit: (flip >>> 16) & 7, memory: flip & (1 << 19) ? 'v' : 'k' });
    // A flip outside the SRAM (TOKEN is 10 bits wide, the SRAM holds 512 tokens) has no cell to act on.
    f.sramBitFlips = f.sramBitFlips.filter((s) => s.token >= 0 && s.token < MAX_TOKENS && s.dim >= 0 && s.dim < HEAD_DIM && s.bit >= 0 && s.bit < 8);
    f.stuckColumns = f.stuckColumns.filter((s) => s.column >= 0 && s.column < TILE_TOKENS);
    f.deadComparators = f.deadComparators.filter((c) => c >= 0 && c < TILE_TOKENS);
    this.model.setFaults(f);
    this.appliedFaults = f;
  }

  // ------------------------------------------------------------------ control (tests only; see control.ts)

  /** @internal control API: writes a register's backing word with its side effects, no access rules. */
  controlWrite(name: string, value: number): void {
    const reg = this.registers.byName(name);
    if (!reg) throw new RangeError(`no register ${name} on this target`);
    if (reg.access !== 'rw') throw new RangeError(`${name} is not a read/write register`);
    const problem = valueProblem(reg, value);
    if (problem) throw new RangeError(problem);
    this.registers.applyWrites([{ address: reg.address, value: value >>> 0 }]);
    this.flushDieSeed();
  }

  /** @internal control API */
  setControlFaults(f: ChipFaults): void {
    this.controlFaults = { stuckColumns: [...f.stuckColumns], deadComparators: [...f.deadComparators], sramBitFlips: [...f.sramBitFlips] };
    this.applyFaults();
  }

  /** @internal control API */
  injectInternalErrors(count: number): void {
    this.injectedInternal = Math.max(0, Math.floor(count));
  }

  /** @internal control API: a snapshot of the firmware's state. */
  snapshot() {
    return {
      bootEpoch: this.epoch,
      ready: this.ready,
      capabilities: this.capabilities,
      effectiveMaxFrame: this.effectiveMaxFrame(),
      lastFraming: this.lastFraming,
      queueDepth: this.queue.length,
      replayCacheSize: this.replay.length,
      eventSeq: this.eventSeq,
      queryCount: this.queryCount,
      done: this.done,
      error: this.failed,
      errorCode: this.errorCode,
      counters: { ...this.totals },
      chipFaults: structuredClone(this.appliedFaults),
      operatingPoint: this.operatingPoint(),
      dieSeed: this.model.dieSeed,
      preset: this.model.noisePreset,
      hasResult: this.result !== null,
      decoder: { ...this.decoder.stats },
      stats: { ...this.stats },
    };
  }

  /** @internal control API: the last result (a copy). */
  lastResult(): IQueryResult | null {
    return this.result ? structuredClone(this.result) : null;
  }
}

const CONTROL_START = 1 << 0;
const CONTROL_SOFT_RESET = 1 << 1;
const CONTROL_CLEAR_COUNTERS = 1 << 2;
const IRQ_DONE = 1 << 0;
const IRQ_ERROR = 1 << 1;
const IRQ_FAULT = 1 << 2;

type PendingEvents = Map<string, () => void>;

/**
 * Upper bound of the encoded run_query response for a context of n tokens: every field at its
 * widest (query id and counters at 5-byte varints, both flags set, shift 16).
 */
function queryResponseBound(n: number, wantCodes: boolean): number {
  const big = 0xffffffff;
  return encodeFrameMessage({
    response: {
      seq: big,
      status: Status.STATUS_OK,
      runQuery: {
        result: {
          queryId: big,
          output: new Uint8Array(HEAD_DIM * 2),
          outputInt16: true,
          outputShift: 16,
          keepMask: new Uint8Array(Math.ceil(n / 8)),
          codes: new Uint8Array(wantCodes ? n : 0),
          contextLength: n,
          counters: { cycles: 1.5, kept: big, pruned: big, tileRefills: big, conversions: big, energyPj: 1.5, timingViolation: true },
        },
      },
    },
  }).length;
}

function zeroTotals(): Cumulative {
  return { cycles: 0, queries: 0, kept: 0, pruned: 0, tileRefills: 0, conversions: 0, energyPj: 0 };
}

function clip(s: string): string {
  return s.length > MAX_DETAIL ? s.slice(0, MAX_DETAIL - 3) + '...' : s;
}

export type ChipSnapshot = ReturnType<VirtualChip['snapshot']>;
