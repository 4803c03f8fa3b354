/**
 * The bring-up procedures against the virtual chip (hac-sim as a child process, through the
 * public host API only): self-test, calibration on a typical and an ideal die, shmoo corner,
 * sweep, paper-check, monitor, register diff, ping.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type HacDevice } from '../index.js';
import { calibrate } from './calibrate.js';
import { monitor, type MonitorLine } from './monitor.js';
import { paperCheck } from './paper-check.js';
import { pingRoundTrips } from './ping.js';
import { registerDiff } from './registers.js';
import { selftest } from './selftest.js';
import { shmoo } from './shmoo.js';
import { sweep } from './sweep.js';

let dev: HacDevice;
let ideal: HacDevice;

beforeAll(async () => {
  [dev, ideal] = await Promise.all([connect('sim'), connect('sim:--preset ideal')]);
});
afterAll(async () => {
  await Promise.all([dev?.close(), ideal?.close()]);
});

describe('selftest', () => {
  it('passes every check on the virtual chip', async () => {
    const r = await selftest(dev);
    expect(r.checks.map((c) => [c.name, c.pass])).toEqual([
      ['handshake', true],
      ['registers', true],
      ['memory march', true],
      ['known-answer attention', true],
      ['counters', true],
    ]);
    expect(r.pass).toBe(true);
  });
  it('fails the memory march on a flipped SRAM bit (a fault knob of the SIM block, set through the protocol)', async () => {
    await dev.regs.write('FAULT_SRAM_FLIP', ((1 << 31) | (2 << 16) | (5 << 10) | 3) >>> 0);
    try {
      const r = await selftest(dev);
      expect(r.pass).toBe(false);
      expect(r.checks.find((c) => c.name === 'memory march')).toMatchObject({ pass: false, detail: expect.stringMatching(/K_SRAM byte 197/) });
      expect(r.checks.find((c) => c.name === 'handshake')!.pass).toBe(true);
    } finally {
      await dev.regs.write('FAULT_SRAM_FLIP', 0);
    }
  });
});

describe('calibrate', () => {
  it('raises recall of the exact top 25% on a typical die (3 mV offsets) and writes a trim per column', async () => {
    const r = await calibrate(dev, { repeats: 2 });
    expect(r.table.trims).toHaveLength(64);
    expect(r.table.trims.some((t) => t !== 0)).toBe(true);
    expect(r.after.recallTop25).toBeGreaterThan(r.before.recallTop25 + 0.01);
  });
  it('measures the same offsets from keep masks (threshold mode) as from analog codes (mean difference under 1 mV)', async () => {
    const codes = await calibrate(dev, { repeats: 2 });
    const masks = await calibrate(dev, { repeats: 2, method: 'keep-mask' });
    expect(masks.table.method).toMatch(/keep masks/);
    const diff = masks.offsetsMv.map((o, c) => Math.abs(o - codes.offsetsMv[c]));
    expect(diff.reduce((a, b) => a + b, 0) / diff.length).toBeLessThan(1);
    expect(Math.max(...diff)).toBeLessThan(4); // fresh noise of two repeats per step
  });
  it('changes nothing on an ideal die (no offsets): every trim 0, recall not worse', async () => {
    const r = await calibrate(ideal, { repeats: 1 });
    expect(r.table.trims.every((t) => t === 0)).toBe(true);
    expect(r.after.recallTop25).toBeGreaterThanOrEqual(r.before.recallTop25);
  });
});

describe('shmoo, sweep, paper-check', () => {
  it('shmoo shows the corner the timing model predicts: 1.1 GHz passes at 1.0 V, 1.2 GHz fails', async () => {
    const r = await shmoo(dev, { supplies: [900, 1000], clocksMhz: [1000, 1100, 1200], queries: 2 });
    expect(r.boundary).toEqual([
      { supplyMv: 900, maxPassMhz: 1000 },
      { supplyMv: 1000, maxPassMhz: 1100 },
    ]);
    expect(await dev.regs.readMany(['CORE_SUPPLY_MV', 'CLOCK_KHZ'])).toEqual({ CORE_SUPPLY_MV: 1000, CLOCK_KHZ: 1_100_000 });
  });
  it('sweep margin: keep ratio grows with the margin up to everything', async () => {
    const r = await sweep(dev, 'margin', { values: [0, 16, 31] });
    const k = r.points.map((p) => p.keepRatio);
    expect(k[0]).toBeLessThan(k[1]);
    expect(k[2]).toBe(1);
    expect(r.points[2].massKept).toBeCloseTo(1, 6);
  });
  it('paper-check: ViT figures, peak SoC TOPS/W from the counters, core figures unavailable with a reason', async () => {
    const r = await paperCheck(dev, { images: ['chelsea'], layers: [6], heads: [0], queryStride: 4 });
    expect(Math.abs(r.keepRatio - 0.25)).toBeLessThan(0.08);
    for (const k of ['recallTop25', 'massKept', 'cosine'] as const) expect(r[k]).toBeGreaterThan(0.3);
    expect(r.topsPerWattSoc!).toBeCloseTo(1.65, 1);
    expect(r.gopsPerMm2Soc!).toBeGreaterThan(0);
    expect(r.topsPerWattCore).toBeNull();
    expect(r.unavailable.topsPerWattCore).toMatch(/counters/);
    expect(r.workload.topsPerWattSoc!).toBeGreaterThan(0);
    expect(r.paper).toEqual({ topsPerWattCore: 14.8, topsPerWattSoc: 1.65, gopsPerMm2Core: 976.6, gopsPerMm2Soc: 79.4 });
  });
});

describe('monitor, register diff, ping', () => {
  it('monitor reports the job-done events of queries another caller runs on the same link', async () => {
    const lines: MonitorLine[] = [];
    const ac = new AbortController();
    const running = monitor(dev, (l) => lines.push(l), { enableEvents: true, signal: ac.signal });
    await dev.regs.write('CONTEXT_LEN', 8);
    await dev.query(new Int8Array(64));
    for (let i = 0; i < 100 && !lines.some((l) => l.what === 'job-done'); i++) await new Promise((r) => setTimeout(r, 20));
    ac.abort();
    expect(await running).toBeGreaterThan(0);
    expect(lines.find((l) => l.what === 'job-done')).toMatchObject({ kind: 'event', text: expect.stringMatching(/^query \d+/) });
    await dev.regs.write('IRQ_ENABLE', 6);
  });
  it('register diff lists what differs from reset, volatile registers only when asked', async () => {
    await dev.reset();
    await dev.regs.write('SCRATCH', 0xbeef);
    const d = await registerDiff(dev);
    expect(d.map((r) => r.name)).toEqual(['SCRATCH']);
    expect(d[0]).toMatchObject({ reset: 0, value: 0xbeef });
  });
  it('ping: min <= median <= p99 <= max', async () => {
    const r = await pingRoundTrips(dev, { count: 5, bytes: 32 });
    expect(r.minMs).toBeLessThanOrEqual(r.medianMs);
    expect(r.medianMs).toBeLessThanOrEqual(r.p99Ms);
    expect(r.p99Ms).toBeLessThanOrEqual(r.maxMs);
  });
});
