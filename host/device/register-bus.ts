/**
 * Register buses: what moves register values. SessionBus talks to a device (reads issued in one
 * tick merged into one request, in call order through the device's OrderGate); RecordingBus is
 * RAM for unit tests (regmap's test bus) and records every access.
 */
import { MAX_REGS_PER_REQUEST, REGISTERS, registerByAddress, Status } from '../../protocol/index.js';
import { HacError, isHacError } from '../errors.js';
import type { RequestOptions, Session } from '../link/session.js';
import { OrderGate } from './order.js';

export interface RegWriteOp {
  address: number;
  value: number;
  /** Present: only these bits change, atomically on the device. */
  mask?: number;
}

/** Moves register values; the session bus talks to a device, the recording bus to RAM. */
export interface RegisterBus {
  read(addresses: readonly number[], opts?: RequestOptions): Promise<number[]>;
  write(writes: readonly RegWriteOp[], opts?: RequestOptions): Promise<void>;
}

/** Register bus over a session. Reads issued in the same tick are merged into one request. */
export class SessionBus implements RegisterBus {
  private batch: { addresses: readonly number[]; opts: RequestOptions | undefined; resolve: (v: number[]) => void; reject: (e: unknown) => void }[] = [];
  private batchSize = 0;
  private scheduled = false;

  constructor(
    private readonly session: Session,
    /** Merge concurrent single reads into bulk requests (default true). */
    readonly coalesce = true,
    /** Keeps call order across the device's calls (order.ts); the batch flushes before any later call. */
    readonly gate: OrderGate = new OrderGate(),
  ) {
    gate.addFlusher(() => this.flush());
  }

  read(addresses: readonly number[], opts?: RequestOptions): Promise<number[]> {
    if (!this.coalesce || addresses.length >= MAX_REGS_PER_REQUEST / 2 || opts?.signal) return this.gate.run(() => this.readNow(addresses, opts));
    return this.gate.run(() => this.batched(addresses, opts), { flush: false });
  }

  private batched(addresses: readonly number[], opts?: RequestOptions): Promise<number[]> {
    return new Promise<number[]>((resolve, reject) => {
      if (this.batchSize + addresses.length > MAX_REGS_PER_REQUEST) this.flush();
      this.batch.push({ addresses, opts, resolve, reject });
      this.batchSize += addresses.length;
      if (!this.scheduled) {
        this.scheduled = true;
        queueMicrotask(() => this.flush());
      }
    });
  }

  /** Sends the pending read batch now (before any later request: call order). */
  flush(): void {
    this.scheduled = false;
    const batch = this.batch;
    this.batch = [];
    this.batchSize = 0;
    if (batch.length === 0) return;
    if (batch.length === 1) {
      const b = batch[0];
      this.readNow(b.addresses, b.opts).then(b.resolve, b.reject);
      return;
    }
    const all = batch.flatMap((b) => b.addresses);
    this.readNow(all).then(
      (values) => {
        let p = 0;
        for (const b of batch) {
          b.resolve(values.slice(p, p + b.addresses.length));
          p += b.addresses.length;
        }
      },
      (err: unknown) => {
        // One bad address fails the batch: each read gets the error with its own addresses named
        // (re-reading them separately now would run after later calls and break call order).
        for (const b of batch) b.reject(isHacError(err) ? err.with({ addresses: b.addresses }) : err);
      },
    );
  }

  async readNow(addresses: readonly number[], opts?: RequestOptions): Promise<number[]> {
    const parts: Promise<number[]>[] = [];
    for (let i = 0; i < addresses.length; i += MAX_REGS_PER_REQUEST) {
      const chunk = addresses.slice(i, i + MAX_REGS_PER_REQUEST);
      parts.push(
        this.session.request({ regRead: { addresses: chunk } }, { ...opts, context: { address: chunk[0], ...(opts?.context ?? {}) } }).then((r) => {
          const v = r.regRead?.values ?? [];
          if (v.length !== chunk.length) throw new HacError('protocol', `reg_read returned ${v.length} values for ${chunk.length} addresses`, { context: { request: 'regRead' } });
          return v.map((x) => x >>> 0);
        }),
      );
    }
    return (await Promise.all(parts)).flat();
  }

  write(writes: readonly RegWriteOp[], opts?: RequestOptions): Promise<void> {
    return this.gate.run(() => this.writeNow(writes, opts));
  }

  private async writeNow(writes: readonly RegWriteOp[], opts?: RequestOptions): Promise<void> {
    const parts: Promise<unknown>[] = [];
    for (let i = 0; i < writes.length; i += MAX_REGS_PER_REQUEST) {
      const chunk = writes.slice(i, i + MAX_REGS_PER_REQUEST);
      parts.push(
        this.session
          .request({ regWrite: { writes: chunk.map((w) => ({ address: w.address, value: w.value >>> 0, ...(w.mask !== undefined ? { mask: w.mask >>> 0 } : {}) })) } }, { ...opts, context: { address: chunk[0].address, ...(opts?.context ?? {}) } })
          .then((r) => {
            // An OK answer that is not a reg_write answer for these writes is not a write done.
            if (r.regWrite?.count !== chunk.length) throw new HacError('protocol', `reg_write of ${chunk.length} registers answered with ${r.regWrite ? `count ${r.regWrite.count ?? 0}` : 'no reg_write body'}`, { context: { request: 'regWrite', address: chunk[0].address } });
          }),
      );
    }
    await Promise.all(parts);
  }
}

export interface BusAccess {
  op: 'read' | 'write';
  addresses: number[];
  writes?: RegWriteOp[];
}

/**
 * RAM-backed bus for unit tests (regmap's test bus): starts at reset values, applies the access
 * rules like the device, and records every access so tests can assert on the traffic.
 */
export class RecordingBus implements RegisterBus {
  readonly values = new Map<number, number>();
  readonly log: BusAccess[] = [];
  constructor() {
    for (const r of REGISTERS) this.values.set(r.address, r.reset);
  }
  async read(addresses: readonly number[]): Promise<number[]> {
    this.log.push({ op: 'read', addresses: [...addresses] });
    return addresses.map((a) => {
      const r = registerByAddress(a);
      if (!r) throw new HacError('device', `reg_read failed: STATUS_BAD_ADDRESS`, { status: Status.STATUS_BAD_ADDRESS, context: { address: a } });
      if (r.access === 'wo') throw new HacError('device', `reg_read failed: STATUS_ACCESS_DENIED`, { status: Status.STATUS_ACCESS_DENIED, context: { address: a } });
      return this.values.get(a)!;
    });
  }
  async write(writes: readonly RegWriteOp[]): Promise<void> {
    this.log.push({ op: 'write', addresses: writes.map((w) => w.address), writes: writes.map((w) => ({ ...w })) });
    for (const w of writes) {
      const r = registerByAddress(w.address);
      if (!r) throw new HacError('device', 'reg_write failed: STATUS_BAD_ADDRESS', { status: Status.STATUS_BAD_ADDRESS });
      const old = this.values.get(w.address)!;
      const v = w.mask !== undefined ? ((old & ~w.mask) | (w.value & w.mask)) >>> 0 : w.value >>> 0;
      if (r.access === 'w1c') this.values.set(w.address, (old & ~v) >>> 0);
      else if (r.access !== 'wo') this.values.set(w.address, v);
    }
  }
  /** Accesses so far, then forget them. */
  take(): BusAccess[] {
    return this.log.splice(0);
  }
}

