/**
 * Context loads through a link with seeded faults (bit flips, dropped and duplicated bytes,
 * delays, disconnects, a device reset). Every load either succeeds, and then the device holds
 * exactly the loaded bytes (checked on the device side, not through the faulty link), or fails
 * with a typed HacError. Runs in-process (all faults, 200 loads) and through hac-sim behind a
 * real pseudo-terminal serial port (no disconnects: a pty cannot be re-plugged).
 * `npx tsx scripts/soak-loads.ts --count 1000` is the long version.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { isHacError, type HacDevice } from '../../host/index.js';
import { Region } from '../../protocol/index.js';
import { seededInt8 } from '../support/data.js';
import { openPtyPair } from '../support/pty.js';
import { startSim } from '../support/sim-process.js';
import { inCI, missingTools } from '../support/tools.js';
import { TARGETS, type RunningTarget } from '../targets/index.js';

const D = 64;

interface Tally {
  ok: number;
  typedFailures: Record<string, number>;
  corrupt: number;
}

/** Loads `count` random contexts, retrying failed ones; `truth` reads the device's real state. */
async function soak(dev: HacDevice, count: number, truth: ((tokens: number) => { k: Uint8Array; v: Uint8Array; len: number }) | null): Promise<Tally> {
  const tally: Tally = { ok: 0, typedFailures: {}, corrupt: 0 };
  for (let i = 0; i < count; i++) {
    const tokens = 16 + ((i * 37) % 240);
    const keys = seededInt8(tokens * D, 1000 + i);
    const values = seededInt8(tokens * D, 5000 + i);
    for (let attempt = 0; ; attempt++) {
      try {
        await dev.loadContext({ keys, values });
      } catch (err) {
        if (!isHacError(err)) throw err; // an untyped error fails the test
        tally.typedFailures[err.kind] = (tally.typedFailures[err.kind] ?? 0) + 1;
        if (err.kind === 'device-reset') dev.acknowledgeReset();
        if (attempt >= 5) throw err;
        continue;
      }
      const t = truth ? truth(tokens) : null;
      if (t) {
        const same = t.len === tokens && Buffer.compare(Buffer.from(t.k), Buffer.from(keys.buffer)) === 0 && Buffer.compare(Buffer.from(t.v), Buffer.from(values.buffer)) === 0;
        if (!same) tally.corrupt++;
      }
      tally.ok++;
      break;
    }
  }
  return tally;
}

describe('context loads through a faulty link', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const c of cleanups) await c();
  });

  it('in-process: 200 loads with flips, drops, duplicates, delays, disconnects and a reset; none silently wrong', async () => {
    const target = TARGETS.find((t) => t.name === 'in-process')!;
    const running: RunningTarget = await target.start();
    cleanups.push(() => running.stop());
    const sim = running.sim!;
    const dev = await running.connect({ timeouts: { memWrite: 300, memDigest: 300, regWrite: 300, regRead: 300, hello: 300 } });
    cleanups.push(() => dev.close());
    sim.control.setLinkFaults('seed=11,flip=3e-6,drop=3e-6,dup=3e-6,delay=0.00002:5,disconnect=900000,reset=2000000');
    const tally = await soak(dev, 200, (tokens) => ({
      k: sim.control.memory(Region.REGION_K_SRAM).subarray(0, tokens * D),
      v: sim.control.memory(Region.REGION_V_SRAM).subarray(0, tokens * D),
      len: sim.control.register('CONTEXT_LEN'),
    }));
    console.log('in-process fault soak', JSON.stringify(tally), JSON.stringify(sim.link.stats));
    expect(tally.ok).toBe(200);
    expect(tally.corrupt).toBe(0);
    // The faults really happened and really hurt: some requests were lost or the link dropped.
    expect(dev.stats().retries + dev.stats().timeouts + Object.values(tally.typedFailures).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it('serial pty: 40 loads through hac-sim --serial --faults (flips, drops, duplicates, delays), verified by read-back', async (ctx) => {
    const why = missingTools({ socat: 'socat' });
    if (why && inCI) throw new Error(`CI must run this test, but this machine ${why}`);
    if (why) ctx.skip(why);
    const pty = await openPtyPair();
    const p = startSim(['--serial', pty.device, '--faults', 'seed=5,flip=2e-6,drop=2e-6,dup=2e-6,delay=0.00002:5']);
    cleanups.push(async () => {
      await p.stop();
      await pty.close();
    });
    await p.waitFor(/serving on/);
    const dev = await (await import('../../host/index.js')).connect(`serial:${pty.host}@3000000`, { timeouts: { memWrite: 400, memDigest: 400, regWrite: 400, regRead: 400, hello: 400 } });
    cleanups.push(() => dev.close());
    const tally = await soak(dev, 40, null);
    // Read-back goes through CRC-checked frames, so a frame that arrives is what the device holds.
    const { keys } = await dev.readContext();
    const tokens = 16 + ((39 * 37) % 240);
    expect(Buffer.compare(Buffer.from(keys.buffer, keys.byteOffset, keys.length), Buffer.from(seededInt8(tokens * D, 1000 + 39).buffer))).toBe(0);
    console.log('serial fault soak', JSON.stringify(tally), JSON.stringify(dev.stats()));
    expect(tally.ok).toBe(40);
  });
});
