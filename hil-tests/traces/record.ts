/**
 * Records the stimulus (stimulus.ts) on the in-process virtual chip into a trace:
 *   npx tsx hil-tests/traces/record.ts [FILE] [--die-seed N]
 * Default: hil-tests/traces/sim-die1.jsonl with die seed 1, the trace traces.test.ts replays.
 * Re-record it when the host's request sequence changes (the replay test says so).
 */
import { fileURLToPath } from 'node:url';
import { createSim } from '../../firmware-sim/index.js';
import { connect, memoryPair, type TraceSink, type TransportOpener } from '../../host/index.js';
import { inProcessSimOpener } from '../support/in-process.js';
import { stimulus, type StimulusOptions } from './stimulus.js';

export const COMMITTED_TRACE = fileURLToPath(new URL('./sim-die1.jsonl', import.meta.url));

/** An in-process virtual chip with this die seed; `wrap` may stand between the device and the host (a broken device). */
export function inProcessOpener(dieSeed: number, wrap?: (t: Awaited<ReturnType<TransportOpener>>) => Awaited<ReturnType<TransportOpener>>): { opener: TransportOpener; close: () => void } {
  const sim = createSim({ dieSeed });
  const opener = inProcessSimOpener(sim, wrap);
  return { opener, close: () => sim.link.close() };
}

/** Runs the stimulus on a fresh in-process chip of `dieSeed`, recording into `sink`. */
export async function recordStimulus(sink: TraceSink | string, dieSeed: number, opts: StimulusOptions & { wrap?: Parameters<typeof inProcessOpener>[1] } = {}): Promise<void> {
  const chip = inProcessOpener(dieSeed, opts.wrap);
  const dev = await connect('sim', { opener: chip.opener, record: sink });
  try {
    await stimulus(dev, opts);
  } finally {
    await dev.close();
    chip.close();
  }
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--die-seed');
  const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 1;
  const file = args[0] ?? COMMITTED_TRACE;
  await recordStimulus(file, seed);
  process.stdout.write(`recorded ${file} (die seed ${seed})\n`);
}
