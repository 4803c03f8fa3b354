/** BUSY answers: backoff under the same number, and a request backing off stays visible to close, failAll and a device reset. */
import { describe, expect, it } from 'vitest';
import { fakeSession } from '../testing/harness.js';
import { FakeDevice } from '../testing/fake-device.js';
import { errorOf, ticks, until, watch } from '../testing/waits.js';

describe('BUSY backoff stays visible', () => {
  const busyForever = (device: FakeDevice) => {
    device.faults.decide = (k, seq) => (k === 'ping' && seq > 0 ? 'busy' : undefined);
  };

  it('close() rejects a request waiting in its BUSY retry timer', async () => {
    const { session, device } = await fakeSession();
    busyForever(device);
    const w = watch(session.request({ ping: {} }));
    // Deep into the backoff (the next retry waits >= 64 ms), then close.
    await until(() => session.stats().busy >= 6);
    expect(session.inFlight).toBe(1);
    await session.close();
    await ticks();
    expect(w.settled).toBe(true);
    expect(w.error?.kind).toBe('canceled');
    expect(session.inFlight).toBe(0);
  });

  it('a link drop without reconnect (failAll) rejects a request in BUSY backoff', async () => {
    const { session, device, link } = await fakeSession({}, { reconnect: false });
    busyForever(device);
    const w = watch(session.request({ ping: {} }));
    await until(() => session.stats().busy >= 6);
    link.cut();
    await until(() => session.state === 'down');
    await ticks();
    expect(w.settled).toBe(true);
    expect(w.error?.kind).toBe('disconnected');
    await session.close();
  });

  it('a detected device reset (markReset) rejects a request in BUSY backoff', async () => {
    const { session, device } = await fakeSession();
    busyForever(device);
    const w = watch(session.request({ ping: {} }));
    await until(() => session.stats().busy >= 6);
    device.reboot();
    const e = await errorOf(session.request({ regRead: { addresses: [0] } }));
    expect(e.kind).toBe('device-reset');
    await ticks();
    expect(w.settled).toBe(true);
    expect(w.error?.kind).toBe('device-reset');
    await session.close();
  });
});
