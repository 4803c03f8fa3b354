/**
 * The ordered-execution rule of protocol v2 (SPEC section 4) as the device keeps it: the number it
 * executes next (E), the requests it holds ahead of E, and the answers of the last 2 x window
 * executed requests. It decides what happens to an arriving request; it runs nothing itself.
 *
 * Bounded as on a microcontroller: at most `window - 1` held requests and `2 x window` answers.
 */
import { nextSeq, seqDistance, type FramingKind, type Request, type RequestKind } from '../../protocol/index.js';

export interface OrderedJob {
  seq: number;
  kind: RequestKind | undefined;
  framing: FramingKind;
  request: Request;
}

export interface KeptAnswer {
  seq: number;
  kind: RequestKind | undefined;
  payload: Uint8Array;
}

/** What to do with an arriving ordered request. */
export type Arrival =
  | { action: 'replay'; kept: KeptAnswer }
  | { action: 'kind-mismatch'; kept: KeptAnswer }
  | { action: 'not-ready' }
  | { action: 'held' }
  | { action: 'duplicate' }
  | { action: 'busy'; reason: string }
  | { action: 'stale'; reason: string };

export class Sequencer {
  /** E: the number executed next; null: no session (no hello since power-on or a device reset). */
  private expectedSeq: number | null = null;
  private sessionId: number | null = null;
  private readonly held = new Map<number, OrderedJob>();
  private readonly kept: KeptAnswer[] = [];
  /**
   * The verification fence (SPEC section 4b): set by a mem_digest whose expect_sha256 differs,
   * lifted by clear_fence, a hello that opens a new session, a reset or power-on. While set, every
   * ordered request but clear_fence is answered FENCED and not executed.
   */
  fenced = false;
  /** Requests answered FENCED since the fence was set. */
  refused = 0;

  constructor(readonly window: number) {}

  /** Lifts the fence; returns how many requests it refused. */
  clearFence(): number {
    const n = this.refused;
    this.fenced = false;
    this.refused = 0;
    return n;
  }

  get expected(): number | null {
    return this.expectedSeq;
  }
  get heldCount(): number {
    return this.held.size;
  }
  get keptCount(): number {
    return this.kept.length;
  }

  /**
   * A hello: one that opens a new session (another session_id, 0, or no session) sets E to
   * `next_seq` and empties the replay cache; a reconnect of the same session changes nothing.
   * Returns true when a new session was opened.
   */
  hello(sessionId: number, nextSeqField: number): boolean {
    const same = sessionId !== 0 && sessionId === this.sessionId && this.expectedSeq !== null;
    this.sessionId = sessionId;
    if (same) return false;
    this.expectedSeq = nextSeqField === 0 ? 1 : nextSeqField >>> 0;
    this.held.clear();
    this.kept.length = 0;
    this.clearFence();
    return true;
  }

  /** Classifies an ordered request; `held` ones are kept until E reaches them. */
  arrive(job: OrderedJob): Arrival {
    const k = this.kept.find((c) => c.seq === job.seq);
    if (k) return k.kind === job.kind ? { action: 'replay', kept: k } : { action: 'kind-mismatch', kept: k };
    if (this.expectedSeq === null) return { action: 'not-ready' };
    if (job.seq === 0) return { action: 'stale', reason: 'seq 0 is the hello\'s; ordered requests are numbered from 1' };
    const d = seqDistance(this.expectedSeq, job.seq);
    if (d < this.window) {
      if (this.held.has(job.seq)) return { action: 'duplicate' };
      this.held.set(job.seq, job);
      return { action: 'held' };
    }
    if (d < 2 ** 31) return { action: 'busy', reason: `seq ${job.seq} is ${d} ahead of ${this.expectedSeq}, beyond the window of ${this.window}` };
    return { action: 'stale', reason: `seq ${job.seq} was executed before the last ${2 * this.window} requests; its answer is no longer kept` };
  }

  /** A held request's turn has come (one is held under E). */
  hasTurn(): boolean {
    return this.expectedSeq !== null && this.held.has(this.expectedSeq);
  }

  /** The held request whose turn it is (E), taken out of the hold; null when none. */
  takeNext(): OrderedJob | null {
    if (this.expectedSeq === null) return null;
    const job = this.held.get(this.expectedSeq);
    if (!job) return null;
    this.held.delete(this.expectedSeq);
    return job;
  }

  /** The request at E was executed: keep its answer and move E on. */
  executed(job: OrderedJob, payload: Uint8Array): void {
    this.keep({ seq: job.seq, kind: job.kind, payload });
    if (this.expectedSeq !== null) this.expectedSeq = nextSeq(this.expectedSeq);
  }

  /**
   * The device wants a hello first (NOT_READY): every held request is handed back to be answered
   * NOT_READY; none is kept and E stays, so the host's resends execute after its hello.
   */
  drainHeld(): OrderedJob[] {
    const jobs = [...this.held.values()];
    this.held.clear();
    return jobs;
  }

  /**
   * A requested reset (reset request, CONTROL.SOFT_RESET): the session, E and the kept answers
   * stay (an answer lost before the reset may still be asked for again); nothing held behind it
   * may run on the reset device before the host's hello, so held requests go (answered NOT_READY
   * at their turn by the dispatcher if resent).
   */
  requestedReset(): void {
    this.held.clear();
    this.clearFence();
  }

  /** The reset's own answer, kept in the emptied cache (a resent reset replays, SPEC section 4). */
  keep(answer: KeptAnswer): void {
    this.kept.push(answer);
    while (this.kept.length > 2 * this.window) this.kept.shift();
  }

  /** Power-on or a device-initiated reset: the session is forgotten. */
  forget(): void {
    this.expectedSeq = null;
    this.sessionId = null;
    this.held.clear();
    this.kept.length = 0;
    this.clearFence();
  }
}
