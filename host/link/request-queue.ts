/**
 * The session's requests, wherever they are: on the wire (by seq), waiting for the window in call
 * order, hellos waiting to go out, and requests backing off. Numbers are given in call order and
 * never change (SPEC section 4, v2), and the window is one of numbers.
 */
import { seqDistance, SEQ_MAX, type RequestKind, type Response } from '../../protocol/index.js';
import { abortError, type HacError } from '../errors.js';
import type { RequestOptions, VerifyHooks } from './options.js';
import type { LossMark } from './adapt.js';

export interface Pending {
  kind: RequestKind;
  /** The Request message without its seq, encoded once. */
  encoded: Uint8Array;
  /** Hello: session-internal, sent at seq 0 outside the ordered stream (SPEC section 4). */
  control: boolean;
  /** Resets the device: nothing else goes out until the device has been greeted again. */
  resets: boolean;
  /** Creation order: requests put back in line keep their place. */
  order: number;
  seq: number;
  timeouts: number;
  busy: number;
  /** The device answered it (executed): its number is behind E, a hello's next_seq skips it. */
  answered: boolean;
  /** Times the link dropped while this request was outstanding (a device that drops at every request must not make the host reconnect forever). */
  linkDrops: number;
  /** Own-reset generation when the last attempt went out. */
  sentGen: number;
  notReadyRetried: boolean;
  /** Attempt timer or BUSY backoff timer. */
  timer: ReturnType<typeof setTimeout> | null;
  sentAt: number;
  /** Attempts sent so far (an answer to attempt 1 only times the round trip: Karn). */
  attempts: number;
  /** When the first attempt went out (the no-progress budget counts from it at the latest). */
  firstSentAt: number;
  /** The session's loss count when the last attempt went out (Karn's rule for held requests). */
  lossEpoch: number;
  /** Its first attempt timed out as the oldest with no loss ahead of it since it went out (its answer would time the link). */
  firstClean: boolean;
  /** Resent while held behind an older unanswered request (go-back-N): its attempts' fates are unknown. */
  resentHeld: boolean;
  /** Where the link adapter stood when each of its counted timeouts was booked lost (a spurious one is taken back at its decayed weight). */
  lossMarks: LossMark[];
  /** Line time (ms) of the bytes queued ahead of the last attempt, its own included, when it went out. */
  queuedMs: number;
  /** The same for the first attempt. */
  firstQueuedMs: number;
  /** Size on the wire of the last attempt. */
  wireBytes: number;
  timeoutMs: number | undefined;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | null;
  context: Record<string, unknown>;
  resolve: (r: Response) => void;
  reject: (e: HacError) => void;
  settled: boolean;
  /** The call it belongs to (RequestOptions.owner), null when none said. */
  owner: symbol | null;
  /** Part of the repair of this fence (fence.ts): goes out while the fence holds everything else. */
  repairOf: symbol | null;
  /** A verified digest's repair (RequestOptions.verify). */
  verify: VerifyHooks | null;
}

/** What a new request is; the rest of Pending starts blank. */
export interface NewRequest {
  kind: RequestKind;
  encoded: Uint8Array;
  control: boolean;
  resets: boolean;
  opts: RequestOptions;
  context: Record<string, unknown>;
  resolve: (r: Response) => void;
  reject: (e: HacError) => void;
  repairOf?: symbol;
}

export class RequestQueue {
  /** The next number to give out (1..2^32-1; 0 is the hello's). */
  nextSeq = 1;
  /** Creation order: requests put back in line keep their place. */
  nextOrder = 1;
  /** On the wire, by seq. */
  readonly outstanding = new Map<number, Pending>();
  /** Waiting for a window slot (ordered requests), in creation order. */
  readonly waiting: Pending[] = [];
  /** Hellos waiting to go out (at most one on the wire). */
  readonly controlQueue: Pending[] = [];
  /** Neither on the wire nor in line: BUSY backoff, waiting for a re-hello or an epoch check. */
  readonly parked = new Set<Pending>();

  /**
   * A new request in creation order, listening to its abort signal. `fail` settles it (the
   * session's, which also lets the next request out).
   */
  create(r: NewRequest, fail: (p: Pending, err: HacError) => void): Pending {
    const { kind, encoded, control, resets, opts, context, resolve, reject, repairOf } = r;
    const p: Pending = {
      kind,
      encoded,
      control,
      resets,
      order: this.nextOrder++,
      seq: 0,
      timeouts: 0,
      busy: 0,
      linkDrops: 0,
      answered: false,
      sentGen: 0,
      notReadyRetried: false,
      timer: null,
      sentAt: 0,
      attempts: 0,
      firstSentAt: 0,
      lossEpoch: 0,
      resentHeld: false,
      lossMarks: [],
      firstClean: false,
      queuedMs: 0,
      firstQueuedMs: 0,
      wireBytes: 0,
      timeoutMs: opts.timeoutMs,
      signal: opts.signal,
      onAbort: null,
      context,
      resolve,
      reject,
      settled: false,
      owner: opts.owner ?? null,
      repairOf: repairOf ?? null,
      verify: opts.verify ?? null,
    };
    if (opts.signal) {
      p.onAbort = () => {
        const err = abortError(opts.signal!, { ...context, seq: p.seq || undefined });
        // Not yet numbered: it simply never goes out. Numbered: the caller is told at once, but
        // the request stays in the session until the device has answered it, so its number is
        // not a gap the device would hold every later request behind (SPEC section 4).
        if (p.seq === 0 || p.control) return fail(p, err);
        p.reject(err);
      };
      this.watchAbort(opts.signal, p);
    }
    return p;
  }

  /**
   * One abort listener per signal, however many requests share it (a program passing one signal
   * to a whole transfer would otherwise add one per request, and Node warns above 10).
   */
  private readonly abortWatch = new WeakMap<AbortSignal, { pending: Set<Pending>; listener: () => void }>();

  private watchAbort(signal: AbortSignal, p: Pending): void {
    let w = this.abortWatch.get(signal);
    if (!w) {
      const pending = new Set<Pending>();
      const listener = () => {
        this.abortWatch.delete(signal);
        for (const x of [...pending]) x.onAbort?.();
      };
      w = { pending, listener };
      this.abortWatch.set(signal, w);
      signal.addEventListener('abort', listener, { once: true });
    }
    w.pending.add(p);
  }

  private unwatchAbort(p: Pending): void {
    if (!p.signal) return;
    const w = this.abortWatch.get(p.signal);
    if (!w) return;
    w.pending.delete(p);
    if (w.pending.size === 0) {
      p.signal.removeEventListener('abort', w.listener);
      this.abortWatch.delete(p.signal);
    }
  }

  /** Takes p out of every queue and timer; false when it was settled already. */
  settle(p: Pending): boolean {
    if (p.settled) return false;
    p.settled = true;
    if (p.timer) clearTimeout(p.timer);
    p.timer = null;
    this.unwatchAbort(p);
    p.onAbort = null;
    this.remove(p);
    return true;
  }

  allocSeq(): number {
    const s = this.nextSeq;
    this.nextSeq = this.nextSeq >= SEQ_MAX ? 1 : this.nextSeq + 1;
    return s;
  }

  /** Every request not yet settled, wherever it is. */
  all(): Pending[] {
    return [...new Set([...this.outstanding.values(), ...this.controlQueue, ...this.waiting, ...this.parked])];
  }

  /**
   * The device answered it FENCED (SPEC section 4b): not executed, its number used up. It goes out
   * again later under a new number, as if never sent.
   */
  renumber(p: Pending): void {
    if (p.seq && this.outstanding.get(p.seq) === p) this.outstanding.delete(p.seq);
    p.seq = 0;
    p.answered = false;
    p.timeouts = 0;
    p.attempts = 0;
    p.firstSentAt = 0;
    p.resentHeld = false;
    p.firstClean = false;
  }

  /** Puts a request back in line at its original place (oldest first). */
  requeue(p: Pending): void {
    if (p.settled) return;
    this.parked.delete(p);
    let i = this.waiting.length;
    while (i > 0 && this.waiting[i - 1].order > p.order) i--;
    this.waiting.splice(i, 0, p);
  }

  orderedOnWire(): number {
    return this.outstanding.size - (this.outstanding.has(0) ? 1 : 0);
  }

  /**
   * The `next_seq` a hello carries: the lowest number sent and not answered (the first pending
   * request that has a number, in call order), else the next number to give out.
   */
  helloNextSeq(): number {
    return this.oldestUnanswered()?.seq ?? this.nextSeq;
  }

  /** The oldest request that has a number and no answer, wherever it is. */
  oldestUnanswered(): Pending | null {
    let first: Pending | null = null;
    const consider = (p: Pending) => {
      if (!p.control && !p.answered && p.seq !== 0 && (!first || p.order < first.order)) first = p;
    };
    for (const p of this.outstanding.values()) consider(p);
    for (const p of this.parked) consider(p);
    // Runs on every send: the waiting line is in call order and the numbered requests put back in
    // it come before the ones never sent, so only its numbered head is looked at.
    for (const p of this.waiting) {
      if (p.seq === 0) break;
      consider(p);
    }
    return first;
  }

  /** The oldest unanswered ordered request is one that resets the device. */
  ownResetFirst(): boolean {
    return this.oldestUnanswered()?.resets === true;
  }

  resetOnWire(): boolean {
    for (const p of this.outstanding.values()) if (p.resets) return true;
    return false;
  }

  oldestOrdered(): Pending | null {
    let first: Pending | null = null;
    for (const q of this.outstanding.values()) if (!q.control && (!first || q.order < first.order)) first = q;
    return first;
  }

  /** May a new number go out now (the window of numbers: within `window` of the oldest unanswered)? */
  roomForNewSeq(window: number): boolean {
    return seqDistance(this.helloNextSeq(), this.nextSeq) < window;
  }

  /** Takes p out of every queue. */
  remove(p: Pending): void {
    if (p.seq && this.outstanding.get(p.seq) === p) this.outstanding.delete(p.seq);
    this.parked.delete(p);
    const i = this.waiting.indexOf(p);
    if (i >= 0) this.waiting.splice(i, 1);
    const c = this.controlQueue.indexOf(p);
    if (c >= 0) this.controlQueue.splice(c, 1);
  }
}
