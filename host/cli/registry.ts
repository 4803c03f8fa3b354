/**
 * The `hac` command registry. A command is a module with a `register(program, ctx)` function that
 * adds one commander sub-command (its options, help with an example, and an action that parses,
 * calls a procedure from host/procedures and renders). Commands written elsewhere as plain
 * functions `(argv, out, err) => Promise<number>` plug in with one line in EXTERNAL_COMMANDS.
 */
import type { Command } from 'commander';
import type { CliIo, GlobalOptions } from './context.js';

export interface CliContext {
  io: CliIo;
  /** Global options as parsed for this command (they may stand before or after its name). */
  globals(cmd: Command): GlobalOptions;
  /** The exit status of the run (0 unless a command says otherwise). */
  setExitCode(code: number): void;
}

export interface CommandModule {
  register(program: Command, ctx: CliContext): void;
}

/** A command implemented as one function: gets its arguments (global flags first), returns its exit status. */
export type ExternalCommand = (argv: string[], out: (s: string) => void, err: (s: string) => void) => Promise<number>;

export interface ExternalEntry {
  name: string;
  summary: string;
  run: ExternalCommand;
}

/**
 * Commands from other modules, wired by the lead at merge, one line each, e.g.
 *   { name: 'vit', summary: 'run ViT-Ti attention through the chip', run: vitCommand },
 *   { name: 'trace', summary: 'recorded traffic: trace diff A B', run: traceCommand },
 */
export const EXTERNAL_COMMANDS: ExternalEntry[] = [];
