import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { Cap, PROTOCOL_VERSION, REGISTER_MAP_HASH, SCHEMA_HASH, Status, type IResponse } from '../../protocol/index.js';
import { HacError } from '../errors.js';
import { fakeSession, fakeLink } from '../testing/harness.js';
import { ScriptedTransport, helloReply } from '../testing/scripted.js';
import { Session } from './session.js';


const ok = (body: IResponse = {}): IResponse => ({ status: Status.STATUS_OK, ...body });

async function scripted(t: ScriptedTransport, opts = {}) {
  return Session.open(async () => t, { reconnect: false, timeouts: { regRead: 40, regWrite: 40, ping: 40, hello: 60 }, ...opts });
}

describe('session with a scripted transport', () => {
  it('handshakes in line framing, then switches to binary', async () => {
    const t = new ScriptedTransport([
      { kind: 'hello', framing: 'line', reply: helloReply(), match: (r) => r.hello!.protocolVersion === PROTOCOL_VERSION && r.hello!.schemaHash === SCHEMA_HASH },
      { kind: 'ping', framing: 'binary', reply: ok({ ping: { data: new Uint8Array([1]) } }) },
    ]);
    const s = await scripted(t);
    expect(s.info.bootEpoch).toBe(7);
    expect(s.info.framing).toBe('binary');
    expect(s.info.window).toBe(4);
    const r = await s.request({ ping: { data: new Uint8Array([1]) } });
    expect(Array.from(r.ping!.data!)).toEqual([1]);
    await s.close();
    t.verify();
  });

  it('stays in line framing when the device lacks binary framing', async () => {
    const t = new ScriptedTransport([
      { kind: 'hello', reply: helloReply({ capabilities: 0 }) },
      { kind: 'ping', framing: 'line', reply: ok({ ping: {} }) },
    ]);
    const s = await scripted(t);
    await s.request({ ping: {} });
    await s.close();
    t.verify();
  });

  it.each([
    ['schema', { schemaHash: 0x1234 }, /schema mismatch/],
    ['register map', { registerMapHash: 0x99 }, /register map mismatch/],
    ['version', { protocolVersion: 4, minProtocolVersion: 3 }, /protocol version mismatch/],
  ])('refuses a %s mismatch with a protocol error', async (_n, over, re) => {
    const t = new ScriptedTransport([{ kind: 'hello', reply: helloReply(over) }]);
    const err = await scripted(t).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HacError);
    expect((err as HacError).kind).toBe('protocol');
    expect((err as HacError).message).toMatch(re);
    t.verify();
  });

  it('treats VERSION_MISMATCH with a body as a protocol error naming versions', async () => {
    const t = new ScriptedTransport([{ kind: 'hello', reply: { ...helloReply({ protocolVersion: 5, minProtocolVersion: 4 }), status: Status.STATUS_VERSION_MISMATCH } }]);
    const err = (await scripted(t).catch((e: unknown) => e)) as HacError;
    expect(err.kind).toBe('protocol');
    expect(err.message).toMatch(/4\.\.5/);
  });

  it('keeps at most `window` requests outstanding', async () => {
    const held: ((r: IResponse) => void)[] = [];
    const t = new ScriptedTransport([{ kind: 'hello', reply: helloReply({ window: 2 }) }]);
    // Not adaptive: the configured 5 s timeout holds (a measured one, ~25 ms after a fast hello,
    // resent a ping when a loaded machine stalled the 5 ms waits below), and the window is the device's.
    const s = await scripted(t, { timeouts: { ping: 5000 }, adaptive: false });
    for (let i = 0; i < 5; i++) t.expect({ kind: 'ping', reply: () => undefined });
    const calls = Array.from({ length: 5 }, () => s.request({ ping: {} }));
    await new Promise((r) => setTimeout(r, 10));
    expect(t.sent.length).toBe(3); // hello + 2
    // answer the first two by hand; the rest follow
    for (let k = 0; k < 5; k++) {
      const sent = t.sent.filter((x) => x.req.ping);
      const next = sent[k];
      t.respond({ seq: next.req.seq, status: Status.STATUS_OK, ping: {} }, 'binary');
      await new Promise((r) => setTimeout(r, 5));
      expect(t.sent.filter((x) => x.req.ping).length).toBeLessThanOrEqual(Math.min(5, k + 3));
    }
    await Promise.all(calls);
    void held;
    await s.close();
    t.verify();
  });

  it('retries a read with the SAME seq after a timeout (v2: every resend keeps its number) and counts a duplicate reply', async () => {
    let firstSeq = 0;
    const t = new ScriptedTransport([
      { kind: 'hello', reply: helloReply() },
      { kind: 'regRead', reply: (r) => ((firstSeq = r.seq), undefined) },
      { kind: 'regRead', match: (r) => r.seq === firstSeq, reply: (r) => [ok({ seq: r.seq, regRead: { values: [2] } }), ok({ seq: r.seq, regRead: { values: [2] } })] },
    ]);
    const s = await scripted(t);
    const r = await s.request({ regRead: { addresses: [0] } });
    expect(r.regRead!.values).toEqual([2]);
    expect(s.stats().timeouts).toBe(1);
    expect(s.stats().retries).toBe(1);
    await new Promise((res) => setTimeout(res, 5));
    expect(s.stats().staleReplies).toBe(1);
    await s.close();
    t.verify();
  });

  it('retries a non-idempotent request with the SAME seq', async () => {
    let firstSeq = 0;
    const t = new ScriptedTransport([
      { kind: 'hello', reply: helloReply() },
      { kind: 'regWrite', reply: (r) => ((firstSeq = r.seq), undefined) },
      { kind: 'regWrite', match: (r) => r.seq === firstSeq, reply: ok({ regWrite: { count: 1 } }) },
    ]);
    const s = await scripted(t);
    await s.request({ regWrite: { writes: [{ address: 0x1c, value: 5 }] } });
    await s.close();
    t.verify();
  });

  it('gives up with a timeout error naming the no-progress budget (not a count of attempts)', async () => {
    const t = new ScriptedTransport([{ kind: 'hello', reply: helloReply() }, ...Array.from({ length: 200 }, () => ({ kind: 'ping' as const }))]);
    const s = await scripted(t, { retries: 0, giveUpAfterMs: 150 });
    const err = (await s.request({ ping: {} }).catch((e: unknown) => e)) as HacError;
    expect(err.kind).toBe('timeout');
    expect(err.message).toMatch(/no-progress budget 150 ms/);
    expect(err.context.request).toBe('ping');
    expect(err.context.seq).toBeGreaterThan(0);
    expect(err.context.noProgressBudgetMs).toBe(150);
    // retries: 0 no longer ends it after one attempt: it was resent until the budget ran out.
    expect(t.sent.filter((x) => x.req.ping).length).toBeGreaterThan(1);
    await s.close();
  });

  it('keeps resending the oldest request while within the budget, however many attempts it takes', async () => {
    const t = new ScriptedTransport([
      { kind: 'hello', reply: helloReply() },
      ...Array.from({ length: 6 }, () => ({ kind: 'ping' as const })),
      { kind: 'ping', reply: ok({ ping: { data: new Uint8Array([9]) } }) },
    ]);
    const s = await scripted(t, { retries: 0 });
    const r = await s.request({ ping: { data: new Uint8Array([9]) } });
    expect(Array.from(r.ping!.data!)).toEqual([9]);
    expect(new Set(t.sent.filter((x) => x.req.ping).map((x) => x.req.seq)).size).toBe(1);
    expect(s.stats().tuning.lost).toBe(6);
    await s.close();
    t.verify();
  });

  it('retries BUSY with backoff under the same seq', async () => {
    let firstSeq = 0;
    const t = new ScriptedTransport([
      { kind: 'hello', reply: helloReply() },
      { kind: 'regWrite', reply: (r) => ((firstSeq = r.seq), { status: Status.STATUS_BUSY }) },
      { kind: 'regWrite', match: (r) => r.seq === firstSeq, reply: ok({ regWrite: { count: 1 } }) },
    ]);
    const s = await scripted(t);
    await s.request({ regWrite: { writes: [{ address: 0x1c, value: 5 }] } });
    expect(s.stats().busy).toBe(1);
    await s.close();
    t.verify();
  });

  it('maps device statuses onto error kinds', async () => {
    const t = new ScriptedTransport([
      { kind: 'hello', reply: helloReply() },
      { kind: 'regRead', reply: { status: Status.STATUS_BAD_ADDRESS, detail: 'no such register' } },
      { kind: 'regRead', reply: { status: Status.STATUS_UNSUPPORTED } },
      { kind: 'regRead', reply: { status: Status.STATUS_UNKNOWN_REQUEST } },
    ]);
    const s = await scripted(t);
    const e1 = (await s.request({ regRead: { addresses: [4] } }, { context: { register: 'X' } }).catch((e: unknown) => e)) as HacError;
    expect([e1.kind, e1.status, e1.context.register]).toEqual(['device', Status.STATUS_BAD_ADDRESS, 'X']);
    expect(e1.message).toMatch(/STATUS_BAD_ADDRESS \(no such register\)/);
    const e2 = (await s.request({ regRead: { addresses: [4] } }).catch((e: unknown) => e)) as HacError;
    expect(e2.kind).toBe('unsupported');
    const e3 = (await s.request({ regRead: { addresses: [4] } }).catch((e: unknown) => e)) as HacError;
    expect(e3.kind).toBe('protocol');
    await s.close();
    t.verify();
  });

  it('ignores log lines and damaged frames and counts them', async () => {
    const t = new ScriptedTransport([{ kind: 'hello', reply: helloReply({ capabilities: 0 }) }, { kind: 'ping', reply: ok({ ping: {} }) }]);
    const s = await scripted(t);
    t.pushRaw(new TextEncoder().encode('boot: hello from the console\n@HAC:AAAA!!\n'));
    await s.request({ ping: {} });
    const st = s.stats();
    expect(st.logLines).toBe(1);
    expect(st.malformed + st.crcErrors).toBe(1);
    await s.close();
  });

  it('close() rejects pending calls with canceled; abort cancels one call', async () => {
    const t = new ScriptedTransport([{ kind: 'hello', reply: helloReply() }, { kind: 'ping' }, { kind: 'ping' }]);
    const s = await scripted(t, { timeouts: { ping: 10_000 } });
    const ac = new AbortController();
    const a = s.request({ ping: {} }, { signal: ac.signal });
    const b = s.request({ ping: {} });
    await new Promise((r) => setTimeout(r, 5));
    ac.abort();
    expect(((await a.catch((e: unknown) => e)) as HacError).kind).toBe('canceled');
    await s.close();
    expect(((await b.catch((e: unknown) => e)) as HacError).kind).toBe('canceled');
    expect(((await s.request({ ping: {} }).catch((e: unknown) => e)) as HacError).kind).toBe('canceled');
  });

  it('requests sharing one abort signal add one listener to it, not one each; aborting cancels them all', async () => {
    const { session: s, device } = await fakeSession({ responseDelayMs: 50 }, { reconnect: false });
    const ac = new AbortController();
    const calls = Array.from({ length: 20 }, () => s.request({ ping: {} }, { signal: ac.signal }).catch((e: unknown) => e as HacError));
    expect(getEventListeners(ac.signal, 'abort').length).toBe(1);
    ac.abort();
    for (const e of await Promise.all(calls)) expect((e as HacError).kind).toBe('canceled');
    // Settled: the listener is gone with them, and a request with a fresh signal still works.
    const ok = new AbortController();
    await expect(s.request({ ping: {} }, { signal: ok.signal })).resolves.toBeTruthy();
    expect(getEventListeners(ok.signal, 'abort').length).toBe(0);
    expect(device.executed.length).toBeGreaterThan(0);
    await s.close();
  });

  it('an aborted request that already went out stays on the link until answered: no gap for later calls', async () => {
    let seqA = 0;
    const t = new ScriptedTransport([{ kind: 'hello', reply: helloReply() }, { kind: 'ping', reply: (r) => ((seqA = r.seq), undefined) }]);
    const s = await scripted(t, { timeouts: { ping: 30 } });
    const ac = new AbortController();
    const a = s.request({ ping: {} }, { signal: ac.signal });
    while (seqA === 0) await new Promise((r) => setTimeout(r, 1));
    ac.abort();
    expect(((await a.catch((e: unknown) => e)) as HacError).kind).toBe('canceled');
    // The device lost A and holds B behind it; A's resend (same number) lets both run.
    t.expect(
      { kind: 'ping', match: (r) => r.seq !== seqA, reply: () => undefined },
      { kind: 'ping', match: (r) => r.seq === seqA, reply: (r) => [ok({ seq: r.seq, ping: {} }), ok({ seq: r.seq + 1, ping: {} })] },
    );
    const b = await s.request({ ping: {} });
    expect(b.seq).toBe(seqA + 1);
    await s.close();
    t.verify();
  });
});

describe('session with the fake device', () => {
  it('pipelines many requests through the window', async () => {
    const { session } = await fakeSession({ window: 8 });
    const rs = await Promise.all(Array.from({ length: 200 }, (_, i) => session.request({ ping: { data: new Uint8Array([i & 0xff]) } })));
    expect(rs.map((r) => r.ping!.data![0])).toEqual(Array.from({ length: 200 }, (_, i) => i & 0xff));
    expect(session.stats().busy).toBe(0);
    expect(session.stats().rttMs.count).toBe(201); // + hello
    await session.close();
  });

  it('recovers from dropped requests and dropped responses', async () => {
    const { session, device } = await fakeSession({}, { timeouts: { regWrite: 30, regRead: 30 } });
    device.faults.dropRequests = 1;
    await session.request({ regWrite: { writes: [{ address: 0x1c, value: 9 }] } });
    device.faults.dropResponses = 1;
    await session.request({ regWrite: { writes: [{ address: 0x1c, value: 10 }] } });
    // the second write executed once (replayed, not repeated)
    expect(device.executed.filter((e) => e.kind === 'regWrite').length).toBe(2);
    const r = await session.request({ regRead: { addresses: [0x1c] } });
    expect(r.regRead!.values).toEqual([10]);
    await session.close();
  });

  it('reconnects after a drop and continues when the boot epoch is unchanged', async () => {
    const { session, link } = await fakeSession();
    link.cut();
    const r = await session.request({ regRead: { addresses: [0] } });
    expect(r.regRead!.values).toEqual([0x48414301]);
    expect(session.stats().reconnects).toBe(1);
    await session.close();
  });

  it('reports device-reset after a reconnect with a new epoch until acknowledged', async () => {
    const { session, link, device } = await fakeSession();
    link.failOpens = 1;
    link.cut();
    device.reboot();
    const err = (await session.request({ regRead: { addresses: [0] } }).catch((e: unknown) => e)) as HacError;
    expect(err.kind).toBe('device-reset');
    expect(((await session.request({ ping: {} }).catch((e: unknown) => e)) as HacError).kind).toBe('device-reset');
    session.acknowledgeReset();
    await session.request({ ping: {} });
    await session.close();
  });

  it('NOT_READY on a live link after a reset becomes device-reset', async () => {
    const { session, device } = await fakeSession();
    device.reboot();
    const err = (await session.request({ regRead: { addresses: [0] } }).catch((e: unknown) => e)) as HacError;
    expect(err.kind).toBe('device-reset');
    session.acknowledgeReset();
    await session.request({ regRead: { addresses: [0] } });
    await session.close();
  });

  it('a genuine NOT_READY (no result yet) stays a device error', async () => {
    const { session } = await fakeSession();
    const err = (await session.request({ readResult: {} }).catch((e: unknown) => e)) as HacError;
    expect([err.kind, err.status]).toEqual(['device', Status.STATUS_NOT_READY]);
    await session.close();
  });

  it('fails with disconnected when the device never comes back', async () => {
    const link = fakeLink();
    const session = await Session.open(link.opener, { reconnect: { attempts: 3, minDelayMs: 1, maxDelayMs: 2 } });
    link.failOpens = 100;
    link.cut();
    const err = (await session.request({ ping: {} }).catch((e: unknown) => e)) as HacError;
    expect(err.kind).toBe('disconnected');
    await session.close();
  });
});
