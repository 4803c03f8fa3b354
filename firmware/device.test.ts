/**
 * The native C firmware (build/native/hac-fw) on stdio, its chip on a chip bus served by this
 * process (the chip model of firmware-sim/model only): handshake, registers, memory, queries
 * bit-exact with the TypeScript model, v2 ordering, held requests, replay and BUSY.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Region, Status, crc32, encodeFrame, encodeFrameMessage, registerByName, REGISTERS, statusName, type IRequest, type Response } from '../protocol/index.js';
import { ChipModel, type SelectionMode } from '../firmware-sim/model/index.js';
import { HAC_FW, Wire, make, startChipBus, startFirmware, type Firmware } from './testing/fw.js';

const A = (name: string) => registerByName(name)!.address;
let bus: Awaited<ReturnType<typeof startChipBus>>;
let fw: Firmware;
let w: Wire;

function ok(r: Response): Response {
  expect(statusName(r.status), r.detail).toBe('STATUS_OK');
  return r;
}

async function boot(args: string[] = []): Promise<void> {
  fw = await startFirmware(HAC_FW, ['--chip-bus', String(bus.port), '--stdio', '--boot-epoch', '77', ...args], 'stdio');
  w = new Wire((b) => fw.proc.stdin!.write(b), 0x5eed);
  fw.proc.stdout!.on('data', (d: Buffer) => w.onBytes(new Uint8Array(d)));
}

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) >>> 24) - 128;
}

beforeAll(async () => {
  make('build/native/hac-fw');
  bus = await startChipBus();
  await boot();
}, 120_000);

afterAll(async () => {
  await fw?.stop();
  await bus?.close();
});

describe('C firmware: handshake and session', () => {
  it('answers NOT_READY before a hello, then the v2 hello', async () => {
    const r = await w.request({ seq: 1, regRead: { addresses: [0] } });
    expect(r.status).toBe(Status.STATUS_NOT_READY);
    const h = ok(await w.hello());
    expect(h.seq).toBe(0);
    expect(h.hello).toMatchObject({ protocolVersion: 2, minProtocolVersion: 2, capabilities: 0x1ff, maxFrame: 8192, window: 8, bootEpoch: 77, maxTokens: 512, headDim: 64, tileTokens: 64, heads: 16 });
  });

  it('refuses a v1 host and a max_frame below 2048, with the body filled', async () => {
    const v = await w.hello({ version: 1 });
    expect(v.status).toBe(Status.STATUS_VERSION_MISMATCH);
    expect(v.hello?.protocolVersion).toBe(2);
    const m = await w.hello({ maxFrame: 1000 });
    expect(m.status).toBe(Status.STATUS_BAD_ARGUMENT);
    ok(await w.hello());
  });

  it('every register reads its reset value from the map (volatile read-outs aside)', async () => {
    const readable = REGISTERS.filter((r) => r.access !== 'wo');
    const r = ok(await w.request({ regRead: { addresses: readable.map((x) => x.address) } }));
    readable.forEach((reg, i) => {
      if (reg.volatile) return;
      expect(r.regRead!.values![i], reg.name).toBe(reg.reset);
    });
  });

  it('register rules: rw round trip, ro/wo denied, reserved bits and max refused, nothing written on refusal', async () => {
    ok(await w.request({ regWrite: { writes: [{ address: A('SCRATCH'), value: 0xdeadbeef }] } }));
    expect(ok(await w.request({ regRead: { addresses: [A('SCRATCH')] } })).regRead!.values).toEqual([0xdeadbeef]);
    expect((await w.request({ regWrite: { writes: [{ address: A('CHIP_ID'), value: 1 }] } })).status).toBe(Status.STATUS_ACCESS_DENIED);
    expect((await w.request({ regRead: { addresses: [A('CONTROL')] } })).status).toBe(Status.STATUS_ACCESS_DENIED);
    expect((await w.request({ regRead: { addresses: [0x7777] } })).status).toBe(Status.STATUS_BAD_ADDRESS);
    const bad = await w.request({ regWrite: { writes: [{ address: A('SCRATCH'), value: 1 }, { address: A('MODE'), value: 0x20 }] } });
    expect(bad.status).toBe(Status.STATUS_INVALID_CONFIG);
    expect(bad.detail).toBe('MODE: reserved bits 0x20 must be 0');
    expect((await w.request({ regWrite: { writes: [{ address: A('MARGIN'), value: 32 }] } })).detail).toBe('MARGIN max is 31');
    expect((await w.request({ regWrite: { writes: [{ address: A('SCORE_SCALE'), value: 0 }] } })).detail).toBe('SCORE_SCALE min is 1');
    expect(ok(await w.request({ regRead: { addresses: [A('SCRATCH')] } })).regRead!.values).toEqual([0xdeadbeef]);
    const masked = await w.request({ regWrite: { writes: [{ address: A('SCRATCH'), value: 0x12, mask: 0xff }] } });
    ok(masked);
    expect(ok(await w.request({ regRead: { addresses: [A('SCRATCH')] } })).regRead!.values).toEqual([0xdeadbe12]);
    const late = await w.request({ regWrite: { writes: [{ address: A('CONTROL'), value: 2 }, { address: A('SCRATCH'), value: 0 }] } });
    expect(late.status).toBe(Status.STATUS_BAD_ARGUMENT);
  });

  it('memory: K SRAM round trip, digest (SHA-256, CRC-32), TRIM range and region rules', async () => {
    const data = Uint8Array.from({ length: 8128 }, (_, i) => (i * 7 + 3) & 0xff);
    expect(ok(await w.request({ memWrite: { region: 1, offset: 100, data, dataCrc: crc32(data) } })).memWrite!.nextOffset).toBe(8228);
    const r = ok(await w.request({ memRead: { region: 1, offset: 100, length: 8128 } }));
    expect(Buffer.from(r.memRead!.data!)).toEqual(Buffer.from(data));
    expect(r.memRead!.dataCrc).toBe(crc32(data));
    const d = ok(await w.request({ memDigest: { region: 1, offset: 100, length: 8128 } }));
    expect(Buffer.from(d.memDigest!.sha256!).toString('hex')).toBe(createHash('sha256').update(data).digest('hex'));
    expect(d.memDigest!.crc32).toBe(crc32(data));
    expect((await w.request({ memWrite: { region: 1, offset: 0, data, dataCrc: 1 } })).status).toBe(Status.STATUS_BAD_CRC);
    expect((await w.request({ memWrite: { region: 4, offset: 0, data: data.subarray(0, 2), dataCrc: crc32(data.subarray(0, 2)) } })).status).toBe(Status.STATUS_ACCESS_DENIED);
    expect((await w.request({ memRead: { region: 9 as Region, offset: 0, length: 1 } })).status).toBe(Status.STATUS_BAD_REGION);
    expect((await w.request({ memRead: { region: 1, offset: 32760, length: 9 } })).status).toBe(Status.STATUS_OUT_OF_RANGE);
    const t = new Uint8Array([5, 0xe0, 40]);
    const tr = await w.request({ memWrite: { region: 5, offset: 0, data: t, dataCrc: crc32(t) } });
    expect(tr.status).toBe(Status.STATUS_BAD_ARGUMENT);
    expect(tr.detail).toBe('trim byte 2 outside -32..31');
    const t2 = new Uint8Array([5, 0xe0]);
    ok(await w.request({ memWrite: { region: 5, offset: 0, data: t2, dataCrc: crc32(t2) } }));
    expect(ok(await w.request({ regRead: { addresses: [A('TRIM_0'), A('TRIM_1')] } })).regRead!.values).toEqual([5, 0x20]);
    ok(await w.request({ memWrite: { region: 5, offset: 0, data: new Uint8Array(2), dataCrc: crc32(new Uint8Array(2)) } }));
  });
});

describe('C firmware: queries bit-exact with the TypeScript chip model', () => {
  it('threshold, relative, top-k and dense over 300 tokens, with codes and per-query settings', async () => {
    const n = 300;
    const rnd = lcg(42);
    const k = Int8Array.from({ length: n * 64 }, rnd);
    const v = Int8Array.from({ length: n * 64 }, rnd);
    // the firmware's chip has seen earlier writes: reload the whole SRAMs so both models hold the same bytes
    const fullK = new Uint8Array(32768);
    fullK.set(new Uint8Array(k.buffer));
    const fullV = new Uint8Array(32768);
    fullV.set(new Uint8Array(v.buffer));
    for (const [region, buf] of [[1, fullK], [2, fullV]] as const) {
      for (let off = 0; off < 32768; off += 8192) {
        const part = buf.subarray(off, off + 8128 > 32768 ? 32768 : Math.min(off + 8128, 32768));
        ok(await w.request({ memWrite: { region, offset: off, data: part, dataCrc: crc32(part) } }));
        const rest = buf.subarray(off + part.length, off + 8192);
        if (rest.length) ok(await w.request({ memWrite: { region, offset: off + part.length, data: rest, dataCrc: crc32(rest) } }));
      }
    }
    ok(await w.request({ reset: {} }));
    ok(await w.hello());
    ok(await w.request({ regWrite: { writes: [{ address: A('CONTEXT_LEN'), value: n }] } }));
    const model = new ChipModel({ dieSeed: 1, preset: 'typical' });
    model.kSram.set(new Int8Array(fullK.buffer));
    model.vSram.set(new Int8Array(fullV.buffer));
    model.keysChanged(0, 512);
    const modes: SelectionMode[] = ['threshold', 'relative', 'topk', 'dense'];
    let queryIndex = 0;
    for (let m = 0; m < 4; m++) {
      ok(await w.request({ regWrite: { writes: [{ address: A('MODE'), value: m | (m === 2 ? 0x10 : 0) }, { address: A('OUTPUT_SHIFT'), value: m * 2 }] } }));
      for (let i = 0; i < 3; i++) {
        const q = Int8Array.from({ length: 64 }, rnd);
        const settings = i === 1 ? { margin: 4, head: 3 } : i === 2 ? { scoreScale: 9_000_000 } : undefined;
        const r = ok(await w.request({ runQuery: { query: new Uint8Array(q.buffer), wantCodes: true, ...(settings ? { settings } : {}) } })).runQuery!.result!;
        const head = settings?.head ?? 0;
        const ref = model.runQuery({
          q,
          contextLength: n,
          head,
          queryIndex: ++queryIndex,
          selection: { mode: modes[m], threshold: 16, margin: settings?.margin ?? 10, topK: 64, minKeep: 1 },
          outputShift: m * 2,
          outputInt16: m === 2,
          scoreScale: settings?.scoreScale ?? 3025551,
        });
        const out = new Int16Array(new Uint8Array(r.output!).buffer);
        expect(Array.from(out), `mode ${modes[m]} query ${i}`).toEqual(Array.from(ref.output));
        expect(Array.from(r.codes!)).toEqual(Array.from(ref.codes));
        const mask = new Uint8Array(Math.ceil(n / 8));
        ref.keepMask.forEach((b, j) => (mask[j >> 3] |= b << (j & 7)));
        expect(Array.from(r.keepMask!)).toEqual(Array.from(mask));
        expect(r.queryId).toBe(queryIndex);
        expect(r.counters).toMatchObject({ cycles: ref.cycles, kept: ref.kept, tileRefills: ref.tileRefills, conversions: ref.conversions, energyPj: ref.energyPj });
      }
    }
    // the registers kept their values: settings were for one query only
    expect(ok(await w.request({ regRead: { addresses: [A('MARGIN'), A('HEAD'), A('SCORE_SCALE')] } })).regRead!.values).toEqual([10, 0, 3025551]);
  });
});

describe('C firmware: v2 ordering', () => {
  async function loadTwoTokens() {
    ok(await w.request({ reset: {} }));
    ok(await w.hello());
    const k = new Uint8Array(128);
    k.fill(20, 0, 64);
    k.fill(256 - 20, 64, 128);
    const v = new Uint8Array(128);
    v.fill(100, 0, 64);
    v.fill(256 - 100, 64, 128);
    ok(await w.request({ memWrite: { region: 1, offset: 0, data: k, dataCrc: crc32(k) } }));
    ok(await w.request({ memWrite: { region: 2, offset: 0, data: v, dataCrc: crc32(v) } }));
    ok(await w.request({ regWrite: { writes: [{ address: A('CONTEXT_LEN'), value: 2 }, { address: A('MODE'), value: 3 }] } }));
  }

  it('pipelined writes and queries take effect in seq order: [0, 100, 0, 100]', async () => {
    await loadTwoTokens();
    const q = new Uint8Array(64).fill(20);
    const seqs: number[] = [];
    for (const s of [1, 3025551, 1, 3025551]) {
      w.send({ regWrite: { writes: [{ address: A('SCORE_SCALE'), value: s }] } });
      seqs.push(w.send({ runQuery: { query: q } }));
    }
    const out = [];
    for (const s of seqs) out.push(new Int16Array(new Uint8Array(ok(await w.response(s)).runQuery!.result!.output!).buffer)[0]);
    expect(out).toEqual([0, 100, 0, 100]);
  });

  it('requests arriving out of order are held and executed in seq order; replays and BUSY', async () => {
    await loadTwoTokens();
    const q = new Uint8Array(64).fill(20);
    const base = w.nextSeq;
    w.frames.length = 0;
    const frame = (seq: number, req: IRequest) => encodeFrame('binary', encodeFrameMessage({ request: { ...req, seq } }));
    // seq base+1 (query) and base+2 (write 1) arrive before base (write 3025551)
    w.sendRaw(frame(base + 1, { runQuery: { query: q } }));
    w.sendRaw(frame(base + 3, { runQuery: { query: q } }));
    w.sendRaw(frame(base + 2, { regWrite: { writes: [{ address: A('SCORE_SCALE'), value: 1 }] } }));
    await new Promise((r) => setTimeout(r, 100));
    expect(w.frames.filter((f) => f.response).length).toBe(0);
    w.sendRaw(frame(base, { regWrite: { writes: [{ address: A('SCORE_SCALE'), value: 3025551 }] } }));
    const r1 = ok(await w.response(base + 1));
    const r3 = ok(await w.response(base + 3));
    ok(await w.response(base));
    ok(await w.response(base + 2));
    expect(new Int16Array(new Uint8Array(r1.runQuery!.result!.output!).buffer)[0]).toBe(100);
    expect(new Int16Array(new Uint8Array(r3.runQuery!.result!.output!).buffer)[0]).toBe(0);
    w.nextSeq = base + 4;
    // a resend of an executed request gets the kept response byte for byte; another kind is refused
    const before = w.frames.length;
    w.sendRaw(frame(base + 1, { runQuery: { query: q } }));
    const again = await w.response(base + 1);
    expect(Buffer.from(encodeFrameMessage({ response: again }))).toEqual(Buffer.from(encodeFrameMessage({ response: r1 })));
    expect(w.frames.length).toBe(before);
    w.sendRaw(frame(base + 1, { regRead: { addresses: [0] } }));
    expect((await w.response(base + 1)).status).toBe(Status.STATUS_BAD_ARGUMENT);
    // far ahead of the window: BUSY, not executed
    w.sendRaw(frame(base + 20, { regWrite: { writes: [{ address: A('SCRATCH'), value: 9 }] } }));
    expect((await w.response(base + 20)).status).toBe(Status.STATUS_BUSY);
    const sc = ok(await w.request({ regRead: { addresses: [A('SCRATCH')] } }));
    expect(sc.regRead!.values).toEqual([0]);
  });

  it('run_queries runs a batch in order with per-query settings; counts checked before running', async () => {
    await loadTwoTokens();
    const q = new Uint8Array(64 * 3).fill(20);
    const r = ok(await w.request({ runQueries: { queries: q, settings: [{ scoreScale: 1 }, {}, { scoreScale: 1 }] } }));
    expect(r.runQueries!.results!.map((x) => new Int16Array(new Uint8Array(x.output!).buffer)[0])).toEqual([0, 100, 0]);
    expect(r.runQueries!.results!.map((x) => x.queryId)).toEqual([1, 2, 3]);
    expect((await w.request({ runQueries: { queries: q, settings: [{}, {}] } })).status).toBe(Status.STATUS_BAD_ARGUMENT);
    expect((await w.request({ runQueries: { queries: q.subarray(0, 65) } })).status).toBe(Status.STATUS_BAD_ARGUMENT);
    expect((await w.request({ runQueries: { queries: q, settings: [{ margin: 40 }] } })).status).toBe(Status.STATUS_INVALID_CONFIG);
    expect(ok(await w.request({ regRead: { addresses: [A('QUERY_COUNT')] } })).regRead!.values).toEqual([3]);
  });

  it('a reset keeps the session: the same-session hello leaves E, and a new session resets E', async () => {
    const r = ok(await w.request({ reset: {} }));
    expect(r.reset!.bootEpoch).toBeGreaterThan(77);
    expect((await w.request({ regRead: { addresses: [0] } })).status).toBe(Status.STATUS_NOT_READY);
    w.nextSeq--; // NOT_READY did not consume the number
    ok(await w.hello());
    ok(await w.request({ regRead: { addresses: [0] } }));
    const fresh = new Wire((b) => fw.proc.stdin!.write(b), 0xabcdef);
    fw.proc.stdout!.on('data', (d: Buffer) => fresh.onBytes(new Uint8Array(d)));
    ok(await fresh.hello());
    ok(await fresh.request({ regRead: { addresses: [0] } }));
    expect(fresh.nextSeq).toBe(2);
  });
});

describe('C firmware: verification fence (SPEC section 4b)', () => {
  const FENCED_DETAIL = 'not executed: an earlier verification failed (clear_fence lifts the fence)';
  const sha = (b: Uint8Array) => new Uint8Array(createHash('sha256').update(b).digest());

  it('VERIFY_FAILED and FENCED: a digest that differs from expect_sha256 fences the device until clear_fence', async () => {
    ok(await w.hello());
    const data = new Uint8Array(64).fill(7);
    ok(await w.request({ memWrite: { region: Region.REGION_K_SRAM, offset: 0, data, dataCrc: crc32(data) } }));
    ok(await w.request({ regWrite: { writes: [{ address: A('CONTEXT_LEN'), value: 0 }] } }));
    const good = sha(data);
    // Equal: OK with the body, no fence.
    const equal = ok(await w.request({ memDigest: { region: Region.REGION_K_SRAM, offset: 0, length: 64, expectSha256: good } }));
    expect(Buffer.from(equal.memDigest!.sha256!)).toEqual(Buffer.from(good));
    expect(ok(await w.request({ clearFence: {} })).clearFence?.refused ?? 0).toBe(0);
    // Different: VERIFY_FAILED with the body (sha256, crc32), then nothing executes until clear_fence.
    const bad = good.slice();
    bad[0] ^= 1;
    const failed = await w.request({ memDigest: { region: Region.REGION_K_SRAM, offset: 0, length: 64, expectSha256: bad } });
    expect(statusName(failed.status)).toBe('STATUS_VERIFY_FAILED');
    expect(failed.detail).toBe('digest differs from expect_sha256; fenced');
    expect(Buffer.from(failed.memDigest!.sha256!)).toEqual(Buffer.from(good));
    expect(failed.memDigest!.crc32).toBe(crc32(data));
    const other = new Uint8Array(64).fill(9);
    const seq = w.nextSeq;
    const f1 = await w.request({ memWrite: { region: Region.REGION_K_SRAM, offset: 0, data: other, dataCrc: crc32(other) } });
    expect(statusName(f1.status)).toBe('STATUS_FENCED');
    expect(f1.detail).toBe(FENCED_DETAIL);
    expect(f1.memWrite ?? null).toBeNull();
    expect(statusName((await w.request({ regWrite: { writes: [{ address: A('CONTEXT_LEN'), value: 3 }] } })).status)).toBe('STATUS_FENCED');
    // A resend of a refused request replays FENCED: it is never executed.
    expect(statusName((await w.request({ seq, memWrite: { region: Region.REGION_K_SRAM, offset: 0, data: other, dataCrc: crc32(other) } })).status)).toBe('STATUS_FENCED');
    expect(ok(await w.request({ clearFence: {} })).clearFence?.refused).toBe(2);
    const read = ok(await w.request({ memRead: { region: Region.REGION_K_SRAM, offset: 0, length: 64 } }));
    expect(Buffer.from(read.memRead!.data!)).toEqual(Buffer.from(data));
    expect(ok(await w.request({ regRead: { addresses: [A('CONTEXT_LEN')] } })).regRead!.values).toEqual([0]);
    // A wrong-length expectation is refused and does not fence; above nanopb's 32-byte bound too,
    // after the range checks.
    const short = await w.request({ memDigest: { region: Region.REGION_K_SRAM, offset: 0, length: 64, expectSha256: new Uint8Array(31) } });
    expect(statusName(short.status)).toBe('STATUS_BAD_ARGUMENT');
    expect(short.detail).toBe('expect_sha256 must be 32 bytes, got 31');
    const long = await w.request({ memDigest: { region: Region.REGION_K_SRAM, offset: 0, length: 64, expectSha256: new Uint8Array(40) } });
    expect(statusName(long.status)).toBe('STATUS_BAD_ARGUMENT');
    expect(long.detail).toBe('expect_sha256 must be 32 bytes, got 40');
    expect(statusName((await w.request({ memDigest: { region: 9 as Region, offset: 0, length: 64, expectSha256: new Uint8Array(40) } })).status)).toBe('STATUS_BAD_REGION');
    ok(await w.request({ ping: {} }));
  });

  it('requests held behind the failed digest are FENCED in order; a reset sent while fenced is FENCED and lifts nothing', async () => {
    ok(await w.hello());
    const base = w.nextSeq;
    const frame = (s: number, req: IRequest) => encodeFrame('binary', encodeFrameMessage({ request: { ...req, seq: s } }));
    // base+1..base+3 arrive before the digest at base: held, then each answered FENCED at its turn
    w.sendRaw(frame(base + 2, { reset: {} }));
    w.sendRaw(frame(base + 1, { regWrite: { writes: [{ address: A('SCRATCH'), value: 0x55 }] } }));
    w.sendRaw(frame(base + 3, { ping: {} }));
    w.sendRaw(frame(base, { memDigest: { region: Region.REGION_K_SRAM, offset: 0, length: 64, expectSha256: new Uint8Array(32) } }));
    expect(statusName((await w.response(base)).status)).toBe('STATUS_VERIFY_FAILED');
    for (const s of [base + 1, base + 2, base + 3]) expect(statusName((await w.response(s)).status)).toBe('STATUS_FENCED');
    w.nextSeq = base + 4;
    // the reset was not executed: the fence holds, the session needs no new hello
    expect(statusName((await w.request({ ping: {} })).status)).toBe('STATUS_FENCED');
    // a reconnect hello of the same session keeps the fence
    ok(await w.hello());
    expect(statusName((await w.request({ ping: {} })).status)).toBe('STATUS_FENCED');
    expect(ok(await w.request({ clearFence: {} })).clearFence?.refused).toBe(5);
    expect(ok(await w.request({ regRead: { addresses: [A('SCRATCH')] } })).regRead!.values).toEqual([0]);
  });

  it('a hello that opens a new session lifts the fence', async () => {
    ok(await w.hello());
    expect(statusName((await w.request({ memDigest: { region: Region.REGION_K_SRAM, offset: 0, length: 64, expectSha256: new Uint8Array(32) } })).status)).toBe('STATUS_VERIFY_FAILED');
    expect(statusName((await w.request({ ping: {} })).status)).toBe('STATUS_FENCED');
    const fresh = new Wire((b) => fw.proc.stdin!.write(b), 0xfe4ce);
    fw.proc.stdout!.on('data', (d: Buffer) => fresh.onBytes(new Uint8Array(d)));
    ok(await fresh.hello());
    ok(await fresh.request({ ping: {} }));
    expect(ok(await fresh.request({ clearFence: {} })).clearFence?.refused ?? 0).toBe(0);
  });

  it('a device without CAP_VERIFY_FENCE ignores expect_sha256 and does not know clear_fence', async () => {
    const bus2 = await startChipBus();
    const fw2 = await startFirmware(HAC_FW, ['--chip-bus', String(bus2.port), '--stdio', '--boot-epoch', '5', '--capabilities', '0xff'], 'stdio');
    try {
      const old = new Wire((b) => fw2.proc.stdin!.write(b), 0x01d);
      fw2.proc.stdout!.on('data', (d: Buffer) => old.onBytes(new Uint8Array(d)));
      expect(ok(await old.hello()).hello!.capabilities).toBe(0xff);
      const zeros = new Uint8Array(64);
      const d = ok(await old.request({ memDigest: { region: Region.REGION_K_SRAM, offset: 0, length: 64, expectSha256: new Uint8Array(32) } }));
      expect(Buffer.from(d.memDigest!.sha256!)).toEqual(Buffer.from(sha(zeros)));
      ok(await old.request({ memDigest: { region: Region.REGION_K_SRAM, offset: 0, length: 64, expectSha256: new Uint8Array(40) } }));
      const c = await old.request({ clearFence: {} });
      expect(statusName(c.status)).toBe('STATUS_UNKNOWN_REQUEST');
      expect(c.detail).toBe('clear_fence not supported');
      ok(await old.request({ ping: {} }));
    } finally {
      await fw2.stop();
      await bus2.close();
    }
  });
});
