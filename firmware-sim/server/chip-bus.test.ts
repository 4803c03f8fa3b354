import { spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChipModel } from '../model/index.js';
import { parseArgs } from './args.js';
import { Cmd, serveChipBus } from './chip-bus.js';
import type { Server } from 'node:net';

/** A chip-bus client: one command, one reply (firmware/CHIPBUS.md). */
class Client {
  private buf = Buffer.alloc(0);
  private waiting: Array<(r: { status: number; body: Buffer }) => void> = [];
  constructor(private readonly s: Socket) {
    s.on('data', (d: Buffer) => {
      this.buf = Buffer.concat([this.buf, d]);
      while (this.buf.length >= 4 && this.buf.length >= 4 + this.buf.readUInt32LE(0)) {
        const n = this.buf.readUInt32LE(0);
        const r = { status: this.buf[4], body: this.buf.subarray(5, 4 + n) };
        this.buf = this.buf.subarray(4 + n);
        this.waiting.shift()!(r);
      }
    });
  }
  call(cmd: number, body: Uint8Array = new Uint8Array(0)): Promise<{ status: number; body: Buffer }> {
    const head = Buffer.alloc(5);
    head.writeUInt32LE(1 + body.length, 0);
    head[4] = cmd;
    this.s.write(Buffer.concat([head, body]));
    return new Promise((r) => this.waiting.push(r));
  }
}

const u32s = (...v: number[]) => {
  const b = Buffer.alloc(4 * v.length);
  v.forEach((x, i) => b.writeUInt32LE(x >>> 0, 4 * i));
  return b;
};

let server: Server;
let client: Client;
let sock: Socket;

beforeAll(async () => {
  let line = '';
  server = await serveChipBus(0, (m) => (line = m));
  const port = Number(/:(\d+)$/.exec(line)![1]);
  sock = connect(port, '127.0.0.1');
  await new Promise((r) => sock.once('connect', r));
  client = new Client(sock);
});
afterAll(async () => {
  sock.destroy();
  await new Promise((r) => server.close(r));
});

describe('chip bus (hac-sim --chip-bus)', () => {
  it('parses --chip-bus PORT as a serve mode of its own', () => {
    expect(parseArgs(['--chip-bus', '0', '--die-seed', '3'])).toMatchObject({ serve: { kind: 'chip-bus', port: 0 }, dieSeed: 3 });
    expect(() => parseArgs(['--chip-bus', '0', '--stdio'])).toThrow(/only one/);
  });

  it('INFO gives the geometry; a query is the model\'s result, bit for bit', async () => {
    const info = await client.call(Cmd.INFO);
    expect(info.status).toBe(0);
    expect([0, 4, 8, 12].map((o) => info.body.readUInt32LE(o))).toEqual([1, 64, 512, 64]);
    const k = Buffer.from(Int8Array.from({ length: 100 * 64 }, (_, i) => ((i * 37) % 255) - 127).buffer);
    const v = Buffer.from(Int8Array.from({ length: 100 * 64 }, (_, i) => ((i * 11) % 200) - 100).buffer);
    expect((await client.call(Cmd.MEM_WRITE, Buffer.concat([Buffer.from([0]), u32s(0), k]))).status).toBe(0);
    expect((await client.call(Cmd.MEM_WRITE, Buffer.concat([Buffer.from([1]), u32s(0), v]))).status).toBe(0);
    const q = Int8Array.from({ length: 64 }, (_, i) => (i * 5) % 100 - 50);
    const r = await client.call(Cmd.QUERY, Buffer.concat([Buffer.from(q.buffer), u32s(100, 2, 7, 1, 16, 6, 64, 1, 3, 0, 3025551)]));
    expect(r.status).toBe(0);
    const m = new ChipModel({ dieSeed: 1, preset: 'typical' });
    m.kSram.set(new Int8Array(k.buffer, k.byteOffset, k.length));
    m.vSram.set(new Int8Array(v.buffer, v.byteOffset, v.length));
    m.keysChanged(0, 512);
    const ref = m.runQuery({ q, contextLength: 100, head: 2, queryIndex: 7, selection: { mode: 'relative', threshold: 16, margin: 6, topK: 64, minKeep: 1 }, outputShift: 3, outputInt16: false, scoreScale: 3025551 });
    expect(Array.from({ length: 64 }, (_, i) => r.body.readInt16LE(2 * i))).toEqual(Array.from(ref.output));
    expect(r.body.readUInt32LE(128)).toBe(ref.kept);
    expect(r.body.readDoubleLE(144)).toBe(ref.cycles);
    expect(r.body.readDoubleLE(152)).toBe(ref.energyPj);
    expect(r.body.readUInt32LE(161)).toBe(100);
    expect(Array.from(r.body.subarray(165 + 13))).toEqual(Array.from(ref.codes));
  });

  it('a flipped SRAM cell reads flipped; errors come back as a status and a message', async () => {
    expect((await client.call(Cmd.FAULTS, u32s(0, 0, 0x80000000 | (1 << 19) | (2 << 16) | (3 << 10) | 5))).status).toBe(0);
    const plain = await client.call(Cmd.MEM_READ, Buffer.concat([Buffer.from([1]), u32s(5 * 64, 64)]));
    expect((await client.call(Cmd.FAULTS, u32s(0, 0, 0))).status).toBe(0);
    const clean = await client.call(Cmd.MEM_READ, Buffer.concat([Buffer.from([1]), u32s(5 * 64, 64)]));
    expect(plain.body[3] ^ clean.body[3]).toBe(4);
    const bad = await client.call(Cmd.QUERY, Buffer.concat([Buffer.alloc(64), u32s(0, 0, 1, 1, 16, 6, 64, 1, 0, 0, 3025551)]));
    expect(bad.status).toBe(8);
    expect(String(bad.body)).toMatch(/contextLength 0/);
    expect((await client.call(0x7f)).status).toBe(11);
    expect((await client.call(Cmd.MEM_READ, Buffer.concat([Buffer.from([0]), u32s(32760, 9)]))).status).toBe(3);
  });

  it('hac-sim --chip-bus 0 prints where it listens', async () => {
    const bin = fileURLToPath(new URL('../../bin/hac-sim.mjs', import.meta.url));
    const p = spawn(process.execPath, [bin, '--chip-bus', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr!.on('data', (d) => (err += String(d)));
    const t0 = Date.now();
    while (!/chip-bus listening tcp:\/\/127\.0\.0\.1:\d+/.test(err) && Date.now() - t0 < 20000) await new Promise((r) => setTimeout(r, 50));
    p.kill('SIGTERM');
    expect(err).toMatch(/chip-bus listening tcp:\/\/127\.0\.0\.1:\d+/);
  });
});
