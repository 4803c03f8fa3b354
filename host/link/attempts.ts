/**
 * The attempts of a request: how long each one waits (measured, doubled per attempt by Karn's
 * rule, never beyond the configured timeout), what a timeout does (resend under the same number,
 * or give up when nothing was answered for the no-progress budget), and what an answer teaches
 * the timeouts.
 */
import type { LossMark } from './adapt.js';
import { debug } from '../debug.js';
import { HacError } from '../errors.js';
import { FRAME_OVERHEAD_BYTES } from './adapt.js';
import { HELLO_REPLY_BYTES, linkAllowanceMs, MIN_GIVE_UP_MS } from './options.js';
import type { Pending } from './request-queue.js';
import type { SessionCore } from './session-core.js';

const log = debug('hac:link');
/** How long an answered request that had been resent is watched for a duplicate answer (ms). */
const WATCH_MS = 5000;

export class Attempts {
  /** When an ordered request was last answered: the no-progress budget counts from here. */
  private progressAt = performance.now();
  /** Counts timeouts of the oldest request: an answer to a request sent before the last one waited behind a gap, its round trip is not the link's. */
  private lossEpoch = 0;
  /**
   * Requests answered after their timeout resent them, by seq: a second answer (the device's
   * replay for the resend) shows the timeout was spurious. Kept WATCH_MS.
   */
  /** Answered requests that had timed out: their booked losses (newest last), taken back one per duplicate answer. */
  private readonly watch = new Map<number, { kind: string; at: number; rttMs: number | null; marks: LossMark[] }>();

  /**
   * `resynchronise`: a request was given up; the session starts a new session id and greets the
   * device again, so later requests are not held behind the lost number.
   */
  constructor(
    private readonly core: SessionCore,
    private readonly resynchronise: (lostSeq: number) => void,
  ) {}

  /**
   * The timeout of the attempt of p about to go out (wireBytes long), after `attempts` earlier
   * ones (a held request's timer re-armed without a resend counts its current attempt's).
   */
  timeoutFor(p: Pending, wireBytes: number, attempts = p.attempts): number {
    const { opts, q, conn, adapter } = this.core;
    const base = p.timeoutMs ?? opts.timeouts[p.kind];
    const maxFrame = this.core.info?.maxFrame ?? opts.maxFrame;
    // Everything sent ahead of us and not yet answered (the device executes in order) must cross
    // the line first, and the replies come back. A hello's reply is small.
    let ahead = 0;
    for (const other of q.outstanding.values()) if (other !== p) ahead += other.wireBytes;
    const reply = p.kind === 'hello' ? HELLO_REPLY_BYTES : 2 * maxFrame;
    const configured = base * opts.timeoutMultiplier + linkAllowanceMs(opts, conn.transport, Math.max(ahead, conn.bytesQueued) + wireBytes + reply);
    if (p.control || p.timeoutMs !== undefined) return configured;
    // Measured: the round trip of this kind and its spread, but never less than the bytes ahead
    // and our own need on the line (with a reply of the size the adapter uses now).
    const rate = conn.lineBytesPerSec();
    const latency = Math.max(conn.transport?.latencyMs ?? 0, opts.latencyMs);
    const inMs = Math.max(0, conn.lineFreeAt - performance.now());
    const replyMs = (((p.kind === 'memRead' ? adapter.chunkSize : 0) + FRAME_OVERHEAD_BYTES) * 1000) / rate;
    // What a small exchange takes on this link beyond the line time (scheduling, adapters, the
    // device), doubled: the margin over the bytes' own time.
    const floor = 1.25 * inMs + replyMs + Math.max(4 * latency + 10, 2 * adapter.baseRttMs());
    // Each attempt of the same request waits longer than the last (Karn): a measured timeout that
    // is too short for this request (a slow emulated UART, a big read) must not resend it for ever
    // faster than its answer can come back. While the measured loss rate explains the losses, at
    // most twice as long (adapt.ts, backoff). Never beyond the configured timeout.
    return Math.min(configured, adapter.timeoutMs(p.kind, floor, configured, inMs) * adapter.backoff(attempts, wireBytes));
  }

  /** An attempt of p goes out now: count it and arm its timer. */
  start(p: Pending, timeoutMs: number): void {
    p.sentAt = performance.now();
    // The line time of the bytes ahead of it and its own: an answer's round trip beyond this is
    // the link's delay, whatever the queue was (the timeout adds the queue of its own moment).
    p.queuedMs = Math.max(0, this.core.conn.lineFreeAt - p.sentAt);
    if (p.attempts === 0) {
      p.firstSentAt = p.sentAt;
      p.firstQueuedMs = p.queuedMs;
    }
    p.lossEpoch = this.lossEpoch;
    p.attempts++;
    if (p.timer) clearTimeout(p.timer);
    const seq = p.seq;
    p.timer = setTimeout(() => this.onTimeout(p, seq), timeoutMs);
  }

  /** p was answered (its timer is stopped): its round trip, and progress for the give-up budget. */
  answered(p: Pending, payloadBytes: number): void {
    const { adapter } = this.core;
    const rttMs = performance.now() - p.sentAt;
    this.core.rtt.add(rttMs);
    if (p.control) {
      if (p.attempts === 1) adapter.onHelloRtt(rttMs);
      return;
    }
    this.progressAt = performance.now();
    // Karn: a resend's answer may be the first attempt's; an answer held behind a lost request
    // measures the gap, not the link.
    // A request resent while held behind a lost one: whether its first attempt was lost too is
    // unknown, so its answer is no evidence either way (counting it clean would hide losses).
    adapter.onAnswered(p.kind, p.resentHeld ? 0 : p.wireBytes + payloadBytes + 8, p.attempts === 1 && p.lossEpoch === this.lossEpoch ? rttMs : null, p.queuedMs);
    if (p.timeouts > 0 && !p.resentHeld) {
      // Resent after its own timeout(s): if the device answers it again, the first attempt got
      // through. With two attempts, this answer was the first one's (the device answers in
      // order), so its round trip is known when nothing was lost ahead of it.
      const now = performance.now();
      for (const [seq, w] of this.watch) if (now - w.at > WATCH_MS) this.watch.delete(seq);
      this.watch.set(p.seq, { kind: p.kind, at: now, rttMs: p.attempts === 2 && p.firstClean ? Math.max(0, now - p.firstSentAt - p.firstQueuedMs) : null, marks: p.lossMarks.slice() });
    }
  }

  /** An answer for a request already answered: the device replayed it for a resend. */
  stale(seq: number): void {
    // Each further answer: one more of its timeouts was spurious (at most as many as it had).
    const w = this.watch.get(seq);
    if (!w) return;
    // the first attempt's timeout is the one a first duplicate answer shows spurious
    const mark = w.marks.shift();
    if (!w.marks.length) this.watch.delete(seq);
    if (performance.now() - w.at > WATCH_MS) return;
    log('seq %d answered again: a timeout of it was spurious%s', seq, w.rttMs !== null ? ` (round trip ${w.rttMs.toFixed(1)} ms)` : '');
    this.core.adapter.onSpurious(w.kind, w.rttMs, mark);
    w.rttMs = null;
  }

  /** The no-progress budget for p (option, else from its configured per-kind timeout). */
  private giveUpBudgetMs(p: Pending): number {
    const { opts } = this.core;
    if (opts.giveUpAfterMs !== null) return opts.giveUpAfterMs;
    const base = p.timeoutMs ?? opts.timeouts[p.kind];
    return Math.max(MIN_GIVE_UP_MS, (opts.retries + 1) * base) * opts.timeoutMultiplier;
  }

  private onTimeout(p: Pending, seq: number): void {
    const { q, counters, opts, adapter } = this.core;
    if (p.settled || p.seq !== seq || q.outstanding.get(seq) !== p) return;
    p.timer = null;
    counters.timeouts++;
    // Only the oldest request on the wire counts attempts: the device holds the later ones behind
    // it (SPEC section 4), so their silence is its fault, not theirs. They are resent anyway (a
    // copy of a held request is dropped by the device; a lost one is needed).
    const oldest = p.control || q.oldestOrdered() === p;
    if (oldest) p.timeouts++;
    log('timeout seq %d %s (attempt %d%s)', seq, p.kind, p.timeouts, oldest ? '' : ', held behind an older request');
    if (oldest && !p.control) {
      // Its first attempt was held behind no gap: an answer to it would time the link.
      if (p.attempts === 1) p.firstClean = p.lossEpoch === this.lossEpoch;
      this.lossEpoch++;
      p.lossMarks.push(adapter.onLost(p.wireBytes + FRAME_OVERHEAD_BYTES, performance.now() - p.sentAt));
    }
    // A hello is given up after `retries` resends. An ordered request by time: only when nothing
    // ordered was answered for the budget since it went out (a noisy link that still lets frames
    // through keeps going; a dead one fails in bounded time).
    if (p.control) {
      if (p.timeouts > opts.retries) return this.giveUp(p);
    } else if (oldest) {
      const budget = this.giveUpBudgetMs(p);
      const since = performance.now() - Math.max(this.progressAt, p.firstSentAt);
      if (since >= budget) return this.giveUp(p, since, budget);
    } else if (opts.adaptive && !adapter.shouldResendHeld(p.wireBytes)) {
      // Held behind an older request that is itself unanswered: most likely it arrived and the
      // device holds it (a copy would be dropped). Resending it would only put its bytes on the
      // line again ahead of the resends that matter; it is resent if it is still unanswered
      // once it is the oldest (selective repeat instead of go-back-N). On a link that loses
      // most frames of its size, it is resent now (adapt.ts, shouldResendHeld).
      p.timer = setTimeout(() => this.onTimeout(p, seq), this.timeoutFor(p, p.wireBytes, p.attempts - 1));
      return;
    }
    counters.retries++;
    if (!oldest) p.resentHeld = true;
    q.outstanding.delete(seq);
    // Same number: if the first attempt executed, the device replays its kept response; if it
    // was lost, the device executes it now and then what it held behind it.
    this.core.send(p);
  }

  /**
   * The oldest request went unanswered through every retry. The device waits for it before it
   * runs anything after it, so the requests sent behind it cannot run either: they fail with it
   * (whether it ran is unknown, as for any timeout), and a hello with a new session id restarts
   * the numbering so that the calls made after them are not held behind the gap for ever.
   */
  private giveUp(p: Pending, sinceMs?: number, budgetMs?: number): void {
    const { q, conn, target } = this.core;
    const seq = p.seq;
    const undecodable = p.control && conn.lastUndecodable ? `; the device answered with a frame that could not be decoded (${conn.lastUndecodable})` : '';
    const what =
      sinceMs !== undefined && budgetMs !== undefined
        ? `${p.kind} timed out: no request answered for ${Math.round(sinceMs)} ms (no-progress budget ${Math.round(budgetMs)} ms, giveUpAfterMs), ${p.attempts} attempts on ${target}`
        : `${p.kind} timed out after ${p.timeouts} attempts on ${target}${undecodable}`;
    const err = new HacError(undecodable ? 'protocol' : 'timeout', what, { context: { ...p.context, seq, ...(budgetMs !== undefined ? { noProgressBudgetMs: Math.round(budgetMs) } : {}) } });
    if (p.control) {
      this.core.fail(p, err);
      return;
    }
    // The resynchronising hello first: it gates the pump, so the failures below (each lets the
    // queue move) cannot send a call that is still waiting for a window slot under the old
    // session, where the device would hold it behind the lost number, only to fail it here.
    this.resynchronise(seq);
    this.watch.clear();
    this.core.fail(p, err);
    // Everything that already has a number (on the wire, backing off, put back in line) is behind it.
    for (const other of q.all()) {
      if (other.control || other.seq === 0) continue;
      this.core.fail(other, new HacError('timeout', `${other.kind} given up with request ${seq} (${p.kind}) before it, which was never answered: the device runs requests in order, so this one ran only if that one did (unknown, as for any timeout)`, { cause: err, context: { ...other.context, seq: other.seq, blockedBy: seq } }));
    }
  }
}
