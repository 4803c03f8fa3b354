/**
 * Issue 2's end-to-end check over a real serial port: hac-sim on one end of a socat pty pair, the
 * host with the real `serialport` package on the other. 1 MiB of random bytes into the device's
 * port must not hurt it: afterwards the handshake, a register round trip and a 64 KiB verified
 * memory write still work.
 */
import { createHash } from 'node:crypto';
import { SerialPort } from 'serialport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../host/index.js';
import { PROTOCOL_VERSION, Region, Status, StreamDecoder, decodeFrameMessage, encodeFrame, encodeFrameMessage, type IRequest } from '../../protocol/index.js';
import { seededBytes } from '../support/data.js';
import { openPtyPair, type PtyPair } from '../support/pty.js';
import { startSim, type SimProcess } from '../support/sim-process.js';
import { inCI, missingTools } from '../support/tools.js';

const why = missingTools({ socat: 'socat' });
if (why && inCI) throw new Error(`CI must run the serial tests, but this machine ${why}`);

describe('hac-sim behind a real pseudo-terminal serial port', () => {
  let pty: PtyPair;
  let sim: SimProcess;

  beforeAll(async () => {
    if (why) return;
    pty = await openPtyPair();
    sim = startSim(['--serial', pty.device]);
    await sim.waitFor(/serving on/);
  });
  afterAll(async () => {
    await sim?.stop();
    await pty?.close();
  });

  it('survives 1 MiB of random bytes, then handshakes, round-trips a register and verifies 64 KiB', async (ctx) => {
    if (why) ctx.skip(why);
    const port = new SerialPort({ path: pty.host, baudRate: 3000000, autoOpen: false });
    await new Promise<void>((res, rej) => port.open((e) => (e ? rej(e) : res())));
    const junk = seededBytes(1 << 20, 4242);
    for (let off = 0; off < junk.length; off += 65536) {
      if (!port.write(Buffer.from(junk.subarray(off, off + 65536)))) await new Promise((r) => port.once('drain', r));
    }
    await new Promise<void>((res, rej) => port.drain((e) => (e ? rej(e) : res())));
    // Whatever the device answered to the junk is read and thrown away here, as a host would.
    await new Promise((r) => setTimeout(r, 300));
    await new Promise<void>((res) => port.close(() => res()));

    const dev = await connect(`serial:${pty.host}@3000000`);
    try {
      expect(dev.info.protocolVersion).toBe(PROTOCOL_VERSION);
      await dev.regs.write('SCRATCH', 0x12345678);
      dev.regs.invalidate('SCRATCH');
      expect(await dev.regs.read('SCRATCH')).toBe(0x12345678);
      const data = seededBytes(65536, 7);
      await dev.writeSegments([
        { region: Region.REGION_K_SRAM, offset: 0, data: data.subarray(0, 32768) },
        { region: Region.REGION_V_SRAM, offset: 0, data: data.subarray(32768) },
      ]);
      const k = await dev.digest(Region.REGION_K_SRAM, 0, 32768);
      const v = await dev.digest(Region.REGION_V_SRAM, 0, 32768);
      expect(Buffer.from(k.sha256).toString('hex')).toBe(createHash('sha256').update(data.subarray(0, 32768)).digest('hex'));
      expect(Buffer.from(v.sha256).toString('hex')).toBe(createHash('sha256').update(data.subarray(32768)).digest('hex'));
    } finally {
      await dev.close();
    }
    expect(sim.proc.exitCode).toBeNull();
  });

  it('a burst beyond the window is answered BUSY, never dropped in silence; the window runs in seq order', async (ctx) => {
    if (why) ctx.skip(why);
    const port = new SerialPort({ path: pty.host, baudRate: 3000000, autoOpen: false });
    await new Promise<void>((res, rej) => port.open((e) => (e ? rej(e) : res())));
    const decoder = new StreamDecoder();
    const answers = new Map<number, number>();
    port.on('data', (chunk: Buffer) => {
      for (const d of decoder.push(chunk)) {
        if (d.kind !== 'frame') continue;
        const f = decodeFrameMessage(d.payload);
        if (!(f instanceof Error) && f.response) answers.set(f.response.seq ?? 0, f.response.status ?? -1);
      }
    });
    const frame = (req: IRequest, kind: 'line' | 'binary') => Buffer.from(encodeFrame(kind, encodeFrameMessage({ request: req })));
    port.write(frame({ seq: 0, hello: { protocolVersion: PROTOCOL_VERSION, sessionId: 77, nextSeq: 100 } }, 'line'));
    const t0 = Date.now();
    while (!answers.has(0) && Date.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 10));
    expect(answers.get(0)).toBe(Status.STATUS_OK);
    answers.delete(0);
    const burst = Buffer.concat(Array.from({ length: 40 }, (_, i) => frame({ seq: 100 + i, ping: { data: new Uint8Array(8) } }, 'binary')));
    port.write(burst);
    while (answers.size < 40 && Date.now() - t0 < 10000) await new Promise((r) => setTimeout(r, 10));
    await new Promise<void>((res) => port.close(() => res()));
    const statuses = Array.from({ length: 40 }, (_, i) => answers.get(100 + i));
    expect(statuses.every((s) => s === Status.STATUS_OK || s === Status.STATUS_BUSY)).toBe(true);
    expect(statuses.filter((s) => s === Status.STATUS_BUSY).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === Status.STATUS_OK).length).toBeGreaterThanOrEqual(8);
  });
});
