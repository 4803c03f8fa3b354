/**
 * Faults injected through the test-only control API (virtual chip in this process only), and how
 * each shows through the protocol: link faults in the host's and the device's link statistics
 * while every call still succeeds; a dead comparator in the keep mask and the kept counter; an
 * SRAM bit flip in the digital output (bit-exact with the reference over the flipped memory); a
 * timing violation in the result, IRQ_STATUS.FAULT and a fault event.
 */
import { afterEach, beforeAll, expect } from 'vitest';
import { digitalAttention } from '../../firmware-sim/model/index.js';
import type { HacDevice } from '../../host/index.js';
import { Status } from '../../protocol/index.js';
import { seededInt8 } from '../support/data.js';
import { forEachTarget } from '../targets/index.js';

const D = 64;

forEachTarget(
  'chip and link faults (control API)',
  (scope) => {
    const { test } = scope;
    let dev: HacDevice;
    beforeAll(() => {
      dev = scope.connected as HacDevice;
    });
    afterEach(() => {
      const sim = scope.running.sim;
      sim?.control.clearChipFaults();
      sim?.control.setLinkFaults('');
    });

    test('dead comparator: its token is never kept and the kept counter says so', async () => {
      const sim = scope.running.sim!;
      const T = 64;
      await dev.loadContext({ keys: seededInt8(T * D, 7, 60), values: seededInt8(T * D, 8) });
      await dev.regs.writeMany({ MODE: 1, MARGIN: 31, MIN_KEEP: 1 }); // margin 31 keeps every token
      const clean = await dev.query(seededInt8(D, 9, 80));
      expect(clean.kept.length).toBe(T);
      sim.control.setChipFaults({ deadComparators: [5] });
      const r = await dev.query(seededInt8(D, 9, 80));
      expect(r.kept).not.toContain(5);
      expect(r.kept.length).toBe(T - 1);
      expect(r.counters.kept).toBe(T - 1);
      expect(r.counters.pruned).toBe(1);
    }, { control: true });

    test('SRAM bit flip: the digital output equals the reference over the flipped memory, not the clean one', async () => {
      const sim = scope.running.sim!;
      const T = 64;
      const keys = seededInt8(T * D, 17, 60);
      const values = seededInt8(T * D, 18, 100);
      await dev.loadContext({ keys, values });
      await dev.regs.writeMany({ MODE: 0x13, OUTPUT_SHIFT: 6 }); // dense, INT16 output: a flip shows in the low bits
      const scoreScale = await dev.regs.read('SCORE_SCALE');
      const q = seededInt8(D, 19, 80);
      // Flip a value bit of the token that dominates the softmax, so that the output must move.
      let best = 0;
      let bestScore = -Infinity;
      for (let t = 0; t < T; t++) {
        let a = 0;
        for (let i = 0; i < D; i++) a += q[i] * keys[t * D + i];
        if (a > bestScore) [best, bestScore] = [t, a];
      }
      const flip = { memory: 'v' as const, token: best, dim: 10, bit: 7 };
      sim.control.setChipFaults({ sramBitFlips: [flip] });
      const r = await dev.query(q);
      const flipped = values.slice();
      flipped[flip.token * D + flip.dim] ^= 1 << flip.bit;
      const opts = { d: D, contextLength: T, scoreScale, outputShift: 6, outputInt16: true };
      expect(Array.from(r.output)).toEqual(Array.from(digitalAttention(q, keys, flipped, opts)));
      expect(Array.from(r.output)).not.toEqual(Array.from(digitalAttention(q, keys, values, opts)));
      await dev.regs.write('MODE', 1);
    }, { control: true, caps: ['INT16_OUTPUT'] });

    test('timing violation: clock above what the core supply allows is reported in the result, IRQ_STATUS.FAULT and a fault event', async () => {
      const faults: number[] = [];
      const off = dev.onEvent((e) => {
        if (e.fault) faults.push(e.fault.code ?? -1);
      });
      try {
        await dev.loadContext({ keys: seededInt8(64 * D, 27), values: seededInt8(64 * D, 28) });
        await dev.regs.write('IRQ_STATUS', 0x7);
        await dev.regs.writeMany({ CORE_SUPPLY_MV: 600, CLOCK_KHZ: 2_000_000 });
        const r = await dev.query(seededInt8(D, 29, 80));
        expect(r.counters.timingViolation).toBe(true);
        await dev.ping();
        const deadline = Date.now() + 1000;
        while (faults.length === 0 && Date.now() < deadline) await new Promise((res) => setTimeout(res, 5));
        expect(faults).toContain(Status.STATUS_INVALID_CONFIG);
        expect((await dev.regs.read('IRQ_STATUS')) & 0x4, 'IRQ_STATUS.FAULT').toBe(0x4);
      } finally {
        off();
        await dev.regs.writeMany({ CLOCK_KHZ: 1_100_000, CORE_SUPPLY_MV: 1000 });
      }
      const ok = await dev.query(seededInt8(D, 29, 80));
      expect(ok.counters.timingViolation).toBe(false);
    }, { control: true, caps: ['BOARD_CONTROL', 'EVENTS'] });
  },
  { needs: { control: true } },
);

// Link faults on their own connection with short timeouts: a lost frame costs ~100 ms.
forEachTarget(
  'link faults (control API)',
  (scope) => {
    const { test } = scope;
    test('link faults: flipped bytes are counted on both sides; every call still succeeds', async () => {
      const sim = scope.running.sim!;
      const before = scope.dev.stats();
      // Small frames (register round trips), so that a fault costs one resend, not a failed load.
      sim.control.setLinkFaults('seed=3,flip=5e-4');
      for (let i = 0; i < 50; i++) {
        await scope.dev.regs.write('SCRATCH', i);
        scope.dev.regs.invalidate('SCRATCH');
        expect(await scope.dev.regs.read('SCRATCH')).toBe(i);
      }
      const injected = { ...sim.link.stats.faultsIn };
      sim.control.setLinkFaults('');
      const keys = seededInt8(128 * D, 5);
      await scope.dev.loadContext({ keys, values: seededInt8(128 * D, 6) });
      const after = scope.dev.stats();
      expect(injected.flippedBits + injected.droppedBytes + injected.duplicatedBytes).toBeGreaterThan(0);
      // The device dropped damaged requests; the host found them by timeout and resent them.
      expect(after.timeouts - before.timeouts + (after.retries - before.retries) + (after.crcErrors - before.crcErrors)).toBeGreaterThan(0);
      expect(Buffer.compare(Buffer.from(sim.control.memory(1).subarray(0, keys.length)), Buffer.from(keys.buffer))).toBe(0);
    }, { control: true });

  },
  { needs: { control: true }, connect: { timeouts: { regRead: 100, regWrite: 100, memWrite: 150, memDigest: 150, hello: 150 } } },
);
