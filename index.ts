/**
 * The package entry (`import { connect } from 'hac'`): the host API, plus the composition the
 * layers may not do themselves. host/ never imports the virtual chip (dependency direction), so
 * this file registers it as the in-process target: `connect('sim:inproc')` runs the chip in the
 * calling process, with the same firmware, register map and protocol as `hac-sim`, and no child
 * process, pipe or socket in between. hac-sim flags after it apply: `sim:inproc --die-seed 7
 * --preset ideal --faults seed=1,flip=1e-5`.
 */
import { createSim } from './firmware-sim/index.js';
import { parseArgs } from './firmware-sim/server/args.js';
import { HacError } from './host/errors.js';
import { registerInProcessDevice, type InProcessFactory } from './host/transport/inproc.js';

/** The virtual chip as the in-process device (registered below; tests may swap it and put it back). */
export const virtualChipInProcess: InProcessFactory = (args) => {
  let parsed;
  try {
    parsed = parseArgs(['--stdio', ...args]);
  } catch (err) {
    throw new HacError('invalid-argument', `sim:inproc: ${err instanceof Error ? err.message : String(err)}`, { context: { target: 'sim:inproc' } });
  }
  if (parsed.help) throw new HacError('invalid-argument', 'sim:inproc: --help is not a device option', { context: { target: 'sim:inproc' } });
  const sim = createSim({
    ...(parsed.dieSeed !== undefined ? { dieSeed: parsed.dieSeed } : {}),
    ...(parsed.preset !== undefined ? { preset: parsed.preset } : {}),
    ...(parsed.bootEpoch !== undefined ? { bootEpoch: parsed.bootEpoch } : {}),
    ...(parsed.faults ? { faults: parsed.faults } : {}),
    ...(parsed.baud ? { baud: parsed.baud, latencyMs: parsed.latencyMs } : {}),
  });
  return {
    connect(write, drop) {
      const conn = sim.link.connect(write);
      // A link fault that pulls the cable ends this connection, as a board's USB would drop.
      sim.link.onFault = (e) => {
        if (e.kind === 'disconnect') drop();
      };
      return conn;
    },
  };
};
registerInProcessDevice(virtualChipInProcess);

export * from './host/index.js';
export { registerInProcessDevice } from './host/transport/inproc.js';
export type { InProcessConnection, InProcessDevice, InProcessFactory } from './host/transport/inproc.js';
