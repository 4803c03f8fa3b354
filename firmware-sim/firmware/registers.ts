/**
 * The device's register file, built from the register map data (protocol/registers/map.ts), in
 * the manner of Linux regmap: access rules, reset values and the value rules (`valueProblem`:
 * reserved bits, `min`, `max`) come from the map; the firmware
 * only attaches behaviour (derived read-outs, write side effects) to registers by name.
 *
 * Every register has a backing word here. A register with a `read` hook (volatile read-outs such
 * as STATUS or the COUNTERS block, or TRIM which lives in the model's trim table) is read through
 * the hook instead. Validation of a whole reg_write happens before anything is applied, so a
 * rejected request has no effect.
 */
import { REGISTERS, Status, valueProblem, type RegisterInfo } from '../../protocol/index.js';

export interface RegisterHook {
  /** Derived value of the register (replaces the backing word on read). */
  read?: (reg: RegisterInfo) => number;
  /** Called after a write was applied (for `wo` strobes: with the strobe bits; nothing is stored). */
  write?: (reg: RegisterInfo, value: number, old: number) => void;
  /** Extra validation beyond access and the map's value rules (e.g. a capability the target lacks). */
  check?: (reg: RegisterInfo, value: number) => { status: Status; detail: string } | null;
  /**
   * True when this write must be the last of its request (e.g. CONTROL.SOFT_RESET): a write after
   * it makes the whole request fail with STATUS_BAD_ARGUMENT.
   */
  endsRequest?: (reg: RegisterInfo, value: number) => boolean;
  /** Restores the register's reset value where it is not held in the backing word (e.g. TRIM). */
  reset?: (reg: RegisterInfo) => void;
}

export interface RegisterWrite {
  address: number;
  value: number;
  mask?: number | null;
}

export interface RegisterFailure {
  status: Status;
  detail: string;
  /** index of the offending address/write in the request */
  index: number;
}

/** One access as seen on the register bus (for tests that assert on the traffic, like a regmap RAM bus). */
export interface RegisterAccess {
  op: 'read' | 'write';
  address: number;
  value: number;
}

export interface RegisterFileOptions {
  /** Registers of `simOnly` blocks are present (virtual chip). Absent: BAD_ADDRESS, as on a board. */
  simOnly: boolean;
  /** Blocks hidden on this target (their addresses answer BAD_ADDRESS). */
  hiddenBlocks?: readonly string[];
}

export class RegisterFile {
  private readonly byAddress = new Map<number, RegisterInfo>();
  /** By name too: the query path reads a dozen registers by name per query. */
  private readonly named = new Map<string, RegisterInfo>();
  private readonly values = new Map<number, number>();
  private readonly hooks = new Map<string, RegisterHook>();
  /** Optional access recorder; set by tests. */
  onAccess: ((a: RegisterAccess) => void) | null = null;

  constructor(opts: RegisterFileOptions, map: readonly RegisterInfo[] = REGISTERS) {
    const hidden = new Set(opts.hiddenBlocks ?? []);
    for (const r of map) {
      if (r.simOnly && !opts.simOnly) continue;
      if (hidden.has(r.block)) continue;
      this.byAddress.set(r.address, r);
      this.named.set(r.name, r);
      this.values.set(r.address, r.reset >>> 0);
    }
  }

  /** Attaches behaviour to a register by name (names come from the map; an unknown name is a bug). */
  hook(name: string, hook: RegisterHook): void {
    if (!this.named.has(name)) return; // hidden on this target
    const prev = this.hooks.get(name) ?? {};
    this.hooks.set(name, { ...prev, ...hook });
  }

  lookup(address: number): RegisterInfo | undefined {
    return this.byAddress.get(address >>> 0);
  }

  byName(name: string): RegisterInfo | undefined {
    return this.named.get(name);
  }

  all(): RegisterInfo[] {
    return [...this.byAddress.values()];
  }

  /** Checks a bulk read; null when every address may be read. */
  checkReads(addresses: readonly number[]): RegisterFailure | null {
    for (let i = 0; i < addresses.length; i++) {
      const r = this.lookup(addresses[i]);
      if (!r) return { status: Status.STATUS_BAD_ADDRESS, detail: `no register at 0x${hex(addresses[i])}`, index: i };
      if (r.access === 'wo') return { status: Status.STATUS_ACCESS_DENIED, detail: `${r.name} is write-only`, index: i };
    }
    return null;
  }

  /** Reads as the bus does (hooks included). Caller has checked the address. */
  read(address: number): number {
    const r = this.lookup(address);
    if (!r || r.access === 'wo') return 0;
    const v = this.peek(r);
    this.onAccess?.({ op: 'read', address: r.address, value: v });
    return v;
  }

  /** Current value without recording an access. */
  peek(r: RegisterInfo): number {
    const h = this.hooks.get(r.name);
    return (h?.read ? h.read(r) : (this.values.get(r.address) ?? 0)) >>> 0;
  }

  peekByName(name: string): number {
    const r = this.byName(name);
    return r ? this.peek(r) : 0;
  }

  /** The backing word, written without access checks or side effects (firmware-internal state). */
  setInternal(name: string, value: number): void {
    const r = this.byName(name);
    if (r) this.values.set(r.address, value >>> 0);
  }

  getInternal(name: string): number {
    const r = this.byName(name);
    return r ? (this.values.get(r.address) ?? 0) : 0;
  }

  /**
   * Validates every write of a reg_write (address, access, the map's value rules for `rw`, hook
   * checks, writes after a request-ending strobe) against the values the earlier writes of the
   * same request would leave. Null when all may be applied.
   */
  checkWrites(writes: readonly RegisterWrite[]): RegisterFailure | null {
    const staged = new Map<number, number>();
    let endedBy: string | null = null;
    for (let i = 0; i < writes.length; i++) {
      const w = writes[i];
      if (endedBy) return { status: Status.STATUS_BAD_ARGUMENT, detail: `write ${i} follows ${endedBy}, which must be the last write of its request`, index: i };
      const r = this.lookup(w.address);
      if (!r) return { status: Status.STATUS_BAD_ADDRESS, detail: `no register at 0x${hex(w.address)}`, index: i };
      if (r.access === 'ro') return { status: Status.STATUS_ACCESS_DENIED, detail: `${r.name} is read-only`, index: i };
      const old = staged.get(r.address) ?? (r.access === 'rw' ? this.peek(r) : 0);
      const next = r.access === 'rw' ? merge(old, w) : masked(w);
      if (r.access === 'rw') {
        const problem = valueProblem(r, next);
        if (problem) return { status: Status.STATUS_INVALID_CONFIG, detail: problem, index: i };
      }
      const h = this.hooks.get(r.name);
      const bad = h?.check?.(r, next);
      if (bad) return { ...bad, index: i };
      if (r.access === 'rw') staged.set(r.address, next);
      if (h?.endsRequest?.(r, next)) endedBy = `${r.name} = 0x${next.toString(16)}`;
    }
    return null;
  }

  /** Applies writes already validated with checkWrites, in order. */
  applyWrites(writes: readonly RegisterWrite[]): void {
    for (const w of writes) this.writeOne(w);
  }

  private writeOne(w: RegisterWrite): void {
    const r = this.lookup(w.address);
    if (!r || r.access === 'ro') return;
    const h = this.hooks.get(r.name);
    const old = r.access === 'wo' ? 0 : this.peek(r);
    let next: number;
    switch (r.access) {
      case 'rw':
        next = merge(old, w);
        this.values.set(r.address, next);
        break;
      case 'w1c':
        next = (old & ~masked(w)) >>> 0;
        this.values.set(r.address, next);
        break;
      case 'wo':
        next = masked(w); // strobe: acts, stores nothing, reads are denied
        break;
    }
    this.onAccess?.({ op: 'write', address: r.address, value: next });
    h?.write?.(r, next, old);
  }

  /** Restores the reset values of the named blocks (soft reset). */
  resetBlocks(blocks: ReadonlySet<string>): void {
    for (const r of this.byAddress.values()) {
      if (!blocks.has(r.block)) continue;
      this.values.set(r.address, r.reset >>> 0);
      this.hooks.get(r.name)?.reset?.(r);
    }
  }
}

function merge(old: number, w: RegisterWrite): number {
  const v = w.value >>> 0;
  if (w.mask == null) return v;
  const m = w.mask >>> 0;
  return ((old & ~m) | (v & m)) >>> 0;
}

function masked(w: RegisterWrite): number {
  return (w.mask == null ? w.value : w.value & w.mask) >>> 0;
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(4, '0');
}
