/**
 * Regression tests for the reviewer's findings (repros /tmp/rv/t*.ts): each test failed before
 * its fix. Deterministic: no wall-clock assertions (the 250 ms bound is checked by counting die
 * redraws and events, not by timing them).
 */
import { describe, expect, it, vi } from 'vitest';
import {
  Cap,
  DEFAULT_MAX_FRAME,
  MIN_MAX_FRAME,
  Region,
  Status,
  StreamDecoder,
  crc32,
  encodeFrame,
  encodeFrameMessage,
  registerByName,
  statusName,
  type FramingKind,
  type IRequest,
} from '../../protocol/index.js';
import { ALL_CAPABILITIES, WireHost, attachHost, createSim } from '../index.js';
import { addr, ok, read, ready, write } from './testkit.js';




async function status(host: WireHost, req: IRequest, framing: FramingKind = 'binary') {
  return (await host.request(req, framing)).response;
}


const w = (name: string, value: number, mask?: number) => ({ address: addr(name), value, ...(mask === undefined ? {} : { mask }) });



function lcg(n: number, seed: number): Uint8Array {
  const a = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    a[i] = x >>> 24;
  }
  return a;
}

async function memWrite(host: WireHost, region: Region, offset: number, data: Uint8Array) {
  return ok(host, { memWrite: { region, offset, data, dataCrc: crc32(data) } });
}

/** 64 tokens of pseudo-random K/V (the reviewer's t3/t4 data). */
async function loadKv(host: WireHost, tokens = 64) {
  await memWrite(host, Region.REGION_K_SRAM, 0, lcg(tokens * 64, 1));
  await memWrite(host, Region.REGION_V_SRAM, 0, lcg(tokens * 64, 2));
  await write(host, { CONTEXT_LEN: tokens });
}

const QUERY = lcg(64, 9);

describe('1. replay cache and sessions (t7)', () => {
  it('a hello from another session empties the replay cache; the same session keeps it', async () => {
    const sim = createSim();
    const key = new Uint8Array(64).fill(1);
    const h1 = attachHost(sim.link);
    await h1.hello();
    const a = await ok(h1, { seq: 2, appendToken: { key, value: key } });
    expect(a.appendToken!.contextLength).toBe(1);

    // The same session reconnects and resends seq 2 (its answer was lost): replayed, not run again.
    await h1.hello();
    const again = await ok(h1, { seq: 2, appendToken: { key, value: key } });
    expect(again.appendToken!.contextLength).toBe(1);
    expect(sim.chip.stats.replays).toBe(1);

    // A new program (another session id) numbering from 1 again: its seq 2 runs.
    const h2 = new WireHost((b) => sim.link.fromHost(b));
    sim.link.connect(h2.onBytes);
    expect(h2.sessionId).not.toBe(h1.sessionId);
    await h2.hello();
    const b = await ok(h2, { seq: 2, appendToken: { key, value: key } });
    expect(b.appendToken!.contextLength).toBe(2);
    expect(sim.control.state().contextLength).toBe(2);
    expect(sim.chip.stats.replays).toBe(1);
  });

  it('a hello with session_id 0 always empties it', async () => {
    const { sim, host } = await ready();
    const key = new Uint8Array(64).fill(3);
    await ok(host, { seq: 77, appendToken: { key, value: key } });
    expect(sim.control.state().replayCacheSize).toBe(1);
    await host.hello('line', DEFAULT_MAX_FRAME, 0);
    expect(sim.control.state().replayCacheSize).toBe(0);
    expect((await ok(host, { seq: 77, appendToken: { key, value: key } })).appendToken!.contextLength).toBe(2);
  });

  it('a reset answer survives the session\'s next hello, so a resent reset does not reset twice', async () => {
    const { host } = await ready();
    expect((await ok(host, { seq: 9, reset: {} })).reset!.bootEpoch).toBe(2);
    await host.hello();
    expect((await ok(host, { seq: 9, reset: {} })).reset!.bootEpoch).toBe(2);
  });
});

describe('2. hello max_frame (t2)', () => {
  it('below MIN_MAX_FRAME: BAD_ARGUMENT with the body filled, the device limit stays, no frame above it', async () => {
    const sim = createSim();
    const host = new WireHost((b) => sim.link.fromHost(b));
    const dec = new StreamDecoder(DEFAULT_MAX_FRAME);
    let largest = 0;
    sim.link.connect((b) => {
      for (const d of dec.push(b)) if (d.kind === 'frame') largest = Math.max(largest, d.payload.length);
      host.onBytes(b);
    });
    const bad = (await host.hello('line', 16)).response;
    expect(statusName(bad.status)).toBe('STATUS_BAD_ARGUMENT');
    expect(bad.hello?.maxFrame).toBe(DEFAULT_MAX_FRAME);
    expect(bad.hello?.protocolVersion).toBe(1);
    expect(sim.control.state().effectiveMaxFrame).toBe(DEFAULT_MAX_FRAME);
    expect((await host.hello('line', MIN_MAX_FRAME - 1)).response.status).toBe(Status.STATUS_BAD_ARGUMENT);

    expect((await host.hello('line', MIN_MAX_FRAME)).response.status).toBe(Status.STATUS_OK);
    expect(sim.control.state().effectiveMaxFrame).toBe(MIN_MAX_FRAME);
    // a refused hello puts the device's own limit back in force
    expect((await host.hello('line', 100)).response.status).toBe(Status.STATUS_BAD_ARGUMENT);
    expect(sim.control.state().effectiveMaxFrame).toBe(DEFAULT_MAX_FRAME);
    expect((await host.hello('line', 0)).response.status).toBe(Status.STATUS_OK);
    expect(sim.control.state().effectiveMaxFrame).toBe(DEFAULT_MAX_FRAME);

    // At the floor, the largest non-memory responses fit (a 512-token result with codes).
    expect((await host.hello('line', MIN_MAX_FRAME)).response.status).toBe(Status.STATUS_OK);
    largest = 0;
    await write(host, { CONTEXT_LEN: 512 });
    const r = await ok(host, { runQuery: { query: QUERY, wantCodes: true } });
    expect(r.runQuery!.result!.codes!.length).toBe(512);
    expect(largest).toBeLessThanOrEqual(MIN_MAX_FRAME);
  });
});

describe('3. a run_query whose result would not fit is refused before it runs (t12)', () => {
  it('OUT_OF_RANGE; no query id, counters, result or Q buffer change', async () => {
    // A host may not ask below MIN_MAX_FRAME (2048), where every result fits: a device limit of 512 (test knob) makes it reachable.
    const { sim, host } = await ready({ maxFrame: 512 });
    expect(sim.control.state().effectiveMaxFrame).toBe(512);
    await write(host, { CONTEXT_LEN: 512 });
    const r = await status(host, { runQuery: { query: QUERY, wantCodes: true } });
    expect(statusName(r.status)).toBe('STATUS_OUT_OF_RANGE');
    expect(await read(host, 'QUERY_COUNT', 'QUERIES', 'CYCLES_LO')).toEqual([0, 0, 0]);
    expect((await status(host, { readResult: {} })).status).toBe(Status.STATUS_NOT_READY);
    expect(sim.control.memory(Region.REGION_Q_BUFFER).every((b) => b === 0)).toBe(true);
    expect(sim.control.state().counters.queries).toBe(0);
    // without codes the result fits and the query runs
    expect((await ok(host, { runQuery: { query: QUERY } })).runQuery!.result!.queryId).toBe(1);
  });
});

describe('4. reg_write rules (t1)', () => {
  it('writes after a CONTROL.SOFT_RESET strobe: BAD_ARGUMENT, nothing written, no reset', async () => {
    const { sim, host } = await ready();
    await write(host, { TOPK: 0, MIN_KEEP: 0, SCRATCH: 5 });
    const r = await status(host, { regWrite: { writes: [w('SCRATCH', 6), w('CONTROL', 2), w('TOPK', 0x200, 0x200), w('MIN_KEEP', 0x200, 0x200)] } });
    expect(statusName(r.status)).toBe('STATUS_BAD_ARGUMENT');
    expect(sim.chip.bootEpoch).toBe(1);
    expect(await read(host, 'TOPK', 'MIN_KEEP', 'SCRATCH')).toEqual([0, 0, 5]);
    // the strobe as the last write is fine
    await ok(host, { regWrite: { writes: [w('SCRATCH', 6), w('CONTROL', 2)] } });
    expect(sim.chip.bootEpoch).toBe(2);
  });

  it('rw values go through valueProblem: reserved bits, min and max -> INVALID_CONFIG, nothing written', async () => {
    const { host } = await ready();
    const cases: Array<[string, number]> = [
      ['MODE', 0x0c], // bits 2..3 are reserved (max 0x13 alone let it through)
      ['FAULT_DEAD_COMPARATOR', 0x80], // bit 7 reserved
      ['FAULT_SRAM_FLIP', 1 << 20], // bits 20..30 reserved
      ['THRESHOLD_0', 32],
      ['MARGIN', 32],
      ['SCORE_SCALE', 0],
      ['CLOCK_KHZ', 999],
      ['CORE_SUPPLY_MV', 499],
      ['ANALOG_SUPPLY_MV', 0],
    ];
    for (const [name, value] of cases) {
      const before = await read(host, 'SCRATCH', name);
      const r = await status(host, { regWrite: { writes: [w('SCRATCH', 1234), w(name, value)] } });
      expect(statusName(r.status), `${name} = ${value}`).toBe('STATUS_INVALID_CONFIG');
      expect(await read(host, 'SCRATCH', name)).toEqual(before);
    }
    await write(host, { THRESHOLD_0: 31, MARGIN: 31, CLOCK_KHZ: 1000, CORE_SUPPLY_MV: 500, SCORE_SCALE: 1 });
  });
});

describe('5. a reset also resets the engine state (t4)', () => {
  it('counters of the first query after a reset do not depend on what ran before it', async () => {
    const { host } = await ready({ dieSeed: 3 });
    await memWrite(host, Region.REGION_K_SRAM, 0, lcg(4096, 1));
    await memWrite(host, Region.REGION_V_SRAM, 0, lcg(4096, 2));
    const run = async () => {
      await write(host, { CONTEXT_LEN: 64 });
      return (await ok(host, { runQuery: { query: QUERY } })).runQuery!.result!.counters!;
    };
    await ok(host, { reset: {} });
    await host.hello();
    const cold = await run();
    // the same query (CIM cache now holds tile 0), a reset, the same query again
    await ok(host, { reset: {} });
    await host.hello();
    await run();
    await ok(host, { reset: {} });
    await host.hello();
    const afterWarm = await run();
    expect(afterWarm).toEqual(cold);
    expect(cold.tileRefills).toBe(1);
    // also through CONTROL.SOFT_RESET
    await ok(host, { regWrite: { writes: [w('CONTROL', 2)] } });
    await host.hello();
    expect(await run()).toEqual(cold);
  });
});

describe('9. events follow the framing of the last request only', () => {
  it('looped-back responses/events and undecodable frames do not change it', async () => {
    const { sim, host } = await ready();
    await ok(host, { ping: {} }, 'binary');
    expect(sim.control.state().lastFraming).toBe('binary');
    sim.link.fromHost(encodeFrame('line', encodeFrameMessage({ response: { seq: 1, status: Status.STATUS_OK } })));
    sim.link.fromHost(encodeFrame('line', encodeFrameMessage({ event: { eventSeq: 1, log: { level: 1, text: 'x' } } })));
    sim.link.fromHost(encodeFrame('line', new Uint8Array([0xff, 0xff, 0xff]))); // good CRC, not a Frame
    await sim.chip.idle();
    expect(sim.control.state().lastFraming).toBe('binary');
    // and the next event goes out in binary framing
    await write(host, { CONTEXT_LEN: 4 });
    const n = host.events.length;
    // a line-framed junk frame and a binary run_query in one write: the event follows the request
    const junk = encodeFrame('line', new Uint8Array([0xff, 0xff, 0xff]));
    const q = host.frame({ runQuery: { query: QUERY } }, 'binary');
    const p = host.waitFor(q.seq);
    sim.link.fromHost(new Uint8Array([...q.bytes, ...junk]));
    await p;
    await sim.chip.idle();
    const ev = host.events.slice(n);
    expect(ev.map((e) => e.framing)).toEqual(['binary']);
  });
});

describe('10. bounded work and events per request', () => {
  it('256 DIE_SEED writes redraw the die once; a START after a DIE_SEED sees the new die', async () => {
    const { sim, host } = await ready();
    const spy = vi.spyOn(sim.chip.model, 'setDieSeed');
    await ok(host, { regWrite: { writes: Array.from({ length: 256 }, (_, i) => w('DIE_SEED', i + 10)) } });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(sim.chip.model.dieSeed).toBe(265);
    expect(await read(host, 'DIE_SEED')).toEqual([265]);

    // DIE_SEED then START in one request: the query runs on the new die (same as a fresh sim with it)
    await loadKv(host);
    await ok(host, { memWrite: { region: Region.REGION_Q_BUFFER, offset: 0, data: QUERY, dataCrc: crc32(QUERY) } });
    await ok(host, { regWrite: { writes: [w('DIE_SEED', 7), w('CONTROL', 1)] } });
    const got = sim.control.state().hasResult ? sim.chip.lastResult()! : null;
    const ref = await ready({ dieSeed: 7 });
    await loadKv(ref.host);
    await ok(ref.host, { memWrite: { region: Region.REGION_Q_BUFFER, offset: 0, data: QUERY, dataCrc: crc32(QUERY) } });
    await ok(ref.host, { regWrite: { writes: [w('CONTROL', 1)] } });
    const want = ref.sim.chip.lastResult()!;
    expect(Buffer.from(got!.keepMask!).equals(Buffer.from(want.keepMask!))).toBe(true);
    expect(Buffer.from(got!.output!).equals(Buffer.from(want.output!))).toBe(true);
    spy.mockRestore();
  });

  it('256 x START in one reg_write: every query runs, one job_done (the last query) and one fault event', async () => {
    const { sim, host } = await ready();
    await loadKv(host, 8);
    await write(host, { CORE_SUPPLY_MV: 700, CLOCK_KHZ: 2_000_000 }); // every query violates timing
    const n = host.events.length;
    await ok(host, { regWrite: { writes: Array.from({ length: 256 }, () => w('CONTROL', 1)) } });
    expect(await read(host, 'QUERY_COUNT')).toEqual([256]);
    const ev = host.events.slice(n).map((e) => e.event);
    expect(ev.filter((e) => e.jobDone).map((e) => e.jobDone!.queryId)).toEqual([256]);
    expect(ev.filter((e) => e.fault)).toHaveLength(1);
    expect(ev).toHaveLength(2);
    // 256 failing STARTs log once, with the count
    await write(host, { CONTEXT_LEN: 0 });
    const m = host.events.length;
    await ok(host, { regWrite: { writes: Array.from({ length: 256 }, () => w('CONTROL', 1)) } });
    const logs = host.events.slice(m).map((e) => e.event.log?.text ?? '');
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/CONTEXT_LEN is 0 \(and 255 more in this request\)/);
    expect(sim.chip.stats.internalErrors).toBe(0);
  });
});

describe('11. smaller findings', () => {
  it('events caused before a SOFT_RESET in the same request are dropped with the old epoch', async () => {
    const { host } = await ready();
    await loadKv(host, 8);
    const n = host.events.length;
    await ok(host, { regWrite: { writes: [w('CONTROL', 1), w('CONTROL', 2)] } });
    const ev = host.events.slice(n).map((e) => e.event);
    expect(ev.map((e) => [e.eventSeq, e.jobDone ? 'jobDone' : e.log ? 'log' : '?'])).toEqual([[1, 'log']]);
    expect(ev[0].log!.text).toMatch(/soft reset/);
  });

  it('append_token UNSUPPORTED goes through the command-failure path', async () => {
    const { host } = await ready({ capabilities: ALL_CAPABILITIES & ~Cap.APPEND_TOKEN });
    const r = await status(host, { appendToken: { key: new Uint8Array(64), value: new Uint8Array(64) } });
    expect(r.status).toBe(Status.STATUS_UNSUPPORTED);
    const [st, code, irq] = await read(host, 'STATUS', 'ERROR_CODE', 'IRQ_STATUS');
    expect(st & 4).toBe(4);
    expect(code).toBe(Status.STATUS_UNSUPPORTED);
    expect(irq & 2).toBe(2);
    expect(host.events.some((e) => /append_token not supported/.test(e.event.log?.text ?? ''))).toBe(true);
  });

  it('a run_query that fails to run still leaves its 64-byte query in the Q buffer', async () => {
    const { sim, host } = await ready();
    const r = await status(host, { runQuery: { query: QUERY } }); // CONTEXT_LEN = 0
    expect(r.status).toBe(Status.STATUS_INVALID_CONFIG);
    expect(Buffer.from(sim.control.memory(Region.REGION_Q_BUFFER)).equals(Buffer.from(QUERY))).toBe(true);
    // a malformed query writes nothing
    await status(host, { runQuery: { query: new Uint8Array(3) } });
    expect(Buffer.from(sim.control.memory(Region.REGION_Q_BUFFER)).equals(Buffer.from(QUERY))).toBe(true);
  });

  it('asserting BOARD.CHIP_RESET resets the chip (registers, results, engine), not the board firmware', async () => {
    const { sim, host } = await ready();
    await write(host, { DIE_SEED: 77, CORE_SUPPLY_MV: 1100 });
    await loadKv(host);
    const cold = (await ok(host, { runQuery: { query: QUERY } })).runQuery!.result!;
    await write(host, { SCRATCH: 9, TOPK: 3, THRESHOLD_2: 5, TRIM_1: 4 });
    await ok(host, { runQuery: { query: QUERY } }); // the CIM cache now holds tile 0
    await write(host, { CHIP_RESET: 1 });
    expect((await status(host, { runQuery: { query: QUERY } })).status).toBe(Status.STATUS_NOT_READY);
    const resets = (n: string) => registerByName(n)!.reset;
    expect(await read(host, 'SCRATCH', 'TOPK', 'THRESHOLD_2', 'TRIM_1', 'CONTEXT_LEN', 'QUERY_COUNT', 'QUERIES', 'DIE_SEED', 'CORE_SUPPLY_MV', 'CHIP_RESET')).toEqual([
      0,
      resets('TOPK'),
      resets('THRESHOLD_2'),
      0,
      0,
      0,
      0,
      77,
      1100,
      1,
    ]);
    expect((await status(host, { readResult: {} })).status).toBe(Status.STATUS_NOT_READY);
    expect(sim.chip.bootEpoch).toBe(1); // the board firmware did not reset: same epoch, no new hello needed
    await write(host, { CHIP_RESET: 0, CONTEXT_LEN: 64 });
    // engine state was reset too: the first query after it refills the CIM cache, as the first one did
    const after = (await ok(host, { runQuery: { query: QUERY } })).runQuery!.result!;
    expect(after.queryId).toBe(1);
    expect(after.counters).toEqual(cold.counters);
    expect(after.counters!.tileRefills).toBe(1);
    expect(Buffer.from(after.output!).equals(Buffer.from(cold.output!))).toBe(true);
  });
});
