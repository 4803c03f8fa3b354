/**
 * Integration: the real virtual chip (bin/hac-sim.mjs) over stdio and TCP. Skipped, with the
 * reason, when the sim's server entry is not present.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, HacError, type HacDevice } from '../index.js';
import { runCli } from '../cli/main.js';
import { requireTools } from '../../hil-tests/support/tools.js';

const SIM = fileURLToPath(new URL('../../bin/hac-sim.mjs', import.meta.url));
const SERVER = fileURLToPath(new URL('../../firmware-sim/server/main.ts', import.meta.url));
const haveSim = existsSync(SERVER);
const d = haveSim ? describe : describe.skip;
if (!haveSim) console.warn(`skipping hac-sim integration tests: ${SERVER} is missing`);

function ctx(tokens: number) {
  const keys = Int8Array.from({ length: tokens * 64 }, (_, i) => ((i * 37) % 251) - 125);
  const values = Int8Array.from({ length: tokens * 64 }, (_, i) => ((i * 91) % 241) - 120);
  return { keys, values };
}

async function exercise(dev: HacDevice) {
  expect(dev.info.framing).toBe('binary');
  await dev.regs.write('SCRATCH', 0xdeadbeef);
  dev.regs.invalidate();
  expect(await dev.regs.read('SCRATCH')).toBe(0xdeadbeef);
  const c = ctx(200);
  const rep = await dev.loadContext(c);
  expect(rep.tokens).toBe(200);
  expect(await dev.regs.read('CONTEXT_LEN')).toBe(200);
  const back = await dev.readContext();
  expect(Buffer.from(back.keys.buffer, back.keys.byteOffset, back.keys.length).equals(Buffer.from(c.keys.buffer))).toBe(true);
  const r = await dev.query(Int8Array.from({ length: 64 }, (_, i) => (i % 7) - 3), { wantCodes: true });
  expect(r.contextLength).toBe(200);
  expect(r.codes?.length).toBe(200);
  expect(r.kept.length).toBe(r.counters.kept);
  const e = (await dev.regs.read(0x0ffc).catch((x: unknown) => x)) as HacError;
  expect(e.kind).toBe('invalid-argument');
}

d('hac-sim over stdio', () => {
  it('handshakes, loads, queries, streams', async () => {
    const dev = await connect('sim');
    try {
      await exercise(dev);
      await dev.resetContext();
      const toks = Array.from({ length: 10 }, (_, t) => ({ key: ctx(1).keys.map((x) => x ^ t), value: ctx(1).values, query: ctx(1).keys }));
      const out = [];
      for await (const res of dev.stream(toks, { maxInFlight: 3 })) out.push(res.contextLength);
      expect(out).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    } finally {
      await dev.close();
    }
  });

  it('a soft reset the host asks for (CONTROL.SOFT_RESET, reset()) is expected: no device-reset, pipelined requests wait for the re-hello', async () => {
    const dev = await connect('sim');
    try {
      const epoch = dev.info.bootEpoch;
      await dev.regs.write('CONTEXT_LEN', 3);
      await dev.regs.write('CONTROL', 2);
      expect(dev.info.bootEpoch).toBe(epoch + 1);
      expect(await dev.regs.read('CONTEXT_LEN')).toBe(0);
      // A reset with requests pipelined behind it (not awaited in between).
      const r = dev.session.request({ reset: {} });
      const q = dev.session.request({ readCounters: {} });
      const w = dev.regs.updateBits('CONTROL', 2, 2);
      const after = dev.regs.read('CHIP_ID');
      await Promise.all([r, q, w]);
      expect(await after).toBe(0x48414301);
      expect(dev.info.bootEpoch).toBe(epoch + 3);
      expect(dev.session.resetUnacknowledged).toBe(false);
      expect(dev.stats().deviceResets).toBe(0);
    } finally {
      await dev.close();
    }
  });
});

d('hac-sim over TCP', () => {
  let child: ChildProcess;
  let port = 0;
  beforeAll(async () => {
    child = spawn(process.execPath, [SIM, '--tcp', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    port = await new Promise<number>((resolve, reject) => {
      let buf = '';
      child.stderr!.setEncoding('utf8');
      child.stderr!.on('data', (s: string) => {
        buf += s;
        const m = /listening tcp:\/\/127\.0\.0\.1:(\d+)/.exec(buf);
        if (m) resolve(Number(m[1]));
      });
      setTimeout(() => reject(new Error('hac-sim did not listen: ' + buf)), 20000);
    });
  });
  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('works over TCP and reconnects with the same epoch', async () => {
    const dev = await connect(`tcp://127.0.0.1:${port}`);
    try {
      await exercise(dev);
      const epoch = dev.info.bootEpoch;
      // Drop the TCP connection under the session: it reconnects and carries on.
      const s = dev.session as unknown as { transport: { close(): Promise<void> } };
      await s.transport.close();
      expect(await dev.regs.read('CONTEXT_LEN')).toBe(200);
      expect(dev.info.bootEpoch).toBe(epoch);
      expect(dev.stats().reconnects).toBe(1);
    } finally {
      await dev.close();
    }
  });

  it('CLI: info --json and a clear error for a missing serial port', async () => {
    let out = '';
    let err = '';
    const io = { out: (s: string) => void (out += s), err: (s: string) => void (err += s), isTTY: false };
    expect(await runCli(['--target', `tcp://127.0.0.1:${port}`, '--json', 'info'], io)).toBe(0);
    const info = JSON.parse(out) as Record<string, unknown>;
    for (const k of ['protocolVersion', 'chipId', 'revision', 'capabilities', 'maxFrame', 'window', 'bootEpoch', 'registerMapHash', 'schemaHash']) expect(info).toHaveProperty(k);
    // runCli resolves with the exit status and prints the one error line (it does not throw).
    expect(await runCli(['--target', 'serial:/dev/does-not-exist', 'info'], io)).toBe(1);
    expect(err).toMatch(/^hac: error: .*\/dev\/does-not-exist.*\n$/);
    out = '';
    expect(await runCli(['--target', `tcp://127.0.0.1:${port}`, 'read', 'MODE'], io)).toBe(0);
    expect(out).toMatch(/^MODE = 0x00000001/);
  });
});

const noSocat = requireTools({ socat: 'socat' }, 'run the serial integration test');
if (noSocat) console.warn(`skipping serial integration test: ${noSocat}`);

(haveSim && !noSocat ? describe : describe.skip)('hac-sim behind a socat pty pair (serial transport; needs socat: apt-get install -y socat)', () => {
  const procs: ChildProcess[] = [];
  let hostPath = '';
  beforeAll(async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/hac-pty-`);
    const devPath = `${dir}/dev`;
    hostPath = `${dir}/host`;
    procs.push(spawn('socat', [`pty,raw,echo=0,link=${devPath}`, `pty,raw,echo=0,link=${hostPath}`], { stdio: 'ignore' }));
    for (let i = 0; i < 250 && !(existsSync(devPath) && existsSync(hostPath)); i++) await new Promise((r) => setTimeout(r, 20));
    const sim = spawn(process.execPath, [SIM, '--serial', devPath], { stdio: ['ignore', 'ignore', 'pipe'] });
    procs.push(sim);
    await new Promise<void>((resolve) => {
      sim.stderr!.on('data', () => resolve());
      setTimeout(resolve, 5000);
    });
  });
  afterAll(() => {
    for (const p of procs.reverse()) p.kill('SIGTERM');
  });

  it('handshakes, loads and queries over the serial port; a second opener is refused', async () => {
    const dev = await connect(`serial:${hostPath}@3000000`);
    try {
      await exercise(dev);
      const e = (await connect(`serial:${hostPath}`).catch((x: unknown) => x)) as HacError;
      expect(e.message).toMatch(/in use by another process/);
    } finally {
      await dev.close();
    }
  });
});
