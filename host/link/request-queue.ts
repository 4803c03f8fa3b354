/**
 * The session's requests, wherever they are: on the wire (by seq), waiting for the window in call
 * order, hellos waiting to go out, and requests backing off. Numbers are given in call order and
 * never change (SPEC section 4, v2), and the window is one of numbers.
 */
import { seqDistance, SEQ_MAX, type RequestKind, type Response } from '../../protocol/index.js';
import type { HacError } from '../errors.js';

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
  /** Resent while held behind an older unanswered request (go-back-N): its attempts' fates are unknown. */
  resentHeld: boolean;
  /** Size on the wire of the last attempt. */
  wireBytes: number;
  timeoutMs: number | undefined;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | null;
  context: Record<string, unknown>;
  resolve: (r: Response) => void;
  reject: (e: HacError) => void;
  settled: boolean;
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

  allocSeq(): number {
    const s = this.nextSeq;
    this.nextSeq = this.nextSeq >= SEQ_MAX ? 1 : this.nextSeq + 1;
    return s;
  }

  /** Every request not yet settled, wherever it is. */
  all(): Pending[] {
    return [...new Set([...this.outstanding.values(), ...this.controlQueue, ...this.waiting, ...this.parked])];
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
