/**
 * The register layer, regmap-style: the map in protocol/registers is the only description of the
 * registers; this layer adds validation before anything is sent, field access, bulk access,
 * poll-until, and a cache that never holds volatile, write-only or write-1-to-clear registers.
 */
import { Cap, definedBits, fieldMask, fieldOf, getField, REGISTERS, registerByAddress, registerByName, setField, valueProblem, type FieldDef, type RegisterInfo } from '../../protocol/index.js';
import { debug } from '../debug.js';
import { abortError, HacError, invalidArgument } from '../errors.js';
import type { RequestOptions } from '../link/session.js';
import type { RegisterBus } from './register-bus.js';

export { RecordingBus, SessionBus } from './register-bus.js';
export type { BusAccess, RegisterBus, RegWriteOp } from './register-bus.js';

const log = debug('hac:regs');

export type RegisterRef = string | number;

export interface RegistersOptions {
  /** Cache non-volatile registers (default true). */
  cache?: boolean;
  /** The target has the SIM block (CAP_VIRTUAL_CHIP); otherwise its registers are unsupported. */
  simRegisters?: boolean;
  /** The device's capability bits: a register of a block that needs one it lacks is refused before any I/O. */
  capabilities?: number;
  /** Told of every write as it is issued (the device layer tracks CONTEXT_LEN). */
  onWrite?: (address: number, value: number) => void;
}

export interface RegisterDump {
  name: string;
  block: string;
  address: number;
  access: string;
  value: number;
  fields: Record<string, number | string>;
}

export interface PollOptions {
  timeoutMs?: number;
  intervalMs?: number;
  signal?: AbortSignal;
}

const U32 = 0xffffffff;
const CONTROL_ADDRESS = registerByName('CONTROL')!.address;
const SOFT_RESET_BIT = fieldMask(fieldOf(registerByName('CONTROL')!, 'SOFT_RESET')!);

export class Registers {
  private readonly cache = new Map<number, number>();
  /**
   * Writes issued and not yet answered, per address, and resets in flight: while one is pending
   * the cache does not answer for that register (all of them for a reset); a read goes to the
   * device, behind the write, in call order.
   */
  private readonly pendingWrites = new Map<number, number>();
  private pendingResets = 0;
  private readonly useCache: boolean;
  private readonly simRegisters: boolean;
  private readonly capabilities: number | null;
  private readonly onWrite: ((address: number, value: number) => void) | null;

  constructor(
    readonly bus: RegisterBus,
    opts: RegistersOptions = {},
  ) {
    this.useCache = opts.cache ?? true;
    this.capabilities = opts.capabilities ?? null;
    this.onWrite = opts.onWrite ?? null;
    this.simRegisters = opts.simRegisters ?? (this.capabilities === null ? true : (this.capabilities & Cap.VIRTUAL_CHIP) !== 0);
  }

  private fromCache(address: number): number | undefined {
    if (this.pendingResets > 0 || this.pendingWrites.has(address)) return undefined;
    return this.cache.get(address);
  }

  /** Marks a reset in flight (device.reset()): the cache answers nothing until it settles. */
  resetting<T>(p: Promise<T>): Promise<T> {
    this.pendingResets++;
    this.cache.clear();
    const done = () => {
      this.pendingResets--;
      this.cache.clear();
    };
    p.then(done, done);
    return p;
  }

  /** Looks a register up by name or address; invalid-argument when the map has no such register. */
  info(ref: RegisterRef): RegisterInfo {
    let r: RegisterInfo | undefined;
    if (typeof ref === 'number') {
      if (!Number.isInteger(ref) || ref < 0 || ref > 0xffff) throw invalidArgument(`register address ${ref} is out of range`, { address: ref });
      r = registerByAddress(ref);
      if (!r) throw invalidArgument(`no register at address 0x${ref.toString(16).padStart(4, '0')}`, { address: ref });
    } else {
      r = registerByName(ref) ?? registerByName(ref.toUpperCase());
      if (!r) throw invalidArgument(`unknown register '${ref}'`, { register: ref });
    }
    if (r.simOnly && !this.simRegisters) {
      throw new HacError('unsupported', `register ${r.name} exists only on the virtual chip`, { context: { register: r.name, address: r.address } });
    }
    if (r.capability && this.capabilities !== null && (this.capabilities & Cap[r.capability]) === 0) {
      throw new HacError('unsupported', `register ${r.name} (block ${r.block}) needs capability ${r.capability}, which this device does not offer`, { context: { register: r.name, address: r.address, capability: r.capability } });
    }
    return r;
  }

  field(ref: RegisterRef, name: string): { reg: RegisterInfo; field: FieldDef } {
    const reg = this.info(ref);
    const f = fieldOf(reg, name) ?? fieldOf(reg, name.toUpperCase());
    if (!f) throw invalidArgument(`register ${reg.name} has no field '${name}'${reg.fields ? ` (fields: ${reg.fields.map((x) => x.name).join(', ')})` : ''}`, { register: reg.name });
    return { reg, field: f };
  }

  private cacheable(r: RegisterInfo): boolean {
    return this.useCache && !r.volatile && (r.access === 'rw' || r.access === 'ro');
  }

  private readable(r: RegisterInfo): void {
    if (r.access === 'wo') throw invalidArgument(`register ${r.name} is write-only`, { register: r.name, address: r.address });
  }

  private checkValue(r: RegisterInfo, value: number, mask?: number): void {
    if (r.access === 'ro') throw invalidArgument(`register ${r.name} is read-only`, { register: r.name, address: r.address });
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > U32) {
      throw invalidArgument(`value ${String(value)} for ${r.name} is not a 32-bit unsigned integer`, { register: r.name, address: r.address });
    }
    if (mask !== undefined && (!Number.isInteger(mask) || mask < 0 || mask > U32)) throw invalidArgument(`mask ${mask} for ${r.name} is not a 32-bit unsigned integer`, { register: r.name });
    if (r.access !== 'rw') return;
    // The device refuses the same values with INVALID_CONFIG (reserved bits, below min, above max).
    if (mask === undefined) {
      const problem = valueProblem(r, value);
      if (problem) throw invalidArgument(`value ${value} (0x${(value >>> 0).toString(16)}) may not be written to ${r.name}: ${problem}`, { register: r.name, address: r.address });
      return;
    }
    const reserved = (value & mask & ~definedBits(r)) >>> 0;
    if (reserved) throw invalidArgument(`masked write to ${r.name} sets reserved bits 0x${reserved.toString(16)}`, { register: r.name, address: r.address });
    const cur = this.fromCache(r.address);
    if (cur !== undefined) {
      const next = ((cur & ~mask) | (value & mask)) >>> 0;
      const problem = valueProblem(r, next);
      if (problem) throw invalidArgument(`new value 0x${next.toString(16)} may not be written to ${r.name}: ${problem}`, { register: r.name, address: r.address });
    }
  }

  /** Forget cached values (all, or one register). Called on device reset. */
  invalidate(ref?: RegisterRef): void {
    if (ref === undefined) this.cache.clear();
    else this.cache.delete(this.info(ref).address);
  }

  /** Cached value, if any (for tests and tools). */
  cached(ref: RegisterRef): number | undefined {
    return this.cache.get(this.info(ref).address);
  }

  async read(ref: RegisterRef, opts?: RequestOptions): Promise<number> {
    const r = this.info(ref);
    this.readable(r);
    const hit = this.fromCache(r.address);
    if (hit !== undefined) return hit;
    const [v] = await this.bus.read([r.address], { ...opts, context: { register: r.name, address: r.address } });
    if (this.cacheable(r)) this.cache.set(r.address, v);
    log('read %s = 0x%s', r.name, v.toString(16));
    return v;
  }

  async readField(ref: RegisterRef, field: string, opts?: RequestOptions): Promise<number> {
    const { reg, field: f } = this.field(ref, field);
    return getField(await this.read(reg.address, opts), f);
  }

  async write(ref: RegisterRef, value: number, opts?: RequestOptions): Promise<void> {
    const r = this.info(ref);
    this.checkValue(r, value);
    await this.writeChecked([{ r, value }], opts);
  }

  /** Changes only the bits in `mask` (one masked write; the device applies it atomically). */
  async updateBits(ref: RegisterRef, mask: number, value: number, opts?: RequestOptions): Promise<void> {
    const r = this.info(ref);
    this.checkValue(r, value, mask);
    await this.writeChecked([{ r, value, mask }], opts);
  }

  async writeField(ref: RegisterRef, field: string, value: number | string, opts?: RequestOptions): Promise<void> {
    const { reg, field: f } = this.field(ref, field);
    let v: number;
    if (typeof value === 'string') {
      const named = f.values?.[value] ?? f.values?.[value.toUpperCase()];
      if (named === undefined) throw invalidArgument(`field ${reg.name}.${f.name} has no value '${value}'${f.values ? ` (one of ${Object.keys(f.values).join(', ')})` : ''}`, { register: reg.name });
      v = named;
    } else v = value;
    const limit = f.width >= 32 ? U32 : 2 ** f.width - 1;
    if (!Number.isInteger(v) || v < 0 || v > limit) throw invalidArgument(`value ${v} does not fit field ${reg.name}.${f.name} (${f.width} bits)`, { register: reg.name });
    await this.updateBits(reg.address, fieldMask(f), setField(0, f, v), opts);
  }

  /**
   * Sends the writes at once: the device executes requests in the order they were issued (SPEC
   * section 4), so two writes, or a write and a query, take effect in call order unawaited.
   */
  private async writeChecked(items: { r: RegisterInfo; value: number; mask?: number }[], opts?: RequestOptions): Promise<void> {
    const first = items[0].r;
    const resets = items.some((i) => i.r.address === CONTROL_ADDRESS && ((i.mask !== undefined ? i.value & i.mask : i.value) & SOFT_RESET_BIT) !== 0);
    const addresses = items.map((i) => i.r.address);
    for (const i of items) this.onWrite?.(i.r.address, i.value);
    for (const a of addresses) this.pendingWrites.set(a, (this.pendingWrites.get(a) ?? 0) + 1);
    if (resets) this.pendingResets++;
    const settle = () => {
      for (const a of addresses) {
        const n = (this.pendingWrites.get(a) ?? 1) - 1;
        if (n <= 0) this.pendingWrites.delete(a);
        else this.pendingWrites.set(a, n);
      }
      if (resets) this.pendingResets--;
    };
    try {
      await this.bus.write(
        items.map((i) => ({ address: i.r.address, value: i.value, ...(i.mask !== undefined ? { mask: i.mask } : {}) })),
        // The link never decodes bodies: the register layer says which writes reset the device.
        { ...opts, ...(resets ? { resetsDevice: true } : {}), context: { register: first.name, address: first.address } },
      );
      settle();
    } catch (err) {
      settle();
      for (const i of items) this.cache.delete(i.r.address);
      if (resets) this.cache.clear();
      throw err;
    }
    if (resets) {
      // CONTROL.SOFT_RESET: every register went back to its reset value.
      this.cache.clear();
      return;
    }
    for (const i of items) {
      log('write %s = 0x%s%s', i.r.name, i.value.toString(16), i.mask !== undefined ? ` mask 0x${i.mask.toString(16)}` : '');
      if (!this.cacheable(i.r)) continue;
      if (i.mask === undefined) this.cache.set(i.r.address, i.value >>> 0);
      else {
        const old = this.cache.get(i.r.address);
        if (old === undefined) this.cache.delete(i.r.address);
        else this.cache.set(i.r.address, ((old & ~i.mask) | (i.value & i.mask)) >>> 0);
      }
    }
  }

  /** Bulk read; uncached registers go out in as few requests as possible. */
  async readMany(refs: readonly RegisterRef[], opts?: RequestOptions): Promise<Record<string, number>> {
    const regs = refs.map((r) => this.info(r));
    for (const r of regs) this.readable(r);
    const need = regs.filter((r) => this.fromCache(r.address) === undefined);
    const unique = [...new Set(need.map((r) => r.address))];
    const values = unique.length ? await this.bus.read(unique, opts) : [];
    const fresh = new Map(unique.map((a, i) => [a, values[i]]));
    const out: Record<string, number> = {};
    for (const r of regs) {
      const v = fresh.get(r.address) ?? this.fromCache(r.address)!;
      if (fresh.has(r.address) && this.cacheable(r)) this.cache.set(r.address, v);
      out[r.name] = v;
    }
    return out;
  }

  /** Bulk write in map order, one request per 256 registers; all values validated first. */
  async writeMany(entries: Record<string, number> | readonly (readonly [RegisterRef, number])[], opts?: RequestOptions): Promise<void> {
    const list = Array.isArray(entries) ? (entries as readonly (readonly [RegisterRef, number])[]) : Object.entries(entries);
    const items = list.map(([ref, value]) => {
      const r = this.info(ref);
      this.checkValue(r, value);
      return { r, value };
    });
    const resetAt = items.findIndex((i) => i.r.address === CONTROL_ADDRESS && (i.value & SOFT_RESET_BIT) !== 0);
    if (resetAt >= 0 && resetAt !== items.length - 1) throw invalidArgument('a CONTROL.SOFT_RESET write must be the last write of its request', { register: 'CONTROL' });
    if (items.length) await this.writeChecked(items, opts);
  }

  /**
   * Reads until `until(value)` holds; resolves with that value. Timeout -> 'timeout' error.
   * `until` may also be `{ field, equals }`.
   */
  async pollUntil(ref: RegisterRef, until: ((v: number) => boolean) | { field: string; equals: number }, opts: PollOptions = {}): Promise<number> {
    const r = this.info(ref);
    this.readable(r);
    let pred: (v: number) => boolean;
    if (typeof until === 'function') pred = until;
    else {
      const { field: f } = this.field(r.address, until.field);
      pred = (v) => getField(v, f) === until.equals;
    }
    const timeoutMs = opts.timeoutMs ?? 1000;
    const interval = opts.intervalMs ?? 5;
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      if (opts.signal?.aborted) throw abortError(opts.signal, { register: r.name });
      const [v] = await this.bus.read([r.address], { context: { register: r.name, address: r.address }, ...(opts.signal ? { signal: opts.signal } : {}) });
      if (pred(v)) return v;
      if (performance.now() >= deadline) throw new HacError('timeout', `${r.name} did not reach the condition within ${timeoutMs} ms (last value 0x${v.toString(16)})`, { context: { register: r.name, address: r.address } });
      await new Promise((res) => setTimeout(res, interval));
    }
  }

  /** Names and values of each field of a register value (named field values where known). */
  decode(ref: RegisterRef, value: number): Record<string, number | string> {
    const r = this.info(ref);
    const out: Record<string, number | string> = {};
    for (const f of r.fields ?? []) {
      const v = getField(value, f);
      const name = f.values ? Object.entries(f.values).find(([, x]) => x === v)?.[0] : undefined;
      out[f.name] = name ?? v;
    }
    return out;
  }

  /** Every readable register (sim-only ones only on the virtual chip), in address order. */
  async dump(opts?: RequestOptions): Promise<RegisterDump[]> {
    const regs = REGISTERS.filter((r) => r.access !== 'wo' && (this.simRegisters || !r.simOnly));
    const values = await this.bus.read(
      regs.map((r) => r.address),
      opts,
    );
    return regs.map((r, i) => ({ name: r.name, block: r.block, address: r.address, access: r.access, value: values[i], fields: this.decode(r.address, values[i]) }));
  }
}
