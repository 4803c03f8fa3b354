/** Sessions, the replay cache across hellos, and the hello's max_frame (SPEC section 4). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_FRAME, MIN_MAX_FRAME, Status, StreamDecoder, statusName } from '../../protocol/index.js';
import { WireHost, attachHost, createSim } from '../index.js';
import { QUERY, ok, read, ready, w, write } from '../testing/testkit.js';

describe('replay cache and sessions', () => {
  const key = new Uint8Array(64).fill(1);
  it('a reconnect of the same session keeps E and the replay cache; another session starts afresh at its next_seq', async () => {
    const sim = createSim();
    const h1 = attachHost(sim.link);
    await h1.hello();
    const s = h1.nextSeq;
    const a = await ok(h1, { seq: s, appendToken: { key, value: key } });
    expect(a.appendToken!.contextLength).toBe(1);

    // The same session reconnects and resends its request (its answer was lost): replayed, not run again.
    h1.nextSeq = 1000; // a reconnect's next_seq does not move E
    await h1.hello();
    const again = await ok(h1, { seq: s, appendToken: { key, value: key } });
    expect(again.appendToken!.contextLength).toBe(1);
    expect(sim.chip.stats.replays).toBe(1);
    expect(sim.control.state().expectedSeq).toBe(s + 1);

    // A new program (another session id) numbering from 1 again: its seq 1 runs.
    const h2 = new WireHost((b) => sim.link.fromHost(b));
    sim.link.connect(h2.onBytes);
    expect(h2.sessionId).not.toBe(h1.sessionId);
    await h2.hello();
    expect(sim.control.state().expectedSeq).toBe(1);
    const b = await ok(h2, { appendToken: { key, value: key } });
    expect(b.appendToken!.contextLength).toBe(2);
    expect(sim.chip.stats.replays).toBe(1);
  });

  it('a hello with session_id 0 always opens a new session', async () => {
    const { sim, host } = await ready();
    await ok(host, { seq: 1, appendToken: { key, value: key } });
    expect(sim.control.state().replayCacheSize).toBe(1);
    host.nextSeq = 1;
    await host.hello('line', DEFAULT_MAX_FRAME, 0);
    expect(sim.control.state().replayCacheSize).toBe(0);
    expect((await ok(host, { seq: 1, appendToken: { key, value: key } })).appendToken!.contextLength).toBe(2);
  });

  it('a refused hello changes neither E nor the replay cache', async () => {
    const { sim, host } = await ready();
    await ok(host, { appendToken: { key, value: key } });
    const before = sim.control.state();
    expect((await host.hello('line', 16, 999)).response.status).toBe(Status.STATUS_BAD_ARGUMENT);
    const after = sim.control.state();
    expect([after.expectedSeq, after.replayCacheSize]).toEqual([before.expectedSeq, before.replayCacheSize]);
  });

  it('a reset answer survives the session\'s next hello, so a resent reset does not reset twice', async () => {
    const { host } = await ready();
    const s = host.nextSeq;
    expect((await ok(host, { seq: s, reset: {} })).reset!.bootEpoch).toBe(2);
    await host.hello();
    expect((await ok(host, { seq: s, reset: {} })).reset!.bootEpoch).toBe(2);
  });

  it('before any hello an ordered request is answered NOT_READY at once and not kept', async () => {
    const sim = createSim();
    const host = attachHost(sim.link);
    const r = await host.request({ seq: 1, regWrite: { writes: [w('SCRATCH', 5)] } });
    expect(r.response.status).toBe(Status.STATUS_NOT_READY);
    host.nextSeq = 1;
    await host.hello();
    await ok(host, { regWrite: { writes: [w('SCRATCH', 6)] } });
    expect(await read(host, 'SCRATCH')).toEqual([6]);
  });
});

describe('hello max_frame (t2)', () => {
  it('below MIN_MAX_FRAME: BAD_ARGUMENT with the body filled, the device limit stays, no frame above it', async () => {
    const sim = createSim();
    const host = new WireHost((b) => sim.link.fromHost(b));
    const dec = new StreamDecoder(DEFAULT_MAX_FRAME);
    let largest = 0;
    sim.link.connect((b) => {
      for (const d of dec.push(b)) if (d.kind === 'frame') largest = Math.max(largest, d.payload.length);
      host.onBytes(b);
    });
    const bad = (await host.hello('line', 16)).response;
    expect(statusName(bad.status)).toBe('STATUS_BAD_ARGUMENT');
    expect(bad.hello?.maxFrame).toBe(DEFAULT_MAX_FRAME);
    expect(bad.hello?.protocolVersion).toBe(2);
    expect(sim.control.state().effectiveMaxFrame).toBe(DEFAULT_MAX_FRAME);
    expect((await host.hello('line', MIN_MAX_FRAME - 1)).response.status).toBe(Status.STATUS_BAD_ARGUMENT);

    expect((await host.hello('line', MIN_MAX_FRAME)).response.status).toBe(Status.STATUS_OK);
    expect(sim.control.state().effectiveMaxFrame).toBe(MIN_MAX_FRAME);
    // a refused hello puts the device's own limit back in force
    expect((await host.hello('line', 100)).response.status).toBe(Status.STATUS_BAD_ARGUMENT);
    expect(sim.control.state().effectiveMaxFrame).toBe(DEFAULT_MAX_FRAME);
    expect((await host.hello('line', 0)).response.status).toBe(Status.STATUS_OK);
    expect(sim.control.state().effectiveMaxFrame).toBe(DEFAULT_MAX_FRAME);

    // At the floor, the largest non-memory responses fit (a 512-token result with codes).
    expect((await host.hello('line', MIN_MAX_FRAME)).response.status).toBe(Status.STATUS_OK);
    largest = 0;
    await write(host, { CONTEXT_LEN: 512 });
    const r = await ok(host, { runQuery: { query: QUERY, wantCodes: true } });
    expect(r.runQuery!.result!.codes!.length).toBe(512);
    expect(largest).toBeLessThanOrEqual(MIN_MAX_FRAME);
  });
});
