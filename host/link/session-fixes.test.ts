/**
 * Regression tests for the reviewed session bugs: BUSY backoff vs close/failAll/markReset,
 * max_frame bounds, host-caused resets, the replay rule, oversized and malformed requests, the
 * epoch-verification gate, hellos in the window, the open deadline, session_id, options.
 */
import { describe, expect, it } from 'vitest';
import { Cap, MIN_MAX_FRAME, PROTOCOL_VERSION, REGISTER_MAP_HASH, SCHEMA_HASH, Status, type IResponse } from '../../protocol/index.js';
import { chunkSizeFor } from '../device/memory.js';
import { HacDevice } from '../device/device.js';
import { HacError } from '../errors.js';
import { fakeLink, fakeSession } from '../testing/harness.js';
import { FakeDevice } from '../testing/fake-device.js';
import { ScriptedTransport, helloReply } from '../testing/scripted.js';
import type { Transport } from '../transport/types.js';
import { Session, type SessionOptions } from './session.js';

const SCRATCH = 0x1c;


/** Lets pending I/O and promise chains run (no timers involved). */
const ticks = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};
/** Polls a condition on the event loop (never a wall-clock assertion; the test timeout bounds it). */
const until = async (cond: () => boolean) => {
  while (!cond()) await new Promise((r) => setImmediate(r));
};
/** Tracks whether a promise has settled, and how. */
function watch<T>(p: Promise<T>) {
  const w: { settled: boolean; value?: T; error?: HacError } = { settled: false };
  p.then(
    (v) => Object.assign(w, { settled: true, value: v }),
    (e: HacError) => Object.assign(w, { settled: true, error: e }),
  );
  return w;
}
const errorOf = async (p: Promise<unknown>) => (await p.then(() => undefined, (e: unknown) => e)) as HacError;

describe('BUSY backoff stays visible (bug 1)', () => {
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

describe('max_frame bounds (bug 2)', () => {
  it.each([512, MIN_MAX_FRAME - 1, 8193, 2048.5])('refuses the host option maxFrame %s as invalid-argument', async (maxFrame) => {
    const link = fakeLink();
    const e = await errorOf(Session.open(link.opener, { maxFrame }));
    expect(e).toBeInstanceOf(HacError);
    expect(e.kind).toBe('invalid-argument');
    expect(link.hostEnds.length).toBe(0); // refused before opening anything
  });

  it('refuses a device advertising max_frame below MIN_MAX_FRAME with a protocol error', async () => {
    const e = await errorOf(Session.open(fakeLink({ maxFrame: 64 }).opener, { reconnect: false }));
    expect(e.kind).toBe('protocol');
    expect(e.message).toMatch(/max_frame 64/);
  });

  it('sends the host maxFrame in hello and uses min(host, device)', async () => {
    let sent = 0;
    const t = new ScriptedTransport([{ kind: 'hello', reply: helloReply({ maxFrame: 4096 }), match: (r) => void (sent = r.hello!.maxFrame ?? 0) }]);
    const s = await Session.open(async () => t, { reconnect: false, maxFrame: 2048 });
    expect(sent).toBe(2048);
    expect(s.info.maxFrame).toBe(2048);
    await s.close();
    t.verify();
  });

  it('chunkSizeFor never returns a size <= 0', () => {
    const fake = { info: { maxFrame: 64, target: 'x' } } as unknown as Session;
    expect(() => chunkSizeFor(fake)).toThrow(HacError);
  });
});

describe('host-caused resets (bug 5)', () => {
  it('regs.write(CONTROL, SOFT_RESET) is an expected reset: no device-reset error, new epoch, one hello', async () => {
    const link = fakeLink();
    const dev = await HacDevice.open(link.opener, {});
    const epoch = dev.info.bootEpoch;
    await dev.regs.write('SCRATCH', 5);
    await dev.regs.write('CONTROL', 2);
    expect(dev.info.bootEpoch).toBe(epoch + 1);
    expect(link.device.helloSessionIds.length).toBe(2);
    expect(await dev.regs.read('SCRATCH')).toBe(0); // cache dropped, device value is the reset value
    await dev.regs.updateBits('CONTROL', 2, 2);
    await dev.regs.writeField('CONTROL', 'SOFT_RESET', 1);
    expect(dev.info.bootEpoch).toBe(epoch + 3);
    expect(dev.session.resetUnacknowledged).toBe(false);
    expect(dev.stats().deviceResets).toBe(0);
    await dev.close();
  });

  it('requests pipelined behind reset wait for the re-hello instead of failing NOT_READY', async () => {
    const { session, device } = await fakeSession({ window: 8 });
    const r = session.request({ reset: {} });
    const others = [session.request({ readCounters: {} }), session.request({ regRead: { addresses: [0] } }), session.request({ regWrite: { writes: [{ address: SCRATCH, value: 9 }] } })];
    await r;
    const [, rr] = await Promise.all(others);
    expect(rr.regRead!.values).toEqual([0x48414301]);
    expect(device.regs.get(SCRATCH)).toBe(9);
    expect(session.resetUnacknowledged).toBe(false);
    await session.close();
  });

  it('a request issued after our own reset waits for the re-hello and takes the next seq (v2: nothing overtakes the reset)', async () => {
    let readSeq = 0;
    let resetSeq = 0;
    const t = new ScriptedTransport([
      { kind: 'hello', reply: helloReply() },
      { kind: 'reset', reply: (r) => ((resetSeq = r.seq), { status: Status.STATUS_OK, reset: { bootEpoch: 8 } }) },
      { kind: 'hello', reply: helloReply({ bootEpoch: 8 }) },
      { kind: 'regRead', reply: (r) => ((readSeq = r.seq), { status: Status.STATUS_OK, regRead: { values: [1] } }) },
    ]);
    const s = await Session.open(async () => t, { reconnect: false });
    const r = s.request({ reset: {} });
    const a = s.request({ regRead: { addresses: [0] } });
    expect((await a).regRead!.values).toEqual([1]);
    await r;
    expect(readSeq).toBe(resetSeq + 1);
    expect(t.sent.filter((x) => x.req.hello).map((x) => [x.req.seq, x.req.hello!.nextSeq])).toEqual([[0, 1], [0, resetSeq + 1]]);
    expect(s.info.bootEpoch).toBe(8);
    expect(s.resetUnacknowledged).toBe(false);
    await s.close();
    t.verify();
  });

  it('device.reset() sends exactly one hello', async () => {
    const link = fakeLink();
    const dev = await HacDevice.open(link.opener, {});
    const before = link.device.helloSessionIds.length;
    const info = await dev.reset();
    expect(link.device.helloSessionIds.length - before).toBe(1);
    expect(info.bootEpoch).toBe(link.device.bootEpoch);
    await dev.close();
  });
});

describe('replay rule in the fake device (bug 6)', () => {
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

describe('request validation (bugs 7 and 9)', () => {
  it('rejects a request larger than the link max frame at once, sending nothing', async () => {
    const { session, device } = await fakeSession({ maxFrame: 2048 });
    const before = device.executed.length;
    const e = await errorOf(session.request({ ping: { data: new Uint8Array(4000) } }));
    expect(e.kind).toBe('invalid-argument');
    expect(e.message).toMatch(/max frame of 2048/);
    expect(session.stats().framesOut).toBe(1); // the hello only
    expect(device.executed.length).toBe(before);
    await session.close();
  });

  it.each([
    ['null', null],
    ['a number', 5],
    ['an unknown kind', { foo: {} }],
    ['an extra member', { regRead: { addresses: [0] }, junk: 1 }],
    ['two kinds', { ping: {}, readCounters: {} }],
    ['nothing', {}],
    ['a non-object body', { regRead: 5 }],
    ['a fractional integer', { regRead: { addresses: [1.5] } }],
    ['a negative integer', { memRead: { region: 1, offset: -1, length: 4 } }],
    ['a hello', { hello: {} }],
  ])('refuses %s as invalid-argument (never a TypeError)', async (_n, body) => {
    const { session } = await fakeSession();
    const e = await errorOf(session.request(body as never));
    expect(e).toBeInstanceOf(HacError);
    expect(e.kind).toBe('invalid-argument');
    await session.close();
  });

  it.each([Number.NaN, -1, 0, Infinity])('refuses timeoutMs %s', async (timeoutMs) => {
    const { session } = await fakeSession();
    const e = await errorOf(session.request({ ping: {} }, { timeoutMs }));
    expect(e.kind).toBe('invalid-argument');
    await session.close();
  });
});

describe('epoch verification gates the pump (bug 10)', () => {
  it('a request issued while the epoch check runs does not execute on the reset device', async () => {
    const { session, device } = await fakeSession();
    device.reboot();
    let late: Promise<unknown> | null = null;
    let hellos = 0;
    device.faults.decide = (k, seq) => {
      // The verification hello reaches the device: issue a write right now.
      if (k === 'hello' && ++hellos === 1) late = session.request({ regWrite: { writes: [{ address: SCRATCH, value: 5 }] } });
      return undefined;
    };
    const e = await errorOf(session.request({ regRead: { addresses: [0] } }));
    expect(e.kind).toBe('device-reset');
    expect(late).not.toBeNull();
    expect((await errorOf(late!)).kind).toBe('device-reset');
    expect(device.regs.get(SCRATCH)).toBe(0);
    await session.close();
  });
});

describe('a hello goes outside the window (v2: it is not ordered)', () => {
  it('a hello goes out at once while the window is full', async () => {
    const t = new ScriptedTransport([{ kind: 'hello', reply: helloReply({ window: 1 }) }, { kind: 'ping', reply: () => undefined }]);
    const s = await Session.open(async () => t, { reconnect: false, timeouts: { ping: 60_000 } });
    const ping = s.request({ ping: {} });
    await until(() => t.sent.length === 2);
    t.expect({ kind: 'hello', reply: helloReply({ window: 1 }) });
    const re = s.expectedReset();
    await ticks();
    expect(t.sent.length).toBe(3); // the window (1) is full, the hello is not in it
    expect(t.sent[2].req.seq).toBe(0);
    await re;
    t.respond({ seq: t.sent[1].req.seq, status: Status.STATUS_OK, ping: {} }, 'binary');
    await ping;
    await s.close();
    t.verify();
  });
});

describe('open deadline and abort (bugs 4 and 12)', () => {
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

describe('session_id (bug 13)', () => {
  it('is random, non-zero, and the same in every hello of a session, across reconnects', async () => {
    const { session, device, link } = await fakeSession();
    link.cut();
    await session.request({ ping: {} });
    await session.request({ reset: {} });
    const ids = device.helloSessionIds;
    expect(ids.length).toBe(3);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toBe(session.sessionId);
    expect(ids[0]).toBeGreaterThan(0);
    const other = await fakeSession();
    expect(other.session.sessionId).not.toBe(session.sessionId);
    await Promise.all([session.close(), other.session.close()]);
  });
});

describe('options are validated (bug 15)', () => {
  it.each<[string, SessionOptions]>([
    ['window 0', { window: 0 }],
    ['window 1.5', { window: 1.5 }],
    ['retries -1', { retries: -1 }],
    ['busyRetries NaN', { busyRetries: Number.NaN }],
    ['timeoutMultiplier 0', { timeoutMultiplier: 0 }],
    ['timeoutMultiplier Infinity', { timeoutMultiplier: Infinity }],
    ['timeouts.ping NaN', { timeouts: { ping: Number.NaN } }],
    ['reconnect.attempts -2', { reconnect: { attempts: -2 } }],
  ])('%s -> invalid-argument', async (_n, opts) => {
    const e = await errorOf(Session.open(fakeLink().opener, opts));
    expect(e.kind).toBe('invalid-argument');
  });
});

describe('hello flushes a partial frame at the device', () => {
  it('every hello (first and after a reconnect) is preceded by one 0x00 delimiter', async () => {
    const link = fakeLink();
    const writes: Uint8Array[] = [];
    const opener = async () => {
      const t = await link.opener();
      const write = t.write.bind(t);
      t.write = (d: Uint8Array) => {
        writes.push(d.slice());
        return write(d);
      };
      return t;
    };
    const session = await Session.open(opener, { reconnect: { attempts: 4, minDelayMs: 5, maxDelayMs: 20 } });
    link.cut();
    await session.request({ ping: { data: new Uint8Array(2) } });
    await session.close();
    const hellos = writes.filter((w) => w[1] === 0x40); // '@': line-framed, i.e. the hellos
    expect(hellos.length).toBeGreaterThanOrEqual(2);
    for (const h of hellos) expect(h[0]).toBe(0);
    expect(writes.filter((w) => w[0] === 0x40)).toHaveLength(0);
  });
});
