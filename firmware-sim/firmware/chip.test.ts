import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  Cap,
  DEFAULT_MAX_FRAME,
  REGISTERS,
  REGISTER_MAP_HASH,
  Region,
  SCHEMA_HASH,
  Status,
  crc32,
  registerByName,
} from '../../protocol/index.js';
import { ALL_CAPABILITIES, attachHost } from '../index.js';
import { addr, bytes, ok, read, ready, write } from '../testing/testkit.js';
import type { WireHost } from '../testing/wire-host.js';

async function loadContext(host: WireHost, tokens: number, seed = 1) {
  for (let t = 0; t < tokens; t++) {
    await ok(host, { appendToken: { key: bytes(64, (i) => (i * 37 + t * 11 + seed) * 2654435761 >>> 24), value: bytes(64, (i) => i * 3 + t) } });
  }
}

const QUERY = bytes(64, (i) => (i * 53 + 7) * 2246822519 >>> 25);

describe('handshake', () => {
  it('advertises what the brief says, in the framing of the request', async () => {
    const { hello } = await ready();
    expect(hello).toMatchObject({
      protocolVersion: 2,
      minProtocolVersion: 2,
      schemaHash: SCHEMA_HASH,
      registerMapHash: REGISTER_MAP_HASH,
      chipId: registerByName('CHIP_ID')!.reset,
      revision: registerByName('REVISION')!.reset,
      maxFrame: DEFAULT_MAX_FRAME,
      window: 8,
      bootEpoch: 1,
      firmware: 'hac-sim 0.2.0',
      maxTokens: 512,
      headDim: 64,
      tileTokens: 64,
      heads: 16,
    });
    expect(hello.capabilities).toBe(
      Cap.BINARY_FRAMING | Cap.ANALOG_CODES | Cap.VIRTUAL_CHIP | Cap.BOARD_CONTROL | Cap.APPEND_TOKEN | Cap.OFFSET_TRIM | Cap.INT16_OUTPUT | Cap.EVENTS | Cap.VERIFY_FENCE,
    );
  });

  it('answers each request in the framing it arrived in', async () => {
    const { host } = await ready();
    for (const framing of ['binary', 'line', 'binary', 'line'] as const) {
      const r = await host.request({ ping: { data: new Uint8Array([9]) } }, framing);
      expect(r.framing).toBe(framing);
    }
  });
});

describe('registers', () => {
  it('every readable register of the map reads its reset value after power-on', async () => {
    const { host } = await ready();
    const readable = REGISTERS.filter((r) => r.access !== 'wo');
    const values = (await ok(host, { regRead: { addresses: readable.map((r) => r.address) } })).regRead!.values!;
    readable.forEach((r, i) => expect([r.name, values[i]]).toEqual([r.name, r.reset]));
  });

  it('validates a whole reg_write before applying any of it', async () => {
    const { host } = await ready();
    const r = await host.request({
      regWrite: { writes: [{ address: addr('SCRATCH'), value: 5 }, { address: addr('HEAD'), value: 99 }] },
    });
    expect(r.response.status).toBe(Status.STATUS_INVALID_CONFIG);
    expect(await read(host, 'SCRATCH')).toEqual([0]);
  });

  it('applies masks, clears w1c bits, never stores strobes', async () => {
    const { host } = await ready();
    await write(host, { SCRATCH: 0xffff0000 });
    await ok(host, { regWrite: { writes: [{ address: addr('SCRATCH'), value: 0x1234, mask: 0x00ff }] } });
    expect(await read(host, 'SCRATCH')).toEqual([0xffff0034]);
    // a masked write is checked against max on the value it leaves
    const over = await host.request({ regWrite: { writes: [{ address: addr('MODE'), value: 0xff, mask: 0xf0 }] } });
    expect(over.response.status).toBe(Status.STATUS_INVALID_CONFIG);

    await loadContext(host, 4);
    await ok(host, { runQuery: { query: QUERY } });
    expect((await read(host, 'IRQ_STATUS'))[0] & 1).toBe(1);
    await write(host, { IRQ_STATUS: 1 });
    expect((await read(host, 'IRQ_STATUS'))[0] & 1).toBe(0);
  });

  it('TRIM registers and the TRIM region are one storage', async () => {
    const { sim, host } = await ready();
    // 6-bit two's complement in the register, INT8 in the region
    await write(host, { TRIM_3: 0x3e });
    const region = (await ok(host, { memRead: { region: Region.REGION_TRIM, offset: 0, length: 64 } })).memRead!.data!;
    expect(region[3]).toBe(0xfe);
    expect(sim.chip.model.trim[3]).toBe(-2);
    const data = new Uint8Array([5, 0xe0]);
    await ok(host, { memWrite: { region: Region.REGION_TRIM, offset: 10, data, dataCrc: crc32(data) } });
    expect(await read(host, 'TRIM_10', 'TRIM_11')).toEqual([5, 0x20]);
    // a byte with no 6-bit encoding is refused, and nothing is written
    const bad = new Uint8Array([1, 32]);
    const r = await host.request({ memWrite: { region: Region.REGION_TRIM, offset: 20, data: bad, dataCrc: crc32(bad) } });
    expect(r.response.status).toBe(Status.STATUS_BAD_ARGUMENT);
    expect(await read(host, 'TRIM_20')).toEqual([0]);
  });

  it('BOARD and SIM registers drive the model', async () => {
    const { sim, host } = await ready();
    await write(host, { TEMPERATURE_SET_MC: 85000, CORE_SUPPLY_MV: 900, ANALOG_SUPPLY_MV: 1100, CLOCK_KHZ: 500000 });
    expect(await read(host, 'TEMPERATURE_MC')).toEqual([85000]);
    expect(sim.chip.model.operatingPoint()).toEqual({ temperatureMilliC: 85000, coreSupplyMv: 900, analogSupplyMv: 1100, clockKhz: 500000 });
    await write(host, { DIE_SEED: 1234, NOISE_PRESET: 2 });
    expect(sim.chip.model.dieSeed).toBe(1234);
    expect(sim.chip.model.noisePreset).toBe('conservative');
    // 0 kHz is a clock the engine cannot run
    const r = await host.request({ regWrite: { writes: [{ address: addr('CLOCK_KHZ'), value: 0 }] } });
    expect(r.response.status).toBe(Status.STATUS_INVALID_CONFIG);
  });

  it('a different die seed gives different analog codes; the same seed the same ones', async () => {
    const { host } = await ready();
    await loadContext(host, 64);
    // after each reset: same query index, so only the die differs
    const codes = async () => {
      await write(host, { CONTEXT_LEN: 64 });
      return (await ok(host, { runQuery: { query: QUERY, wantCodes: true } })).runQuery!.result!.codes!;
    };
    await write(host, { DIE_SEED: 7 });
    await ok(host, { reset: {} });
    await host.hello();
    const a = await codes();
    await write(host, { DIE_SEED: 8 });
    await ok(host, { reset: {} });
    await host.hello();
    const b = await codes();
    await write(host, { DIE_SEED: 7 });
    await ok(host, { reset: {} });
    await host.hello();
    const c = await codes();
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('chip faults from the SIM registers reach the model (stuck column)', async () => {
    const { host } = await ready();
    await loadContext(host, 8);
    await write(host, { FAULT_STUCK_COLUMN: (31 << 16) | (1 << 8) | 5 });
    const r = (await ok(host, { runQuery: { query: QUERY, wantCodes: true } })).runQuery!.result!;
    expect(r.codes![5]).toBe(31);
  });

  it('an SRAM bit flip is seen on every read of that cell', async () => {
    const { host } = await ready();
    const data = new Uint8Array(64);
    await ok(host, { memWrite: { region: Region.REGION_V_SRAM, offset: 64, data, dataCrc: crc32(data) } });
    await write(host, { FAULT_SRAM_FLIP: (1 << 31) | (1 << 19) | (3 << 16) | (2 << 10) | 1 });
    const back = (await ok(host, { memRead: { region: Region.REGION_V_SRAM, offset: 64, length: 64 } })).memRead!.data!;
    expect(back[2]).toBe(8);
  });

  it('COUNTERS mirror the sum of the per-query counters; CLEAR_COUNTERS zeroes them', async () => {
    const { host } = await ready();
    await loadContext(host, 100);
    let cycles = 0;
    let kept = 0;
    let pruned = 0;
    let refills = 0;
    let conversions = 0;
    let energy = 0;
    for (let i = 0; i < 3; i++) {
      const c = (await ok(host, { runQuery: { query: QUERY } })).runQuery!.result!.counters!;
      cycles += c.cycles!;
      kept += c.kept!;
      pruned += c.pruned!;
      refills += c.tileRefills!;
      conversions += c.conversions!;
      energy += c.energyPj!;
    }
    const counters = (await ok(host, { readCounters: {} })).readCounters!;
    expect(counters).toMatchObject({ cycles, queries: 3, tokensKept: kept, tokensPruned: pruned, tileRefills: refills, conversions });
    expect(counters.energyPj).toBeCloseTo(energy, 6);
    expect(await read(host, 'CYCLES_LO', 'CYCLES_HI', 'QUERIES', 'TOKENS_KEPT', 'TOKENS_PRUNED', 'TILE_REFILLS', 'CONVERSIONS', 'ENERGY_NJ', 'QUERY_COUNT')).toEqual([
      cycles,
      0,
      3,
      kept,
      pruned,
      refills,
      conversions,
      Math.floor(energy / 1000),
      3,
    ]);
    await write(host, { CONTROL: 4 });
    expect((await ok(host, { readCounters: {} })).readCounters!.queries).toBe(0);
  });
});

describe('memory regions', () => {
  it('write, read back, digest; bounds follow the effective max_frame', async () => {
    const { host } = await ready();
    const data = bytes(4000, (i) => i * 7);
    const w = await ok(host, { memWrite: { region: Region.REGION_K_SRAM, offset: 1000, data, dataCrc: crc32(data) } });
    expect(w.memWrite!.nextOffset).toBe(5000);
    const r = (await ok(host, { memRead: { region: Region.REGION_K_SRAM, offset: 1000, length: 4000 } })).memRead!;
    expect(Buffer.from(r.data!).equals(Buffer.from(data))).toBe(true);
    expect(r.dataCrc).toBe(crc32(data));
    const d = (await ok(host, { memDigest: { region: Region.REGION_K_SRAM, offset: 1000, length: 4000 } })).memDigest!;
    expect(Buffer.from(d.sha256!).toString('hex')).toBe(createHash('sha256').update(data).digest('hex'));
    await ok(host, { memRead: { region: Region.REGION_V_SRAM, offset: 0, length: DEFAULT_MAX_FRAME - 64 } });
    const tooLong = await host.request({ memRead: { region: Region.REGION_V_SRAM, offset: 0, length: DEFAULT_MAX_FRAME - 63 } });
    expect(tooLong.response.status).toBe(Status.STATUS_OUT_OF_RANGE);

    // A host that accepts only 2048-byte payloads lowers the limit, and no frame exceeds it.
    await host.hello('line', 2048);
    const small = await host.request({ memRead: { region: Region.REGION_V_SRAM, offset: 0, length: 2000 } });
    expect(small.response.status).toBe(Status.STATUS_OUT_OF_RANGE);
    await ok(host, { memRead: { region: Region.REGION_V_SRAM, offset: 0, length: 1984 } });
  });

  it('a response that would exceed the max_frame becomes OUT_OF_RANGE, never an oversized frame', async () => {
    // A host may not ask for less than MIN_MAX_FRAME (2048), where every result fits; a device
    // whose own limit is lower (a test knob) still never sends a frame above it.
    const { sim, host } = await ready({ maxFrame: 300 });
    await write(host, { CONTEXT_LEN: 512 });
    let largest = 0;
    sim.link.connect((b) => {
      largest = Math.max(largest, b.length);
      host.onBytes(b);
    });
    const r = await host.request({ runQuery: { query: QUERY, wantCodes: true } });
    expect(r.response.status).toBe(Status.STATUS_OUT_OF_RANGE);
    expect(largest).toBeLessThan(300 * 1.4 + 16); // binary framing of <= 300 bytes
  });

  it('the OUTPUT and KEEP_MASK regions hold the last result; an empty query uses the Q buffer', async () => {
    const { host } = await ready();
    await loadContext(host, 80);
    await ok(host, { memWrite: { region: Region.REGION_Q_BUFFER, offset: 0, data: QUERY, dataCrc: crc32(QUERY) } });
    const a = (await ok(host, { runQuery: {} })).runQuery!.result!;
    await ok(host, { reset: {} });
    await host.hello();
    await write(host, { CONTEXT_LEN: 80 });
    const b = (await ok(host, { runQuery: { query: QUERY } })).runQuery!.result!;
    expect(Buffer.from(a.output!).equals(Buffer.from(b.output!))).toBe(true);
    expect(Buffer.from(a.keepMask!).equals(Buffer.from(b.keepMask!))).toBe(true);
    const out = (await ok(host, { memRead: { region: Region.REGION_OUTPUT, offset: 0, length: 128 } })).memRead!.data!;
    expect(Buffer.from(out).equals(Buffer.from(b.output!))).toBe(true);
    const mask = (await ok(host, { memRead: { region: Region.REGION_KEEP_MASK, offset: 0, length: 64 } })).memRead!.data!;
    expect(Buffer.from(mask.subarray(0, 10)).equals(Buffer.from(b.keepMask!))).toBe(true);
    expect(mask.subarray(10).every((x) => x === 0)).toBe(true);
    const again = (await ok(host, { readResult: {} })).readResult!.result!;
    expect(again.queryId).toBe(b.queryId);
    expect(b.contextLength).toBe(80);
    expect(b.counters!.kept! + b.counters!.pruned!).toBe(80);
  });

  it('append_token writes row CONTEXT_LEN and increments it; STATUS.CONTEXT_FULL at 512', async () => {
    const { host } = await ready();
    await write(host, { CONTEXT_LEN: 510 });
    const key = bytes(64, (i) => i + 1);
    const value = bytes(64, (i) => 200 - i);
    expect((await ok(host, { appendToken: { key, value } })).appendToken!.contextLength).toBe(511);
    const k = (await ok(host, { memRead: { region: Region.REGION_K_SRAM, offset: 510 * 64, length: 64 } })).memRead!.data!;
    const v = (await ok(host, { memRead: { region: Region.REGION_V_SRAM, offset: 510 * 64, length: 64 } })).memRead!.data!;
    expect([...k]).toEqual([...key]);
    expect([...v]).toEqual([...value]);
    await ok(host, { appendToken: { key, value } });
    expect((await read(host, 'STATUS'))[0] & 8).toBe(8);
    await ok(host, { resetContext: {} });
    expect(await read(host, 'CONTEXT_LEN')).toEqual([0]);
  });
});

describe('reset', () => {
  it('restores CHIP/ATTN/TRIM/COUNTERS, keeps BOARD/SIM and memories, clears results, needs a new hello', async () => {
    const { sim, host } = await ready();
    await loadContext(host, 10);
    await write(host, { SCRATCH: 99, MARGIN: 20, TRIM_0: 3, DIE_SEED: 55, CORE_SUPPLY_MV: 1100 });
    await ok(host, { runQuery: { query: QUERY } });
    const k = sim.control.memory(Region.REGION_K_SRAM).slice(0, 640);
    const r = await ok(host, { reset: {} });
    expect(r.reset!.bootEpoch).toBe(2);
    const s = host.nextSeq;
    expect((await host.request({ ping: {} })).response.status).toBe(Status.STATUS_NOT_READY);
    host.nextSeq = s; // NOT_READY: not run, E stays; resent under the same number after the hello
    expect((await host.hello()).response.hello!.bootEpoch).toBe(2);
    const margin = registerByName('MARGIN')!.reset;
    expect(await read(host, 'SCRATCH', 'MARGIN', 'TRIM_0', 'CONTEXT_LEN', 'QUERIES', 'QUERY_COUNT', 'DIE_SEED', 'CORE_SUPPLY_MV')).toEqual([0, margin, 0, 0, 0, 0, 55, 1100]);
    expect((await host.request({ readResult: {} })).response.status).toBe(Status.STATUS_NOT_READY);
    expect(Buffer.from(sim.control.memory(Region.REGION_K_SRAM).slice(0, 640)).equals(Buffer.from(k))).toBe(true);
  });

  it('CONTROL.SOFT_RESET increments the boot epoch; CONTROL reads are denied', async () => {
    const { host } = await ready();
    await write(host, { CONTROL: 2 });
    const s = host.nextSeq;
    expect((await host.request({ ping: {} })).response.status).toBe(Status.STATUS_NOT_READY);
    host.nextSeq = s;
    expect((await host.hello()).response.hello!.bootEpoch).toBe(2);
    expect((await host.request({ ping: {} })).response.status).toBe(Status.STATUS_OK);
  });

  it('CONTROL.START runs a query with the Q buffer', async () => {
    const { host } = await ready();
    await loadContext(host, 20);
    await ok(host, { memWrite: { region: Region.REGION_Q_BUFFER, offset: 0, data: QUERY, dataCrc: crc32(QUERY) } });
    await write(host, { CONTROL: 1 });
    expect(await read(host, 'QUERY_COUNT', 'STATUS')).toEqual([1, 2]);
    expect((await ok(host, { readResult: {} })).readResult!.result!.contextLength).toBe(20);
    // failing START sets STATUS.ERROR and ERROR_CODE
    await write(host, { CONTEXT_LEN: 0 });
    await write(host, { CONTROL: 1 });
    expect(await read(host, 'STATUS', 'ERROR_CODE')).toEqual([2 | 4, Status.STATUS_INVALID_CONFIG]);
  });

  it('a reconnect keeps the device state; an injected device reset does not', async () => {
    const { sim, host } = await ready();
    await write(host, { SCRATCH: 7 });
    sim.link.disconnect();
    const again = attachHost(sim.link);
    const h = await again.hello();
    expect(h.response.hello!.bootEpoch).toBe(1);
    expect(await read(again, 'SCRATCH')).toEqual([7]);
    sim.control.resetDevice();
    expect((await again.hello()).response.hello!.bootEpoch).toBe(2);
  });
});

describe('events', () => {
  it('job_done is off at reset (v2), then one per request with its count; numbered, in the framing of the last request', async () => {
    const { host } = await ready();
    await loadContext(host, 8);
    await ok(host, { runQuery: { query: QUERY } });
    expect(host.events.filter((e) => e.event.jobDone)).toHaveLength(0);
    await write(host, { IRQ_ENABLE: 7 });
    await ok(host, { runQuery: { query: QUERY } }, 'line');
    await ok(host, { runQueries: { queries: new Uint8Array(3 * 64).fill(5) } }, 'binary');
    const jobs = host.events.filter((e) => e.event.jobDone);
    expect(jobs.map((e) => [e.event.eventSeq, e.event.jobDone!.queryId, e.event.jobDone!.count, e.framing])).toEqual([
      [1, 2, 1, 'line'],
      [2, 5, 3, 'binary'],
    ]);
    // overclock at a low supply: the result is flagged and a fault event follows
    await write(host, { CORE_SUPPLY_MV: 700, CLOCK_KHZ: 2_000_000 });
    const r = (await ok(host, { runQuery: { query: QUERY } })).runQuery!.result!;
    expect(r.counters!.timingViolation).toBe(true);
    expect(host.events.some((e) => e.event.fault?.code === Status.STATUS_INVALID_CONFIG)).toBe(true);
    expect((await read(host, 'IRQ_STATUS'))[0] & 4).toBe(4);
  });

  it('IRQ_ENABLE = 0 silences them; a failed command logs when IRQ_ENABLE.ERROR', async () => {
    const { host } = await ready();
    await loadContext(host, 8);
    await write(host, { IRQ_ENABLE: 0 });
    await ok(host, { runQuery: { query: QUERY } });
    expect(host.events).toHaveLength(0);
    await write(host, { IRQ_ENABLE: 2 });
    await host.request({ runQuery: { query: new Uint8Array(3) } });
    expect(host.events.map((e) => e.event.log?.level)).toEqual([3]);
  });

  it('no events on a target without CAP_EVENTS', async () => {
    const { host } = await ready({ capabilities: ALL_CAPABILITIES & ~Cap.EVENTS });
    await loadContext(host, 8);
    await ok(host, { runQuery: { query: QUERY } });
    expect(host.events).toHaveLength(0);
  });
});
