/**
 * The simulated lines a BER sweep runs over (procedures/ber-sweep.ts): the paced 3 Mbaud
 * pseudo-terminal (socat + `hac-sim --serial`) or hac-sim's own stdio, with bit flips injected
 * by the simulator at a given rate. The host never imports the simulator: it starts it as a
 * process, as a lab engineer would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HacError } from '../errors.js';
import { simScriptPath } from '../transport/child.js';

export const SWEEP_BAUD = 3_000_000;
/** Bytes/s of the swept line: baud / 10 (8N1). */
export const SWEEP_LINE_BYTES_PER_SEC = SWEEP_BAUD / 10;
export const SWEEP_LATENCY_MS = 2;

/** A line to sweep at one bit-error rate: a selector to connect to, and how to take it down. */
export interface SweepLink {
  selector: string;
  close(): Promise<void>;
}
export type SweepLinkFactory = (rate: number, seed: number) => Promise<SweepLink>;

export const hasSocat = (): Promise<boolean> =>
  new Promise((resolve) => {
    const p = spawn('socat', ['-V'], { stdio: 'ignore' });
    p.on('error', () => resolve(false));
    p.on('exit', (code) => resolve(code === 0));
  });

async function waitFor(ok: () => boolean, ms: number, what: () => string): Promise<void> {
  const t0 = Date.now();
  while (!ok()) {
    if (Date.now() - t0 > ms) throw new HacError('disconnected', what());
    await new Promise((r) => setTimeout(r, 20));
  }
}

function stop(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const t = setTimeout(() => {
      p.kill('SIGKILL');
      resolve();
    }, 2000);
    p.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
    p.kill('SIGTERM');
  });
}

/**
 * The paced 3 Mbaud pseudo-terminal: a socat pty pair, hac-sim `--serial` on one end (paced,
 * 2 ms latency each way, flips at `rate` both ways), the host on the other (`serial:PATH@3000000`).
 * `simArgs`: more hac-sim arguments (e.g. `--preset ideal`).
 */
export function ptySimLink(simArgs: string[] = []): SweepLinkFactory {
  return async (rate, seed) => {
    const dir = mkdtempSync(join(tmpdir(), 'hac-ber-'));
    const dev = join(dir, 'dev');
    const host = join(dir, 'host');
    const procs: ChildProcess[] = [];
    const close = async () => {
      for (const p of procs.reverse()) await stop(p);
      rmSync(dir, { recursive: true, force: true });
    };
    try {
      const socat = spawn('socat', [`pty,raw,echo=0,link=${dev}`, `pty,raw,echo=0,link=${host}`], { stdio: 'ignore' });
      procs.push(socat);
      let socatError = '';
      socat.on('error', (e) => (socatError = e.message));
      await waitFor(() => (existsSync(dev) && existsSync(host)) || socat.exitCode !== null || socatError !== '', 5000, () => 'socat did not create the pseudo-terminal pair in 5 s');
      if (!(existsSync(dev) && existsSync(host))) throw new HacError('unsupported', `socat could not create a pseudo-terminal pair${socatError ? ` (${socatError})` : ''}: install socat, or sweep over the simulator's stdio (--via stdio)`);
      const args = ['--serial', dev, '--baud', String(SWEEP_BAUD), '--latency-ms', String(SWEEP_LATENCY_MS), '--faults', `seed=${seed},flip=${rate}`, ...simArgs];
      const sim = spawn(process.execPath, [simScriptPath(), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
      procs.push(sim);
      let err = '';
      sim.stderr!.setEncoding('utf8');
      sim.stderr!.on('data', (s: string) => (err = (err + s).slice(-2000)));
      await waitFor(() => /serving on/.test(err) || sim.exitCode !== null, 15000, () => `hac-sim did not start serving ${dev} in 15 s${err ? `: ${err.trim()}` : ''}`);
      if (sim.exitCode !== null) throw new HacError('disconnected', `hac-sim exited with status ${sim.exitCode}: ${err.trim()}`);
      return { selector: `serial:${host}@${SWEEP_BAUD}`, close };
    } catch (e) {
      await close();
      throw e;
    }
  };
}

/**
 * The same line without a pseudo-terminal: hac-sim over its stdio (the `sim` selector), paced at
 * 3 Mbaud with 2 ms latency each way by the simulator itself. Each session starts its own child.
 */
export function stdioSimLink(simArgs: string[] = []): SweepLinkFactory {
  return async (rate, seed) => ({
    selector: `sim:${['--baud', String(SWEEP_BAUD), '--latency-ms', String(SWEEP_LATENCY_MS), '--faults', `seed=${seed},flip=${rate}`, ...simArgs].join(' ')}`,
    close: async () => {},
  });
}
