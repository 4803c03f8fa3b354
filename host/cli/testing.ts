/**
 * Test helpers for the CLI and the bring-up procedures: `hac-sim` as a TCP or serial device in a
 * separate process (the host may not import the simulator), a socat pseudo-terminal pair, and
 * runCli with captured output.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './program.js';

export const HAC_SIM_BIN = fileURLToPath(new URL('../../bin/hac-sim.mjs', import.meta.url));

export interface Captured {
  code: number;
  out: string;
  err: string;
}

/** runCli in this process with output captured (stdout/stderr not terminals). */
export async function hac(argv: string[]): Promise<Captured> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false });
  return { code, out, err };
}

export interface SimServer {
  proc: ChildProcess;
  /** e.g. tcp://127.0.0.1:PORT */
  target: string;
  stop(): Promise<void>;
}

async function stopProc(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const done = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGTERM');
  const t = setTimeout(() => proc.kill('SIGKILL'), 3000);
  await done;
  clearTimeout(t);
}

/** hac-sim --tcp 0 (any free port) with extra flags; resolves once it listens. */
export async function startTcpSim(args: string[] = []): Promise<SimServer> {
  const proc = spawn(process.execPath, [HAC_SIM_BIN, '--tcp', '0', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  const target = await new Promise<string>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`hac-sim did not listen within 15 s: ${err}`)), 15000);
    proc.stderr!.on('data', (d) => {
      err += String(d);
      const m = /listening (tcp:\/\/[\d.]+:\d+)/.exec(err);
      if (m) {
        clearTimeout(t);
        resolve(m[1]);
      }
    });
    proc.once('exit', (code) => reject(new Error(`hac-sim exited (${code}): ${err}`)));
  });
  return { proc, target, stop: () => stopProc(proc) };
}

export interface SerialSim {
  /** Host end of the pty pair (serial:PATH). */
  hostPath: string;
  stop(): Promise<void>;
}

/** A socat pty pair with hac-sim --serial on one end. */
export async function startSerialSim(args: string[] = []): Promise<SerialSim> {
  const dir = mkdtempSync(join(tmpdir(), 'hac-cli-pty-'));
  const device = join(dir, 'device');
  const host = join(dir, 'host');
  const socat = spawn('socat', [`pty,raw,echo=0,link=${device}`, `pty,raw,echo=0,link=${host}`], { stdio: 'ignore' });
  const t0 = Date.now();
  while (!(existsSync(device) && existsSync(host))) {
    if (socat.exitCode !== null || Date.now() - t0 > 5000) throw new Error('socat did not create the pty pair');
    await new Promise((r) => setTimeout(r, 20));
  }
  const sim = spawn(process.execPath, [HAC_SIM_BIN, '--serial', device, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  return {
    hostPath: host,
    async stop() {
      await stopProc(sim);
      await stopProc(socat);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
