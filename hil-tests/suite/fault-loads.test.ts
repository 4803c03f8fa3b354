/**
 * Context loads through a link with seeded faults (bit flips, dropped and duplicated bytes,
 * delays, disconnects, a device reset). Every load either succeeds, and then the device holds
 * exactly the loaded bytes, or fails with a typed HacError. On every target that can inject link
 * faults: with the control API (in-process) all faults and 40 loads, checked on the device side
 * (not through the faulty link); with hac-sim --faults (stdio, TCP, pty serial) flips, drops,
 * duplicates and delays (a pipe or a pty cannot be re-plugged) and 8 loads, verified by read-back.
 * Timeouts are short (the sim answers in microseconds) so a lost frame costs ~100 ms, not 300.
 * `npx tsx scripts/soak-loads.ts --count 1000` is the long version.
 */
import { describe, expect, it } from 'vitest';
import { isHacError, type HacDevice } from '../../host/index.js';
import { Region } from '../../protocol/index.js';
import { seededInt8 } from '../support/data.js';
import { TARGETS, forEachTarget } from '../targets/index.js';

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


const CONTROL_FAULTS = 'seed=11,flip=5e-6,drop=5e-6,dup=5e-6,delay=0.00002:5,disconnect=300000,reset=600000';
const SIM_ARG_FAULTS = 'seed=5,flip=3e-6,drop=3e-6,dup=3e-6,delay=0.00002:5';
/** Short request timeouts: a lost request is found in ~100 ms (x the target's multiplier). The
 * hello keeps its default: a spawned hac-sim needs a moment to start on a loaded machine. */
const TIMEOUTS = { memWrite: 100, memDigest: 100, regWrite: 100, regRead: 100 };

if (!TARGETS.some((t) => t.linkFaults !== null)) {
  // A run against one target that cannot inject link faults (a board, the C firmware): say so.
  describe('context loads through a faulty link', () => {
    it.skip(`needs device-side link fault injection, which ${TARGETS.map((t) => t.name).join(', ')} cannot do`, () => {});
  });
}

for (const mode of ['control', 'sim-args'] as const) {
  // Targets of the other mode are not started at all for this block.
  if (!TARGETS.some((t) => t.linkFaults === mode)) continue;
  forEachTarget(
    `context loads through a faulty link (${mode === 'control' ? 'control API' : 'hac-sim --faults'})`,
    (scope) => {
      scope.test(
        mode === 'control' ? '40 loads with flips, drops, duplicates, delays, disconnects and a reset; none silently wrong' : '8 loads with flips, drops, duplicates and delays, verified by read-back',
        async () => {
          const dev = scope.dev;
          if (mode === 'control') {
            const sim = scope.running.sim!;
            const tally = await soak(dev, 40, (tokens) => ({
              k: sim.control.memory(Region.REGION_K_SRAM).subarray(0, tokens * D),
              v: sim.control.memory(Region.REGION_V_SRAM).subarray(0, tokens * D),
              len: sim.control.register('CONTEXT_LEN'),
            }));
            console.log(`${scope.target.name} fault soak`, JSON.stringify(tally), JSON.stringify(sim.link.stats));
            expect(tally.ok).toBe(40);
            expect(tally.corrupt).toBe(0);
            // The faults really happened and really hurt: some requests were lost or the link dropped.
            expect(dev.stats().retries + dev.stats().timeouts + Object.values(tally.typedFailures).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
          } else {
            const tally = await soak(dev, 8, null);
            // Read-back goes through CRC-checked frames, so a frame that arrives is what the device holds.
            const { keys } = await dev.readContext();
            const tokens = 16 + ((7 * 37) % 240);
            expect(Buffer.compare(Buffer.from(keys.buffer, keys.byteOffset, keys.length), Buffer.from(seededInt8(tokens * D, 1000 + 7).buffer))).toBe(0);
            console.log(`${scope.target.name} fault soak`, JSON.stringify(tally), JSON.stringify(dev.stats()));
            expect(tally.ok).toBe(8);
            // The faults really happened: requests were lost and resent.
            expect(dev.stats().timeouts + dev.stats().retries).toBeGreaterThan(0);
          }
        },
        { linkFaults: true },
      );
    },
    { needs: { linkFaults: true }, filter: (t) => t.linkFaults === mode || t.linkFaults === null, start: { linkFaults: mode === 'control' ? CONTROL_FAULTS : SIM_ARG_FAULTS }, connect: { timeouts: TIMEOUTS } },
  );
}
