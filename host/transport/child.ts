/**
 * The virtual chip as a child process speaking the protocol on its stdin/stdout
 * (`hac-sim --stdio`). Its stderr is kept (last lines) to explain an early exit.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { debug } from '../debug.js';
import { HacError } from '../errors.js';
import { StreamTransport } from './stream.js';
import type { Transport } from './types.js';

const log = debug('hac:link');

/** Path of bin/hac-sim.mjs in this repository. */
export function simScriptPath(): string {
  return fileURLToPath(new URL('../../bin/hac-sim.mjs', import.meta.url));
}

export interface SimOptions {
  /** Extra hac-sim arguments, e.g. ['--faults', 'seed=1,drop=0.01']. */
  args?: string[];
  /** Full command line instead of `node bin/hac-sim.mjs` (default: env HAC_SIM_COMMAND). */
  command?: string;
}

export async function openSim(opts: SimOptions = {}, signal?: AbortSignal): Promise<Transport> {
  const command = opts.command ?? process.env.HAC_SIM_COMMAND;
  const args = ['--stdio', ...(opts.args ?? [])];
  const child = command
    ? spawn(`${command} ${args.map(shellQuote).join(' ')}`, { shell: true, stdio: ['pipe', 'pipe', 'pipe'] })
    : spawn(process.execPath, [simScriptPath(), ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const description = opts.args?.length ? `sim:${opts.args.join(' ')}` : 'sim';
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
  let exited = false;
  const exitInfo = new Promise<string>((resolve) => {
    child.once('exit', (code, sig) => {
      exited = true;
      resolve(sig ? `signal ${sig}` : `exit code ${code}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', () => resolve());
    child.once('error', (err) => reject(new HacError('disconnected', `cannot start the virtual chip: ${err.message}`, { cause: err, context: { target: description } })));
  });
  signal?.throwIfAborted();
  const t = new StreamTransport({
    description,
    freshDevice: true,
    input: child.stdout,
    output: child.stdin,
    destroy: async () => {
      if (exited) return;
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 1000);
      child.kill('SIGTERM');
      await exitInfo;
      clearTimeout(timer);
    },
  });
  child.stdin.on('error', () => {});
  void exitInfo.then((how) => {
    const tail = stderrTail.slice(-3).join(' | ');
    t.linkDown(new Error(`virtual chip exited (${how})${tail ? `: ${tail}` : ''}`));
  });
  return t;
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
