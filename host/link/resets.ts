/**
 * Device resets, as the session learns of them: our own (a `reset` request, CONTROL.SOFT_RESET,
 * expectedReset()) are taken in with a re-hello; any other (a new boot epoch in a hello answer)
 * fails everything pending with a device-reset error that holds later calls back until the caller
 * acknowledges it. Also the epoch check on the live link that gates what goes out meanwhile.
 */
import type { Response } from '../../protocol/index.js';
import { debug } from '../debug.js';
import { HacError } from '../errors.js';
import type { DeviceInfo } from './hello.js';
import type { Pending } from './request-queue.js';
import type { SessionCore } from './session-core.js';

const log = debug('hac:link');

export class ResetTracker {
  /** The device was reset and the caller has not acknowledged it: every call gets this error. */
  pending: HacError | null = null;
  /** Counts resets the host asked for (see Pending.sentGen). */
  gen = 0;
  /** A re-handshake (epoch check, or the hello after our own reset) is running: the pump waits. */
  verifying: Promise<void> | null = null;
  /** next_seq of the last hello sent: where a device that forgot the session expects us to go on. */
  private lastHelloNextSeq = 1;
  private readonly listeners = new Set<(info: DeviceInfo) => void>();

  /** `reconnecting`: the reconnect running now, if any (a re-hello the link dropped under waits for it). */
  constructor(
    private readonly core: SessionCore,
    private readonly reconnecting: () => Promise<void> | null,
  ) {}

  onReset(fn: (info: DeviceInfo) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** A hello goes out carrying nextSeq. */
  helloSent(nextSeq: number): void {
    this.lastHelloNextSeq = nextSeq;
  }

  /**
   * Our own reset (reset request, CONTROL.SOFT_RESET) succeeded: take the new epoch, say hello
   * again (the device requires it), then resolve. Requests behind it wait for the re-hello.
   */
  ownReset(p: Pending, r: Response): void {
    const core = this.core;
    this.gen++;
    p.answered = true;
    if (core.info) core.info = { ...core.info, bootEpoch: r.reset?.bootEpoch ?? core.info.bootEpoch + 1 };
    core.q.parked.add(p);
    const ctx = { ...p.context, seq: r.seq };
    this.verifyEpoch(true).then(
      () => {
        if (core.info) this.notify(core.info);
        core.succeed(p, r);
      },
      async (err: unknown) => {
        // The link dropped during the re-hello: a reconnect greets the device again.
        const reconnecting = this.reconnecting();
        if (reconnecting) await reconnecting.catch(() => {});
        if (core.state === 'ready' && !this.pending) {
          if (core.info) this.notify(core.info);
          core.succeed(p, r);
        } else core.fail(p, err instanceof HacError ? err.with(ctx) : new HacError('disconnected', `${p.kind}: no hello after the reset`, { cause: err, context: ctx }));
      },
    );
  }

  /**
   * Re-handshakes on the live link. expected=false: checks the boot epoch (a change is a device
   * reset the caller must acknowledge). expected=true: we reset the device; take its new info.
   * The pump waits while this runs.
   */
  verifyEpoch(expected: boolean): Promise<void> {
    if (this.verifying && !expected) return this.verifying;
    const core = this.core;
    const prev = this.verifying;
    const run = (async () => {
      // Runs after this.verifying is set, so the pump is already gated when the hello goes out.
      await (prev ? prev.catch(() => {}) : null);
      const t = core.conn.transport;
      if (!t || core.isClosed()) throw new HacError('disconnected', 'link is down', { context: { target: core.target } });
      const before = core.info?.bootEpoch;
      const gen = this.gen;
      const info = await core.handshake(t);
      if (t !== core.conn.transport) return;
      // A reset of our own answered meanwhile: its own re-hello (queued behind this one) decides.
      if (!expected && gen === this.gen && before !== undefined && info.bootEpoch !== before) this.markReset(info, before);
      else core.info = info;
    })();
    const v: Promise<void> = run.finally(() => {
      if (this.verifying === v) {
        this.verifying = null;
        core.pump();
      }
    });
    v.catch(() => {});
    this.verifying = v;
    return v;
  }

  /** The host reset the device by other means: join a re-hello already running, else start one. */
  async expectedReset(): Promise<void> {
    if (!this.core.conn.transport) throw new HacError('disconnected', 'link is down', { context: { target: this.core.target } });
    if (this.verifying) await this.verifying;
    else await this.verifyEpoch(true);
  }

  /** `before`: the epoch seen before this hello (the caller's: info may hold the new one already). */
  markReset(info: DeviceInfo, before: number | undefined): void {
    const core = this.core;
    core.info = info;
    core.counters.deviceResets++;
    const how = before === info.bootEpoch ? `a new device instance started (boot epoch ${info.bootEpoch}, as before)` : `device was reset (boot epoch ${before} -> ${info.bootEpoch})`;
    this.pending = new HacError('device-reset', `${how}; its registers, context and results are gone. Call acknowledgeReset() to continue.`, {
      context: { target: core.target, bootEpoch: info.bootEpoch, previousBootEpoch: before },
    });
    log('device reset detected: epoch %s -> %d', before, info.bootEpoch);
    for (const p of core.q.all()) {
      if (!p.control) core.fail(p, this.pending.with({ ...p.context, seq: p.seq || undefined }));
    }
    // The device forgot the session; the hello opened a new one at its next_seq. Nothing before
    // it will be resent (all failed above), so numbering goes on from there (SPEC section 4).
    core.q.nextSeq = this.lastHelloNextSeq;
    this.notify(info);
  }

  private notify(info: DeviceInfo): void {
    for (const l of this.listeners) l(info);
  }
}
