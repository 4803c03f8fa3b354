/**
 * A behavioural fake device for host unit tests: answers the protocol like the board does
 * (handshake, NOT_READY before hello, window and BUSY, replay cache, registers from the map,
 * memory regions, append/run-query with a simple stand-in computation), plus knobs to drop,
 * corrupt or delay frames and to reboot. It lives in host/ because host tests may not import
 * firmware-sim/; the full virtual chip is exercised by the integration tests.
 */
import { createHash } from 'node:crypto';
import {
  Cap,
  crc32,
  decodeFrameMessage,
  DEFAULT_MAX_FRAME,
  encodeFrame,
  encodeFrameMessage,
  IDEMPOTENT,
  MIN_MAX_FRAME,
  PROTOCOL_VERSION,
  REGION_SIZE,
  REGISTER_MAP_HASH,
  REGISTERS,
  registerByAddress,
  requestKind,
  SCHEMA_HASH,
  Status,
  StreamDecoder,
  valueProblem,
  WRITABLE_REGIONS,
  type FramingKind,
  type IResponse,
  type Request,
  type RequestKind,
} from '../../protocol/index.js';
import type { Transport } from '../transport/types.js';

export interface FakeDeviceOptions {
  window?: number;
  maxFrame?: number;
  capabilities?: number;
  bootEpoch?: number;
  schemaHash?: number;
  registerMapHash?: number;
  protocolVersion?: number;
  minProtocolVersion?: number;
  /** Delay before each response is sent (ms), simulating processing time. */
  responseDelayMs?: number;
}

export interface FakeFaults {
  /** Drop the next N incoming request frames (as if their CRC failed). */
  dropRequests: number;
  /** Drop the next N outgoing responses (after executing). */
  dropResponses: number;
  /** Called for every request; return 'drop-request' | 'drop-response' | undefined. */
  decide?: (kind: RequestKind, seq: number) => 'drop-request' | 'drop-response' | 'busy' | undefined;
}

export class FakeDevice {
  readonly regs = new Map<number, number>();
  readonly mem = new Map<number, Uint8Array>();
  bootEpoch: number;
  ready = false;
  executed: { kind: RequestKind; seq: number }[] = [];
  /** Verification fence (CAP_VERIFY_FENCE): set by a digest that differs from its expectation. */
  fenced = false;
  refused = 0;
  /** Numbers answered FENCED (not executed). */
  fencedSeqs: number[] = [];
  readonly faults: FakeFaults = { dropRequests: 0, dropResponses: 0 };
  readonly opts: Required<FakeDeviceOptions>;
  private replay = new Map<number, { kind: RequestKind; bytes: IResponse }>();
  /** Requests answered from the replay cache. */
  replays = 0;
  /** session_id of the last hello (a different one empties the replay cache). */
  private sessionId = 0;
  /** session_id of every hello received, in order. */
  readonly helloSessionIds: number[] = [];
  private lastResult: Record<string, unknown> | null = null;
  private queryCount = 0;
  private queue: { req: Request; framing: FramingKind }[] = [];
  private working = false;
  private transport: Transport | null = null;

  constructor(options: FakeDeviceOptions = {}) {
    this.opts = {
      window: options.window ?? 8,
      maxFrame: options.maxFrame ?? DEFAULT_MAX_FRAME,
      capabilities: options.capabilities ?? Cap.BINARY_FRAMING | Cap.ANALOG_CODES | Cap.VIRTUAL_CHIP | Cap.APPEND_TOKEN | Cap.OFFSET_TRIM | Cap.INT16_OUTPUT,
      bootEpoch: options.bootEpoch ?? 1,
      schemaHash: options.schemaHash ?? SCHEMA_HASH,
      registerMapHash: options.registerMapHash ?? REGISTER_MAP_HASH,
      protocolVersion: options.protocolVersion ?? PROTOCOL_VERSION,
      minProtocolVersion: options.minProtocolVersion ?? 1,
      responseDelayMs: options.responseDelayMs ?? 0,
    };
    this.bootEpoch = this.opts.bootEpoch;
    for (const [r, size] of Object.entries(REGION_SIZE)) this.mem.set(Number(r), new Uint8Array(size));
    this.resetRegisters();
  }

  private resetRegisters(): void {
    for (const r of REGISTERS) this.regs.set(r.address, r.reset);
  }

  /** Serves the protocol on one end of a transport until it closes. */
  serve(t: Transport): void {
    this.transport = t;
    const dec = new StreamDecoder(this.opts.maxFrame);
    void (async () => {
      try {
        for await (const chunk of t.read()) {
          for (const d of dec.push(chunk)) {
            if (d.kind !== 'frame') continue;
            const f = decodeFrameMessage(d.payload);
            if (f instanceof Error || !f.request) continue;
            if (this.faults.dropRequests > 0) {
              this.faults.dropRequests--;
              continue;
            }
            this.accept(f.request as Request, d.framing);
          }
        }
      } catch {
        /* link gone */
      }
    })();
  }

  /** Power cycle / soft reset: new epoch, registers to reset values, hello required. */
  reboot(): void {
    this.bootEpoch++;
    this.ready = false;
    this.replay.clear();
    this.lastResult = null;
    this.resetRegisters();
  }

  private accept(req: Request, framing: FramingKind): void {
    const kind = requestKind(req);
    const decision = kind ? this.faults.decide?.(kind, req.seq) : undefined;
    if (decision === 'drop-request') return;
    if (decision === 'busy' || this.queue.length >= this.opts.window) {
      this.send({ seq: req.seq, status: Status.STATUS_BUSY }, framing);
      return;
    }
    this.queue.push({ req, framing });
    if (!this.working) void this.work();
  }

  private async work(): Promise<void> {
    this.working = true;
    while (this.queue.length > 0) {
      const { req, framing } = this.queue[0];
      if (this.opts.responseDelayMs > 0) await new Promise((r) => setTimeout(r, this.opts.responseDelayMs));
      else await Promise.resolve();
      this.queue.shift();
      const res = this.execute(req);
      const kind = requestKind(req);
      if (kind && this.faults.decide?.(kind, -req.seq) === 'drop-response') continue;
      if (this.faults.dropResponses > 0) {
        this.faults.dropResponses--;
        continue;
      }
      this.send(res, framing);
    }
    this.working = false;
  }

  private send(res: IResponse, framing: FramingKind): void {
    const t = this.transport;
    if (!t) return;
    void t.write(encodeFrame(framing, encodeFrameMessage({ response: res }))).catch(() => {});
  }

  execute(req: Request): IResponse {
    const seq = req.seq;
    const kind = requestKind(req);
    if (!kind) return { seq, status: Status.STATUS_UNKNOWN_REQUEST };
    const idem = IDEMPOTENT.has(kind);
    // SPEC section 4: the replay cache is looked up BEFORE any other check (NOT_READY included).
    if (!idem) {
      const kept = this.replay.get(seq);
      if (kept && kept.kind === kind) {
        this.replays++;
        return kept.bytes;
      }
    }
    if (kind !== 'hello' && !this.ready) return { seq, status: Status.STATUS_NOT_READY, detail: 'no hello since reset' };
    // The verification fence (SPEC section 4b), with CAP_VERIFY_FENCE only.
    const fence = (this.opts.capabilities & Cap.VERIFY_FENCE) !== 0;
    if (fence && kind === 'clearFence') {
      const refused = this.refused;
      this.fenced = false;
      this.refused = 0;
      this.executed.push({ kind, seq });
      return { seq, status: Status.STATUS_OK, clearFence: { refused } };
    }
    if (fence && this.fenced && kind !== 'hello') {
      this.refused++;
      this.fencedSeqs.push(seq);
      return { seq, status: Status.STATUS_FENCED };
    }
    this.executed.push({ kind, seq });
    let res = this.run(kind, req);
    const expect = kind === 'memDigest' ? req.memDigest?.expectSha256 : undefined;
    if (fence && expect?.length && res.memDigest?.sha256 && Buffer.compare(Buffer.from(expect), Buffer.from(res.memDigest.sha256)) !== 0) {
      res = { ...res, status: Status.STATUS_VERIFY_FAILED };
      this.fenced = true;
    }
    // A reset empties the cache (in run) and keeps its own response in it.
    if (!idem) {
      this.replay.set(seq, { kind, bytes: res });
      if (this.replay.size > 2 * this.opts.window) this.replay.delete(this.replay.keys().next().value!);
    }
    return res;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private run(kind: RequestKind, req: any): IResponse {
    const seq = req.seq;
    const err = (status: Status, detail = ''): IResponse => ({ seq, status, detail });
    const o = this.opts;
    switch (kind) {
      case 'hello': {
        const h = req.hello!;
        const ok = h.protocolVersion >= o.minProtocolVersion && h.protocolVersion <= o.protocolVersion;
        const hostMax = h.maxFrame ?? 0;
        const frameOk = hostMax === 0 || hostMax >= MIN_MAX_FRAME;
        this.helloSessionIds.push(h.sessionId ?? 0);
        if (ok && frameOk) {
          this.ready = true;
          if (!h.sessionId || h.sessionId !== this.sessionId) {
            this.replay.clear();
            this.fenced = false;
            this.refused = 0;
          }
          this.sessionId = h.sessionId ?? 0;
        }
        return {
          seq,
          status: !ok ? Status.STATUS_VERSION_MISMATCH : !frameOk ? Status.STATUS_BAD_ARGUMENT : Status.STATUS_OK,
          hello: {
            protocolVersion: o.protocolVersion,
            minProtocolVersion: o.minProtocolVersion,
            schemaHash: o.schemaHash,
            registerMapHash: o.registerMapHash,
            chipId: this.regs.get(0)!,
            revision: this.regs.get(4)!,
            capabilities: o.capabilities,
            maxFrame: o.maxFrame,
            window: o.window,
            bootEpoch: this.bootEpoch,
            firmware: 'fake 0.0.0',
            maxTokens: 512,
            headDim: 64,
            tileTokens: 64,
            heads: 16,
          },
        };
      }
      case 'ping':
        return { seq, status: Status.STATUS_OK, ping: { data: req.ping!.data } };
      case 'regRead': {
        const a = req.regRead!.addresses;
        if (a.length === 0 || a.length > 256) return err(Status.STATUS_OUT_OF_RANGE);
        const values: number[] = [];
        for (const addr of a) {
          const r = registerByAddress(addr);
          if (!r) return err(Status.STATUS_BAD_ADDRESS, `0x${addr.toString(16)}`);
          if (r.access === 'wo') return err(Status.STATUS_ACCESS_DENIED, r.name);
          values.push(this.regs.get(addr)!);
        }
        return { seq, status: Status.STATUS_OK, regRead: { values } };
      }
      case 'regWrite': {
        const ws = req.regWrite!.writes;
        if (ws.length === 0 || ws.length > 256) return err(Status.STATUS_OUT_OF_RANGE);
        for (const [i, w] of ws.entries()) {
          const r = registerByAddress(w.address);
          if (!r) return err(Status.STATUS_BAD_ADDRESS);
          if (r.access === 'ro') return err(Status.STATUS_ACCESS_DENIED, r.name);
          const old = this.regs.get(w.address)!;
          const val = w.mask != null ? ((old & ~w.mask) | (w.value & w.mask)) >>> 0 : w.value >>> 0;
          if (r.access === 'rw') {
            const problem = valueProblem(r, val);
            if (problem) return err(Status.STATUS_INVALID_CONFIG, problem);
          }
          if (r.name === 'CONTROL' && val & 2 && i !== ws.length - 1) return err(Status.STATUS_BAD_ARGUMENT, 'writes after SOFT_RESET');
        }
        for (const w of ws) {
          const r = registerByAddress(w.address)!;
          const old = this.regs.get(w.address)!;
          const val = w.mask != null ? ((old & ~w.mask) | (w.value & w.mask)) >>> 0 : w.value >>> 0;
          if (r.access === 'w1c') this.regs.set(w.address, (old & ~val) >>> 0);
          else if (r.access === 'wo') {
            if (r.name === 'CONTROL' && val & 2) this.reboot();
          } else this.regs.set(w.address, val);
        }
        return { seq, status: Status.STATUS_OK, regWrite: { count: ws.length } };
      }
      case 'memWrite': {
        const m = req.memWrite!;
        const buf = this.mem.get(m.region);
        if (!buf) return err(Status.STATUS_BAD_REGION);
        if (!WRITABLE_REGIONS.has(m.region)) return err(Status.STATUS_ACCESS_DENIED);
        if (m.data.length === 0) return err(Status.STATUS_BAD_ARGUMENT);
        if (m.offset + m.data.length > buf.length) return err(Status.STATUS_OUT_OF_RANGE);
        if (crc32(m.data) !== m.dataCrc >>> 0) return err(Status.STATUS_BAD_CRC);
        buf.set(m.data, m.offset);
        return { seq, status: Status.STATUS_OK, memWrite: { nextOffset: m.offset + m.data.length } };
      }
      case 'memRead': {
        const m = req.memRead!;
        const buf = this.mem.get(m.region);
        if (!buf) return err(Status.STATUS_BAD_REGION);
        if (m.length === 0 || m.offset + m.length > buf.length || m.length > o.maxFrame - 64) return err(Status.STATUS_OUT_OF_RANGE);
        const data = buf.slice(m.offset, m.offset + m.length);
        return { seq, status: Status.STATUS_OK, memRead: { data, dataCrc: crc32(data) } };
      }
      case 'memDigest': {
        const m = req.memDigest!;
        const buf = this.mem.get(m.region);
        if (!buf) return err(Status.STATUS_BAD_REGION);
        if (m.offset + m.length > buf.length) return err(Status.STATUS_OUT_OF_RANGE);
        const data = buf.subarray(m.offset, m.offset + m.length);
        return { seq, status: Status.STATUS_OK, memDigest: { sha256: new Uint8Array(createHash('sha256').update(data).digest()), crc32: crc32(data) } };
      }
      case 'appendToken': {
        const a = req.appendToken!;
        if (a.key.length !== 64 || a.value.length !== 64) return err(Status.STATUS_BAD_ARGUMENT);
        const len = this.regs.get(0x100)!;
        if (len >= 512) return err(Status.STATUS_CONTEXT_FULL);
        this.mem.get(1)!.set(a.key, len * 64);
        this.mem.get(2)!.set(a.value, len * 64);
        this.regs.set(0x100, len + 1);
        return { seq, status: Status.STATUS_OK, appendToken: { contextLength: len + 1 } };
      }
      case 'resetContext':
        this.regs.set(0x100, 0);
        return { seq, status: Status.STATUS_OK, resetContext: {} };
      case 'runQuery': {
        const q = req.runQuery!.query.length ? req.runQuery!.query : this.mem.get(3)!;
        if (q.length !== 64) return err(Status.STATUS_BAD_ARGUMENT);
        if (req.runQuery!.wantCodes && !(o.capabilities & Cap.ANALOG_CODES)) return err(Status.STATUS_UNSUPPORTED);
        const n = this.regs.get(0x100)!;
        if (n === 0) return err(Status.STATUS_INVALID_CONFIG, 'CONTEXT_LEN = 0');
        const result = this.compute(new Int8Array(q.buffer, q.byteOffset, 64), n, req.runQuery!.wantCodes);
        this.lastResult = result;
        return { seq, status: Status.STATUS_OK, runQuery: { result } };
      }
      case 'readResult':
        if (!this.lastResult) return err(Status.STATUS_NOT_READY, 'no result yet');
        return { seq, status: Status.STATUS_OK, readResult: { result: this.lastResult } };
      case 'readCounters':
        return { seq, status: Status.STATUS_OK, readCounters: { queries: this.queryCount, cycles: this.queryCount * 1000 } };
      case 'reset':
        this.reboot();
        return { seq, status: Status.STATUS_OK, reset: { bootEpoch: this.bootEpoch } };
      default:
        return err(Status.STATUS_UNKNOWN_REQUEST);
    }
  }

  /**
   * Stand-in computation (not the chip's arithmetic): keep tokens whose dot product with the
   * query is >= 0; output = mean of the kept values. Enough to check the host's plumbing.
   */
  private compute(q: Int8Array, n: number, wantCodes: boolean): Record<string, unknown> {
    const k = this.mem.get(1)!;
    const v = this.mem.get(2)!;
    const mask = new Uint8Array(Math.ceil(n / 8));
    const codes = new Uint8Array(n);
    const acc = new Float64Array(64);
    let kept = 0;
    for (let t = 0; t < n; t++) {
      let dot = 0;
      for (let i = 0; i < 64; i++) dot += q[i] * ((k[t * 64 + i] << 24) >> 24);
      codes[t] = Math.max(0, Math.min(255, 128 + Math.round(dot / 256)));
      if (dot >= 0) {
        mask[t >> 3] |= 1 << (t & 7);
        kept++;
        for (let i = 0; i < 64; i++) acc[i] += (v[t * 64 + i] << 24) >> 24;
      }
    }
    const out = new Uint8Array(128);
    const dv = new DataView(out.buffer);
    for (let i = 0; i < 64; i++) dv.setInt16(2 * i, kept ? Math.round(acc[i] / kept) : 0, true);
    this.queryCount++;
    this.regs.set(0x11c, this.queryCount);
    return {
      queryId: this.queryCount,
      output: out,
      outputInt16: false,
      outputShift: this.regs.get(0x118)!,
      keepMask: mask,
      codes: wantCodes ? codes : new Uint8Array(0),
      contextLength: n,
      counters: { cycles: 100 + n, kept, pruned: n - kept, tileRefills: Math.ceil(n / 64), conversions: n, energyPj: n * 1.5, timingViolation: false },
    };
  }
}
