/**
 * One direction of a serial line: bytes leave at the line rate (8N1: 10 bit times per byte, so
 * baud/10 bytes per second) and arrive `latencyMs` later, as through a USB-serial adapter.
 * Without a baud rate, latency or stall the bytes pass through synchronously.
 *
 * Delivery times are absolute (line-busy-until + transfer time), so timer jitter never
 * accumulates: a long transfer takes the time the line rate implies.
 */

export interface PacingOptions {
  /** bits per second on the line; 0 = unpaced */
  baud: number;
  /** one-way adapter latency, ms */
  latencyMs: number;
}

export const UNPACED: Readonly<PacingOptions> = Object.freeze({ baud: 0, latencyMs: 0 });

/** Bits on the wire per byte with 8 data bits, no parity, 1 stop bit. */
export const BITS_PER_BYTE_8N1 = 10;

interface Pending {
  at: number;
  bytes: Uint8Array;
}

export class PacedChannel {
  private opts: PacingOptions;
  private busyUntil = 0;
  private readonly pending: Pending[] = [];
  private head = 0;
  private timer: NodeJS.Timeout | null = null;
  private queued = 0;
  private closed = false;
  /** Called when the queued byte count falls to the low-water mark (for transport backpressure). */
  onLow: (() => void) | null = null;
  lowWater = 16 * 1024;

  constructor(
    private readonly deliver: (bytes: Uint8Array) => void,
    opts: PacingOptions = UNPACED,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.opts = { ...opts };
  }

  setPacing(opts: PacingOptions): void {
    this.opts = { ...opts };
  }

  get pacing(): PacingOptions {
    return { ...this.opts };
  }

  /** Bytes accepted and not yet delivered. */
  get queuedBytes(): number {
    return this.queued;
  }

  /** Sends bytes after an optional stall of the line (fault injection). */
  push(bytes: Uint8Array, stallMs = 0): void {
    if (this.closed) return;
    const { baud, latencyMs } = this.opts;
    if (baud <= 0 && latencyMs <= 0 && stallMs <= 0 && this.pending.length === this.head) {
      if (bytes.length > 0) this.deliver(bytes);
      return;
    }
    const now = this.now();
    let start = Math.max(now, this.busyUntil) + stallMs;
    if (baud > 0) {
      const msPerByte = (BITS_PER_BYTE_8N1 * 1000) / baud;
      // Slices of about 2 ms of line time, so the receiver sees bytes trickle in as on a UART.
      const slice = Math.max(16, Math.floor(2 / msPerByte));
      for (let i = 0; i < bytes.length; i += slice) {
        const part = bytes.subarray(i, Math.min(bytes.length, i + slice));
        start += part.length * msPerByte;
        this.enqueue(start + latencyMs, part);
      }
      if (bytes.length === 0 && stallMs > 0) this.busyUntil = start;
    } else {
      this.enqueue(start + latencyMs, bytes);
    }
    this.busyUntil = start;
    this.arm();
  }

  private enqueue(at: number, bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.pending.push({ at, bytes });
    this.queued += bytes.length;
  }

  private arm(): void {
    if (this.timer || this.head >= this.pending.length || this.closed) return;
    const wait = Math.max(0, this.pending[this.head].at - this.now());
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = null;
    const now = this.now();
    const wasHigh = this.queued > this.lowWater;
    // Everything due within half a millisecond goes now: setTimeout has ms granularity.
    while (this.head < this.pending.length && this.pending[this.head].at <= now + 0.5) {
      const p = this.pending[this.head++];
      this.queued -= p.bytes.length;
      if (!this.closed) this.deliver(p.bytes);
    }
    if (this.head > 1024 || this.head === this.pending.length) {
      this.pending.splice(0, this.head);
      this.head = 0;
    }
    if (wasHigh && this.queued <= this.lowWater) this.onLow?.();
    this.arm();
  }

  /** Forgets everything in flight (the cable was pulled). */
  clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.length = 0;
    this.head = 0;
    this.queued = 0;
    this.busyUntil = 0;
  }

  close(): void {
    this.clear();
    this.closed = true;
  }
}
