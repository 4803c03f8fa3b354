/**
 * Spurious timeouts on a slow device (the QEMU UART case): after a noisy spell the loss model
 * would cap the back-off at twice the measured timeout, so a device that turns slow would be sent
 * copy after copy of each request (each one it must answer again). The device answering a request
 * twice shows the timeout was too short: the loss is taken back, Karn's doubling returns, and the
 * backed-off timeout carries to the next requests until one is answered at its first attempt.
 */
import { describe, expect, it } from 'vitest';
import { crc32, Region } from '../../protocol/index.js';
import { fakeSession } from '../testing/harness.js';

describe('spurious timeouts (attempts.ts, adapt.ts backoff)', () => {
  it('a device turned slow after a noisy spell is not flooded with copies', async () => {
    const { session, device } = await fakeSession({ window: 4 });
    const data = Uint8Array.from({ length: 4000 }, (_, i) => i & 0xff);
    const write = (offset: number) => session.request({ memWrite: { region: Region.REGION_K_SRAM, offset, data, dataCrc: crc32(data) } });
    // A noisy spell: the first copy of every third write is lost.
    const seen = new Map<number, number>();
    device.faults.decide = (_k, seq) => {
      if (seq <= 0) return undefined;
      const n = (seen.get(seq) ?? 0) + 1;
      seen.set(seq, n);
      return seq % 3 === 0 && n === 1 ? 'drop-request' : undefined;
    };
    for (let i = 0; i < 24; i++) await write(0);
    expect(session.stats().tuning.lost).toBeGreaterThan(3);
    // The device turns slow: 120 ms per request, far beyond the measured timeout.
    seen.clear();
    device.opts.responseDelayMs = 120;
    const before = session.stats();
    for (let i = 0; i < 8; i++) await write(0);
    const copies = [...seen.values()].reduce((a, b) => a + b, 0);
    const after = session.stats();
    // The duplicate answers took the spurious timeouts back: most timeouts are not counted lost.
    expect(after.timeouts - before.timeouts - (after.tuning.lost - before.tuning.lost)).toBeGreaterThanOrEqual(4);
    // Eight requests. Measured on this test: Karn's doubling per request alone 56 copies, the
    // back-off capped at 2 x ~15 ms for ever 71, doubling back per request after the duplicates
    // 60; with the back-off carried to the next requests until a first attempt is answered, 24.
    expect(copies).toBeLessThanOrEqual(32);
    // Then the estimate has learned the slow device: the next eight need few resends (11 here;
    // about 60 per round of eight when the back-off was not carried).
    seen.clear();
    for (let i = 0; i < 8; i++) await write(0);
    expect([...seen.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(16);
    await session.close();
  }, 20_000);
});
