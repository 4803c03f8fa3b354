/** The session's answer policy as a pure function: no timers, no I/O. */
import { describe, expect, it } from 'vitest';
import { Status } from '../../protocol/index.js';
import { answerAction, busyDelayMs, type AnswerFacts } from './status-policy.js';

const base: AnswerFacts = { status: Status.STATUS_OK, kind: 'regRead', control: false, resets: false, bodyMatches: true, busy: 0, busyRetries: 3, notReadyRetried: false, sentBeforeOwnReset: false };

describe('answer policy', () => {
  it('OK: succeed; our reset: re-greet first; an OK without the right body: fail', () => {
    expect(answerAction(base)).toEqual({ do: 'succeed' });
    expect(answerAction({ ...base, kind: 'reset', resets: true })).toEqual({ do: 'own-reset' });
    expect(answerAction({ ...base, bodyMatches: false })).toEqual({ do: 'fail', why: 'wrong-body' });
  });

  it('BUSY: back off with a growing delay up to 100 ms, then give up', () => {
    expect(answerAction({ ...base, status: Status.STATUS_BUSY, busy: 1 })).toEqual({ do: 'backoff', delayMs: 2 });
    expect([1, 2, 3, 6, 7, 20].map(busyDelayMs)).toEqual([2, 4, 8, 64, 100, 100]);
    expect(answerAction({ ...base, status: Status.STATUS_BUSY, busy: 4 })).toEqual({ do: 'fail', why: 'busy-exhausted' });
  });

  it('NOT_READY: once more after our own reset, else check the epoch; a hello fails', () => {
    expect(answerAction({ ...base, status: Status.STATUS_NOT_READY, sentBeforeOwnReset: true })).toEqual({ do: 'requeue' });
    expect(answerAction({ ...base, status: Status.STATUS_NOT_READY, sentBeforeOwnReset: true, notReadyRetried: true })).toEqual({ do: 'verify-epoch' });
    expect(answerAction({ ...base, status: Status.STATUS_NOT_READY })).toEqual({ do: 'verify-epoch' });
    expect(answerAction({ ...base, kind: 'hello', control: true, status: Status.STATUS_NOT_READY })).toEqual({ do: 'fail', why: 'status' });
  });

  it('VERSION_MISMATCH with a hello body lets the handshake explain it; other statuses fail', () => {
    expect(answerAction({ ...base, kind: 'hello', control: true, status: Status.STATUS_VERSION_MISMATCH })).toEqual({ do: 'succeed' });
    expect(answerAction({ ...base, status: Status.STATUS_BAD_ADDRESS })).toEqual({ do: 'fail', why: 'status' });
  });

  it('VERIFY_FAILED with a digest body: the fence repairs; FENCED: sent again after it; both fail where they cannot be (SPEC 4b)', () => {
    expect(answerAction({ ...base, kind: 'memDigest', status: Status.STATUS_VERIFY_FAILED })).toEqual({ do: 'verify-failed' });
    expect(answerAction({ ...base, kind: 'memDigest', status: Status.STATUS_VERIFY_FAILED, bodyMatches: false })).toEqual({ do: 'fail', why: 'status' });
    expect(answerAction({ ...base, kind: 'regRead', status: Status.STATUS_VERIFY_FAILED })).toEqual({ do: 'fail', why: 'status' });
    expect(answerAction({ ...base, status: Status.STATUS_FENCED })).toEqual({ do: 'fenced' });
    expect(answerAction({ ...base, kind: 'hello', control: true, status: Status.STATUS_FENCED })).toEqual({ do: 'fail', why: 'status' });
  });
});
