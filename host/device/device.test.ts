import { describe, expect, it } from 'vitest';
import { Cap, Region } from '../../protocol/index.js';
import { HacError } from '../errors.js';
import { fakeLink } from '../testing/harness.js';
import { FakeDevice, type FakeDeviceOptions } from '../testing/fake-device.js';
import { HacDevice, type Token } from './device.js';
import { toReal, type QueryResult } from './results.js';

async function open(opts: FakeDeviceOptions = {}, sessionOpts = {}) {
  const link = fakeLink(opts);
  const dev = await HacDevice.open(link.opener, { reconnect: { attempts: 4, minDelayMs: 2, maxDelayMs: 10 }, timeouts: { memWrite: 40, memDigest: 40, regWrite: 40, regRead: 40, appendToken: 40, runQuery: 60, memRead: 40 }, ...sessionOpts });
  return { dev, link, fake: link.device };
}

function context(tokens: number, seed = 1) {
  const keys = new Int8Array(tokens * 64);
  const values = new Int8Array(tokens * 64);
  let x = seed;
  for (let i = 0; i < keys.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    keys[i] = (x >>> 16) & 0xff;
    values[i] = (x >>> 8) & 0xff;
  }
  return { keys, values };
}

const err = async (p: Promise<unknown> | (() => unknown)) => {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    return e as HacError;
  }
  throw new Error('expected an error');
};

describe('context loading', () => {
  it('loads, verifies by digest, sets CONTEXT_LEN, reads back', async () => {
    // Not adaptive: chunks are max_frame - 64 from the first (the adaptive link starts at 1 KiB).
    const { dev, fake } = await open({ maxFrame: 2048 }, { adaptive: false });
    const ctx = context(100);
    const progress: number[] = [];
    const rep = await dev.loadContext(ctx, { onProgress: (p) => progress.push(p.bytesDone) });
    expect(rep.tokens).toBe(100);
    expect(rep.chunks).toBe(2 * Math.ceil(6400 / (2048 - 64)));
    expect(fake.regs.get(0x100)).toBe(100);
    expect(Buffer.from(fake.mem.get(1)!.subarray(0, 6400)).equals(Buffer.from(ctx.keys.buffer))).toBe(true);
    expect(progress.at(-1)).toBe(12800);
    const back = await dev.readContext();
    expect(Buffer.from(back.values.buffer, back.values.byteOffset, back.values.length).equals(Buffer.from(ctx.values.buffer))).toBe(true);
    await dev.close();
  });

  it('quantises float inputs with a scale and counts saturation', async () => {
    const { dev, fake } = await open();
    const f = Float32Array.from({ length: 64 }, (_, i) => (i - 32) * 0.5);
    const rep = await dev.loadContext({ keys: { float: f, scale: 0.25 }, values: { float: f, scale: 1 } });
    expect(rep.saturated).toBe(0);
    expect((fake.mem.get(1)![0] << 24) >> 24).toBe(-64);
    const rep2 = await dev.loadContext({ keys: { float: f, scale: 0.1 }, values: { float: f, scale: 1 } });
    expect(rep2.saturated).toBeGreaterThan(0);
    await dev.close();
  });

  it('survives dropped requests and responses (retries) without corrupting data', async () => {
    const { dev, fake } = await open({ maxFrame: 2048 });
    let n = 0;
    fake.faults.decide = (kind, seq) => (kind === 'memWrite' && seq > 0 && ++n % 5 === 0 ? 'drop-request' : kind === 'memWrite' && seq < 0 && n % 7 === 0 ? 'drop-response' : undefined);
    const ctx = context(64, 3);
    await dev.loadContext(ctx);
    fake.faults.decide = undefined;
    expect(Buffer.from(fake.mem.get(2)!.subarray(0, 4096)).equals(Buffer.from(ctx.values.buffer))).toBe(true);
    expect(dev.stats().retries).toBeGreaterThan(0);
    await dev.close();
  });

  it('zeroes CONTEXT_LEN before the first chunk and sets the length only after the digests', async () => {
    const { dev, fake } = await open({ maxFrame: 2048 });
    const order: string[] = [];
    const orig = fake.execute.bind(fake);
    fake.execute = (req) => {
      if (req.regWrite) order.push(`len=${req.regWrite.writes?.[0]?.value}`);
      else if (req.memWrite) order.push('chunk');
      else if (req.memDigest) order.push('digest');
      return orig(req);
    };
    await dev.loadContext(context(40));
    expect(order[0]).toBe('len=0');
    expect(order[order.length - 1]).toBe('len=40');
    expect(order.lastIndexOf('digest')).toBeLessThan(order.length - 1);
    await dev.close();
  });

  it('repairs chunks when the digest disagrees', async () => {
    // Not adaptive: the second chunk starts at 1984 (max_frame - 64).
    const { dev, fake } = await open({ maxFrame: 2048 }, { adaptive: false });
    // Corrupt K SRAM right after one chunk lands (a bad SRAM write the CRC cannot see).
    const orig = fake.execute.bind(fake);
    let once = true;
    fake.execute = (req) => {
      const r = orig(req);
      if (once && req.memWrite && req.memWrite.offset === 1984) {
        once = false;
        fake.mem.get(1)![2000] ^= 0xff;
      }
      return r;
    };
    const ctx = context(64, 5);
    const rep = await dev.loadContext(ctx);
    expect(rep.repairedChunks).toBe(1);
    expect(Buffer.from(fake.mem.get(1)!.subarray(0, 4096)).equals(Buffer.from(ctx.keys.buffer))).toBe(true);
    await dev.close();
  });

  it('fails typed with a checkpoint and resumes from the first unconfirmed offset', async () => {
    const { dev, fake, link } = await open({ maxFrame: 2048 }, { reconnect: { attempts: 2, minDelayMs: 1, maxDelayMs: 2 } });
    const ctx = context(64, 9);
    let writes = 0;
    fake.faults.decide = (kind, seq) => {
      if (kind === 'memWrite' && seq > 0 && ++writes === 3) {
        link.failOpens = 10;
        queueMicrotask(() => link.cut());
        return 'drop-request';
      }
      return undefined;
    };
    const e = await err(dev.loadContext(ctx));
    expect(e.kind).toBe('disconnected');
    const cp = e.context.checkpoint as { nextOffsets: number[] };
    expect(cp.nextOffsets[0]).toBeGreaterThan(0);
    fake.faults.decide = undefined;
    link.failOpens = 0;
    const before = fake.executed.filter((x) => x.kind === 'memWrite').length;
    const rep = await dev.loadContext(ctx, { resumeFrom: e.context.checkpoint as never });
    expect(rep.skippedBytes).toBe(cp.nextOffsets[0]);
    expect(fake.executed.filter((x) => x.kind === 'memWrite').length - before).toBeLessThan(rep.chunks);
    expect(Buffer.from(fake.mem.get(1)!.subarray(0, 4096)).equals(Buffer.from(ctx.keys.buffer))).toBe(true);
    await dev.close();
  });

  it('rejects bad input before sending anything', async () => {
    const { dev, fake } = await open();
    const sent = () => fake.executed.length;
    const s0 = sent();
    expect((await err(dev.loadContext({ keys: new Int8Array(65), values: new Int8Array(65) }))).kind).toBe('invalid-argument');
    expect((await err(dev.loadContext({ keys: new Int8Array(64), values: new Int8Array(128) }))).kind).toBe('invalid-argument');
    expect((await err(dev.loadContext({ keys: new Int8Array(64 * 513), values: new Int8Array(64 * 513) }))).kind).toBe('invalid-argument');
    expect((await err(dev.loadContext({ keys: Array(64).fill(200), values: Array(64).fill(0) }))).kind).toBe('invalid-argument');
    expect((await err(dev.loadContext({ keys: Array(64).fill(0.5), values: Array(64).fill(0) }))).kind).toBe('invalid-argument');
    expect((await err(dev.loadContext({ keys: { float: [1], scale: 0 }, values: [] }))).kind).toBe('invalid-argument');
    expect((await err(() => dev.query(new Int8Array(63)))).kind).toBe('invalid-argument');
    expect((await err(() => dev.readMemory(Region.REGION_K_SRAM, 32760, 16))).kind).toBe('invalid-argument');
    expect((await err(() => dev.writeMemory(Region.REGION_OUTPUT, 0, new Uint8Array(4)))).kind).toBe('invalid-argument');
    expect((await err(() => dev.writeMemory(99 as Region, 0, new Uint8Array(4)))).kind).toBe('invalid-argument');
    expect(sent()).toBe(s0);
    await dev.close();
  });
});

describe('queries and streaming', () => {
  it('runs a query and decodes the result', async () => {
    const { dev } = await open();
    await dev.loadContext(context(10));
    const r = await dev.query(new Int8Array(64).fill(1), { wantCodes: true });
    expect(r.contextLength).toBe(10);
    expect(r.output.length).toBe(64);
    expect(r.codes?.length).toBe(10);
    expect(r.kept.length).toBe(r.counters.kept);
    expect(toReal(r, 0.5)[0]).toBe(r.output[0] * 0.5);
    expect(await dev.setScoreScale(1, 1)).toBe(3025551); // the register's reset value: unit scales, 1/sqrt(64)
    expect(await dev.regs.read('SCORE_SCALE')).toBe(3025551);
    await expect(dev.setScoreScale(0, 1)).rejects.toMatchObject({ kind: 'invalid-argument' });
    await expect(dev.setScoreScale(1e6, 1e6)).rejects.toMatchObject({ kind: 'invalid-argument' });
    expect((await dev.readResult()).queryId).toBe(r.queryId);
    expect((await dev.readCounters()).queries).toBe(1);
    await dev.close();
  });

  it('checks capabilities before sending', async () => {
    const { dev, fake } = await open({ capabilities: Cap.BINARY_FRAMING });
    const n = fake.executed.length;
    expect((await err(() => dev.query(new Int8Array(64), { wantCodes: true }))).kind).toBe('unsupported');
    expect((await err(() => dev.appendToken(new Int8Array(64), new Int8Array(64)))).kind).toBe('unsupported');
    expect((await err(() => dev.regs.read('DIE_SEED'))).kind).toBe('unsupported');
    expect(fake.executed.length).toBe(n);
    await dev.close();
  });

  const tokens = (n: number): Token[] =>
    Array.from({ length: n }, (_, t) => ({
      key: Int8Array.from({ length: 64 }, (_, i) => ((t * 31 + i * 7) % 255) - 127),
      value: Int8Array.from({ length: 64 }, (_, i) => ((t * 17 + i * 3) % 255) - 127),
      query: Int8Array.from({ length: 64 }, (_, i) => ((t + i) % 5) - 2),
    }));

  async function reference(n: number) {
    const fake = new FakeDevice();
    const { dev } = await open({}, {});
    void fake;
    const out = [];
    for await (const r of dev.stream(tokens(n), { maxInFlight: 1 })) out.push(r);
    await dev.close();
    return out;
  }

  it('streams results in order, pipelined', async () => {
    const ref = await reference(20);
    const { dev } = await open();
    const out = [];
    async function* gen() {
      yield* tokens(20);
    }
    for await (const r of dev.stream(gen(), { maxInFlight: 4 })) out.push(r);
    expect(out.map((r) => r.contextLength)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(out.map((r) => Array.from(r.output))).toEqual(ref.map((r) => Array.from(r.output)));
    await dev.close();
  });

  it('a stream result that did not see exactly the tokens before it is a protocol error, never a result', async () => {
    const { dev, fake } = await open();
    let appends = 0;
    // A device that skips one append (answers OK, stores nothing): the next query sees a short context.
    fake.faults.decide = (kind, seq) => (kind === 'appendToken' && seq > 0 && ++appends === 3 ? 'drop-request' : undefined);
    const out: QueryResult[] = [];
    const e = await err(async () => {
      for await (const r of dev.stream(tokens(6), { maxInFlight: 1 })) out.push(r);
    });
    expect(e).toBeInstanceOf(HacError);
    expect(['protocol', 'timeout']).toContain(e.kind);
    expect(out.every((r, i) => r.contextLength === i + 1)).toBe(true);
    await dev.close();
  });

  it('a stream that would overflow the context fails invalid-argument before any I/O for that token', async () => {
    const { dev, fake } = await open();
    fake.regs.set(0x100, 511);
    const out = [];
    const e = await err(async () => {
      for await (const r of dev.stream(tokens(3), { maxInFlight: 1 })) out.push(r);
    });
    expect(e).toBeInstanceOf(HacError);
    expect(e.kind).toBe('invalid-argument');
    expect(out.length).toBe(1);
    expect(fake.executed.filter((x) => x.kind === 'appendToken').length).toBe(1);
    await dev.close();
  });

  it('a canceled stream fails with the abort reason', async () => {
    const { dev } = await open();
    const ac = new AbortController();
    const e = await err(async () => {
      for await (const _r of dev.stream(tokens(5), { maxInFlight: 1, signal: ac.signal })) ac.abort('enough');
    });
    expect(e).toBeInstanceOf(HacError);
    expect(e.kind).toBe('canceled');
    expect(e.message).toMatch(/enough/);
    await dev.close();
  });

  it('streams without APPEND_TOKEN through addressed writes', async () => {
    const ref = await reference(5);
    const { dev } = await open({ capabilities: Cap.BINARY_FRAMING });
    const out = [];
    for await (const r of dev.stream(tokens(5))) out.push(r);
    expect(out.map((r) => Array.from(r.output))).toEqual(ref.map((r) => Array.from(r.output)));
    await dev.close();
  });
});

describe('device reset', () => {
  it('host-initiated reset is not an error; an unseen one is', async () => {
    const { dev, fake } = await open();
    await dev.regs.write('SCRATCH', 5);
    const info = await dev.reset();
    expect(info.bootEpoch).toBe(2);
    expect(await dev.regs.read('SCRATCH')).toBe(0);
    fake.reboot();
    expect((await err(dev.regs.read('CONTEXT_LEN'))).kind).toBe('device-reset');
    dev.acknowledgeReset();
    expect(await dev.regs.read('CONTEXT_LEN')).toBe(0);
    await dev.close();
  });
});
