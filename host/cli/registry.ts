/**
 * The `hac` command registry. A command is a module with a `register(program, ctx)` function that
 * adds one commander sub-command (its options, help with an example, and an action that parses,
 * calls a procedure from host/procedures and renders). Commands written elsewhere as plain
 * functions `(argv, out, err) => Promise<number>` plug in with one line in EXTERNAL_COMMANDS.
 */
import type { Command } from 'commander';
import { runTraceCommand } from '../trace/command.js';
import { vitCommand } from '../vit/command.js';
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

/**
 * A command implemented as one function: gets the arguments the user wrote after its name, then
 * the global options it declares (set ones only, e.g. `--json`), and returns its exit status.
 */
export type ExternalCommand = (argv: string[], out: (s: string) => void, err: (s: string) => void, io: ExternalIo) => Promise<number>;

/** What else a command may use: progress on a terminal, and the interrupt (Ctrl-C) signal. */
export interface ExternalIo {
  isTTY: boolean;
  signal?: AbortSignal;
}

export type GlobalFlag = 'target' | 'json' | 'baud' | 'timeout-multiplier' | 'record' | 'verbose';

export interface ExternalEntry {
  name: string;
  summary: string;
  run: ExternalCommand;
  /** Global options handed on (appended as flags); default none. `hac` parses them wherever they stand. */
  globals?: readonly GlobalFlag[];
}

/**
 * Commands from other modules, one line each, e.g.
 *   { name: 'vit', summary: 'ViT-Ti through the chip', run: (argv, out, err, io) => vitCommand(argv, { out, err, ...io }), globals: ['target', 'json'] },
 */
export const EXTERNAL_COMMANDS: ExternalEntry[] = [
  { name: 'vit', summary: 'classify a photo with ViT-Ti/16, every attention head on the chip (hac vit --help)', run: (argv, out, err, io) => vitCommand(argv, { out, err, ...io }), globals: ['target', 'json'] },
  { name: 'trace', summary: 'recorded traces: trace diff A B [--json] [tolerances] (hac trace help)', run: runTraceCommand, globals: ['json'] },
];
