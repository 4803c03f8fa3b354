import type { LinkTuning } from './adapt.js';
/** Link statistics: what went over the wire and what went wrong on it. */
export interface LinkStats {
  framesOut: number;
  framesIn: number;
  bytesOut: number;
  bytesIn: number;
  crcErrors: number;
  malformed: number;
  oversized: number;
  resyncs: number;
  droppedBytes: number;
  logLines: number;
  events: number;
  retries: number;
  timeouts: number;
  busy: number;
  staleReplies: number;
  reconnects: number;
  deviceResets: number;
  /** Verifications the device failed (VERIFY_FAILED: a fence, repaired in place, SPEC 4b). */
  verifyFailures: number;
  /** Requests the device refused behind a fence and the host sent again. */
  fenced: number;
  /** Link adaptation: current chunk size, window, measured loss and round trip (adapt.ts). */
  tuning: LinkTuning;
  rttMs: { count: number; mean: number; p50: number; p90: number; p99: number; max: number };
}

/** The session's running counts (stats() adds the decoder's, the round trips and the tuning). */
export type LinkCounters = Pick<LinkStats, 'framesOut' | 'framesIn' | 'bytesOut' | 'bytesIn' | 'logLines' | 'events' | 'retries' | 'timeouts' | 'busy' | 'staleReplies' | 'reconnects' | 'deviceResets' | 'verifyFailures' | 'fenced'>;

export function newCounters(): LinkCounters {
  return { framesOut: 0, framesIn: 0, bytesOut: 0, bytesIn: 0, logLines: 0, events: 0, retries: 0, timeouts: 0, busy: 0, staleReplies: 0, reconnects: 0, deviceResets: 0, verifyFailures: 0, fenced: 0 };
}

/** Keeps the last `size` round-trip times for percentiles. */
export class RttWindow {
  private readonly buf: Float64Array;
  private n = 0;
  private total = 0;
  private sum = 0;
  private maxSeen = 0;
  constructor(size = 4096) {
    this.buf = new Float64Array(size);
  }
  add(ms: number): void {
    this.buf[this.n % this.buf.length] = ms;
    this.n++;
    this.total++;
    this.sum += ms;
    if (ms > this.maxSeen) this.maxSeen = ms;
  }
  summary(): LinkStats['rttMs'] {
    const k = Math.min(this.n, this.buf.length);
    if (k === 0) return { count: 0, mean: 0, p50: 0, p90: 0, p99: 0, max: 0 };
    const s = Array.from(this.buf.subarray(0, k)).sort((a, b) => a - b);
    const q = (p: number) => s[Math.min(k - 1, Math.floor(p * k))];
    return { count: this.total, mean: this.sum / this.total, p50: q(0.5), p90: q(0.9), p99: q(0.99), max: this.maxSeen };
  }
}
