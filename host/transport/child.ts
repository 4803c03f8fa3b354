/**
 * The virtual chip as a child process speaking the protocol on its stdin/stdout
 * (`hac-sim --stdio`). Its stderr is kept (last lines) to explain an early exit.
 *
 * The child runs in its own process group (POSIX), so closing the transport also ends whatever a
 * HAC_SIM_COMMAND wrapper started (a shell, `npx`, ...); its pipes are destroyed so nothing keeps
 * the host process alive, and an exit hook kills groups still running when the host exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { debug } from '../debug.js';
import { abortError, HacError } from '../errors.js';
import { StreamTransport } from './stream.js';
import type { Transport } from './types.js';

const log = debug('hac:link');
const GROUPS = process.platform !== 'win32';

/** Path of bin/hac-sim.mjs in this repository. */
export function simScriptPath(): string {
  return fileURLToPath(new URL('../../bin/hac-sim.mjs', import.meta.url));
}

export interface SimOptions {
  /** Extra hac-sim arguments, e.g. ['--faults', 'seed=1,drop=0.01']. */
  args?: string[];
  /** Full command line instead of `node bin/hac-sim.mjs` (default: env HAC_SIM_COMMAND). */
  command?: string;
  /** Line rate in bytes/s the simulator paces at (its --baud / 10), else null. */
  lineBytesPerSec?: number | null;
  /** Latency each way in ms the simulator adds (its --latency-ms). */
  latencyMs?: number;
}

const live = new Set<ChildProcess>();
let exitHook = false;

/** Simulator processes started by openSim and not yet gone (tests). */
export function liveSimProcesses(): number {
  return live.size;
}

function signalGroup(child: ChildProcess, sig: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    if (GROUPS) process.kill(-child.pid, sig);
    else child.kill(sig);
  } catch {
    // The group is gone (ESRCH); the leader itself may still be reapable.
    try {
      child.kill(sig);
    } catch {
      /* gone */
    }
  }
}

function track(child: ChildProcess): void {
  live.add(child);
  if (!exitHook) {
    exitHook = true;
    process.on('exit', () => {
      for (const c of live) signalGroup(c, 'SIGKILL');
    });
  }
}

function destroyPipes(child: ChildProcess): void {
  child.stdin?.destroy();
  child.stdout?.destroy();
  child.stderr?.destroy();
}

export async function openSim(opts: SimOptions = {}, signal?: AbortSignal): Promise<Transport> {
  const description = opts.args?.length ? `sim:${opts.args.join(' ')}` : 'sim';
  if (signal?.aborted) throw abortError(signal, { target: description });
  const command = opts.command ?? process.env.HAC_SIM_COMMAND;
  const args = ['--stdio', ...(opts.args ?? [])];
  const child = command
    ? spawn(`${command} ${args.map(shellQuote).join(' ')}`, { shell: true, stdio: ['pipe', 'pipe', 'pipe'], detached: GROUPS })
    : spawn(process.execPath, [simScriptPath(), ...args], { stdio: ['pipe', 'pipe', 'pipe'], detached: GROUPS });
  track(child);
  const stderrTail: string[] = [];
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s: string) => {
    for (const line of s.split('\n')) {
      if (!line) continue;
      log('sim stderr: %s', line);
      stderrTail.push(line);
      if (stderrTail.length > 20) stderrTail.shift();
    }
  });
  child.stdin.on('error', () => {});
  let exited = false;
  let closing = false;
  const exitInfo = new Promise<string>((resolve) => {
    child.once('exit', (code, sig) => {
      exited = true;
      resolve(sig ? `signal ${sig}` : `exit code ${code}`);
    });
    // Never started (spawn error): no exit event follows.
    child.once('error', () => {
      if (child.pid === undefined) {
        exited = true;
        resolve('not started');
      }
    });
  });
  // Why the chip went away: its exit status and the last lines it wrote to stderr (which may
  // arrive just after the exit, so wait briefly for stderr to close).
  const exitError: Promise<Error> = exitInfo.then(
    (how) =>
      new Promise<Error>((resolve) => {
        const finish = () => {
          const tail = stderrTail.slice(-3).join(' | ');
          resolve(new Error(`virtual chip exited (${how})${tail ? `: ${tail}` : ''}`));
        };
        if (child.stderr.destroyed || child.stderr.readableEnded) return finish();
        const timer = setTimeout(finish, 250);
        timer.unref();
        child.stderr.once('close', () => {
          clearTimeout(timer);
          finish();
        });
      }),
  );
  void exitInfo.then(() => {
    live.delete(child);
    // The leader is gone; anything it started in its group goes too, and its pipes.
    if (!closing) signalGroup(child, 'SIGTERM');
  });

  const kill = async () => {
    closing = true;
    if (!exited) {
      child.stdin.end();
      const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 1000);
      signalGroup(child, 'SIGTERM');
      await exitInfo;
      clearTimeout(timer);
    }
    // A grandchild may hold the pipes open after the leader exited.
    signalGroup(child, 'SIGKILL');
    destroyPipes(child);
    live.delete(child);
  };

  try {
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => reject(abortError(signal!, { target: description }));
      signal?.addEventListener('abort', onAbort, { once: true });
      child.once('spawn', () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
      child.once('error', (err) => {
        signal?.removeEventListener('abort', onAbort);
        reject(new HacError('disconnected', `cannot start the virtual chip: ${err.message}`, { cause: err, context: { target: description } }));
      });
    });
    if (signal?.aborted) throw abortError(signal, { target: description });
  } catch (err) {
    await kill();
    throw err;
  }

  const t = new StreamTransport({
    description,
    lineBytesPerSec: opts.lineBytesPerSec ?? null,
    latencyMs: opts.latencyMs ?? 0,
    freshDevice: true,
    input: child.stdout,
    output: child.stdin,
    // stdout closing means the chip is exiting: wait (briefly) for the reason.
    inputEnded: () => Promise.race([exitError, delay(1000).then(() => undefined)]),
    destroy: kill,
  });
  void exitError.then((err) => {
    if (!closing) t.linkDown(err);
  });
  return t;
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
