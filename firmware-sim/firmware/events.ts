/**
 * The device's unsolicited events (SPEC section 7): numbered from 1 per boot epoch, sent in the
 * framing of the last request received, and deferred while a request runs so they follow its
 * response. Deferred events are keyed: one request sends a bounded number of events however much
 * it does (job_done and fault coalesce to one each, the failure log keeps the first failure and
 * counts the rest).
 */
import { Cap, encodeFrameMessage, type FramingKind, type IEvent } from '../../protocol/index.js';

// protocol/hac.options bounds log and fault text at 96 bytes including nanopb's NUL.
export const MAX_EVENT_TEXT = 95;

export class EventSource {
  private eventSeq = 0;
  /** Framing of the last request received (line before any). */
  lastFraming: FramingKind = 'line';
  private deferred: Map<string, () => void> | null = null;
  private failures: { count: number } | null = null;
  sent = 0;
  /** Counts requests (begin()); lets a coalesced event tell one request from the next. */
  generation = 0;

  constructor(
    private readonly capabilities: number,
    private readonly maxPayload: () => number,
    private readonly sendPayload: (framing: FramingKind, payload: Uint8Array) => void,
  ) {}

  get seq(): number {
    return this.eventSeq;
  }

  /** A new boot epoch: numbering restarts, events of the ending epoch are dropped. */
  restart(): void {
    this.eventSeq = 0;
    this.deferred?.clear();
    if (this.failures) this.failures.count = 0;
  }

  emit(body: Omit<IEvent, 'eventSeq'>): void {
    if ((this.capabilities & Cap.EVENTS) === 0) return;
    this.eventSeq = (this.eventSeq + 1) >>> 0;
    const payload = encodeFrameMessage({ event: { eventSeq: this.eventSeq, ...body } });
    if (payload.length > this.maxPayload()) return;
    this.sent++;
    this.sendPayload(this.lastFraming, payload);
  }

  log(level: 0 | 1 | 2 | 3, text: string): void {
    this.emit({ log: { level, text: text.slice(0, MAX_EVENT_TEXT) } });
  }

  /** Runs fn after the current request's response (now when no request runs); keyed, last wins. */
  later(key: string, fn: () => void): void {
    if (!this.deferred) return fn();
    this.deferred.delete(key); // re-inserted: the coalesced event keeps the position of its last cause
    this.deferred.set(key, fn);
  }

  /** A failed command's log line: the first of a request, with a count of the others. */
  failure(text: string): void {
    const tally = this.failures;
    if (!this.deferred || !tally) return this.log(3, text);
    if (tally.count++ === 0) this.deferred.set('error', () => this.log(3, tally.count > 1 ? `${text} (and ${tally.count - 1} more in this request)` : text));
  }

  /** Brackets one request: events raised inside go out after `flush()`, or never after `discard()`. */
  begin(): void {
    this.generation++;
    this.deferred = new Map();
    this.failures = { count: 0 };
  }
  get inRequest(): boolean {
    return this.deferred !== null;
  }
  discard(): void {
    this.deferred?.clear();
  }
  flush(): void {
    const d = this.deferred;
    this.deferred = null;
    this.failures = null;
    if (d) for (const fn of d.values()) fn();
  }
}
