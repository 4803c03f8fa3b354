/**
 * What the session does with a device answer, as a pure function of the status and what it knows
 * of the request (no timers, no I/O): testable on its own. The session carries the action out.
 */
import { Status, type RequestKind } from '../../protocol/index.js';

export interface AnswerFacts {
  status: number;
  kind: RequestKind;
  /** A hello (session-internal). */
  control: boolean;
  /** The request resets the device (reset, CONTROL.SOFT_RESET). */
  resets: boolean;
  /** The answer carries the body of the request's kind. */
  bodyMatches: boolean;
  /** BUSY answers so far, this one included. */
  busy: number;
  busyRetries: number;
  /** It already got its one NOT_READY retry. */
  notReadyRetried: boolean;
  /** It went out before a reset of ours took effect. */
  sentBeforeOwnReset: boolean;
}

export type Action =
  | { do: 'succeed' }
  /** Our own reset answered: greet the device again, then succeed. */
  | { do: 'own-reset' }
  /** Not executed: send again under the same number after `delayMs`. */
  | { do: 'backoff'; delayMs: number }
  /** Not executed: put back in line (after the re-hello). */
  | { do: 'requeue' }
  /** No hello since a reset, or a genuine not-ready: a hello tells which. */
  | { do: 'verify-epoch' }
  | { do: 'fail'; why: 'status' | 'busy-exhausted' | 'wrong-body' }
  /** A verified digest differed: the device is fenced behind it (fence.ts repairs, SPEC 4b). */
  | { do: 'verify-failed' }
  /** Not executed behind a fence: goes out again under a new number after the repair. */
  | { do: 'fenced' };

/** BUSY backoff: 2, 4, ... 100 ms. */
export function busyDelayMs(busy: number): number {
  return Math.min(100, 1 << Math.min(busy, 7));
}

export function answerAction(f: AnswerFacts): Action {
  switch (f.status) {
    case Status.STATUS_OK:
      // An OK answer carries the body of the request's kind (SPEC section 3).
      if (!f.bodyMatches) return { do: 'fail', why: 'wrong-body' };
      return f.resets && !f.control ? { do: 'own-reset' } : { do: 'succeed' };
    case Status.STATUS_BUSY:
      return f.busy > f.busyRetries ? { do: 'fail', why: 'busy-exhausted' } : { do: 'backoff', delayMs: busyDelayMs(f.busy) };
    case Status.STATUS_VERSION_MISMATCH:
      // The hello body comes with it; the handshake explains the mismatch from the versions.
      return f.kind === 'hello' && f.bodyMatches ? { do: 'succeed' } : { do: 'fail', why: 'status' };
    case Status.STATUS_VERIFY_FAILED:
      // Its body comes with it (the device's digest); without one it is a plain failure.
      return f.kind === 'memDigest' && f.bodyMatches ? { do: 'verify-failed' } : { do: 'fail', why: 'status' };
    case Status.STATUS_FENCED:
      return f.control ? { do: 'fail', why: 'status' } : { do: 'fenced' };
    case Status.STATUS_NOT_READY:
      if (f.control) return { do: 'fail', why: 'status' };
      // Sent before a reset we asked for took effect: not executed. Once more, after the re-hello.
      if (!f.notReadyRetried && f.sentBeforeOwnReset) return { do: 'requeue' };
      return { do: 'verify-epoch' };
    default:
      return { do: 'fail', why: 'status' };
  }
}
