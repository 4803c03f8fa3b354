/** What a query run does to the engine's state, and what it refuses before running. */
import { describe, expect, it } from 'vitest';
import { Cap, Region, Status, registerByName, statusName } from '../../protocol/index.js';
import { ALL_CAPABILITIES } from '../index.js';
import { QUERY, lcg, loadKv, memWrite, ok, read, ready, status, w, write } from '../testing/testkit.js';

describe('a run_query whose result would not fit is refused before it runs (t12)', () => {
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

describe('a reset also resets the engine state (t4)', () => {
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

describe('smaller findings', () => {
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
