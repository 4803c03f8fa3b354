/**
 * One error type for everything the host driver raises. `kind` says what went wrong in terms a
 * caller can act on; `status` carries the device's status code when the device answered.
 */
import { deviceText } from './device-text.js';
import { Status, statusName } from '../protocol/index.js';

export type HacErrorKind =
  | 'timeout'
  | 'disconnected'
  | 'canceled'
  | 'protocol'
  | 'device'
  | 'unsupported'
  | 'invalid-argument'
  | 'device-reset';

export interface HacErrorContext {
  register?: string;
  address?: number;
  region?: number;
  offset?: number;
  seq?: number;
  request?: string;
  target?: string;
  path?: string;
  flag?: string;
  [extra: string]: unknown;
}

export class HacError extends Error {
  override readonly name = 'HacError';
  readonly kind: HacErrorKind;
  /** Device status code (hac.v1.Status) when the device answered with one. */
  readonly status: number | undefined;
  readonly context: HacErrorContext;

  constructor(kind: HacErrorKind, message: string, opts: { status?: number; cause?: unknown; context?: HacErrorContext } = {}) {
    super(message, opts.cause !== undefined ? { cause: opts.cause } : undefined);
    this.kind = kind;
    this.status = opts.status;
    this.context = opts.context ?? {};
  }

  /** Name of the device status, e.g. 'STATUS_BAD_ADDRESS'. */
  get statusName(): string | undefined {
    return this.status === undefined ? undefined : statusName(this.status);
  }

  /** Copy with more context (keeps kind, status and cause). */
  with(context: HacErrorContext): HacError {
    const e = new HacError(this.kind, this.message, { status: this.status, cause: this.cause, context: { ...this.context, ...context } });
    return e;
  }
}

/**
 * An error's message for embedding after "cannot ...: ", without the "Error: " prefixes some
 * libraries (serialport) put inside their messages.
 */
export function errorText(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/^(?:Error:\s*)+/, '');
}

export function isHacError(err: unknown, kind?: HacErrorKind): err is HacError {
  return err instanceof HacError && (kind === undefined || err.kind === kind);
}

export function invalidArgument(message: string, context: HacErrorContext = {}): HacError {
  return new HacError('invalid-argument', message, { context });
}

/** Device status -> error kind (protocol/SPEC.md section 6). BUSY is retried before it gets here. */
export function kindForStatus(status: number): HacErrorKind {
  switch (status) {
    case Status.STATUS_UNKNOWN_REQUEST:
    case Status.STATUS_VERSION_MISMATCH:
    case Status.STATUS_DECODE_ERROR:
    case Status.STATUS_FENCED: // the host resends what was fenced; one reaching a caller was not expected
      return 'protocol';
    case Status.STATUS_UNSUPPORTED:
      return 'unsupported';
    case Status.STATUS_BUSY:
      return 'timeout';
    default:
      return 'device';
  }
}

export function statusError(status: number, detail: string | null | undefined, context: HacErrorContext): HacError {
  const what = context.request ? `${context.request} failed` : 'request failed';
  const msg = `${what}: ${statusName(status)}${detail ? ` (${deviceText(detail)})` : ''}`;
  return new HacError(kindForStatus(status), msg, { status, context });
}

export function canceledError(reason: string, context: HacErrorContext = {}, cause?: unknown): HacError {
  return new HacError('canceled', reason, { context, cause });
}

/** Turns an AbortSignal's reason into a canceled HacError. */
export function abortError(signal: AbortSignal, context: HacErrorContext = {}): HacError {
  const r: unknown = signal.reason;
  if (r instanceof HacError) return r;
  const text = r instanceof Error ? r.message : r !== undefined ? String(r) : 'aborted';
  return canceledError(`canceled: ${text}`, context, r);
}
