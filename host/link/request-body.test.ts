/** Request bodies and sizes are checked before anything is sent. */
import { describe, expect, it } from 'vitest';
import { HacError } from '../errors.js';
import { fakeSession } from '../testing/harness.js';
import { errorOf } from '../testing/waits.js';

describe('request validation', () => {
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
