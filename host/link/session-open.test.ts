/** Session.open: its deadline, abort, and close during a reconnect. */
import { describe, expect, it } from 'vitest';
import { HacError } from '../errors.js';
import { fakeLink } from '../testing/harness.js';
import { errorOf, ticks, until, watch } from '../testing/waits.js';
import type { Transport } from '../transport/types.js';
import { Session } from './session.js';

describe('open deadline and abort', () => {
  it('Session.open gives up after openTimeoutMs even when the opener never answers', async () => {
    const e = await errorOf(Session.open(() => new Promise<Transport>(() => {}), { openTimeoutMs: 20 }));
    expect(e.kind).toBe('timeout');
  });

  it('Session.open honours an aborted signal with a canceled HacError', async () => {
    let opened = 0;
    const e = await errorOf(Session.open(async () => (opened++, fakeLink().opener()), { signal: AbortSignal.abort('user') }));
    expect(e).toBeInstanceOf(HacError);
    expect(e.kind).toBe('canceled');
    expect(e.message).toMatch(/user/);
    expect(opened).toBe(0);
  });

  it('close() during a reconnect whose opener hangs settles everything', async () => {
    const link = fakeLink();
    let hang = false;
    const session = await Session.open((sig) => (hang ? new Promise<Transport>(() => {}) : link.opener(sig)), { reconnect: { attempts: 3, minDelayMs: 1, maxDelayMs: 1 } });
    hang = true;
    link.cut();
    const w = watch(session.request({ ping: {} }));
    await until(() => session.state === 'reconnecting');
    await session.close();
    await ticks();
    expect(w.error?.kind).toBe('canceled');
  });
});
