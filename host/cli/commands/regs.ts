/** `hac regs` (dump), `hac regs field REG FIELD [VALUE]`, `hac regs diff` (what differs from reset). */
import type { Command } from 'commander';
import { invalidArgument } from '../../errors.js';
import { registerDiff } from '../../procedures/registers.js';
import { emit, hex, parseNumber, table, withDevice } from '../context.js';
import type { CliContext } from '../registry.js';
import { fieldsText, regRef } from './read-write.js';

export function register(program: Command, ctx: CliContext): void {
  const regs = program
    .command('regs')
    .description('every readable register with its value and decoded fields; `regs field`, `regs diff`')
    .addHelpText('after', '\nExamples:\n  $ hac regs\n  $ hac regs field MODE SELECT TOPK\n  $ hac regs diff --json\n')
    .action(async (_o: unknown, cmd: Command) => {
      const g = ctx.globals(cmd);
      const dump = await withDevice(g, ctx.io, (d) => d.regs.dump());
      emit(
        ctx.io,
        g,
        dump.map((r) => ({ ...r, hex: hex(r.value) })),
        () =>
          dump
            .map((r) => {
              const f = fieldsText(r.fields);
              return `${hex(r.address, 4)}  ${r.block.padEnd(8)} ${r.name.padEnd(22)} ${hex(r.value)}  ${String(r.value).padStart(10)}${f ? '  ' + f : ''}`;
            })
            .join('\n') + '\n',
      );
    });
  regs
    .command('field')
    .description('read one field, or write it (VALUE a number or a named value such as RELATIVE)')
    .argument('<reg>', 'register name or address')
    .argument('<field>', 'field name')
    .argument('[value]', 'new value: number or name')
    .addHelpText('after', '\nExamples:\n  $ hac regs field MODE SELECT\n  $ hac regs field MODE SELECT TOPK\n')
    .action(async (reg: string, field: string, value: string | undefined, _o: unknown, cmd: Command) => {
      const g = ctx.globals(cmd);
      const res = await withDevice(g, ctx.io, async (d) => {
        const { reg: r, field: f } = d.regs.field(regRef(reg), field);
        if (value !== undefined) {
          const n = parseNumber(value);
          await d.regs.writeField(r.address, f.name, n ?? value);
        }
        const raw = await d.regs.read(r.address);
        const decoded = d.regs.decode(r.address, raw)[f.name];
        const numeric = (raw >>> f.lsb) & (f.width >= 32 ? 0xffffffff : 2 ** f.width - 1);
        return { register: r.name, field: f.name, value: numeric, name: typeof decoded === 'string' ? decoded : null, written: value !== undefined, registerValue: raw };
      });
      emit(ctx.io, g, res, () => `${res.register}.${res.field} ${res.written ? '<-' : '='} ${res.value}${res.name ? ` (${res.name})` : ''}\n`);
    });
  regs
    .command('diff')
    .description('registers whose value differs from its reset value (volatile ones marked)')
    .option('--all', 'include volatile registers (counters, status) that change on their own')
    .addHelpText('after', '\nExample:\n  $ hac regs diff\n')
    .action(async (o: { all?: boolean }, cmd: Command) => {
      const g = ctx.globals(cmd);
      const diff = await withDevice(g, ctx.io, (d) => registerDiff(d, { includeVolatile: !!o.all }));
      emit(ctx.io, g, diff, () => {
        if (diff.length === 0) return 'every register is at its reset value\n';
        return table([
          ['address', 'register', 'reset', 'now', 'fields'],
          ...diff.map((r) => [hex(r.address, 4), r.name + (r.volatile ? ' (volatile)' : ''), hex(r.reset), hex(r.value), fieldsText(r.fields)]),
        ]);
      });
    });
}
