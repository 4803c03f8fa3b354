/** Events: their framing and numbering (SPEC section 7). */
import { describe, expect, it } from 'vitest';
import { Status, encodeFrame, encodeFrameMessage } from '../../protocol/index.js';
import { QUERY, ok, ready, write } from '../testing/testkit.js';

describe('events follow the framing of the last request only', () => {
  it('looped-back responses/events and undecodable frames do not change it', async () => {
    const { sim, host } = await ready();
    await ok(host, { ping: {} }, 'binary');
    expect(sim.control.state().lastFraming).toBe('binary');
    sim.link.fromHost(encodeFrame('line', encodeFrameMessage({ response: { seq: 1, status: Status.STATUS_OK } })));
    sim.link.fromHost(encodeFrame('line', encodeFrameMessage({ event: { eventSeq: 1, log: { level: 1, text: 'x' } } })));
    sim.link.fromHost(encodeFrame('line', new Uint8Array([0xff, 0xff, 0xff]))); // good CRC, not a Frame
    await sim.chip.idle();
    expect(sim.control.state().lastFraming).toBe('binary');
    // and the next event goes out in binary framing
    await write(host, { CONTEXT_LEN: 4, IRQ_ENABLE: 7 });
    const n = host.events.length;
    // a line-framed junk frame and a binary run_query in one write: the event follows the request
    const junk = encodeFrame('line', new Uint8Array([0xff, 0xff, 0xff]));
    const q = host.frame({ runQuery: { query: QUERY } }, 'binary');
    const p = host.waitFor(q.seq);
    sim.link.fromHost(new Uint8Array([...q.bytes, ...junk]));
    await p;
    await sim.chip.idle();
    const ev = host.events.slice(n);
    expect(ev.map((e) => e.framing)).toEqual(['binary']);
  });
});
