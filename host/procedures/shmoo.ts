/**
 * Shmoo: core supply x clock. At each point the known-answer attention test runs (dense mode, so
 * every token goes through the digital pipeline) and must reproduce bit for bit the outputs and
 * keep masks of a golden run at the nominal operating point, with no timing violation flagged.
 * Needs BOARD_CONTROL (the board sets clock and supplies); restores both at the end.
 */
import { HacError } from '../errors.js';
import type { HacDevice, QueryResult } from '../index.js';
import { knownAnswerWorkload } from './selftest.js';
import { configure, loadWorkload, queryRow, runBatch } from './workload.js';

export interface ShmooPoint {
  supplyMv: number;
  clockMhz: number;
  pass: boolean;
  /** Queries whose output or keep mask differed from the golden run. */
  mismatches: number;
  /** Queries the chip flagged with a timing violation. */
  timingViolations: number;
}

export interface ShmooReport {
  supplies: number[];
  clocksMhz: number[];
  nominal: { supplyMv: number; clockMhz: number };
  points: ShmooPoint[];
  /** Highest passing clock per supply (null: none passed). */
  boundary: { supplyMv: number; maxPassMhz: number | null }[];
}

export interface ShmooOptions {
  supplies?: number[];
  clocksMhz?: number[];
  /** Queries per point (default 4). */
  queries?: number;
  signal?: AbortSignal;
  onPoint?: (p: ShmooPoint, done: number, total: number) => void;
}

const same = (a: QueryResult, b: QueryResult) =>
  a.output.length === b.output.length && a.output.every((x, i) => x === b.output[i]) && a.kept.length === b.kept.length && a.kept.every((x, i) => x === b.kept[i]);

export async function shmoo(dev: HacDevice, opts: ShmooOptions = {}): Promise<ShmooReport> {
  dev.requireCapability('BOARD_CONTROL', 'shmoo');
  const supplies = opts.supplies ?? [700, 800, 900, 1000, 1100, 1200, 1300];
  const clocksMhz = opts.clocksMhz ?? [500, 600, 700, 800, 900, 1000, 1100, 1200, 1300, 1400, 1500];
  const w = knownAnswerWorkload();
  const n = Math.min(opts.queries ?? 4, w.queries);
  const saved = await dev.regs.readMany(['CORE_SUPPLY_MV', 'CLOCK_KHZ']);
  const points: ShmooPoint[] = [];
  try {
    await loadWorkload(dev, w);
    await configure(dev, { mode: 'DENSE', minKeep: 1 });
    const rows = Array.from({ length: n }, (_, j) => queryRow(w, j));
    const golden = await runBatch(dev, rows);
    if (golden.some((r) => r.counters.timingViolation)) throw new HacError('device', `the nominal point (${saved.CORE_SUPPLY_MV} mV, ${saved.CLOCK_KHZ / 1000} MHz) flags a timing violation: no golden run`);
    const total = supplies.length * clocksMhz.length;
    for (const v of supplies) {
      for (const f of clocksMhz) {
        if (opts.signal?.aborted) throw new HacError('canceled', 'shmoo canceled');
        await dev.regs.writeMany([['CORE_SUPPLY_MV', v], ['CLOCK_KHZ', f * 1000]]);
        const res = await runBatch(dev, rows);
        const mismatches = res.filter((r, j) => !same(r, golden[j])).length;
        const timingViolations = res.filter((r) => r.counters.timingViolation).length;
        const p = { supplyMv: v, clockMhz: f, pass: mismatches === 0 && timingViolations === 0, mismatches, timingViolations };
        points.push(p);
        opts.onPoint?.(p, points.length, total);
      }
    }
  } finally {
    await dev.regs.writeMany([['CORE_SUPPLY_MV', saved.CORE_SUPPLY_MV], ['CLOCK_KHZ', saved.CLOCK_KHZ]]).catch(() => undefined);
  }
  const boundary = supplies.map((v) => {
    const pass = points.filter((p) => p.supplyMv === v && p.pass).map((p) => p.clockMhz);
    return { supplyMv: v, maxPassMhz: pass.length ? Math.max(...pass) : null };
  });
  return { supplies, clocksMhz, nominal: { supplyMv: saved.CORE_SUPPLY_MV, clockMhz: saved.CLOCK_KHZ / 1000 }, points, boundary };
}

/** The grid as text: one row per supply (highest first), one column per clock; P pass, x fail. */
export function shmooText(r: ShmooReport): string {
  const w = Math.max(...r.clocksMhz.map((c) => String(c).length)) + 1;
  const head = 'supply mV \\ clock MHz'.padEnd(22) + r.clocksMhz.map((c) => String(c).padStart(w)).join('');
  const lines = [...r.supplies]
    .sort((a, b) => b - a)
    .map((v) => String(v).padEnd(22) + r.clocksMhz.map((f) => (r.points.find((p) => p.supplyMv === v && p.clockMhz === f)?.pass ? 'P' : 'x').padStart(w)).join(''));
  return [head, ...lines].join('\n') + '\n';
}
