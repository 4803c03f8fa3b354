/**
 * Builds the `hac` program (commander) from the command registry and runs it: exit status 0
 * success, 1 failure, 2 usage error; errors are one `hac: error: ...` line (stack with --verbose).
 */
import { Command, CommanderError, Option } from 'commander';
import { HacError } from '../errors.js';
import { formatError, intOption, numberOption, oneSafeLine, type CliIo, type GlobalOptions } from './context.js';
import { EXTERNAL_COMMANDS, type CliContext, type CommandModule } from './registry.js';
import * as bench from './commands/bench.js';
import * as calibrate from './commands/calibrate.js';
import * as load from './commands/load.js';
import * as run from './commands/run.js';
import * as shmoo from './commands/shmoo.js';
import * as stream from './commands/stream.js';
import * as sweep from './commands/sweep.js';
import * as info from './commands/info.js';
import * as list from './commands/list.js';
import * as monitor from './commands/monitor.js';
import * as paperCheck from './commands/paper-check.js';
import * as ping from './commands/ping.js';
import * as readWrite from './commands/read-write.js';
import * as regs from './commands/regs.js';
import * as selftest from './commands/selftest.js';

/** Built-in commands, in the order `hac --help` lists them. */
export const COMMANDS: readonly CommandModule[] = [info, list, ping, regs, readWrite, load, run, stream, selftest, calibrate, sweep, shmoo, monitor, paperCheck, bench];

const TARGET_HELP = `
Targets (--target, default sim; also env HAC_TARGET):
  sim                     the virtual chip as a child process (hac-sim --stdio)
  sim:ARGS                same with hac-sim flags, e.g. 'sim:--preset ideal' or 'sim:--baud 115200'
  serial:PATH[@BAUD]      a serial port, e.g. serial:/dev/ttyUSB0@3000000
  tcp://HOST:PORT[@BAUD]  a TCP connection, e.g. tcp://127.0.0.1:7000 (@BAUD: the serial line behind it)

Exit status: 0 success, 1 failure, 2 usage error. Ctrl-C closes the link and exits 130.
Example:
  $ hac selftest
  $ hac --target serial:/dev/ttyUSB0@3000000 regs diff --json
`;

export function buildProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command('hac')
    .description('Bench tool for the HAC hybrid analog/digital attention chip (board or virtual chip).')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: () => {} })
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true })
    .addOption(new Option('-t, --target <selector>', 'target to open').default(process.env.HAC_TARGET || 'sim', 'sim, or env HAC_TARGET'))
    .option('--json', 'machine-readable output (one JSON object)')
    .addOption(new Option('--baud <n>', 'line rate of a tcp or sim link in baud (timeouts, bench efficiency)').argParser(intOption('--baud', 1, 100_000_000)))
    .addOption(new Option('--timeout-multiplier <n>', 'multiply every timeout (slow, loaded or distant links)').argParser(numberOption('--timeout-multiplier', 0, 1000)))
    .option('--record <file>', 'record every frame, both ways, with timestamps, to a trace FILE (host/trace/FORMAT.md)')
    .option('--verbose', 'stack traces with errors')
    .addHelpText('after', TARGET_HELP);
  const ctx: CliContext = {
    io,
    setExitCode,
    globals(cmd: Command): GlobalOptions {
      const o = cmd.optsWithGlobals<{ target: string; json?: boolean; baud?: number; timeoutMultiplier?: number; record?: string; verbose?: boolean }>();
      return { target: o.target, json: !!o.json, baud: o.baud ?? null, timeoutMultiplier: o.timeoutMultiplier ?? null, record: o.record ?? null, verbose: !!o.verbose };
    },
  };
  for (const c of COMMANDS) c.register(program, ctx);
  for (const ext of EXTERNAL_COMMANDS) {
    program
      .command(ext.name)
      .description(ext.summary)
      .helpOption(false)
      .allowUnknownOption()
      .allowExcessArguments()
      .argument('[args...]')
      .action(async (args: string[], _opts: unknown, cmd: Command) => {
        const g = ctx.globals(cmd);
        const want = new Set(ext.globals ?? []);
        const globalArgs = [
          ...(want.has('target') ? ['--target', g.target] : []),
          ...(want.has('json') && g.json ? ['--json'] : []),
          ...(want.has('baud') && g.baud !== null ? ['--baud', String(g.baud)] : []),
          ...(want.has('timeout-multiplier') && g.timeoutMultiplier !== null ? ['--timeout-multiplier', String(g.timeoutMultiplier)] : []),
          ...(want.has('record') && g.record !== null ? ['--record', g.record] : []),
          ...(want.has('verbose') && g.verbose ? ['--verbose'] : []),
        ];
        setExitCode(await ext.run([...args, ...globalArgs], io.out, io.err, { isTTY: io.isTTY, ...(io.signal ? { signal: io.signal } : {}) }));
      });
  }
  return program;
}

const HELP_CODES = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/** Runs `hac ARGV`; resolves with the exit status. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code = 0;
  const verbose = argv.includes('--verbose');
  try {
    const program = buildProgram(io, (c) => (code = c));
    if (argv.length === 0 || (argv.length === 1 && argv[0] === 'help')) {
      io.out(program.helpInformation());
      return 0;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (HELP_CODES.has(err.code)) return 0;
      io.err(`hac: error: ${oneSafeLine(err.message.replace(/^error:\s*/, ''))} (see hac --help)\n`);
      return 2;
    }
    io.err(`hac: error: ${oneSafeLine(formatError(err))}\n`);
    if (verbose && err instanceof Error && err.stack) io.err(err.stack + '\n');
    return err instanceof HacError && err.kind === 'invalid-argument' ? 2 : 1;
  }
}
