/**
 * The verification fence, host side (SPEC section 4b). A verified load sends its digests with
 * `expect_sha256` and lets later calls go out behind them without waiting for the answers. When a
 * digest differs the device answers VERIFY_FAILED and refuses (FENCED, not executed) everything
 * after it until clear_fence. This keeper then:
 * 1. holds back every request that has no number yet, except the repair's own;
 * 2. sends clear_fence, then runs the caller's repair (its requests go out behind clear_fence);
 * 3. once the repair has settled and every request numbered before clear_fence has its answer,
 *    sends the refused requests again in call order under new numbers, then lets the rest go.
 * So what ran before the failed digest ran, the repair runs at the digest's place and the rest
 * after it: call order = execution order. When the repair fails, the failing call's own refused
 * and unsent requests (e.g. its CONTEXT_LEN write) are dropped with its error; other calls' run.
 */
import { statusName, type Response } from '../../protocol/index.js';
import { debug } from '../debug.js';
import { abortError, errorText, HacError, statusError } from '../errors.js';
import type { RequestOptions } from './options.js';
import type { RequestBody } from './request-body.js';
import type { Pending } from './request-queue.js';
import type { SessionCore } from './session-core.js';

const log = debug('hac:link');

/** Sends a request that belongs to the repair of fence `repairOf`. */
export type RepairSend = (body: RequestBody, opts: RequestOptions, repairOf: symbol) => Promise<Response>;

interface ActiveFence {
  token: symbol;
  /** The call whose digest failed. */
  owner: symbol | null;
  seq: number;
  clearAnswered: boolean;
  repairDone: boolean;
  repairError: HacError | null;
}

export class FenceKeeper {
  private active: ActiveFence | null = null;
  /** Answered FENCED (not executed), waiting to go out again, in call order. */
  private readonly refused: Pending[] = [];
  /** Fences met so far (stats). */
  count = 0;

  constructor(
    private readonly core: SessionCore,
    private readonly send: RepairSend,
  ) {}

  /** Is a fence being repaired (new requests other than the repair's wait)? */
  get holding(): boolean {
    return this.active !== null;
  }

  /** May p go out now? Numbered requests always may (the device must see every number). */
  mayGo(p: Pending): boolean {
    return this.active === null || p.seq !== 0 || p.repairOf === this.active.token;
  }

  /** A verified digest was answered VERIFY_FAILED: the device is fenced behind it. */
  verifyFailed(p: Pending, r: Response): void {
    const { core } = this;
    if (!p.verify || this.active) {
      // Only a digest sent with its repair may fence the device, and only one fence at a time.
      core.fail(p, new HacError('protocol', `${p.kind} answered ${statusName(r.status)} ${this.active ? 'while a fence was already being repaired' : 'but the caller gave no repair for it (RequestOptions.verify)'}`, { status: r.status, context: { ...p.context, seq: r.seq } }));
      return;
    }
    const token = Symbol('fence');
    const f: ActiveFence = { token, owner: p.owner, seq: r.seq, clearAnswered: false, repairDone: false, repairError: null };
    this.active = f;
    this.count++;
    log('fence: seq %d %s failed verification; holding new requests, clearing the fence, repairing', r.seq, p.kind);
    // Answered, but settled only with its repair: close() and failAll() still see it.
    p.answered = true;
    core.q.parked.add(p);
    this.send({ clearFence: {} }, { context: { fenceOf: r.seq } }, token).then(
      () => {
        f.clearAnswered = true;
        this.maybeRelease();
      },
      (err: unknown) => this.abort(err instanceof HacError ? err : new HacError('protocol', `clear_fence failed: ${errorText(err)}`)),
    );
    const verify = p.verify;
    void Promise.resolve()
      .then(() => verify.repair(r, (body, opts = {}) => this.send(body, opts, token)))
      .then(
        () => {
          core.succeed(p, r);
          f.repairDone = true;
        },
        (err: unknown) => {
          const e = err instanceof HacError ? err : new HacError('device', `repair after a failed verification failed: ${errorText(err)}`, { cause: err });
          core.fail(p, e.with({ ...p.context, seq: r.seq }));
          f.repairError = e;
          f.repairDone = true;
        },
      )
      .then(() => this.maybeRelease());
  }

  /** p was answered FENCED: not executed; it goes out again after the repair. */
  fenced(p: Pending, r: Response): void {
    const { core } = this;
    if (!this.active && !this.verifyPendingBefore(p)) {
      core.fail(p, statusError(r.status, r.detail || 'answered FENCED though no verification was pending', { ...p.context, seq: r.seq }));
      return;
    }
    if (p.signal?.aborted) {
      // Its caller was told already; it did not run, so it need not run now.
      core.fail(p, abortError(p.signal, { ...p.context, notExecuted: true }));
      return;
    }
    core.q.renumber(p);
    core.q.parked.add(p);
    let i = this.refused.length;
    while (i > 0 && this.refused[i - 1].order > p.order) i--;
    this.refused.splice(i, 0, p);
    this.maybeRelease();
  }

  /** A digest with a repair, sent before p and not settled: the device may be fenced by it. */
  private verifyPendingBefore(p: Pending): boolean {
    return this.core.q.all().some((x) => x.verify !== null && x.order < p.order);
  }

  /** Lets the refused requests and the held ones go once the repair is done and the device has answered everything numbered before clear_fence. */
  maybeRelease(): void {
    const f = this.active;
    if (!f || !f.repairDone || !f.clearAnswered) return;
    for (const x of this.core.q.all()) if (!x.control && x.seq !== 0 && !x.answered && x.repairOf !== f.token) return;
    this.active = null;
    const again = this.refused.splice(0, this.refused.length);
    log('fence of seq %d lifted: %d refused request(s) go out again%s', f.seq, again.length, f.repairError ? ' (the failed call\'s own are dropped)' : '');
    for (const x of again) this.core.q.requeue(x);
    // A failed repair: the failing call's requests still to run (refused or never sent) are dropped.
    const err = f.repairError;
    if (err && f.owner !== null) {
      for (const x of [...this.core.q.waiting]) if (x.seq === 0 && x.owner === f.owner) this.core.fail(x, this.dropped(x, err));
    }
    this.core.pump();
  }

  private dropped(x: Pending, cause: HacError): HacError {
    return new HacError(cause.kind, `${x.kind} not executed: the verification before it failed and could not be repaired (${cause.message})`, { cause, status: cause.status, context: x.context });
  }

  /**
   * The session gave up on a request, was reset or closed: the device's fence is gone with its
   * session. The refused requests never ran: they fail with `err` (they are not sent again under
   * a new session, as nothing numbered behind a lost request is).
   */
  abort(err: HacError): void {
    const again = this.refused.splice(0, this.refused.length);
    const f = this.active;
    this.active = null;
    if (f) log('fence of seq %d abandoned: %s', f.seq, err.message);
    for (const x of again) this.core.fail(x, new HacError(err.kind, `${x.kind} not executed (refused behind a failed verification): ${err.message}`, { cause: err, status: err.status, context: x.context }));
    if (f) this.core.pump();
  }
}
