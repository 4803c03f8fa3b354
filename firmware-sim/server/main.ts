/**
 * `hac-sim`: the virtual chip as a program. One long-lived device (VirtualChip behind a
 * DeviceLink); the transport (stdio, TCP, serial tty) only carries bytes. stdout is the wire in
 * --stdio mode, so every log line goes to stderr.
 */
import { createSim, type Sim } from '../index.js';
import { formatFaultSpec } from '../link/faults.js';
import { parseArgs, powerOnEpoch, USAGE, UsageError, type SimArgs } from './args.js';
import { errorText, serveSerial, serveStdio, serveTcp } from './transports.js';
import { serveChipBus } from './chip-bus.js';

function log(msg: string): void {
  process.stderr.write(`hac-sim: ${msg}\n`);
}

export async function main(argv: readonly string[]): Promise<number | null> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      log(`${err.message} (see --help)`);
      return 2;
    }
    throw err;
  }
  if (args.help) {
    process.stderr.write(USAGE);
    return 0;
  }
  if (args.serve.kind === 'chip-bus') {
    await serveChipBus(args.serve.port, log, { ...(args.dieSeed !== undefined ? { dieSeed: args.dieSeed } : {}), ...(args.preset ? { preset: args.preset } : {}) });
    return null;
  }
  const sim = build(args);
  switch (args.serve.kind) {
    case 'stdio':
      return serveStdio(sim, log);
    case 'tcp':
      return serveTcp(sim, args.serve.port, log, { idleTimeoutMs: args.idleTimeoutS * 1000 });
    case 'serial':
      return serveSerial(sim, args.serve.path, args.serve.baudRate, log);
  }
}

function build(args: SimArgs): Sim {
  const bootEpoch = args.bootEpoch ?? powerOnEpoch();
  const sim = createSim({
    bootEpoch,
    baud: args.baud,
    latencyMs: args.latencyMs,
    ...(args.faults ? { faults: args.faults } : {}),
    ...(args.dieSeed !== undefined ? { dieSeed: args.dieSeed } : {}),
    ...(args.preset ? { preset: args.preset } : {}),
  });
  log(`boot epoch ${bootEpoch}${args.bootEpoch === undefined ? ' (from the clock)' : ''}`);
  if (args.faults) log(`link faults: ${formatFaultSpec(args.faults)}`);
  sim.link.onFault = (e) => log(`link fault: ${e.kind} after ${e.afterBytes} bytes`);
  return sim;
}

try {
  const code = await main(process.argv.slice(2));
  // null: a server that keeps running until its transport ends it.
  if (code !== null) process.exit(code);
} catch (err) {
  log(`fatal: ${errorText(err)}`);
  process.exit(1);
}
