/**
 * HIL target: the C board firmware (firmware/, native build) behind a socat pseudo-terminal, as a
 * host sees a board on a USB-UART; its chip is the model of `hac-sim --chip-bus` (firmware/CHIPBUS.md).
 * No control API: tests that need the sim's internals are skipped on it, as on a board.
 */
import { spawn } from 'node:child_process';
import { HAC_FW, make } from '../../firmware/testing/fw.js';
import { openPtyPair } from '../support/pty.js';
import { startSim } from '../support/sim-process.js';
import { missingTools } from '../support/tools.js';
import { ALL_CAPABILITIES } from '../../firmware-sim/index.js';
import { connect, openerFor } from '../../host/index.js';
import { capabilityNames } from '../../protocol/index.js';
import type { RunningTarget, Target } from './index.js';

export const C_FIRMWARE_TARGET: Target = {
  name: 'c-firmware-pty',
  // The board's firmware, on the twin's chip model: CI must run it like a virtual-chip target.
  kind: 'virtual-chip',
  selector: 'serial:PTY@3000000 (firmware/build/native/hac-fw behind socat, hac-sim --chip-bus behind it)',
  // The native build advertises what hac-sim does (main_native.c), SIM block included.
  expects: capabilityNames(ALL_CAPABILITIES),
  control: false,
  linkFaults: null,
  timeoutMultiplier: 2,
  unavailable: () => missingTools({ socat: 'socat', make: 'make', gcc: 'gcc', flock: 'util-linux' }),
  async start(): Promise<RunningTarget> {
    make('build/native/hac-fw');
    const bus = startSim(['--chip-bus', '0']);
    const port = (await bus.waitFor(/chip-bus listening tcp:\/\/127\.0\.0\.1:(\d+)/))[1];
    const pty = await openPtyPair();
    const fw = spawn(HAC_FW, ['--chip-bus', port, '--serial', pty.device], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    fw.stderr!.on('data', (d) => (err += String(d)));
    const t0 = Date.now();
    while (!/serving on/.test(err)) {
      if (fw.exitCode !== null || Date.now() - t0 > 10000) throw new Error(`hac-fw did not start: ${err.trim()}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const selector = `serial:${pty.host}@3000000`;
    return {
      selector,
      opener: openerFor(selector),
      connect: (o) => connect(selector, { timeoutMultiplier: C_FIRMWARE_TARGET.timeoutMultiplier, ...o }),
      async stop() {
        if (fw.exitCode === null) {
          const done = new Promise((r) => fw.once('exit', r));
          fw.kill('SIGTERM');
          await done;
        }
        await pty.close();
        await bus.stop();
      },
    };
  },
};
