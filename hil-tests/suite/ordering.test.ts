/**
 * Call order is execution order (issue 8, SPEC section 4): what a program issues without awaiting
 * runs on the device in call order, on every target and through a faulty link.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { connect, isHacError, virtualChipInProcess, type HacDevice } from '../../index.js';
import { createSim } from '../../firmware-sim/index.js';
import { registerInProcessDevice } from '../../host/transport/inproc.js';
import { randomProgram, runProgram, scaleProgram } from '../support/programs.js';
import { TARGETS, skipReason } from '../targets/index.js';

describe.each([...TARGETS.map((t) => [t.name, t] as const), ['sim:inproc', null] as const])('call order on %s', (_name, target) => {
  const stops: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const s of stops) await s();
  });

  it('unawaited SCORE_SCALE writes and queries run in call order: [0, 100, 0, 100]', async (ctx) => {
    let dev: HacDevice;
    if (target) {
      const why = skipReason(target);
      if (why) return ctx.skip(why);
      const running = await target.start();
      stops.push(() => running.stop());
      dev = await running.connect({ timeoutMultiplier: target.timeoutMultiplier });
    } else dev = await connect('sim:inproc');
    stops.unshift(() => dev.close());
    expect(await scaleProgram(dev)).toEqual([0, 100, 0, 100]);
    // The same through per-query settings (v2): no register write at all.
    const q = new Int8Array(64).fill(20);
    const r = await dev.queryBatch([q, q, q, q], { settings: [{ scoreScale: 1 }, { scoreScale: 3025551 }, { scoreScale: 1 }, { scoreScale: 3025551 }] });
    expect(r.map((x) => x.output[0])).toEqual([0, 100, 0, 100]);
  });
});

const PROGRAMS = Number(process.env.HAC_ORDER_PROGRAMS ?? 1000);

describe('ordering property', () => {
  it(`${PROGRAMS} random programs issued unawaited over a faulty link give the results of the same program run one call at a time on a clean link`, async () => {
    const t = 80;
    const opts = { timeouts: { hello: t, regRead: t, regWrite: t, memWrite: t, memRead: t, memDigest: t, runQuery: t, runQueries: t, appendToken: t, resetContext: t, reset: t }, retries: 12, reconnect: { attempts: 20, minDelayMs: 1, maxDelayMs: 5 } };
    let faulted = 0;
    let gaveUp = 0;
    let fences = 0;
    const run = async (i: number) => {
      const program = randomProgram(0x0de7 + i);
      const clean = await connect('sim:inproc');
      const want = await runProgram(clean, program, true);
      await clean.close();
      // sramwrite: bad SRAM writes only a load's digest finds; the calls issued behind the load
      // are refused by the device's fence and sent again after the repair (SPEC section 4b).
      const faults = `seed=${i + 1},flip=6e-6,drop=3e-6,dup=3e-6,delay=0.0001:2,disconnect=${15000 + ((i * 977) % 30000)},sramwrite=0.03`;
      const dev = await connect(`sim:inproc --faults ${faults}`, opts);
      const got = await runProgram(dev, program, false);
      const s = dev.stats();
      if (s.timeouts + s.reconnects + s.crcErrors > 0) faulted++;
      fences += s.verifyFailures;
      await dev.close();
      // Identical, call for call. The one allowed difference: the link gave up on a call with a
      // typed timeout or disconnected error (after its retries and reconnects); from there on the
      // program's state legitimately differs, so the comparison stops at that call.
      const k = got.findIndex((g, j) => g !== want[j]);
      if (k >= 0 && /^error (timeout|disconnected)\b/.test(got[k])) {
        gaveUp++;
        return;
      }
      const diffs = program.flatMap((o, j) => (got[j] === want[j] ? [] : [`call ${j} ${JSON.stringify(o)}: got ${got[j].slice(0, 200)}, want ${want[j].slice(0, 120)}`]));
      expect(diffs, `program ${i} (${faults}), stats ${JSON.stringify({ ...s, rttMs: undefined })}: ${JSON.stringify(program)}`).toEqual([]);
    };
    const lanes = Number(process.env.HAC_ORDER_LANES ?? 16);
    await Promise.all(Array.from({ length: lanes }, async (_, lane) => {
      for (let i = lane; i < PROGRAMS; i += lanes) await run(i);
    }));
    console.log(`ordering property: ${PROGRAMS} programs, ${faulted} saw link faults (timeouts, reconnects or damaged frames), ${fences} failed verifications repaired behind the fence, ${gaveUp} ended early with a typed link error`);
    expect(faulted).toBeGreaterThan(PROGRAMS / 5);
    expect(fences).toBeGreaterThan(PROGRAMS / 50);
    expect(gaveUp).toBeLessThan(PROGRAMS / 20);
  }, 600_000);

  it('a device reset in the middle is a typed device-reset error, never a reordered or repeated call', async () => {
    // A device that resets itself (a watchdog) after a few requests: the calls behind it fail
    // device-reset; none of them ran on the reset device, and nothing ran twice.
    const sims: ReturnType<typeof createSim>[] = [];
    registerInProcessDevice(() => {
      const sim = createSim({ faults: 'seed=3,reset=700' });
      sims.push(sim);
      return { connect: (w, drop) => ((sim.link.onFault = (e) => e.kind === 'disconnect' && drop()), sim.link.connect(w)) };
    });
    try {
      const dev = await connect('sim:inproc', { timeouts: { regWrite: 100, regRead: 100, hello: 100 } });
      const writes = Array.from({ length: 60 }, (_, i) => dev.regs.write('SCRATCH', i + 1).then(() => 'ok', (e: unknown) => (isHacError(e) ? e.kind : 'untyped')));
      const outcomes = await Promise.all(writes);
      expect(outcomes).not.toContain('untyped');
      const firstReset = outcomes.indexOf('device-reset');
      expect(firstReset).toBeGreaterThan(0);
      // Everything before the reset ran in order; everything from it on failed typed.
      expect(outcomes.slice(0, firstReset).every((o) => o === 'ok')).toBe(true);
      expect(outcomes.slice(firstReset).every((o) => o === 'device-reset')).toBe(true);
      const chip = sims[0].chip;
      // SCRATCH is a CHIP register: the reset cleared it, and no write after the reset reached it.
      expect(chip.registers.peekByName('SCRATCH')).toBe(0);
      dev.acknowledgeReset();
      await dev.regs.write('SCRATCH', 99);
      expect(chip.registers.peekByName('SCRATCH')).toBe(99);
      await dev.close();
    } finally {
      registerInProcessDevice(virtualChipInProcess); // back to the package's own in-process chip
    }
  });
});
