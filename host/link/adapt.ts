/**
 * Link adaptation (issue #14): what the link does (frames lost per byte exposed, round-trip time
 * and its spread) decides the data chunk size of memory writes and reads, the number of requests
 * in flight, and how long an attempt waits before it is resent. Pure bookkeeping: no timers, no
 * I/O; the session feeds it events and asks it for numbers, so it is testable on its own.
 *
 * The model. A request of s data bytes puts s + H bytes on the wire (H: framing, fields, the
 * reply), and is lost (damaged either way) with probability P = 1 - exp(-lambda * (s + H)), where
 * lambda is the measured loss rate per byte. Each attempt costs its line time; each loss costs a
 * retransmission timeout of idle line, and every further loss of the same request twice that (the
 * back-off while the loss rate explains the losses, see backoff), so a chunk's expected idle time
 * is RTO x (P + 2P^2 + 2P^3 ...) = RTO x (P + 2P^2 / (1 - P)): bigger frames make losses likelier
 * and their timeouts longer (the window of frames queued ahead). Losses within one window overlap (held requests are
 * timed out in the same interval), which halves that cost. The chunk size with the most data per
 * expected line time wins.
 *
 * A session starts at 1 KiB (START_CHUNK) with a window of 3: on a clean link each answer doubles
 * the chunk (8 KiB after three answers, about 20 ms at 3 Mbaud); on a noisy one the first frames
 * are small enough to get through (an 8 KiB frame at a bit-error rate of 5e-5 arrives intact 4% of
 * the time, a 1 KiB one 64%). Damage shrinks the chunk at once to the model's best size; after that
 * it grows back one doubling per few answers as clean bytes pile up (the evidence decays with the
 * bytes sent).
 */

import { FRAME_OVERHEAD_BYTES, CHUNK_CANDIDATES, DECAY_BYTES, PRIOR_BYTES, SHRINK_GAIN, GROW_GAIN, GROW_AFTER, START_CHUNK, CLEAN_LOSSES, LOSS_OVERLAP, START_WINDOW, MIN_RTT_SAMPLES, MIN_RTO_MS, FALLBACK_RTO_MS, FAST_KINDS, EXPLAINED_LOSS, EXPLAINED_RUN, MAX_EXPLAINED_RUN, MAX_CARRY, TIMEOUT_MEMORY } from './adapt-constants.js';

export { CHUNK_CANDIDATES, FRAME_OVERHEAD_BYTES, MIN_RTO_MS, START_CHUNK } from './adapt-constants.js';

export interface AdapterConfig {
  /** Largest data chunk the frame limit allows (max_frame - 64). */
  maxChunk: number;
  /** The device's window (requests in flight at most). */
  maxWindow: number;
  /** Line rate in bytes/s (assumed when unknown). */
  lineBytesPerSec: number;
  /** One-way latency of the link in ms (adapter, network). */
  latencyMs: number;
  /** Pin the chunk size (bench baselines, tests); null: adapt. */
  fixedChunk: number | null;
  /** Adapt chunk size, window and timeouts (default true); false: largest chunk, full window, configured timeouts. */
  adaptive: boolean;
}

export interface LinkTuning {
  /** Data bytes per memory request now. */
  chunkSize: number;
  /** Requests in flight now (at most the device's window). */
  window: number;
  /** Measured frames lost or damaged per byte exposed (request + reply). */
  lossPerByte: number;
  /** The same as a bit-error rate, assuming independent bit errors. */
  bitErrorRate: number;
  /** Smoothed round-trip time and its mean deviation (ms), over answered first attempts, beyond the line time of the bytes queued ahead of each (its own included) when it went out. */
  srttMs: number;
  rttVarMs: number;
  /** Frames counted lost / answered since the session began. */
  lost: number;
  answered: number;
  /** Times the chunk size or window changed. */
  changes: number;
}

interface KindRtt {
  n: number;
  srtt: number;
  rttvar: number;
}

export type ChangeListener = (what: string, why: string) => void;

/** Where the loss evidence stood right after a loss was booked: a spurious timeout takes back that loss's weight as it has decayed since. */
export interface LossMark {
  /** bytes exposed so far, the loss's own included */
  bytes: number;
  /** timeouts booked lost so far, this one included */
  events: number;
}

export class LinkAdapter {
  private lostW = 0;
  private bytesW = PRIOR_BYTES;
  /** Attempts (weighted), the prior's as 8 clean frames of its bytes. */
  private attemptsW = 8;
  /** Decayed count of timeouts shown spurious (the device answered both attempts): the timeout is too short, not the link lossy. */
  private spuriousW = 0;
  /**
   * Karn's carried back-off: timeouts shown spurious with no round trip to learn from (the answer
   * came after two or more resends) double it, so the next requests wait longer until one is
   * answered at its first attempt and its round trip teaches the estimate; that sample resets it.
   * Without it a device that turned slow would be resent to on every request for ever.
   */
  private carry = 1;
  /** Timeouts counted lost, decayed like spuriousW (per timeout): what the spurious ones are weighed against. */
  private timeoutsW = 0;
  private spurious = 0;
  /** What a loss costs in time (ms): from the attempt going out to its timeout, smoothed. */
  private lossWaitMs = 0;
  private lost = 0;
  /** Decay clocks: bytes exposed and losses booked since the session began. */
  private exposedBytes = 0;
  private lossEvents = 0;
  private answered = 0;
  private changes = 0;
  private answeredAtSize = 0;
  private chunk: number;
  private win: number;
  private readonly rtt = new Map<string, KindRtt>();
  private all: KindRtt = { n: 0, srtt: 0, rttvar: 0 };
  /** Shortest RTT seen for a small exchange: the line's own delay without queueing. */
  private minRtt = Infinity;
  private helloRtt = Infinity;

  constructor(
    private cfg: AdapterConfig,
    private readonly onChange: ChangeListener = () => {},
  ) {
    this.chunk = this.startChunk();
    this.win = cfg.adaptive ? Math.min(START_WINDOW, cfg.maxWindow) : cfg.maxWindow;
  }

  /** New limits after a (re-)handshake: the frame limit or window may have changed. */
  reconfigure(cfg: Partial<AdapterConfig>): void {
    this.cfg = { ...this.cfg, ...cfg };
    const c = Math.min(this.chunk, this.cfg.maxChunk);
    this.chunk = this.cfg.fixedChunk !== null || !this.cfg.adaptive ? this.startChunk() : c;
    this.win = Math.min(this.win, this.cfg.maxWindow);
    if (!this.cfg.adaptive) this.win = this.cfg.maxWindow;
    this.decide('limits changed');
  }

  private startChunk(): number {
    if (this.cfg.fixedChunk !== null) return Math.max(1, Math.min(this.cfg.fixedChunk, this.cfg.maxChunk));
    return this.cfg.adaptive ? Math.min(START_CHUNK, this.cfg.maxChunk) : this.cfg.maxChunk;
  }

  get chunkSize(): number {
    return this.chunk;
  }
  get window(): number {
    return this.win;
  }

  /**
   * Loss per byte: attempts of mean size b are lost with probability P = 1 - exp(-lambda b), so
   * lambda = -ln(1 - P) / b (the plain ratio lost/bytes underestimates it badly for big frames).
   */
  lossPerByte(): number {
    if (this.lostW <= 0) return 0;
    const n = Math.max(this.attemptsW, this.lostW + 1e-9);
    const p = Math.min(0.995, this.lostW / n);
    return -Math.log(1 - p) / (this.bytesW / Math.max(1, n));
  }

  /**
   * An attempt was answered. `bytes`: request and reply on the wire. `rttMs`: its round trip, or
   * null when it was a resend (Karn: an answer to a resend may belong to an earlier attempt).
   */
  onAnswered(kind: string, bytes: number, rttMs: number | null, queuedMs = 0): void {
    this.answered++;
    // bytes 0: an answer whose attempts' fates are unknown (see the session's go-back-N resend).
    if (bytes > 0) this.expose(bytes, 0);
    if (rttMs !== null && Number.isFinite(rttMs) && rttMs >= 0) {
      // The estimate is of the delay beyond the line time queued ahead when it went out (the
      // timeout adds the queue of its own moment): with 8 frames of 8 KiB in flight the raw
      // round trip swings by 200 ms with the queue, which is not the link's spread.
      const ms = Math.max(0, rttMs - (Number.isFinite(queuedMs) ? Math.max(0, queuedMs) : 0));
      this.carry = 1;
      this.sample(this.all, ms);
      let k = this.rtt.get(kind);
      if (!k) this.rtt.set(kind, (k = { n: 0, srtt: 0, rttvar: 0 }));
      this.sample(k, ms);
      if (bytes <= 512) this.minRtt = Math.min(this.minRtt, rttMs);
    }
    this.decide('answered');
  }

  /** The oldest request on the wire went unanswered for its timeout: it or its reply was lost. */
  onLost(bytes: number, waitedMs?: number): LossMark {
    this.lost++;
    if (waitedMs !== undefined && Number.isFinite(waitedMs) && waitedMs >= 0) this.lossWaitMs = this.lossWaitMs === 0 ? waitedMs : 0.8 * this.lossWaitMs + 0.2 * waitedMs;
    this.expose(bytes, 1);
    const mark = { bytes: this.exposedBytes, events: this.lossEvents };
    this.decide('lost');
    return mark;
  }

  /**
   * A timeout counted lost turned out spurious: the device answered the request twice (the first
   * attempt's answer and the replay of the resend's), so the first attempt and its answer both
   * got through and the timeout was too short. The loss is taken back; `rttMs`, when known, is
   * the first attempt's true round trip (the answers that come after a timeout are exactly the
   * slow ones Karn's rule leaves out, so the measured timeout would stay too short).
   * `mark` (what onLost returned for that timeout): the loss is taken back at the weight it has
   * now, after the decay since it was booked; a whole one would also erase newer losses. Without
   * a mark the loss is taken to have decayed away (nothing is taken back from the evidence).
   */
  onSpurious(kind: string, rttMs: number | null, mark?: LossMark): void {
    this.spurious++;
    this.spuriousW += 1;
    if (mark) {
      this.timeoutsW = Math.max(0, this.timeoutsW - TIMEOUT_MEMORY ** Math.max(0, this.lossEvents - mark.events));
      this.lostW = Math.max(0, this.lostW - Math.exp((-Math.LN2 * Math.max(0, this.exposedBytes - mark.bytes)) / DECAY_BYTES));
    }
    if (this.lost > 0) this.lost--;
    if (rttMs !== null && Number.isFinite(rttMs) && rttMs >= 0) {
      this.sample(this.all, rttMs);
      let k = this.rtt.get(kind);
      if (!k) this.rtt.set(kind, (k = { n: 0, srtt: 0, rttvar: 0 }));
      this.sample(k, rttMs);
      this.carry = 1;
    } else this.carry = Math.min(MAX_CARRY, this.carry * 2);
    this.decide('shown spurious');
  }

  /**
   * How many times the measured timeout the attempt after `attempts` failed ones of a frame of
   * `wireBytes` waits. Karn doubles it per attempt, so a timeout too short for this request (a
   * slow emulated UART, a big read) cannot resend it for ever faster than its answer can come.
   * On a noisy link that doubling is what costs: a chunk lost five times in a row waits 31
   * timeouts of idle line. So while the measured loss rate explains this frame's losses (it is
   * lost at least EXPLAINED_LOSS of the time, a run this long is not implausible, and fewer than a
   * quarter of the recent timeouts were shown spurious), the wait is at most twice the timeout; beyond that, doubling.
   */
  backoff(attempts: number, wireBytes: number): number {
    const n = Math.max(0, Math.min(attempts, 10));
    if (!this.cfg.adaptive || n === 0) return 2 ** n;
    const p = 1 - Math.exp(-this.lossPerByte() * (wireBytes + FRAME_OVERHEAD_BYTES));
    if (p < EXPLAINED_LOSS || this.spuriousW >= Math.max(0.5, 0.25 * this.timeoutsW)) return 2 ** n;
    // Runs of losses up to `explained` long are the noise; a longer one doubles from there.
    const explained = Math.min(MAX_EXPLAINED_RUN, Math.max(1, Math.floor(Math.log(EXPLAINED_RUN) / Math.log(Math.min(p, 0.999)))));
    return n <= explained ? Math.min(2, 2 ** n) : 2 * 2 ** Math.min(10, n - explained);
  }

  private expose(bytes: number, lost: number): void {
    const keep = Math.exp((-Math.LN2 * bytes) / DECAY_BYTES);
    this.exposedBytes += bytes;
    if (lost) {
      this.lossEvents++;
      this.spuriousW *= TIMEOUT_MEMORY;
      this.timeoutsW = this.timeoutsW * TIMEOUT_MEMORY + 1;
    }
    this.lostW = this.lostW * keep + lost;
    this.attemptsW = this.attemptsW * keep + 1;
    // Never below the prior: a handful of bytes cannot make the estimate extreme.
    this.bytesW = Math.max(PRIOR_BYTES / 4, this.bytesW * keep + bytes);
  }

  private sample(k: KindRtt, ms: number): void {
    if (k.n === 0) {
      k.srtt = ms;
      k.rttvar = ms / 2;
    } else {
      k.rttvar = 0.75 * k.rttvar + 0.25 * Math.abs(k.srtt - ms);
      k.srtt = 0.875 * k.srtt + 0.125 * ms;
    }
    k.n++;
  }

  /**
   * The measured retransmission timeout for a request of `kind` (srtt + 4 rttvar beyond the line
   * time `queuedMs` of the bytes ahead of it and its own, at least `floorMs`), or null while too few answers were timed: the caller then uses its
   * configured timeout. Never longer than `configuredMs`.
   */
  timeoutMs(kind: string, floorMs: number, configuredMs: number, queuedMs = 0): number {
    if (!this.cfg.adaptive) return configuredMs;
    let k = this.rtt.get(kind);
    // Data transfers cost the device nothing beyond their bytes: until their own round trips are
    // known, the link's (the hello's at first) stands in, so the first chunks on a noisy link do
    // not wait the configured timeout (seconds) per attempt.
    let least = MIN_RTO_MS;
    if ((!k || k.n < MIN_RTT_SAMPLES) && FAST_KINDS.has(kind) && this.all.n > 0) {
      k = this.all;
      // Few samples (perhaps only the hello's): not below FALLBACK_RTO_MS.
      least = FALLBACK_RTO_MS;
    } else if (!k || k.n < MIN_RTT_SAMPLES) return configuredMs;
    const rto = Math.max(least, k.srtt + 4 * k.rttvar + Math.max(0, queuedMs), floorMs) * this.carry;
    return Math.min(configuredMs, rto);
  }

  /**
   * A request held behind a lost one timed out too: resend it (go-back-N) or wait until it is the
   * oldest (selective repeat)? Resend when it is more likely lost than not, weighed by what each
   * mistake costs: a needless copy costs its bytes, a lost one not resent costs a timeout later.
   */
  shouldResendHeld(bytes: number): boolean {
    if (!this.cfg.adaptive) return true;
    const lambda = this.lossPerByte();
    if (lambda <= 0) return false;
    const pLost = 1 - Math.exp(-lambda * (bytes + FRAME_OVERHEAD_BYTES));
    const est = this.all.n > 0 ? Math.max(MIN_RTO_MS, this.all.srtt + 4 * this.all.rttvar) : MIN_RTO_MS;
    const waitBytes = ((this.lossWaitMs > 0 ? this.lossWaitMs : est) * this.cfg.lineBytesPerSec) / 1000;
    return pLost * waitBytes > (1 - pLost) * bytes;
  }

  /** The handshake's round trip: the first estimate of the link's delay. */
  onHelloRtt(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) return;
    if (this.all.n === 0) this.sample(this.all, ms);
    this.helloRtt = Math.min(this.helloRtt, ms);
  }

  /** Round trip of a small exchange on this link (no queueing): the shortest seen, 0 when none. */
  baseRttMs(): number {
    const m = Math.min(this.minRtt, this.helloRtt);
    return Number.isFinite(m) ? m : 0;
  }

  /** Expected line time (ms) per delivered chunk of s data bytes at loss rate lambda. */
  private costMs(s: number, lambda: number): number {
    const rate = this.cfg.lineBytesPerSec / 1000;
    const frame = s + FRAME_OVERHEAD_BYTES + s / 254;
    const p = Math.min(0.999, 1 - Math.exp(-lambda * frame));
    // A loss: the oldest request's timeout waits for the window of frames queued ahead of it (the
    // session's floor: 1.25 x their line time + two small round trips), then it goes out again
    // and its answer takes a round trip. Each further loss of the same request waits twice the
    // timeout (backoff: the loss rate explains it), so the expected idle time per chunk is
    // rto x (P + 2P^2 + 2P^3 ...) = rto x (P + 2P^2 / (1 - P)).
    // The frames sent behind the lost one keep the line busy for their own line time (the
    // device holds them), so the line idles for the rest of the timeout.
    const base = Math.max(MIN_RTO_MS, 2 * this.baseRttMs());
    const rto = base + (0.25 * this.win * frame) / rate + frame / rate + (this.all.n > 0 ? this.all.srtt : base / 2);
    const idle = (rto * (p + (2 * p * p) / (1 - p))) / LOSS_OVERLAP;
    return frame / rate / (1 - p) + idle;
  }

  /** Data bytes per ms of line time the model expects for chunk size s now. */
  goodput(s: number, lambda = this.lossPerByte()): number {
    return s / this.costMs(s, lambda);
  }

  private decide(event: string): void {
    if (!this.cfg.adaptive) return;
    const lambda = this.lossPerByte();
    if (this.cfg.fixedChunk === null) {
      const cands = [...new Set([...CHUNK_CANDIDATES.filter((c) => c < this.cfg.maxChunk), this.cfg.maxChunk])];
      const now = this.goodput(this.chunk, lambda);
      let best = this.chunk;
      let bestG = now;
      for (const c of cands) {
        const g = this.goodput(c, lambda);
        if (g > bestG) {
          best = c;
          bestG = g;
        }
      }
      this.answeredAtSize += event === 'answered' ? 1 : 0;
      if (best < this.chunk && bestG < now * SHRINK_GAIN) best = this.chunk;
      if (best > this.chunk) {
        // Grow one doubling at a time: after each answer while no damage was seen lately (a
        // clean link reaches the largest chunk within a few round trips), else after a few
        // answers at this size (the evidence is young).
        const after = this.lostW < CLEAN_LOSSES ? 1 : GROW_AFTER;
        if (bestG < now * GROW_GAIN || this.answeredAtSize < after) best = this.chunk;
        else best = Math.min(best, this.chunk * 2);
      }
      if (best !== this.chunk) {
        this.answeredAtSize = 0;
        const from = this.chunk;
        this.chunk = best;
        this.changes++;
        this.onChange(`chunk ${from} -> ${best} bytes`, this.why(event, lambda));
      }
    }
    // Requests in flight: the device's whole window once the slow start is done, on a noisy link
    // too. Frames held behind a lost one are executed as soon as its resend arrives (selective
    // repeat) and keep the line busy while its timeout runs. A window cut to the line's delay
    // plus two on a lossy link measured 6-7% slower per load at BER 2e-5 and 1e-4, 2-18% at 5e-5,
    // mixed at 1e-5 (scripts/link-probe.mts, same seeds, 10-12 loads).
    // Slow start: the window opens with the answers, so few frames are committed to a size
    // before the link has been seen.
    const w = Math.min(this.cfg.maxWindow, START_WINDOW + this.answered);
    if (w !== this.win) {
      const from = this.win;
      this.win = w;
      this.changes++;
      this.onChange(`window ${from} -> ${w}`, this.why(event, lambda));
    }
  }

  private why(event: string, lambda: number): string {
    return `after a frame ${event}: loss ${lambda.toExponential(2)}/byte (~BER ${(lambda / 8).toExponential(1)}), ${this.lost} lost / ${this.answered} answered${this.spurious ? ` (${this.spurious} timeouts shown spurious)` : ''}, srtt ${this.all.srtt.toFixed(1)} ms ± ${this.all.rttvar.toFixed(1)}`;
  }

  tuning(): LinkTuning {
    const lambda = this.lossPerByte();
    return {
      chunkSize: this.chunk,
      window: this.win,
      lossPerByte: lambda,
      bitErrorRate: lambda / 8,
      srttMs: this.all.srtt,
      rttVarMs: this.all.rttvar,
      lost: this.lost,
      answered: this.answered,
      changes: this.changes,
    };
  }
}
