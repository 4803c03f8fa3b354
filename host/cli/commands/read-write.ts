/** `hac read REG` and `hac write REG VALUE`: one register by name or address. */
import type { Command } from 'commander';
import { invalidArgument } from '../../errors.js';
import { emit, hex, parseNumber, withDevice } from '../context.js';
import type { CliContext } from '../registry.js';

export function regRef(s: string): string | number {
  const n = parseNumber(s);
  return n === null ? s : n;
}

export function fieldsText(fields: Record<string, number | string>): string {
  return Object.entries(fields)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('read')
    .description('read one register (name or address, e.g. SCRATCH or 0x1c)')
    .argument('<reg>', 'register name or address')
    .addHelpText('after', '\nExample:\n  $ hac read MODE\n')
    .action(async (reg: string, _o: unknown, cmd: Command) => {
      const g = ctx.globals(cmd);
      const res = await withDevice(g, ctx.io, async (d) => {
        const info = d.regs.info(regRef(reg));
        const value = await d.regs.read(info.address);
        return { name: info.name, address: info.address, value, fields: d.regs.decode(info.address, value) };
      });
      emit(ctx.io, g, { ...res, hex: hex(res.value) }, () => {
        const f = fieldsText(res.fields);
        return `${res.name} = ${hex(res.value)} (${res.value})${f ? '  ' + f : ''}\n`;
      });
    });
  program
    .command('write')
    .description('write one register (VALUE decimal or 0x hex)')
    .argument('<reg>', 'register name or address')
    .argument('<value>', 'value, decimal or 0x hex')
    .addHelpText('after', '\nExample:\n  $ hac write SCRATCH 0x1234\n')
    .action(async (reg: string, text: string, _o: unknown, cmd: Command) => {
      const g = ctx.globals(cmd);
      const value = parseNumber(text);
      if (value === null) throw invalidArgument(`value '${text}' is not a number (decimal or 0x hex)`);
      const res = await withDevice(g, ctx.io, async (d) => {
        const info = d.regs.info(regRef(reg));
        await d.regs.write(info.address, value);
        return { name: info.name, address: info.address, value };
      });
      emit(ctx.io, g, res, () => `${res.name} <- ${hex(res.value)} (${res.value})\n`);
    });
}
