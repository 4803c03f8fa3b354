/**
 * Queries on every target: verified context loads, token streaming in order with back-pressure,
 * batched queries, results judged as a board must pass them (the digital output bit for bit
 * against the host's reference for the keep mask the device returned; keep masks statistically,
 * per die), counters consistent with the work done, and job-done events delivered and numbered.
 */
import { beforeAll, expect } from 'vitest';
import { digitalAttention } from '../../firmware-sim/model/index.js';
import type { HacDevice, QueryResult, Token } from '../../host/index.js';
import { Region } from '../../protocol/index.js';
import { seededInt8 } from '../support/data.js';
import { forEachTarget } from '../targets/index.js';

const D = 64;

/** The bit-exact reference output for the keep mask the device returned. */
function reference(q: Int8Array, keys: Int8Array, values: Int8Array, r: QueryResult, scoreScale: number): Int16Array | Int32Array | Int8Array {
  const mask = new Uint8Array(r.contextLength);
  for (const t of r.kept) mask[t] = 1;
  return digitalAttention(q, keys, values, { d: D, contextLength: r.contextLength, keepMask: mask, scoreScale, outputShift: r.outputShift, outputInt16: r.outputInt16 });
}

/** Exact scores q.k for every token, best first. */
function exactOrder(q: Int8Array, keys: Int8Array, T: number): number[] {
  return Array.from({ length: T }, (_, t) => {
    let a = 0;
    for (let i = 0; i < D; i++) a += q[i] * keys[t * D + i];
    return { a, t };
  })
    .sort((x, y) => y.a - x.a || x.t - y.t)
    .map((o) => o.t);
}

forEachTarget('queries', (scope) => {
  const { target, test } = scope;
  let dev: HacDevice;
  beforeAll(() => {
    dev = scope.connected as HacDevice;
  });

  test('a context load is verified by the device and reads back exactly', async () => {
    const T = 300;
    const keys = seededInt8(T * D, 71);
    const values = seededInt8(T * D, 72);
    await dev.loadContext({ keys, values });
    dev.regs.invalidate('CONTEXT_LEN');
    expect(await dev.regs.read('CONTEXT_LEN')).toBe(T);
    const back = await dev.readContext(T);
    expect(Buffer.compare(Buffer.from(back.keys.buffer, back.keys.byteOffset, back.keys.length), Buffer.from(keys.buffer))).toBe(0);
    expect(Buffer.compare(Buffer.from(back.values.buffer, back.values.byteOffset, back.values.length), Buffer.from(values.buffer))).toBe(0);
  });

  test('token streaming: results in order, each over one more token, never more than maxInFlight tokens ahead', async () => {
    const T0 = 10;
    await dev.loadContext({ keys: seededInt8(T0 * D, 81), values: seededInt8(T0 * D, 82) });
    const N = 24;
    const maxInFlight = 3;
    let pulled = 0;
    let received = 0;
    let worstAhead = 0;
    function* tokens(): Generator<Token> {
      for (let i = 0; i < N; i++) {
        pulled++;
        worstAhead = Math.max(worstAhead, pulled - received);
        yield { key: seededInt8(D, 900 + i), value: seededInt8(D, 950 + i), query: seededInt8(D, 1000 + i, 80) };
      }
    }
    const lengths: number[] = [];
    for await (const r of dev.stream(tokens(), { maxInFlight })) {
      received++;
      lengths.push(r.contextLength);
    }
    expect(lengths).toEqual(Array.from({ length: N }, (_, i) => T0 + i + 1));
    // Back-pressure: the stream pulls a token only when fewer than maxInFlight are unanswered (+1 being prepared).
    expect(worstAhead).toBeLessThanOrEqual(maxInFlight + 1);
    dev.regs.invalidate('CONTEXT_LEN');
    expect(await dev.regs.read('CONTEXT_LEN')).toBe(T0 + N);
  });

  test('batched queries (dev.queryBatch): n results in order, each bit-exact for its own keep mask', async (t) => {
    const batch = (dev as unknown as { queryBatch?: (qs: Int8Array[], o?: object) => Promise<QueryResult[]> }).queryBatch;
    if (typeof batch !== 'function') return t.skip('queryBatch not on this host build');
    const T = 128;
    const keys = seededInt8(T * D, 91, 60);
    const values = seededInt8(T * D, 92, 100);
    await dev.loadContext({ keys, values });
    await dev.regs.writeMany({ MODE: 1, MARGIN: 14, MIN_KEEP: 1, OUTPUT_SHIFT: 2 });
    const scoreScale = await dev.regs.read('SCORE_SCALE');
    const qs = Array.from({ length: 8 }, (_, j) => seededInt8(D, 700 + j, 80));
    const results = await batch.call(dev, qs);
    expect(results).toHaveLength(qs.length);
    const ids = results.map((r) => r.queryId);
    expect(ids).toEqual(ids.map((_, j) => ids[0] + j));
    results.forEach((r, j) => expect(Array.from(r.output), `query ${j}`).toEqual(Array.from(reference(qs[j], keys, values, r, scoreScale))));
  });

  test('results: digital output bit-exact for the returned keep mask; keep masks within the stated bands per die', async () => {
    // Bands for relative mode, MARGIN 14, on seeded uniform data (T = 256, keys +-60, queries +-80):
    // mean keep ratio in [0.18, 0.42] and mean recall of the exact top 25% >= 0.75 per die; the
    // exact best token is kept in every query. (The typical-noise twin measures keep ~0.30,
    // recall ~0.85 on dies 1..3.)
    const T = 256;
    const keys = seededInt8(T * D, 51, 60);
    const values = seededInt8(T * D, 52, 100);
    const dies = dev.hasCapability('VIRTUAL_CHIP') ? [1, 2, 3] : [null];
    for (const die of dies) {
      if (die !== null) await dev.regs.write('DIE_SEED', die);
      await dev.loadContext({ keys, values });
      await dev.regs.writeMany({ MODE: 1, MARGIN: 14, MIN_KEEP: 1, OUTPUT_SHIFT: 3, HEAD: 0 });
      const scoreScale = await dev.regs.read('SCORE_SCALE');
      const N = 16;
      let keep = 0;
      let recall = 0;
      for (let j = 0; j < N; j++) {
        const q = seededInt8(D, 600 + j, 80);
        const r = await dev.query(q);
        expect(Array.from(r.output), `die ${die ?? target.name}, query ${j}: digital output`).toEqual(Array.from(reference(q, keys, values, r, scoreScale)));
        const order = exactOrder(q, keys, T);
        const kept = new Set(r.kept);
        expect(kept.has(order[0]), `die ${die}, query ${j}: exact best token ${order[0]} pruned`).toBe(true);
        keep += r.kept.length / T;
        recall += order.slice(0, T / 4).filter((t) => kept.has(t)).length / (T / 4);
      }
      expect(keep / N, `die ${die}: mean keep ratio`).toBeGreaterThanOrEqual(0.18);
      expect(keep / N, `die ${die}: mean keep ratio`).toBeLessThanOrEqual(0.42);
      expect(recall / N, `die ${die}: mean recall of the exact top 25%`).toBeGreaterThanOrEqual(0.75);
    }
    if (dies[0] !== null) await dev.regs.write('DIE_SEED', 1);
  });

  test('counters: monotonic, and the COUNTERS block moves by exactly the work the results report', async () => {
    const T = 130; // three tiles
    await dev.loadContext({ keys: seededInt8(T * D, 61), values: seededInt8(T * D, 62) });
    const before = await dev.readCounters();
    const rs: QueryResult[] = [];
    for (let j = 0; j < 5; j++) rs.push(await dev.query(seededInt8(D, 640 + j, 80)));
    const after = await dev.readCounters();
    const sum = (f: (r: QueryResult) => number) => rs.reduce((s, r) => s + f(r), 0);
    expect(after.queries - before.queries).toBe(5);
    expect(after.tokensKept - before.tokensKept).toBe(sum((r) => r.kept.length));
    expect(after.tokensPruned - before.tokensPruned).toBe(sum((r) => T - r.kept.length));
    expect(after.conversions - before.conversions).toBe(sum((r) => r.counters.conversions));
    expect(after.tileRefills - before.tileRefills).toBe(sum((r) => r.counters.tileRefills));
    expect(after.cycles - before.cycles).toBeCloseTo(sum((r) => r.counters.cycles), 0);
    expect(after.energyPj - before.energyPj).toBeCloseTo(sum((r) => r.counters.energyPj), -1);
    for (const r of rs) {
      expect(r.counters.kept).toBe(r.kept.length);
      expect(r.counters.pruned).toBe(T - r.kept.length);
      expect(r.counters.conversions).toBeGreaterThanOrEqual(T); // every token converted at least once
      expect(r.counters.cycles).toBeGreaterThan(0);
    }
    // Query ids count up by one per query.
    expect(rs.map((r) => r.queryId - rs[0].queryId)).toEqual([0, 1, 2, 3, 4]);
    // CLEAR_COUNTERS zeroes the block.
    await dev.regs.writeField('CONTROL', 'CLEAR_COUNTERS', 1);
    const cleared = await dev.readCounters();
    expect([cleared.queries, cleared.tokensKept, cleared.tokensPruned, cleared.conversions]).toEqual([0, 0, 0, 0]);
  });

  test('events: job_done only when IRQ_ENABLE.DONE (off at reset), one per query, numbered without gaps', async () => {
    const events: Array<{ seq: number; queryId: number; count: number }> = [];
    const off = dev.onEvent((e) => {
      if (e.jobDone) events.push({ seq: e.eventSeq ?? 0, queryId: e.jobDone.queryId ?? 0, count: e.jobDone.count ?? 0 });
    });
    try {
      await dev.loadContext({ keys: seededInt8(32 * D, 11), values: seededInt8(32 * D, 12) });
      await dev.regs.writeField('IRQ_ENABLE', 'DONE', 0);
      await dev.query(seededInt8(D, 1));
      await dev.ping();
      expect(events, 'no job_done while IRQ_ENABLE.DONE = 0').toEqual([]);
      await dev.regs.writeField('IRQ_ENABLE', 'DONE', 1);
      const rs = [await dev.query(seededInt8(D, 2)), await dev.query(seededInt8(D, 3)), await dev.query(seededInt8(D, 4))];
      await dev.ping(); // events go out before the answers that follow them
      const deadline = Date.now() + scope.ms(1000);
      while (events.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      expect(events.map((e) => e.queryId)).toEqual(rs.map((r) => r.queryId));
      expect(events.every((e) => e.count === 1)).toBe(true);
      expect(events.map((e) => e.seq - events[0].seq)).toEqual([0, 1, 2]);
      // The interrupt status records it too (w1c).
      expect((await dev.regs.read('IRQ_STATUS')) & 1).toBe(1);
      await dev.regs.write('IRQ_STATUS', 1);
      expect((await dev.regs.read('IRQ_STATUS')) & 1).toBe(0);
    } finally {
      off();
      await dev.regs.writeField('IRQ_ENABLE', 'DONE', 0);
    }
  }, { caps: ['EVENTS'] });

  test('the keep mask region and the output region hold the last result', async () => {
    const T = 64;
    await dev.loadContext({ keys: seededInt8(T * D, 13), values: seededInt8(T * D, 14) });
    const r = await dev.query(seededInt8(D, 15, 80));
    const mask = await dev.readMemory(Region.REGION_KEEP_MASK, 0, 8);
    expect(Array.from(mask)).toEqual(Array.from(r.keepMask.subarray(0, 8)));
    const out = await dev.readMemory(Region.REGION_OUTPUT, 0, 128);
    const dv = new DataView(out.buffer, out.byteOffset, out.byteLength);
    expect(Array.from({ length: 64 }, (_, i) => dv.getInt16(2 * i, true))).toEqual(Array.from(r.output));
    const again = await dev.readResult();
    expect(again.queryId).toBe(r.queryId);
    expect(Array.from(again.output)).toEqual(Array.from(r.output));
  });
});
