/**
 * What the session does with a response: match it to the request on the wire under its seq (or
 * count it stale), let the attempts learn from it, and carry out status-policy.ts's answerAction:
 * settle, back off after BUSY, put back in line, check the boot epoch, or take in our own reset.
 */
import { REQUEST_KINDS, Status, statusName, type Response } from '../../protocol/index.js';
import { debug } from '../debug.js';
import { canceledError, HacError, statusError } from '../errors.js';
import type { Attempts } from './attempts.js';
import type { FenceKeeper } from './fence.js';
import type { Reconnector } from './reconnect.js';
import type { Pending } from './request-queue.js';
import type { ResetTracker } from './resets.js';
import type { SessionCore } from './session-core.js';
import { answerAction } from './status-policy.js';

const log = debug('hac:link');

export class AnswerHandler {
  constructor(
    private readonly core: SessionCore,
    private readonly attempts: Attempts,
    private readonly resets: ResetTracker,
    private readonly reconnects: Reconnector,
    private readonly fence: FenceKeeper,
  ) {}

  /** A response arrived (payloadBytes: its frame's payload size). */
  onResponse(r: Response, payloadBytes: number): void {
    const { q, counters } = this.core;
    const p = q.outstanding.get(r.seq);
    if (!p) {
      counters.staleReplies++;
      log('stale reply seq %d (%s)', r.seq, statusName(r.status));
      this.attempts.stale(r.seq);
      return;
    }
    q.outstanding.delete(r.seq);
    if (p.timer) clearTimeout(p.timer);
    p.timer = null;
    if (!p.control) this.reconnects.answered();
    this.attempts.answered(p, payloadBytes);
    if (log.enabled) log('<- seq %d %s %s', r.seq, p.kind, statusName(r.status));
    this.carryOut(p, r);
    this.core.pump();
  }

  private carryOut(p: Pending, r: Response): void {
    const core = this.core;
    const ctx = { ...p.context, seq: r.seq };
    const body = (r as unknown as Record<string, unknown>)[p.kind] != null;
    if (r.status === Status.STATUS_BUSY) {
      core.counters.busy++;
      p.busy++;
    }
    const action = answerAction({ status: r.status, kind: p.kind, control: p.control, resets: p.resets, bodyMatches: body, busy: p.busy, busyRetries: core.opts.busyRetries, notReadyRetried: p.notReadyRetried, sentBeforeOwnReset: p.sentGen !== this.resets.gen });
    switch (action.do) {
      case 'succeed':
        return core.succeed(p, r);
      case 'own-reset':
        return this.resets.ownReset(p, r);
      case 'backoff':
        // Not executed; it keeps its number and goes out again after a backoff. While it backs off
        // it stays visible to close(), failAll() and markReset() (it is parked).
        core.counters.retries++;
        core.q.parked.add(p);
        p.timer = setTimeout(() => {
          p.timer = null;
          if (p.settled) return;
          core.q.parked.delete(p);
          if (core.isClosed()) return core.fail(p, canceledError('session closed', ctx));
          if (p.control) core.q.controlQueue.push(p);
          else core.q.requeue(p);
          core.pump();
        }, action.delayMs);
        return;
      case 'verify-failed':
        core.counters.verifyFailures++;
        return this.fence.verifyFailed(p, r);
      case 'fenced':
        core.counters.fenced++;
        return this.fence.fenced(p, r);
      case 'requeue':
        p.notReadyRetried = true;
        core.counters.retries++;
        core.q.requeue(p);
        return;
      case 'verify-epoch':
        // Nothing else goes out meanwhile; a new boot epoch means the device was reset.
        core.q.parked.add(p);
        void this.resets.verifyEpoch(false).then(
          () => core.fail(p, this.resets.pending ? this.resets.pending.with(ctx) : statusError(r.status, r.detail, ctx)),
          (err: unknown) => core.fail(p, err instanceof HacError ? err.with(ctx) : statusError(r.status, r.detail, ctx)),
        );
        return;
      case 'fail':
        if (action.why === 'busy-exhausted') return core.fail(p, new HacError('timeout', `${p.kind}: device stayed busy after ${p.busy} tries`, { status: r.status, context: ctx }));
        if (action.why === 'wrong-body') {
          const other = REQUEST_KINDS.find((k) => (r as unknown as Record<string, unknown>)[k] != null);
          return core.fail(p, new HacError('protocol', `${p.kind} answered STATUS_OK with ${other ? `a ${other} body` : 'no body'}`, { context: ctx }));
        }
        return core.fail(p, statusError(r.status, r.detail, ctx));
    }
  }
}
