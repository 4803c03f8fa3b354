/** The handshake: max_frame bounds, the hello outside the window, session_id, the leading 0x00. */
import { describe, expect, it } from 'vitest';
import { MIN_MAX_FRAME, Status } from '../../protocol/index.js';
import { chunkSizeFor } from '../device/memory.js';
import { HacError } from '../errors.js';
import { fakeLink, fakeSession } from '../testing/harness.js';
import { ScriptedTransport, helloReply } from '../testing/scripted.js';
import { errorOf, ticks, until } from '../testing/waits.js';
import { Session } from './session.js';

describe('max_frame bounds', () => {
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

describe('a hello goes outside the window', () => {
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

describe('session_id', () => {
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
