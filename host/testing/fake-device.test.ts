/** The fake device keeps SPEC's replay rule (so tests built on it mean what they say). */
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, Status } from '../../protocol/index.js';
import { HacDevice } from '../device/device.js';
import { fakeLink } from './harness.js';
import { FakeDevice } from './fake-device.js';
import { SCRATCH } from './waits.js';

describe('replay rule in the fake device', () => {
  const hello = { protocolVersion: PROTOCOL_VERSION, sessionId: 42, maxFrame: 8192 };

  it('a reset resent with the same seq gets the same answer and does not reset twice', () => {
    const d = new FakeDevice();
    d.execute({ seq: 1, hello } as never);
    const epoch = d.bootEpoch;
    const first = d.execute({ seq: 2, reset: {} } as never);
    const again = d.execute({ seq: 2, reset: {} } as never);
    expect(again).toEqual(first);
    expect(first.status).toBe(Status.STATUS_OK);
    expect(d.bootEpoch).toBe(epoch + 1);
    expect(d.executed.filter((e) => e.kind === 'reset').length).toBe(1);
  });

  it('looks the replay cache up before NOT_READY', () => {
    const d = new FakeDevice();
    d.execute({ seq: 1, hello } as never);
    const w = d.execute({ seq: 2, regWrite: { writes: [{ address: SCRATCH, value: 1 }] } } as never);
    d.execute({ seq: 3, regWrite: { writes: [{ address: 0x08, value: 2 }] } } as never); // SOFT_RESET: not ready now
    expect(d.ready).toBe(false);
    // seq 3's own answer is kept; seq 2's went with the reset.
    expect(d.execute({ seq: 3, regWrite: { writes: [{ address: 0x08, value: 2 }] } } as never).status).toBe(Status.STATUS_OK);
    expect(d.execute({ seq: 2, regWrite: { writes: [{ address: SCRATCH, value: 1 }] } } as never).status).toBe(Status.STATUS_NOT_READY);
    expect(w.status).toBe(Status.STATUS_OK);
  });

  it('a lost reset response retried by the session with the same seq returns the same answer', async () => {
    const link = fakeLink();
    const dev = await HacDevice.open(link.opener, { timeouts: { reset: 40 } });
    const epoch = dev.info.bootEpoch;
    let dropped = false;
    link.device.faults.decide = (k, seq) => (k === 'reset' && seq < 0 && !dropped ? ((dropped = true), 'drop-response') : undefined);
    const info = await dev.reset();
    expect(dropped).toBe(true);
    expect(info.bootEpoch).toBe(epoch + 1);
    expect(link.device.executed.filter((e) => e.kind === 'reset').length).toBe(1);
    expect(link.device.replays).toBe(1);
    await dev.close();
  });

  it('a hello with a new session_id empties the replay cache', () => {
    const d = new FakeDevice();
    d.execute({ seq: 1, hello } as never);
    d.execute({ seq: 2, appendToken: { key: new Uint8Array(64), value: new Uint8Array(64) } } as never);
    d.execute({ seq: 1, hello: { ...hello, sessionId: 43 } } as never);
    const again = d.execute({ seq: 2, appendToken: { key: new Uint8Array(64), value: new Uint8Array(64) } } as never);
    expect(again.appendToken?.contextLength).toBe(2);
  });
});
