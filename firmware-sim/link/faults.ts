/**
 * Seeded fault injection on the device side of the link: bit flips at a bit-error rate, dropped
 * bytes, duplicated bytes, added delays (per direction), plus a disconnect after N bytes and a
 * device reset after N received bytes (acted on by DeviceLink).
 *
 * Syntax of `hac-sim --faults` (comma-separated key=value, all optional):
 *
 *   seed=7            RNG seed (uint32; default 1). Same seed, same bytes in: same faults.
 *   flip=1e-5         bit-error rate: probability that each bit is inverted
 *   drop=1e-5         probability that a byte is lost
 *   dup=1e-5          probability that a byte is delivered twice
 *   delay=0.001:5     probability per byte that the line stalls, and the stall in ms, before it
 *   disconnect=200000 the link drops after this many bytes crossed it (both directions) on one
 *                     connection; a new connection gets a fresh budget
 *   reset=300000      the device resets (as a watchdog would) after receiving this many bytes;
 *                     once per process
 *   sramwrite=0.01    probability that a K/V SRAM write stores one flipped bit after its data
 *                     CRC passed (a bad write only a digest finds; seeded by `seed`)
 *   dir=both          which direction flip/drop/dup/delay act on: in (host->device), out, both
 *
 * Example: --faults seed=7,flip=1e-5,drop=1e-5,dup=1e-5,delay=0.001:5,disconnect=200000
 */

export type FaultDirection = 'in' | 'out' | 'both';

export interface LinkFaultSpec {
  seed: number;
  /** bit-error rate, per bit */
  flip: number;
  /** per-byte probability of loss */
  drop: number;
  /** per-byte probability of duplication */
  dup: number;
  /** per-byte probability of a stall of delayMs before the byte */
  delay: number;
  delayMs: number;
  /** bytes (both directions, per connection) before the link drops; 0 = never */
  disconnectAfter: number;
  /** bytes received by the device before it resets; 0 = never */
  resetAfter: number;
  /** per K/V SRAM write probability of storing a flipped bit (the chip's, not the line's) */
  sramWrite: number;
  dir: FaultDirection;
}

export const NO_LINK_FAULTS: Readonly<LinkFaultSpec> = Object.freeze({
  seed: 1,
  flip: 0,
  drop: 0,
  dup: 0,
  delay: 0,
  delayMs: 0,
  disconnectAfter: 0,
  resetAfter: 0,
  sramWrite: 0,
  dir: 'both',
});

/** Parses the `--faults` syntax. Throws a RangeError with a one-line message on bad input. */
export function parseFaultSpec(text: string): LinkFaultSpec {
  const spec: LinkFaultSpec = { ...NO_LINK_FAULTS };
  for (const part of text.split(',').map((p) => p.trim()).filter((p) => p.length > 0)) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new RangeError(`--faults: expected key=value, got "${part}"`);
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    switch (key) {
      case 'seed':
        spec.seed = integer(key, value, 0, 0xffffffff);
        break;
      case 'flip':
      case 'drop':
      case 'dup':
        spec[key] = probability(key, value);
        break;
      case 'delay': {
        const [p, ms, extra] = value.split(':');
        if (ms === undefined || extra !== undefined) throw new RangeError(`--faults: delay takes PROBABILITY:MS, got "${value}"`);
        spec.delay = probability('delay', p);
        spec.delayMs = number('delay ms', ms, 0, 60_000);
        break;
      }
      case 'disconnect':
        spec.disconnectAfter = integer(key, value, 0, Number.MAX_SAFE_INTEGER);
        break;
      case 'reset':
        spec.resetAfter = integer(key, value, 0, Number.MAX_SAFE_INTEGER);
        break;
      case 'sramwrite':
        spec.sramWrite = probability(key, value);
        break;
      case 'dir':
        if (value !== 'in' && value !== 'out' && value !== 'both') throw new RangeError(`--faults: dir must be in, out or both, got "${value}"`);
        spec.dir = value;
        break;
      default:
        throw new RangeError(`--faults: unknown key "${key}" (seed, flip, drop, dup, delay, disconnect, reset, sramwrite, dir)`);
    }
  }
  return spec;
}

export function formatFaultSpec(s: LinkFaultSpec): string {
  const parts = [`seed=${s.seed}`];
  if (s.flip) parts.push(`flip=${s.flip}`);
  if (s.drop) parts.push(`drop=${s.drop}`);
  if (s.dup) parts.push(`dup=${s.dup}`);
  if (s.delay) parts.push(`delay=${s.delay}:${s.delayMs}`);
  if (s.disconnectAfter) parts.push(`disconnect=${s.disconnectAfter}`);
  if (s.resetAfter) parts.push(`reset=${s.resetAfter}`);
  if (s.sramWrite) parts.push(`sramwrite=${s.sramWrite}`);
  if (s.dir !== 'both') parts.push(`dir=${s.dir}`);
  return parts.join(',');
}

function number(key: string, v: string | undefined, min: number, max: number): number {
  const n = Number(v);
  if (v === undefined || v.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new RangeError(`--faults: ${key} must be a number in [${min}, ${max}], got "${v ?? ''}"`);
  return n;
}

function integer(key: string, v: string, min: number, max: number): number {
  const n = number(key, v, min, max);
  if (!Number.isInteger(n)) throw new RangeError(`--faults: ${key} must be an integer, got "${v}"`);
  return n;
}

function probability(key: string, v: string | undefined): number {
  return number(key, v, 0, 1);
}

/** mulberry32: small, fast, seedable; good enough to place faults. */
export class SeededRandom {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** uniform in [0, 1) */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** trials before the next success of probability p (geometric), Infinity when p = 0 */
  gap(p: number): number {
    if (p <= 0) return Infinity;
    if (p >= 1) return 0;
    return Math.floor(Math.log(1 - this.next()) / Math.log(1 - p));
  }
}

export interface FaultCounts {
  flippedBits: number;
  droppedBytes: number;
  duplicatedBytes: number;
  delays: number;
}

/** A piece of a chunk after fault injection: deliver `bytes` after stalling the line `delayMs`. */
export interface FaultPiece {
  bytes: Uint8Array;
  delayMs: number;
}

/** The faults of one direction of the link. Deterministic given the seed and the byte stream. */
export class FaultInjector {
  readonly counts: FaultCounts = { flippedBits: 0, droppedBytes: 0, duplicatedBytes: 0, delays: 0 };
  private readonly rng: SeededRandom;
  private flipIn: number;
  private dropIn: number;
  private dupIn: number;
  private delayIn: number;

  constructor(
    private readonly spec: LinkFaultSpec,
    /** keeps the two directions' streams apart */
    stream: number,
  ) {
    this.rng = new SeededRandom((Math.imul(spec.seed ^ 0x9e3779b9, 0x85ebca6b) + stream * 0x632be5ab) >>> 0);
    this.flipIn = this.rng.gap(spec.flip);
    this.dropIn = this.rng.gap(spec.drop);
    this.dupIn = this.rng.gap(spec.dup);
    this.delayIn = this.rng.gap(spec.delay);
  }

  get active(): boolean {
    const s = this.spec;
    return s.flip > 0 || s.drop > 0 || s.dup > 0 || s.delay > 0;
  }

  apply(chunk: Uint8Array): FaultPiece[] {
    if (!this.active) return [{ bytes: chunk, delayMs: 0 }];
    const pieces: FaultPiece[] = [];
    let out = new Uint8Array(chunk.length * 2);
    let len = 0;
    let pendingDelay = 0;
    const flush = () => {
      if (len > 0 || pendingDelay > 0) pieces.push({ bytes: out.slice(0, len), delayMs: pendingDelay });
      len = 0;
      pendingDelay = 0;
    };
    for (let i = 0; i < chunk.length; i++) {
      if (this.delayIn-- === 0) {
        flush();
        pendingDelay = this.spec.delayMs;
        this.counts.delays++;
        this.delayIn = this.rng.gap(this.spec.delay);
      }
      let b = chunk[i];
      // Bits of a dropped byte still count towards the bit-error process: the byte was on the wire.
      while (this.flipIn < 8) {
        b ^= 1 << this.flipIn;
        this.counts.flippedBits++;
        this.flipIn += 1 + this.rng.gap(this.spec.flip);
      }
      this.flipIn -= 8;
      if (this.dropIn-- === 0) {
        this.counts.droppedBytes++;
        this.dropIn = this.rng.gap(this.spec.drop);
        continue;
      }
      out[len++] = b;
      if (this.dupIn-- === 0) {
        out[len++] = b;
        this.counts.duplicatedBytes++;
        this.dupIn = this.rng.gap(this.spec.dup);
      }
      if (len >= out.length - 1) {
        const bigger = new Uint8Array(out.length * 2);
        bigger.set(out.subarray(0, len));
        out = bigger;
      }
    }
    flush();
    return pieces;
  }
}
