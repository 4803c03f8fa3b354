/**
 * HIL targets: each is a small description of one way to reach a device. The same suite runs on
 * every target; a test that needs what a target lacks is reported skipped with the reason.
 */
import { connect, memoryPair, type ConnectOptions, type HacDevice } from '../../host/index.js';
import { createSim, type Sim } from '../../firmware-sim/index.js';
import { openPtyPair } from '../support/pty.js';
import { startSim } from '../support/sim-process.js';
import { inCI, missingTools } from '../support/tools.js';
import { C_FIRMWARE_TARGET } from './c-firmware.js';

export interface RunningTarget {
  selector: string;
  /** Only for in-process targets: the simulator object (control API for sim-only tests). */
  sim?: Sim;
  connect(options?: ConnectOptions): Promise<HacDevice>;
  stop(): Promise<void>;
}

export interface Target {
  name: string;
  kind: 'sim' | 'board';
  /** Multiply every timeout by this (slow links). */
  timeoutMultiplier: number;
  /** Why this target cannot run here, or null. In CI a missing tool is a failure, not a skip. */
  unavailable(): string | null;
  start(): Promise<RunningTarget>;
}

function viaSelector(selector: string, stop: () => Promise<void>): RunningTarget {
  return { selector, connect: (o) => connect(selector, o), stop };
}

export const TARGETS: Target[] = [
  {
    name: 'in-process',
    kind: 'sim',
    timeoutMultiplier: 1,
    unavailable: () => null,
    async start() {
      const sim = createSim();
      const opener = async () => {
        const [hostEnd, devEnd] = memoryPair();
        // A link fault that pulls the cable cuts this connection, as a board's USB would drop.
        sim.link.onFault = (e) => {
          if (e.kind === 'disconnect') hostEnd.cut();
        };
        sim.link.connect((b) => void devEnd.write(b).catch(() => {}));
        void (async () => {
          for await (const chunk of devEnd.read()) sim.link.fromHost(chunk);
          sim.link.disconnect();
        })();
        return hostEnd;
      };
      return { selector: 'in-process', sim, connect: (o) => connect('sim', { ...o, opener }), stop: async () => sim.link.close() };
    },
  },
  {
    name: 'sim-stdio',
    kind: 'sim',
    timeoutMultiplier: 1,
    unavailable: () => null,
    async start() {
      return viaSelector('sim', async () => {});
    },
  },
  {
    name: 'sim-tcp',
    kind: 'sim',
    timeoutMultiplier: 1,
    unavailable: () => null,
    async start() {
      const p = startSim(['--tcp', '0']);
      const m = await p.waitFor(/listening (tcp:\/\/127\.0\.0\.1:\d+)/);
      return viaSelector(m[1], async () => void (await p.stop()));
    },
  },
  {
    name: 'sim-serial-pty',
    kind: 'sim',
    timeoutMultiplier: 2,
    unavailable: () => missingTools({ socat: 'socat' }),
    async start() {
      const pty = await openPtyPair();
      const p = startSim(['--serial', pty.device]);
      await p.waitFor(/serving on/);
      return viaSelector(`serial:${pty.host}@3000000`, async () => {
        await p.stop();
        await pty.close();
      });
    },
  },
  C_FIRMWARE_TARGET,
  {
    name: 'board',
    kind: 'board',
    timeoutMultiplier: 4,
    unavailable: () => (process.env.HAC_BOARD ? null : 'no board attached: set HAC_BOARD=serial:/dev/ttyUSB0@3000000 to run this suite on an FPGA board'),
    async start() {
      return viaSelector(process.env.HAC_BOARD as string, async () => {});
    },
  },
];

/** The reason to skip `target` here, or throws when CI must not skip for it. */
export function skipReason(target: Target): string | null {
  const why = target.unavailable();
  if (why && inCI && target.kind === 'sim') throw new Error(`CI must run HIL target ${target.name}, but it ${why}`);
  return why;
}
