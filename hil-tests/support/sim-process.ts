/** Runs `hac-sim` as a separate process, the way a user would. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const HAC_SIM = fileURLToPath(new URL('../../bin/hac-sim.mjs', import.meta.url));
export const HAC_CLI = fileURLToPath(new URL('../../bin/hac.mjs', import.meta.url));

export interface SimProcess {
  proc: ChildProcess;
  /** Everything the sim wrote to stderr so far. */
  stderr(): string;
  /** Resolves with the first stderr line matching re. */
  waitFor(re: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  stop(): Promise<number | null>;
}

export function startSim(args: string[]): SimProcess {
  const proc = spawn(process.execPath, [HAC_SIM, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  const waiters: Array<() => void> = [];
  proc.stderr?.on('data', (d) => {
    err += String(d);
    for (const w of waiters.splice(0)) w();
  });
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
  return {
    proc,
    stderr: () => err,
    async waitFor(re, timeoutMs = 15000) {
      const t0 = Date.now();
      for (;;) {
        const m = err.match(re);
        if (m) return m;
        if (proc.exitCode !== null) throw new Error(`hac-sim exited (${proc.exitCode}) before printing ${re}: ${err.trim()}`);
        if (Date.now() - t0 > timeoutMs) throw new Error(`hac-sim did not print ${re} within ${timeoutMs} ms: ${err.trim()}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 100);
        });
      }
    },
    async stop() {
      if (proc.exitCode === null) {
        proc.kill('SIGTERM');
        const t = setTimeout(() => proc.kill('SIGKILL'), 3000);
        const code = await exited;
        clearTimeout(t);
        return code;
      }
      return proc.exitCode;
    },
  };
}

/** Runs the `hac` CLI to completion and returns its exit code and output. */
export function runCli(args: string[], timeoutMs = 60000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [HAC_CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += String(d)));
    p.stderr.on('data', (d) => (stderr += String(d)));
    const t = setTimeout(() => {
      p.kill('SIGKILL');
      reject(new Error(`hac ${args.join(' ')} did not finish within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    p.once('exit', (code) => {
      clearTimeout(t);
      resolve({ code, stdout, stderr });
    });
  });
}
