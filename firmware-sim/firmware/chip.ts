/**
 * VirtualChip: the board firmware of hac-sim, independent of any transport. Bytes in through
 * receive(), bytes out through the sink. It decodes frames, answers a hello at once, and executes
 * every other request strictly in `seq` order (protocol v2, SPEC section 4), one per scheduler
 * turn, answering in the framing the request arrived in.
 *
 * The jobs live beside it: frame-io.ts (frames in and out), sequencer.ts (order, hold, replay
 * cache), handshake.ts, handlers.ts (request handlers), query-engine.ts, events.ts,
 * register-behaviour.ts; control.ts is the test-only face. Resources are bounded as on a
 * microcontroller: one frame in the decoder, `window - 1` held requests, `2 x window` kept
 * answers.
 */
import { Cap, DEFAULT_MAX_FRAME, DEFAULT_WINDOW, Status, registerByName, requestKind, valueProblem, type FramingKind, type IEvent, type Request } from '../../protocol/index.js';
import { ChipModel, type ChipFaults, type OperatingPoint } from '../model/index.js';
import { ALL_CAPABILITIES, type ByteSink, type ChipStats, type VirtualChipOptions } from './chip-options.js';
import { EventSource } from './events.js';
import { SOFT_RESET_BLOCKS } from './fields.js';
import { FrameIO, clip } from './frame-io.js';
import { handle } from './handlers.js';
import { FIRMWARE_NAME, Handshake } from './handshake.js';
import { MemoryRegions } from './memory.js';
import { QueryEngine, type IQueryResult, type Outcome } from './query-engine.js';
import { PRESET_NAMES, RegisterBehaviour } from './register-behaviour.js';
import { RegisterFile } from './registers.js';
import { Sequencer, type OrderedJob } from './sequencer.js';
import { SeededRandom } from '../link/faults.js';

export { FIRMWARE_NAME, PRESET_NAMES };
export { ALL_CAPABILITIES } from './chip-options.js';
export type { ByteSink, ChipStats, VirtualChipOptions } from './chip-options.js';

export class VirtualChip {
  readonly capabilities: number;
  readonly window: number;
  readonly maxFrame: number;
  readonly model: ChipModel;
  readonly registers: RegisterFile;
  readonly memory: MemoryRegions;
  readonly stats: ChipStats = { bytesIn: 0, bytesOut: 0, requests: 0, responses: 0, busy: 0, decodeErrors: 0, replays: 0, duplicates: 0, events: 0, ignoredFrames: 0, internalErrors: 0 };

  private readonly io: FrameIO;
  private readonly schedule: (fn: () => void) => void;
  private scheduled = false;
  private idleWaiters: Array<() => void> = [];
  private epoch = 1;
  private injectedInternal = 0;

  private readonly sequencer: Sequencer;
  private readonly handshake: Handshake;
  private readonly events: EventSource;
  private readonly engine: QueryEngine;
  private readonly behaviour: RegisterBehaviour;

  constructor(sink: ByteSink = () => {}, opts: VirtualChipOptions = {}) {
    this.capabilities = (opts.capabilities ?? ALL_CAPABILITIES) >>> 0;
    this.window = Math.max(1, Math.floor(opts.window ?? DEFAULT_WINDOW));
    this.maxFrame = Math.min(DEFAULT_MAX_FRAME, Math.max(256, Math.floor(opts.maxFrame ?? DEFAULT_MAX_FRAME)));
    this.epoch = (opts.bootEpoch ?? 1) >>> 0;
    this.schedule = opts.schedule ?? ((fn) => setImmediate(fn));
    this.io = new FrameIO(sink, this.stats, this.maxFrame, this.capabilities, () => this.handshake.effectiveMaxFrame);

    // Blocks whose capability this target lacks do not exist on it (BAD_ADDRESS), as on a board.
    const hidden: string[] = [];
    if (!this.has(Cap.OFFSET_TRIM)) hidden.push('TRIM');
    this.registers = new RegisterFile({ simOnly: this.has(Cap.VIRTUAL_CHIP), hiddenBlocks: hidden });
    const dieSeed = opts.dieSeed ?? registerByName('DIE_SEED')!.reset;
    const preset = opts.preset ?? PRESET_NAMES[registerByName('NOISE_PRESET')!.reset] ?? 'typical';
    this.model = new ChipModel({ ...(opts.model ?? {}), dieSeed: dieSeed >>> 0, preset });
    this.registers.setInternal('DIE_SEED', dieSeed >>> 0);
    this.registers.setInternal('NOISE_PRESET', PRESET_NAMES.indexOf(preset));

    this.sequencer = new Sequencer(this.window);
    this.handshake = new Handshake({ registers: this.registers, sequencer: this.sequencer, capabilities: this.capabilities, maxFrame: this.maxFrame, window: this.window, epoch: () => this.epoch });
    this.events = new EventSource(this.capabilities, () => this.handshake.effectiveMaxFrame, (f, p) => {
      this.stats.events++;
      this.io.sendPayload(f, p);
    });
    this.engine = new QueryEngine({
      registers: this.registers,
      model: this.model,
      events: this.events,
      capabilities: this.capabilities,
      maxPayload: () => this.handshake.effectiveMaxFrame,
      flushDieSeed: () => this.behaviour.flushDieSeed(),
    });
    this.memory = new MemoryRegions(
      { kSram: this.model.kSram, vSram: this.model.vSram, trim: this.model.trim, qBuffer: this.engine.qBuffer, output: this.engine.output, keepMask: this.engine.keepMask },
      new Set(this.has(Cap.OFFSET_TRIM) ? [] : [5]),
    );
    this.behaviour = new RegisterBehaviour({
      registers: this.registers,
      model: this.model,
      engine: this.engine,
      events: this.events,
      capabilities: this.capabilities,
      softReset: (cause) => {
        this.softReset();
        this.events.later('reset', () => this.events.log(1, `soft reset (${cause}); boot epoch ${this.epoch}`));
      },
      chipReset: () => this.chipReset(),
    });
  }

  // ------------------------------------------------------------------ transport face

  setSink(sink: ByteSink): void {
    this.io.sink = sink;
  }

  /** Bytes from the host. Never throws; ordered requests run later, one per scheduler turn. */
  receive(bytes: Uint8Array): void {
    this.io.receive(bytes, (framing, request) => {
      // Events go out in the framing of the last REQUEST received (SPEC section 7).
      this.events.lastFraming = framing;
      this.arrive(framing, request);
    });
  }

  /**
   * The byte stream was broken (a connection ended or a new one began): forget a partial frame.
   * Held requests and all device state are kept; only the receiver resynchronises, as a UART
   * driver does on a line break (a binary frame cut by a disconnect would otherwise swallow the
   * next connection's line-framed hello: a binary segment ends only at 0x00).
   */
  streamBroken(): void {
    this.io.resync();
  }

  /** Resolves when no request can run (none held at E) and none is scheduled. */
  idle(): Promise<void> {
    if (!this.scheduled) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  get bootEpoch(): number {
    return this.epoch;
  }

  /** Requests held for their turn. */
  get queueDepth(): number {
    return this.sequencer.heldCount;
  }

  private has(cap: number): boolean {
    return (this.capabilities & cap) !== 0;
  }

  // ------------------------------------------------------------------ dispatcher

  private arrive(framing: FramingKind, req: Request): void {
    const seq = req.seq >>> 0;
    const kind = requestKind(req);
    if (kind === 'hello') {
      // Not ordered: answered on arrival (SPEC section 4).
      const out = this.guarded(() => this.handshake.hello(req.hello!));
      this.io.answer(framing, seq, out);
      return;
    }
    const job: OrderedJob = { seq, kind, framing, request: req };
    const a = this.sequencer.arrive(job);
    switch (a.action) {
      case 'replay':
        this.stats.replays++;
        // Kept under an earlier (possibly larger) limit: never send a frame above today's.
        if (a.kept.payload.length <= this.handshake.effectiveMaxFrame) this.io.sendPayload(framing, a.kept.payload);
        else this.io.send(framing, { seq, status: Status.STATUS_OUT_OF_RANGE, detail: 'response exceeds max_frame' });
        return;
      case 'kind-mismatch':
        this.io.send(framing, { seq, status: Status.STATUS_BAD_ARGUMENT, detail: clip(`seq ${seq} was executed as ${a.kept.kind ?? 'an unknown request'}, not ${kind ?? 'an unknown request'}`) });
        return;
      case 'not-ready':
        this.io.send(framing, { seq, status: Status.STATUS_NOT_READY, detail: 'no hello since reset' });
        return;
      case 'busy':
        this.stats.busy++;
        this.io.send(framing, { seq, status: Status.STATUS_BUSY, detail: clip(a.reason) });
        return;
      case 'stale':
        this.io.send(framing, { seq, status: Status.STATUS_BAD_ARGUMENT, detail: clip(a.reason) });
        return;
      case 'duplicate':
        this.stats.duplicates++;
        return;
      case 'held':
        this.kick();
        return;
    }
  }

  private kick(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => this.step());
  }

  private step(): void {
    this.scheduled = false;
    const job = this.sequencer.takeNext();
    if (job) this.execute(job);
    if (this.sequencer.hasTurn()) this.kick();
    else {
      const w = this.idleWaiters;
      this.idleWaiters = [];
      for (const fn of w) fn();
    }
  }

  private execute(job: OrderedJob): void {
    if (!this.handshake.ready) {
      // No hello since a requested reset: this one and every held one answer NOT_READY, E stays.
      for (const j of [job, ...this.sequencer.drainHeld()]) this.io.send(j.framing, { seq: j.seq, status: Status.STATUS_NOT_READY, detail: 'no hello since reset' });
      return;
    }
    const kind = job.kind;
    this.events.begin();
    const seq = this.sequencer;
    const fence = this.has(Cap.VERIFY_FENCE);
    let out: Outcome;
    let ran = false;
    if (fence && kind === 'clearFence') out = { status: Status.STATUS_OK, body: { clearFence: { refused: seq.clearFence() } } };
    else if (fence && seq.fenced) {
      // SPEC section 4b: not executed; E moves on and the answer is kept like any other.
      seq.refused++;
      out = { status: Status.STATUS_FENCED, detail: 'not executed: an earlier verification failed (clear_fence lifts the fence)' };
    } else {
      ran = true;
      out = kind
        ? this.guarded(() => handle(this.handlerDeps, kind as Exclude<typeof kind, 'hello'>, job.request))
        : { status: Status.STATUS_UNKNOWN_REQUEST, detail: 'unknown request body' };
    }
    if (out.status === Status.STATUS_VERIFY_FAILED) seq.fenced = true;
    this.behaviour.flushDieSeed();
    // A reset refused behind the fence did not run: nothing of a reset may happen (the fence stays).
    const resetNow = ran && (kind === 'reset' || this.resetInRequest);
    this.resetInRequest = false;
    const payload = this.io.answer(job.framing, job.seq, out);
    // A reset empties the cache, which then keeps the reset's own answer: a resend replays it.
    if (resetNow) this.sequencer.requestedReset();
    this.sequencer.executed(job, payload);
    this.events.flush(); // events follow the response they belong to
  }

  private resetInRequest = false;

  /** Runs a handler; a thrown error is a firmware fault (STATUS_INTERNAL) with no effect on events. */
  private guarded(fn: () => Outcome): Outcome {
    try {
      if (this.injectedInternal > 0) {
        this.injectedInternal--;
        throw new Error('injected firmware fault');
      }
      return fn();
    } catch (err) {
      this.stats.internalErrors++;
      this.events.discard();
      return { status: Status.STATUS_INTERNAL, detail: `firmware fault: ${err instanceof Error ? err.message : String(err)}` };
    }
  }

  private get handlerDeps() {
    return {
      registers: this.registers,
      memory: this.memory,
      model: this.model,
      engine: this.engine,
      behaviour: this.behaviour,
      capabilities: this.capabilities,
      dataLimit: () => this.handshake.effectiveMaxFrame - 64,
      takeWriteFault: () => {
        if (this.injectedWriteFaults > 0) {
          this.injectedWriteFaults--;
          return true;
        }
        return this.writeFaultRate > 0 && this.writeFaultRng.next() < this.writeFaultRate;
      },
      reset: () => {
        this.softReset();
        this.events.later('reset', () => this.events.log(1, `soft reset (request); boot epoch ${this.epoch}`));
        return this.epoch;
      },
    };
  }

  /** Sends an unsolicited event in the framing of the last request (line before any). */
  emitEvent(body: Omit<IEvent, 'eventSeq'>): void {
    this.events.emit(body);
  }

  log(level: 0 | 1 | 2 | 3, text: string): void {
    this.events.log(level, text);
  }

  // ------------------------------------------------------------------ reset

  /**
   * The chip's own reset, as its reset pin does it (BOARD.CHIP_RESET asserted, and part of every
   * soft reset): CHIP, ATTN, TRIM, COUNTERS (every block but BOARD and SIM) to reset values,
   * results cleared, engine state back to power-on. The board firmware's state is not touched.
   */
  private chipReset(): void {
    this.registers.resetBlocks(SOFT_RESET_BLOCKS);
    this.engine.reset();
    this.model.resetEngine();
  }

  /** Soft reset (SPEC section 5): what `reset` and CONTROL.SOFT_RESET do; the session stays. */
  softReset(): void {
    this.behaviour.flushDieSeed();
    this.chipReset();
    this.events.restart(); // events of the ending epoch are dropped, numbering restarts
    this.epoch = (this.epoch + 1) >>> 0;
    this.handshake.reset();
    if (this.events.inRequest) this.resetInRequest = true;
    else this.sequencer.requestedReset();
  }

  /**
   * A device reset at an arbitrary moment (watchdog, brown-out of the MCU): held requests are lost
   * unanswered, a partial frame is forgotten, the session is forgotten, then a soft reset.
   * Memories and the BOARD/SIM blocks keep their contents.
   */
  deviceReset(cause = 'injected'): void {
    this.io.resync();
    this.softReset();
    this.sequencer.forget();
    this.events.log(2, `device reset (${cause}); boot epoch ${this.epoch}`);
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
    this.behaviour.flushDieSeed();
  }

  /** @internal control API */
  setControlFaults(f: ChipFaults): void {
    this.behaviour.controlFaults = { stuckColumns: [...f.stuckColumns], deadComparators: [...f.deadComparators], sramBitFlips: [...f.sramBitFlips] };
    this.behaviour.applyFaults();
  }

  /** @internal control API */
  injectInternalErrors(count: number): void {
    this.injectedInternal = Math.max(0, Math.floor(count));
  }

  private injectedWriteFaults = 0;
  private writeFaultRate = 0;
  private writeFaultRng = new SeededRandom(1);

  /** @internal control API */
  injectWriteFaults(count: number): void {
    this.injectedWriteFaults = Math.max(0, Math.floor(count));
  }

  /** @internal link fault spec `sramwrite=P`: each K/V SRAM write stores a flipped bit with probability P (seeded). */
  setWriteFaultRate(p: number, seed: number): void {
    this.writeFaultRate = p;
    this.writeFaultRng = new SeededRandom((seed ^ 0x5a3e) >>> 0);
  }

  operatingPoint(): OperatingPoint {
    return this.behaviour.operatingPoint();
  }

  /** @internal control API: a snapshot of the firmware's state. */
  snapshot() {
    const e = this.engine;
    return {
      bootEpoch: this.epoch,
      ready: this.handshake.ready,
      capabilities: this.capabilities,
      effectiveMaxFrame: this.handshake.effectiveMaxFrame,
      lastFraming: this.events.lastFraming,
      queueDepth: this.sequencer.heldCount,
      expectedSeq: this.sequencer.expected,
      replayCacheSize: this.sequencer.keptCount,
      eventSeq: this.events.seq,
      queryCount: e.queryCount,
      done: e.done,
      error: e.failed,
      errorCode: e.errorCode,
      counters: { ...e.totals },
      chipFaults: structuredClone(this.behaviour.appliedFaults),
      operatingPoint: this.operatingPoint(),
      dieSeed: this.model.dieSeed,
      preset: this.model.noisePreset,
      hasResult: e.result !== null,
      decoder: this.io.decoderStats,
      stats: { ...this.stats },
    };
  }

  /** @internal control API: the last result (a copy). */
  lastResult(): IQueryResult | null {
    return this.engine.result ? structuredClone(this.engine.result) : null;
  }
}

export type ChipSnapshot = ReturnType<VirtualChip['snapshot']>;
