/**
 * What happens when the link drops: what was sent goes back in line under its number, and the
 * link is reopened with backoff, the device greeted again and its boot epoch compared with the
 * one seen before. Bounded: a request the link keeps dropping under, a device that drops the link
 * after every hello, or a target that will not reopen ends in a typed error, not a loop.
 */
import { debug } from '../debug.js';
import { HacError } from '../errors.js';
import type { Transport, TransportOpener } from '../transport/types.js';
import { sleep, untilAborted } from './async.js';
import type { ResetTracker } from './resets.js';
import type { SessionCore } from './session-core.js';

const log = debug('hac:link');

/** Link drops one request may live through before it fails (each drop resends it after a reconnect). */
const MAX_LINK_DROPS_PER_REQUEST = 3;
/** Link drops in a row with no request answered before the session stops reconnecting. */
const MAX_DROPS_WITHOUT_ANSWER = 5;

export class Reconnector {
  /** The reconnect running now, if any. */
  running: Promise<void> | null = null;
  /** Link drops since a request other than a hello was last answered (a device that drops after every hello). */
  private dropsWithoutAnswer = 0;
  /** Aborted by close(): cancels reconnect attempts and their sleeps. */
  private readonly life = new AbortController();

  constructor(
    private readonly core: SessionCore,
    private readonly opener: TransportOpener,
    private readonly resets: ResetTracker,
  ) {}

  /** An ordered request was answered: the link carries requests, not only hellos. */
  answered(): void {
    this.dropsWithoutAnswer = 0;
  }

  /** The session closes: no more attempts, and a sleep between them ends now. */
  stop(reason: unknown): void {
    this.life.abort(reason);
  }

  /** The link t ended (err: why, if it failed): put what was sent back in line and reconnect. */
  linkDown(t: Transport, err?: unknown): void {
    const core = this.core;
    const { q, conn } = core;
    if (t !== conn.transport) return;
    if (core.isClosed()) return;
    const why = err instanceof Error ? `: ${err.message}` : '';
    log('link down%s', why || ': closed');
    // What the device said last often tells why (e.g. hac-sim's "busy: another client ...").
    const lastLogLine = conn.lastLogLine;
    const said = lastLogLine ? `; the device's last line: ${lastLogLine.trim().slice(0, 200)}` : '';
    conn.retire();
    void t.close().catch(() => {});
    // Hellos belong to this link.
    for (const p of q.all()) {
      if (p.control) core.fail(p, new HacError('disconnected', `link to ${t.description} dropped during ${p.kind}${why}${said}`, { cause: err, context: { ...p.context, seq: p.seq || undefined, ...(lastLogLine ? { deviceLog: lastLogLine } : {}) } }));
    }
    // Put everything sent back in line, oldest first, under the same numbers, so the device
    // replays what it executed and executes what it never got, in order. A request the link
    // dropped under too often ends with a typed error instead of reconnecting forever.
    const sent = [...q.outstanding.values()];
    q.outstanding.clear();
    for (const p of sent) {
      if (p.timer) clearTimeout(p.timer);
      p.timer = null;
      p.linkDrops++;
      if (p.linkDrops > MAX_LINK_DROPS_PER_REQUEST) {
        core.fail(p, new HacError('disconnected', `${p.kind}: the link to ${t.description} dropped ${p.linkDrops} times while it was outstanding (the device answers a hello, then drops the link)${said}`, { cause: err, context: { ...p.context, seq: p.seq || undefined, linkDrops: p.linkDrops } }));
        continue;
      }
      q.requeue(p);
    }
    if (core.state === 'connecting') return;
    // A device that answers the hello and then drops the link (at the next request, or a moment
    // after every hello) must not keep the host reconnecting for ever: after a few drops with no
    // request answered in between, the session goes down with an error naming the pattern.
    this.dropsWithoutAnswer++;
    if (core.opts.reconnect !== false && this.dropsWithoutAnswer > MAX_DROPS_WITHOUT_ANSWER) {
      core.setState('down');
      core.failAll(new HacError('disconnected', `the link to ${t.description} dropped ${this.dropsWithoutAnswer} times in a row with no request answered in between (the device answers a hello, then drops the link)${said}`, { cause: err, context: { target: t.description, drops: this.dropsWithoutAnswer } }));
      this.dropsWithoutAnswer = 0;
      return;
    }
    if (core.opts.reconnect === false) {
      core.setState('down');
      core.failAll(new HacError('disconnected', `link to ${t.description} dropped${why}`, { cause: err, context: { target: t.description } }));
      return;
    }
    void this.reconnect(err);
  }

  /** Reopens the link with backoff, handshakes, compares the boot epoch. */
  reconnect(cause?: unknown): Promise<void> {
    if (this.running) return this.running;
    const core = this.core;
    const ro = core.opts.reconnect;
    if (ro === false) return Promise.resolve();
    core.setState('reconnecting');
    const signal = this.life.signal;
    this.running = (async () => {
      let lastErr: unknown = cause;
      for (let attempt = 0; attempt < ro.attempts; attempt++) {
        if (core.isClosed()) return;
        const delay = attempt === 0 ? 0 : Math.min(ro.maxDelayMs, ro.minDelayMs * 2 ** (attempt - 1));
        if (delay) await sleep(delay, signal);
        if (core.isClosed()) return;
        try {
          const t = await untilAborted(this.opener(signal), signal);
          if (core.isClosed()) {
            await t.close();
            return;
          }
          const before = core.info?.bootEpoch;
          const info = await core.attach(t, signal);
          core.counters.reconnects++;
          log('reconnected to %s (epoch %d -> %d)', t.description, before, info.bootEpoch);
          core.setState('ready');
          // A respawned simulator is a power-on even if its epoch counter starts where the old one was.
          // A new epoch while our own reset was the oldest request in flight is most likely that
          // reset: it is resent under its number and its kept answer (or its run) settles it.
          if (before !== undefined && (info.bootEpoch !== before || t.freshDevice) && !(core.q.ownResetFirst() && !t.freshDevice)) this.resets.markReset(info, before);
          core.pump();
          return;
        } catch (err) {
          lastErr = err;
          if (core.isClosed()) return;
          if (err instanceof HacError && err.kind === 'protocol') break;
          const t = core.conn.retire();
          if (t) void t.close().catch(() => {});
          log('reconnect attempt %d failed: %s', attempt + 1, err instanceof Error ? err.message : String(err));
        }
      }
      if (core.isClosed()) return;
      core.setState('down');
      const why = lastErr instanceof Error ? `: ${lastErr.message}` : '';
      core.failAll(new HacError('disconnected', `link lost and reconnect failed${why}`, { cause: lastErr, context: { target: core.info?.target ?? '?' } }));
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }
}
