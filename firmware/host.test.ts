/**
 * The real host stack (host/index.ts, `connect('serial:PTY@3000000')`) against the native C
 * firmware behind a socat pseudo-terminal, its chip on `hac-sim --chip-bus`: handshake, registers,
 * a context load verified by the device digest, queries bit-exact with the TypeScript chip model,
 * and the ordering program of issue #13, which must print [0, 100, 0, 100].
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type HacDevice } from '../host/index.js';
import { Region, crc32 } from '../protocol/index.js';
import { ChipModel } from '../firmware-sim/model/index.js';
import { openPtyPair, type PtyPair } from '../hil-tests/support/pty.js';
import { requireTools } from '../hil-tests/support/tools.js';
import { scaleProgram } from '../hil-tests/support/programs.js';
import { HAC_FW, make, startChipBus } from './testing/fw.js';

const why = requireTools({ socat: 'socat' }, 'run the firmware over a pty');

let bus: Awaited<ReturnType<typeof startChipBus>>;
let pty: PtyPair;
let fw: ChildProcess;
let dev: HacDevice;

beforeAll(async () => {
  if (why) return;
  make('build/native/hac-fw');
  bus = await startChipBus();
  pty = await openPtyPair();
  fw = spawn(HAC_FW, ['--chip-bus', String(bus.port), '--serial', pty.device], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  fw.stderr!.on('data', (d) => (err += String(d)));
  const t0 = Date.now();
  while (!/serving on/.test(err)) {
    if (fw.exitCode !== null || Date.now() - t0 > 10000) throw new Error(`hac-fw did not start: ${err}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  dev = await connect(`serial:${pty.host}@3000000`);
}, 120_000);

afterAll(async () => {
  await dev?.close();
  if (fw && fw.exitCode === null) {
    const done = new Promise((r) => fw.once('exit', r));
    fw.kill('SIGTERM');
    await done;
  }
  await pty?.close();
  await bus?.close();
});

describe.skipIf(!!why)('the host driver over a pty to the C firmware', () => {
  it('handshake: v2, the C firmware, binary framing', () => {
    expect(dev.info).toMatchObject({ protocolVersion: 2, firmware: 'hac-fw 0.1.0', window: 8, maxFrame: 8192, framing: 'binary' });
  });

  it('registers through the regmap-style layer', async () => {
    await dev.regs.write('SCRATCH', 0x1234abcd);
    dev.regs.invalidate('SCRATCH');
    expect(await dev.regs.read('SCRATCH')).toBe(0x1234abcd);
    await dev.regs.updateBits('SCRATCH', 0xff, 0x42);
    dev.regs.invalidate('SCRATCH');
    expect(await dev.regs.read('SCRATCH')).toBe(0x1234ab42);
    expect(await dev.regs.read('CHIP_ID')).toBe(0x48414301);
  });

  it('a 300-token context loads, reads back and matches the device digest; queries are bit-exact with the model', async () => {
    const n = 300;
    let s = 9;
    const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) >>> 24) - 128;
    const keys = Int8Array.from({ length: n * 64 }, next);
    const values = Int8Array.from({ length: n * 64 }, next);
    await dev.loadContext({ keys, values });
    const back = await dev.readContext(n);
    expect(Buffer.from(back.keys.buffer, back.keys.byteOffset, back.keys.length)).toEqual(Buffer.from(keys.buffer));
    const dg = await dev.digest(Region.REGION_V_SRAM, 0, n * 64);
    expect(dg.crc32).toBe(crc32(new Uint8Array(values.buffer)));
    await dev.regs.writeField('MODE', 'SELECT', 'RELATIVE');
    const model = new ChipModel({ dieSeed: 1, preset: 'typical' });
    model.kSram.set(keys);
    model.vSram.set(values);
    model.keysChanged(0, 512);
    const queryCount = await dev.regs.read('QUERY_COUNT');
    for (let i = 0; i < 4; i++) {
      const q = Int8Array.from({ length: 64 }, next);
      const r = await dev.query(q, { wantCodes: true });
      const ref = model.runQuery({ q, contextLength: n, head: 0, queryIndex: queryCount + i + 1, selection: { mode: 'relative', threshold: 16, margin: 10, topK: 64, minKeep: 1 }, outputShift: 0, outputInt16: false, scoreScale: 3025551 });
      expect(Array.from(r.output)).toEqual(Array.from(ref.output));
      expect(Array.from(r.codes!)).toEqual(Array.from(ref.codes));
      expect(r.kept.length).toBe(ref.kept);
    }
  });

  it('the ordering program prints [0, 100, 0, 100]', async () => {
    const printed = await scaleProgram(dev);
    console.log(JSON.stringify(printed));
    expect(printed).toEqual([0, 100, 0, 100]);
  });
});
