/**
 * Stretch goal of issue #13: the bare-metal RV32IMC image boots in qemu-system-riscv32 (`virt`
 * machine, no chip: hal/nochip.c), its UART on a pseudo-terminal, and the real host talks to it:
 * the handshake (`hac info`), registers and a memory round trip with the device digest.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type HacDevice } from '../host/index.js';
import { Region, crc32 } from '../protocol/index.js';
import { requireTools } from '../hil-tests/support/tools.js';
import { FIRMWARE_DIR, make } from './testing/fw.js';

const why = requireTools({ 'qemu-system-riscv32': 'qemu-system-misc', 'riscv64-unknown-elf-gcc': 'gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf' }, 'boot the RV32 image in QEMU');

let qemu: ChildProcess;
let dev: HacDevice;

beforeAll(async () => {
  if (why) return;
  make('qemu');
  qemu = spawn('qemu-system-riscv32', ['-M', 'virt', '-nographic', '-bios', 'none', '-monitor', 'none', '-kernel', join(FIRMWARE_DIR, 'build/qemu/hac-fw.elf'), '-serial', 'pty'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  qemu.stdout!.on('data', (d) => (out += String(d)));
  qemu.stderr!.on('data', (d) => (out += String(d)));
  const t0 = Date.now();
  let m: RegExpMatchArray | null = null;
  while (!(m = out.match(/char device redirected to (\/dev\/pts\/\d+)/))) {
    if (qemu.exitCode !== null || Date.now() - t0 > 15000) throw new Error(`qemu did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  // A software-emulated CPU on a shared 2-core machine answers slowly: every timeout x4.
  dev = await connect(`serial:${m[1]}@3000000`, { timeoutMultiplier: 4 });
}, 120_000);

afterAll(async () => {
  await dev?.close();
  if (qemu && qemu.exitCode === null) {
    const done = new Promise((r) => qemu.once('exit', r));
    qemu.kill('SIGTERM');
    await done;
  }
});

describe.skipIf(!!why)('RV32 image in qemu-system-riscv32', () => {
  it('answers the handshake (hac info) as a board: no SIM block', () => {
    expect(dev.info).toMatchObject({ protocolVersion: 2, firmware: 'hac-fw 0.1.0', window: 8, maxFrame: 8192, maxTokens: 512 });
    expect(dev.info.capabilityNames).not.toContain('VIRTUAL_CHIP');
  });

  it('registers and a memory round trip with the device digest', async () => {
    await dev.regs.write('SCRATCH', 0xc0ffee);
    dev.regs.invalidate('SCRATCH');
    expect(await dev.regs.read('SCRATCH')).toBe(0xc0ffee);
    const data = Uint8Array.from({ length: 20000 }, (_, i) => (i * 13 + 7) & 0xff);
    await dev.writeMemory(Region.REGION_K_SRAM, 0, data);
    expect(Buffer.from(await dev.readMemory(Region.REGION_K_SRAM, 0, data.length))).toEqual(Buffer.from(data));
    expect((await dev.digest(Region.REGION_K_SRAM, 0, data.length)).crc32).toBe(crc32(data));
  }, 60_000);
});
