import { describe, expect, it } from 'vitest';
import { HacError } from '../errors.js';
import type { FakeDevice } from '../testing/fake-device.js';
import { fakeSession } from '../testing/harness.js';

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as HacError);

/** Every attempt of the first numbered ping is lost on its way to the device; returns its seq. */
function loseFirstPing(device: FakeDevice): () => number {
  let lost = 0;
  device.faults.decide = (kind, seq) => {
    if (kind !== 'ping' || seq <= 0) return undefined;
    lost ||= seq;
    return seq === lost ? 'drop-request' : undefined;
  };
  return () => lost;
}

describe('giving up is a time budget without progress (issue #14)', () => {
  it('the oldest request fails naming the budget, what was sent behind it fails with it, and a new session id resynchronises', async () => {
    const { session: s, device } = await fakeSession({}, { reconnect: false, timeouts: { ping: 20, hello: 200 }, giveUpAfterMs: 120 });
    // The first ping's number never reaches the device (the fake runs what arrives; a real device
    // would hold the second behind it: either way the session gives both up).
    const lost = loseFirstPing(device);
    const before = s.sessionId;
    const [e1, e2] = await Promise.all([errorOf(s.request({ ping: {} })), errorOf(s.request({ ping: {} }))]);
    expect(e1?.kind).toBe('timeout');
    expect(e1?.message).toMatch(/no-progress budget 120 ms/);
    expect(e1?.context.seq).toBe(lost());
    // The second was answered by the fake (it does not hold), or failed behind the first.
    if (e2) expect(e2.context.blockedBy).toBe(lost());
    expect(s.sessionId).not.toBe(before);
    // Numbering goes on after the resync; the device runs the next call.
    device.faults.decide = undefined;
    await expect(s.request({ ping: {} })).resolves.toBeTruthy();
    await s.close();
  });

  it('frames that get through reset the clock: a request behind many slow losses still succeeds when each gets through in time', async () => {
    const { session: s, device } = await fakeSession({}, { reconnect: false, timeouts: { ping: 20, hello: 200 }, giveUpAfterMs: 150, retries: 0 });
    // Every ping is lost on its first two attempts: 3 attempts each, far more than `retries`.
    const seen = new Map<number, number>();
    device.faults.decide = (kind, seq) => {
      if (kind !== 'ping' || seq <= 0) return undefined;
      const n = (seen.get(seq) ?? 0) + 1;
      seen.set(seq, n);
      return n <= 2 ? 'drop-request' : undefined;
    };
    for (let i = 0; i < 4; i++) await s.request({ ping: {} });
    expect([...seen.values()].every((n) => n >= 3)).toBe(true);
    expect(s.stats().tuning.lost).toBeGreaterThanOrEqual(8);
    await s.close();
  });

  it('a call waiting for a window slot when the oldest is given up goes out after the resynchronising hello, under the new session, and runs', async () => {
    // Window 1: the second call has no number yet when the first is given up. It must not be
    // sent under the old session (where the device would hold it behind the lost number) and
    // then failed as "blocked": it goes after the hello that restarts the numbering.
    const { session: s, device } = await fakeSession({ window: 1 }, { reconnect: false, adaptive: false, timeouts: { ping: 20, hello: 200 }, giveUpAfterMs: 120 });
    const lost = loseFirstPing(device);
    const before = s.sessionId;
    const first = errorOf(s.request({ ping: {} }));
    const second = s.request({ ping: {} });
    expect((await first)?.kind).toBe('timeout');
    await expect(second).resolves.toBeTruthy();
    expect(s.sessionId).not.toBe(before);
    await s.close();
  });
});
