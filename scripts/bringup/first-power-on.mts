/**
 * First power-on of a board (or the virtual chip): handshake, self-test, register dump to files.
 *
 *   npx tsx first-power-on.mts [--target serial:/dev/ttyUSB0@3000000] [--out DIR]
 *
 * Writes DIR/info.json, DIR/selftest.json, DIR/registers.json and DIR/registers.txt; exits 1 when
 * a self-test check fails. Uses only the public host API (package "hac"), so a copy of this file
 * next to your data runs as is (see the README, "Bring-up scripts").
 */
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { connect } from 'hac';
import { selftest, type SelftestReport } from 'hac/procedures';

export interface FirstPowerOnResult {
  out: string;
  selftest: SelftestReport;
  registers: number;
}

export async function firstPowerOn(target: string, out: string, log: (s: string) => void = console.log): Promise<FirstPowerOnResult> {
  mkdirSync(out, { recursive: true });
  const dev = await connect(target);
  try {
    const info = dev.info;
    log(`connected to ${info.target}: chip 0x${info.chipId.toString(16)} rev ${info.revision >> 8}.${info.revision & 0xff}, protocol ${info.protocolVersion}, ${info.capabilityNames.join(' ')}`);
    writeFileSync(join(out, 'info.json'), JSON.stringify(info, null, 2) + '\n');
    const st = await selftest(dev, { onCheck: (c) => log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${c.detail}`) });
    writeFileSync(join(out, 'selftest.json'), JSON.stringify(st, null, 2) + '\n');
    const dump = await dev.regs.dump();
    writeFileSync(join(out, 'registers.json'), JSON.stringify(dump, null, 2) + '\n');
    writeFileSync(join(out, 'registers.txt'), dump.map((r) => `0x${r.address.toString(16).padStart(4, '0')}  ${r.name.padEnd(22)} 0x${r.value.toString(16).padStart(8, '0')}`).join('\n') + '\n');
    log(`self-test ${st.pass ? 'PASSED' : 'FAILED'}; ${dump.length} registers dumped to ${join(out, 'registers.txt')}`);
    return { out, selftest: st, registers: dump.length };
  } finally {
    await dev.close();
  }
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { target: { type: 'string', default: process.env.HAC_TARGET || 'sim' }, out: { type: 'string', default: `power-on-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}` } } });
  const r = await firstPowerOn(values.target!, values.out!);
  return r.selftest.pass ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(`first-power-on: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  });
}
