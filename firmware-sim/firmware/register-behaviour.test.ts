/** reg_write rules and the work one request may cause (SPEC sections 4 and 5). */
import { describe, expect, it, vi } from 'vitest';
import { Region, crc32, statusName } from '../../protocol/index.js';
import { QUERY, loadKv, ok, read, ready, status, w, write } from '../testing/testkit.js';

describe('reg_write rules (t1)', () => {
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

describe('bounded work and events per request', () => {
  it('at most 32 CONTROL.START / SIM.DIE_SEED writes per request (the 250 ms bound): 33 are refused, nothing written', async () => {
    const { sim, host } = await ready();
    await loadKv(host, 8);
    const r = await status(host, { regWrite: { writes: [...Array.from({ length: 17 }, (_, i) => w('DIE_SEED', i + 10)), ...Array.from({ length: 16 }, () => w('CONTROL', 1))] } });
    expect(statusName(r.status)).toBe('STATUS_OUT_OF_RANGE');
    expect(await read(host, 'DIE_SEED', 'QUERY_COUNT')).toEqual([1, 0]);
    expect(sim.chip.model.dieSeed).toBe(1);
    // the worst legal request: 16 pairs (DIE_SEED = i, START) on 512 tokens in relative mode
    await loadKv(host, 512);
    await ok(host, { regWrite: { writes: Array.from({ length: 16 }, (_, i) => [w('DIE_SEED', i + 100), w('CONTROL', 1)]).flat() } });
    expect(await read(host, 'QUERY_COUNT', 'DIE_SEED')).toEqual([16, 115]);
  });

  it('32 DIE_SEED writes redraw the die once; a START after a DIE_SEED sees the new die', async () => {
    const { sim, host } = await ready();
    const spy = vi.spyOn(sim.chip.model, 'setDieSeed');
    await ok(host, { regWrite: { writes: Array.from({ length: 32 }, (_, i) => w('DIE_SEED', i + 10)) } });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(sim.chip.model.dieSeed).toBe(41);
    expect(await read(host, 'DIE_SEED')).toEqual([41]);

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

  it('32 x START in one reg_write: every query runs, one job_done (the last query, count 32) and one fault event', async () => {
    const { sim, host } = await ready();
    await loadKv(host, 8);
    await write(host, { CORE_SUPPLY_MV: 700, CLOCK_KHZ: 2_000_000, IRQ_ENABLE: 7 }); // every query violates timing
    const n = host.events.length;
    await ok(host, { regWrite: { writes: Array.from({ length: 32 }, () => w('CONTROL', 1)) } });
    expect(await read(host, 'QUERY_COUNT')).toEqual([32]);
    const ev = host.events.slice(n).map((e) => e.event);
    expect(ev.filter((e) => e.jobDone).map((e) => [e.jobDone!.queryId, e.jobDone!.count])).toEqual([[32, 32]]);
    expect(ev.filter((e) => e.fault)).toHaveLength(1);
    expect(ev).toHaveLength(2);
    // 32 failing STARTs log once, with the count
    await write(host, { CONTEXT_LEN: 0 });
    const m = host.events.length;
    await ok(host, { regWrite: { writes: Array.from({ length: 32 }, () => w('CONTROL', 1)) } });
    const logs = host.events.slice(m).map((e) => e.event.log?.text ?? '');
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/CONTEXT_LEN is 0 \(and 31 more in this request\)/);
    expect(sim.chip.stats.internalErrors).toBe(0);
  });
});
