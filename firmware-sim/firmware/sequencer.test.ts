/**
 * The virtual chip runs requests strictly in seq order and replays kept answers to resends
 * (SPEC section 4, protocol v2): sequencer.ts, seen from the wire.
 */
import { describe, expect, it } from 'vitest';
import { Status } from '../../protocol/index.js';
import { addr, ok, read, ready } from '../testing/testkit.js';

describe('execution in seq order and the replay cache (SPEC section 4)', () => {
  const scratch = (value: number) => ({ regWrite: { writes: [{ address: addr('SCRATCH'), value }] } });

  it('a request that arrives ahead of a gap is held until the gap arrives, then both run in seq order', async () => {
    const { host } = await ready();
    const s = host.nextSeq;
    const later = host.request({ seq: s + 1, regRead: { addresses: [addr('SCRATCH')] } });
    await new Promise((r) => setTimeout(r, 20));
    expect(host.take()).toEqual([]); // held: nothing answered yet
    const first = await host.request({ seq: s, ...scratch(77) });
    expect(first.response.status).toBe(Status.STATUS_OK);
    expect((await later).response.regRead!.values).toEqual([77]); // the read ran after the write
  });

  it('a resent request of any kind replays its first answer and does not run again', async () => {
    const { host } = await ready();
    const s = host.nextSeq;
    await ok(host, { seq: s, ...scratch(1) });
    const read1 = await ok(host, { seq: s + 1, regRead: { addresses: [addr('SCRATCH')] } });
    await ok(host, { seq: s + 2, ...scratch(2) });
    const append = { seq: s + 3, appendToken: { key: new Uint8Array(64), value: new Uint8Array(64) } };
    const first = await ok(host, append);
    // Resends: the read answers what it read then (1), not what a later write made (2).
    expect((await ok(host, { seq: s + 1, regRead: { addresses: [addr('SCRATCH')] } })).regRead!.values).toEqual(read1.regRead!.values);
    expect((await ok(host, append)).toJSON()).toEqual(first.toJSON());
    host.nextSeq = s + 4;
    expect(await read(host, 'CONTEXT_LEN', 'SCRATCH')).toEqual([1, 2]);
  });

  it('the same seq with another kind is refused, not run', async () => {
    const { host } = await ready();
    const s = host.nextSeq;
    await ok(host, { seq: s, appendToken: { key: new Uint8Array(64), value: new Uint8Array(64) } });
    const r = await host.request({ seq: s, resetContext: {} });
    expect(r.response.status).toBe(Status.STATUS_BAD_ARGUMENT);
    host.nextSeq = s + 1;
    expect(await read(host, 'CONTEXT_LEN')).toEqual([1]);
  });

  it('keeps the last 2 x window answers only: an older resend is refused, not run again', async () => {
    const { host } = await ready();
    const s = host.nextSeq;
    await ok(host, { seq: s, appendToken: { key: new Uint8Array(64), value: new Uint8Array(64) } });
    for (let i = 1; i <= 16; i++) await ok(host, { seq: s + i, ...scratch(i) });
    const old = await host.request({ seq: s, appendToken: { key: new Uint8Array(64), value: new Uint8Array(64) } });
    expect(old.response.status).toBe(Status.STATUS_BAD_ARGUMENT);
    expect(old.response.detail).toMatch(/no longer kept/);
    host.nextSeq = s + 17;
    expect(await read(host, 'CONTEXT_LEN')).toEqual([1]);
  });

  it('a request beyond the window ahead is answered BUSY and not run; a copy of a held one is dropped', async () => {
    const { sim, host } = await ready();
    const s = host.nextSeq;
    const busy = await host.request({ seq: s + 8, ...scratch(9) });
    expect(busy.response.status).toBe(Status.STATUS_BUSY);
    host.send({ seq: s + 1, ...scratch(5) });
    host.send({ seq: s + 1, ...scratch(5) });
    await new Promise((r) => setTimeout(r, 10));
    expect(sim.control.state().stats.duplicates).toBe(1);
    await ok(host, { seq: s, ...scratch(4) });
    host.nextSeq = s + 2;
    expect(await read(host, 'SCRATCH')).toEqual([5]);
  });

  it('a resend of an executed request is replayed even while the window ahead is full (the cache is looked up first)', async () => {
    const { host } = await ready();
    const s = host.nextSeq;
    const first = await ok(host, { seq: s, ...scratch(1) });
    // Fill the hold: s+2 .. s+8 wait for the gap at s+1.
    for (let i = 2; i <= 8; i++) host.send({ seq: s + i, ...scratch(i) });
    const again = await host.request({ seq: s, ...scratch(1) });
    expect(again.response.toJSON()).toEqual(first.toJSON());
    const busy = await host.request({ seq: s + 9, ...scratch(9) });
    expect(busy.response.status).toBe(Status.STATUS_BUSY);
  });

  it('a retried reset with the same seq does not reset twice', async () => {
    const { host } = await ready();
    const s = host.nextSeq;
    const a = await ok(host, { seq: s, reset: {} });
    const b = await ok(host, { seq: s, reset: {} });
    expect(a.reset!.bootEpoch).toBe(2);
    expect(b.reset!.bootEpoch).toBe(2);
    host.nextSeq = s + 1;
    expect((await host.hello()).response.hello!.bootEpoch).toBe(2);
  });

  it('wraps from 4294967295 to 1', async () => {
    const { host } = await ready();
    host.nextSeq = 0xffffffff;
    const again = await host.hello(); // same session: E stays, so open a new one at the wrap point
    expect(again.response.status).toBe(Status.STATUS_OK);
    const fresh = await host.hello('line', 8192, 4242);
    expect(fresh.response.status).toBe(Status.STATUS_OK);
    await ok(host, { seq: 0xffffffff, ...scratch(3) });
    expect(host.nextSeq).toBe(0xffffffff);
    host.nextSeq = 1;
    expect(await read(host, 'SCRATCH')).toEqual([3]);
  });
});
