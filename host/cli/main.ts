/**
 * `hac`: the host CLI as a program (bin/hac.mjs). The commands live in ./commands (one module
 * each, registered in ./program.ts); this file adds the process-level guards: signals, a stdout
 * that fails, exit status.
 */
import { canceledError } from '../errors.js';
import type { CliIo } from './context.js';
import { runCli } from './program.js';

export { runCli, buildProgram, COMMANDS } from './program.js';
export { formatError, parseNumber, retryRefusedFirst, escapeDeviceText } from './context.js';
export type { CliIo, GlobalOptions } from './context.js';
export { EXTERNAL_COMMANDS } from './registry.js';
export type { ExternalCommand, CommandModule } from './registry.js';

const isMain = (() => {
  const entry = process.argv[1] ?? '';
  return /(^|[\\/])(hac(\.mjs)?|main\.ts)$/.test(entry);
})();

/** Exit status after a signal: 128 + its number, as a shell reports it. */
const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };
/** How long an interrupted or broken-output run may take to close its link before it just exits. */
const SHUTDOWN_GRACE_MS = 3000;

/**
 * The program: runs runCli with process-level guards. A signal or a stdout that fails (a closed
 * pipe, a full disk) closes the device (pending calls reject, a child simulator is stopped), says
 * so in one line at most, and exits; never an "Unhandled 'error' event" stack.
 */
function main(): void {
  const ac = new AbortController();
  let stderrBroken = false;
  const writeErr = (s: string) => {
    if (stderrBroken) return;
    try {
      process.stderr.write(s);
    } catch {
      stderrBroken = true;
    }
  };
  // A failing stderr must not take the run down with it: its lines are lost, the exit code stays.
  process.stderr.on('error', () => {
    stderrBroken = true;
  });
  let stopping: number | null = null;
  let running: Promise<void> = Promise.resolve();
  const stop = (code: number, line: string | null, reason: string) => {
    if (stopping !== null) {
      // A second Ctrl-C: leave now (the exit hook still kills a child simulator).
      if (SIGNAL_EXIT.SIGINT === code || SIGNAL_EXIT.SIGTERM === code) process.exit(stopping);
      return;
    }
    stopping = code;
    if (line) writeErr(line);
    ac.abort(canceledError(reason));
    const timer = setTimeout(() => process.exit(code), SHUTDOWN_GRACE_MS);
    void running.finally(() => {
      clearTimeout(timer);
      process.exit(code);
    });
  };
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // The reader went away (`hac regs | head -1`): nothing more to say, as `head` users expect.
    if (err.code === 'EPIPE') stop(0, null, 'output closed');
    else stop(1, `hac: error: cannot write output: ${err.message}\n`, 'cannot write output');
  });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => stop(SIGNAL_EXIT[sig]!, 'hac: interrupted\n', 'interrupted'));
  }
  const io: CliIo = {
    out: (s) => {
      if (stopping === null) process.stdout.write(s);
    },
    err: (s) => {
      if (stopping === null) writeErr(s);
    },
    isTTY: !!process.stderr.isTTY,
    colour: !!process.stdout.isTTY && !process.env.NO_COLOR,
    signal: ac.signal,
  };
  running = runCli(process.argv.slice(2), io).then((code) => {
    if (stopping === null) process.exitCode = code;
  });
}

if (isMain) main();
