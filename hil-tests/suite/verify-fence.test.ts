/**
 * Verified loads and the calls made after them (SPEC section 4b): a load's digests may be answered
 * after later calls went out, yet those calls take effect after the load, repaired or failed:
 * - a bad SRAM write (the data CRC passed, only the digest sees it) is repaired in place, and a
 *   query issued behind the load without awaiting it sees the repaired context;
 * - a load whose verification cannot be repaired fails typed, its CONTEXT_LEN commit is dropped,
 *   and the calls made after it still run, after it.
 */
import { beforeAll, expect } from 'vitest';
import type { HacDevice, HacError } from '../../host/index.js';
import { seededInt8 } from '../support/data.js';
import { forEachTarget } from '../targets/index.js';

const D = 64;

forEachTarget('verified loads and the calls behind them', (scope) => {
  const { test } = scope;
  let dev: HacDevice;
  beforeAll(() => {
    dev = scope.connected as HacDevice;
  });

  test('a bad SRAM write is repaired at its place: a query issued behind the load, unawaited, sees the repaired context', async () => {
    const sim = scope.running.sim!;
    const T = 100;
    const keys = seededInt8(T * D, 31, 60);
    const values = seededInt8(T * D, 32, 100);
    await dev.loadContext({ keys, values });
    await dev.regs.writeMany({ MODE: 0x13, OUTPUT_SHIFT: 6 }); // dense, INT16 output: any wrong byte shows
    const q = seededInt8(D, 33, 80);
    const want = await dev.query(q);
    await dev.loadContext({ keys: new Int8Array(T * D), values: new Int8Array(T * D) });

    const before = dev.stats();
    sim.control.injectWriteFaults(1); // the next SRAM write stores a flipped bit
    const load = dev.loadContext({ keys, values });
    const got = dev.query(q);
    const len = dev.regs.read('CONTEXT_LEN');
    const rep = await load;
    expect(rep.repairedChunks).toBe(1);
    expect(Array.from((await got).output)).toEqual(Array.from(want.output));
    expect(await len).toBe(T);
    const s = dev.stats();
    expect(s.verifyFailures - before.verifyFailures).toBe(1);
    // Requests already on the wire behind the failed digest were refused, then sent again.
    expect(s.fenced - before.fenced).toBeGreaterThan(0);
    expect(Array.from(sim.control.memory(1).subarray(0, T * D))).toEqual(Array.from(new Uint8Array(keys.buffer, keys.byteOffset, T * D)));
    await dev.regs.write('MODE', 1);
  }, { control: true, caps: ['VERIFY_FENCE'] });

  test('a load whose verification cannot be repaired fails typed; its CONTEXT_LEN commit never runs; calls made after it run after it', async () => {
    const T = 40;
    await dev.loadContext({ keys: seededInt8(8 * D, 41), values: seededInt8(8 * D, 42) });
    // A stuck bit (applied on every read of the cell): every digest of K disagrees, repair or not.
    await dev.regs.write('FAULT_SRAM_FLIP', ((1 << 31) | (2 << 16) | (5 << 10) | 3) >>> 0);
    try {
      const load = dev.loadContext({ keys: seededInt8(T * D, 43), values: seededInt8(T * D, 44) });
      const after = dev.regs.write('SCRATCH', 0x1234abcd);
      const len = dev.regs.read('CONTEXT_LEN');
      const e = (await load.then(() => null, (x: unknown) => x)) as HacError | null;
      expect(e?.kind).toBe('device');
      expect(e?.message).toMatch(/verification failed/);
      await after;
      expect(await len).toBe(0); // zeroed when the load began; its commit was dropped
    } finally {
      await dev.regs.write('FAULT_SRAM_FLIP', 0);
    }
    expect(await dev.regs.read('SCRATCH')).toBe(0x1234abcd);
    expect(await dev.regs.read('CONTEXT_LEN')).toBe(0);
  }, { caps: ['VIRTUAL_CHIP'] });
});
