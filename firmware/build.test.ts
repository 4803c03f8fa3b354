/**
 * The builds and the generated files: the register table and the nanopb code are current, the
 * native build is warning-free (-Werror), the bare-metal RV32IMC build links against picolibc and
 * fits the board's memories (board.h); its size report is printed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUT, regtableSource } from './tools/gen-regtable.js';
import { FIRMWARE_DIR, make } from './testing/fw.js';
import { requireTools } from '../hil-tests/support/tools.js';

describe('firmware build', () => {
  it('generated/hac_regtable.h is current (npx tsx firmware/tools/gen-regtable.ts)', () => {
    expect(readFileSync(OUT, 'utf8')).toBe(regtableSource());
  });

  it('generated/hac.pb.[ch] are what nanopb_generator makes of protocol/hac.proto + hac.options', (ctx) => {
    const why = requireTools({ 'nanopb_generator.py': 'nanopb' }, 'build the firmware');
    if (why) return ctx.skip(why);
    make('check-gen');
  });

  it('native build (hac-fw, hac-fw-check) without warnings', () => {
    make('native');
  }, 120_000);

  it('RV32IMC bare-metal build with picolibc fits the board memories; size report', (ctx) => {
    const why = requireTools({ 'riscv64-unknown-elf-gcc': 'gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf' }, 'build the firmware');
    if (why) return ctx.skip(why);
    make('rv32');
    const report = readFileSync(join(FIRMWARE_DIR, 'build/rv32/size.txt'), 'utf8');
    const [text, data, bss] = report.trim().split('\n')[1].trim().split(/\s+/).map(Number);
    console.log(`RV32IMC hac-fw.elf: text ${text} B, data ${data} B, bss ${bss} B`);
    const head = execFileSync('riscv64-unknown-elf-readelf', ['-h', join(FIRMWARE_DIR, 'build/rv32/hac-fw.elf')], { encoding: 'utf8' });
    expect(head).toMatch(/ELF32/);
    expect(head).toMatch(/RISC-V/);
    // no heap: nothing in the image allocates
    const syms = execFileSync('riscv64-unknown-elf-nm', [join(FIRMWARE_DIR, 'build/rv32/hac-fw.elf')], { encoding: 'utf8' });
    expect(syms).not.toMatch(/ (malloc|calloc|realloc|free|_sbrk|sbrk)$/m);
    expect(text + data).toBeLessThanOrEqual(0x20000); // ROM, board.h
    expect(data + bss + 0x4000).toBeLessThanOrEqual(0x80000); // RAM with the 16 KiB stack
  }, 120_000);
});
