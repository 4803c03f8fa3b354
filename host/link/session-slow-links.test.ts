/**
 * Slow and distant links: the hello (and every request) allows for the link's latency and line
 * rate; the open deadline names the target; a link that drops during the hello after the device
 * printed a line says what it printed.
 */
import { describe, expect, it } from 'vitest';
import { encodeFrame } from '../../protocol/index.js';
import { HacError } from '../errors.js';
import { ScriptedTransport, helloReply } from '../testing/scripted.js';
import type { Transport } from '../transport/types.js';
import { Session } from './session.js';

const errorOf = async (p: Promise<unknown>) => (await p.then(() => undefined, (e: unknown) => e)) as HacError;

/** A scripted device that answers the hello only after `delayMs` (a slow or distant link). */
function lateHello(delayMs: number, extra: Partial<Pick<Transport, 'latencyMs' | 'lineBytesPerSec'>> = {}): ScriptedTransport {
  const t = new ScriptedTransport([{ kind: 'hello', reply: helloReply(), delayMs }]);
  for (const [k, v] of Object.entries(extra)) Object.defineProperty(t, k, { value: v });
  return t;
}

describe('hello on a slow link', () => {
  it('the latencyMs option stretches the hello timeout (twice the round trip)', async () => {
    // Base hello timeout 20 ms, the answer takes 150 ms: only the latency allowance (4 x 100 ms) saves it.
    const t = lateHello(150);
    const s = await Session.open(async () => t, { timeouts: { hello: 20 }, latencyMs: 100, retries: 0, reconnect: false });
    expect(s.info.firmware).toBe('scripted');
    await s.close();
    t.verify();
  });

  it('so does a latency the transport reports (a paced simulator: sim:--latency-ms M)', async () => {
    const t = lateHello(150, { latencyMs: 100 });
    const s = await Session.open(async () => t, { timeouts: { hello: 20 }, retries: 0, reconnect: false });
    await s.close();
    t.verify();
  });

  it('without an allowance the same hello times out (the test above is not vacuous)', async () => {
    const t = lateHello(150);
    const e = await errorOf(Session.open(async () => t, { timeouts: { hello: 20 }, retries: 0, reconnect: false }));
    expect(e.kind).toBe('timeout');
  });

  it('the hello allows for a slow line rate, from the transport or the option', async () => {
    // 1024 bytes of reply allowance at 2000 B/s is about a second: plenty for a 150 ms answer.
    const t = lateHello(150, { lineBytesPerSec: 2000 });
    const s = await Session.open(async () => t, { timeouts: { hello: 20 }, retries: 0, reconnect: false });
    await s.close();
    const t2 = lateHello(150);
    const s2 = await Session.open(async () => t2, { timeouts: { hello: 20 }, retries: 0, reconnect: false, lineBytesPerSec: 2000 });
    await s2.close();
  });

  it('rejects a bad latencyMs option', async () => {
    const e = await errorOf(Session.open(async () => lateHello(0), { latencyMs: -1 }));
    expect(e.kind).toBe('invalid-argument');
    expect(e.message).toMatch(/latencyMs/);
  });
});

describe('Session.open deadline', () => {
  it('names the target when the opener never answers', async () => {
    const e = await errorOf(Session.open(() => new Promise<Transport>(() => {}), { openTimeoutMs: 20, target: 'tcp://192.0.2.1:7000' }));
    expect(e.kind).toBe('timeout');
    expect(e.message).toMatch(/opening tcp:\/\/192\.0\.2\.1:7000 and the handshake took longer than 20 ms/);
    expect(e.context.target).toBe('tcp://192.0.2.1:7000');
  });

  it('names the transport when the handshake never completes', async () => {
    const t = new ScriptedTransport([{ kind: 'hello', reply: null }]);
    const e = await errorOf(Session.open(async () => t, { openTimeoutMs: 30, retries: 50 }));
    expect(e.kind).toBe('timeout');
    expect(e.message).toMatch(/opening scripted and the handshake/);
  });
});

describe('a link that drops during the hello', () => {
  it('quotes the last line the device printed (e.g. hac-sim: busy: another client ...)', async () => {
    const t = new ScriptedTransport([]);
    const open = Session.open(async () => t, { reconnect: false });
    t.pushRaw(new TextEncoder().encode('hac-sim: busy: another client (127.0.0.1:5) is connected since 2026-01-01T00:00:00.000Z\n'));
    setTimeout(() => t.cut(), 5);
    const e = await errorOf(open);
    expect(e.kind).toBe('disconnected');
    expect(e.message).toMatch(/dropped during hello.*hac-sim: busy: another client \(127\.0\.0\.1:5\) is connected since/);
  });

  it('says nothing extra when the device printed nothing', async () => {
    const t = new ScriptedTransport([]);
    const open = Session.open(async () => t, { reconnect: false });
    t.pushRaw(encodeFrame('line', new Uint8Array([1, 2, 3]))); // a frame, not a log line
    setTimeout(() => t.cut(), 5);
    const e = await errorOf(open);
    expect(e.message).toMatch(/dropped during hello/);
    expect(e.message).not.toMatch(/last line/);
  });
});
