/**
 * Sweeps one parameter and measures, at each value, on a seeded workload: keep ratio, recall of
 * the exact top 25%, attention mass kept, output cosine vs ideal, energy and cycles per query
 * (from the chip's per-query counters) and timing violations. Board registers are restored after.
 */
import { invalidArgument } from '../errors.js';
import type { HacDevice } from '../index.js';
import { findMarginForKeep } from './keep.js';
import { meanTelemetry, telemetry } from './metrics.js';
import { configure, D, loadWorkload, queryRow, realOutput, runBatch, syntheticWorkload, type AttentionWorkload } from './workload.js';

export const SWEEP_PARAMS = ['margin', 'topk', 'supply', 'analog-supply', 'clock'] as const;
export type SweepParam = (typeof SWEEP_PARAMS)[number];

export interface SweepPoint {
  value: number;
  keepRatio: number;
  recallTop25: number;
  massKept: number;
  cosine: number;
  energyPerQueryPj: number;
  cyclesPerQuery: number;
  timingViolations: number;
}

export interface SweepReport {
  param: SweepParam;
  unit: string;
  workload: string;
  /** Selection rule at the swept points (supply/clock sweeps: relative at the margin for 25% keep at nominal). */
  rule: string;
  points: SweepPoint[];
}

export const SWEEP_UNITS: Record<SweepParam, string> = { margin: 'codes', topk: 'tokens', supply: 'mV (core)', 'analog-supply': 'mV (analog)', clock: 'MHz' };

export function defaultSweepValues(param: SweepParam, tokens: number): number[] {
  switch (param) {
    case 'margin':
      return [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 31];
    case 'topk':
      return [1, 2, 4, 8, 16, 32, 64, 96, 128, 192, 256, 384, 512].filter((k) => k <= tokens);
    case 'supply':
    case 'analog-supply':
      return [700, 800, 900, 1000, 1100, 1200, 1300];
    case 'clock':
      return [200, 400, 600, 800, 1000, 1100, 1200, 1300];
  }
}

export interface SweepOptions {
  values?: number[];
  workload?: AttentionWorkload;
  signal?: AbortSignal;
  onPoint?: (p: SweepPoint, done: number, total: number) => void;
}

export function defaultSweepWorkload(): AttentionWorkload {
  return syntheticWorkload(256, 32, 7);
}

export async function sweep(dev: HacDevice, param: SweepParam, opts: SweepOptions = {}): Promise<SweepReport> {
  if (!SWEEP_PARAMS.includes(param)) throw invalidArgument(`unknown sweep parameter '${String(param)}' (one of ${SWEEP_PARAMS.join(', ')})`);
  const board = param === 'supply' || param === 'analog-supply' || param === 'clock';
  if (board) dev.requireCapability('BOARD_CONTROL', `sweep ${param}`);
  const w = opts.workload ?? defaultSweepWorkload();
  const values = opts.values ?? defaultSweepValues(param, w.tokens);
  const rows = Array.from({ length: w.queries }, (_, j) => queryRow(w, j));
  const saved = board ? await dev.regs.readMany(['CORE_SUPPLY_MV', 'ANALOG_SUPPLY_MV', 'CLOCK_KHZ']) : null;
  await loadWorkload(dev, w, opts.signal ? { signal: opts.signal } : {});
  let rule = '';
  let margin = 0;
  if (param === 'margin') rule = 'relative, MARGIN swept';
  else if (param === 'topk') rule = 'top-k, TOPK swept';
  else {
    margin = (await findMarginForKeep(dev, rows, w.tokens, 0.25)).margin;
    rule = `relative, margin ${margin} (25% keep at the nominal point)`;
  }
  const points: SweepPoint[] = [];
  try {
    for (const v of values) {
      if (param === 'margin') await configure(dev, { mode: 'RELATIVE', margin: v, minKeep: 1 });
      else if (param === 'topk') await configure(dev, { mode: 'TOPK', topK: v, minKeep: 1 });
      else {
        await configure(dev, { mode: 'RELATIVE', margin, minKeep: 1 });
        const reg = param === 'supply' ? 'CORE_SUPPLY_MV' : param === 'analog-supply' ? 'ANALOG_SUPPLY_MV' : 'CLOCK_KHZ';
        await dev.regs.write(reg, param === 'clock' ? v * 1000 : v);
      }
      const res = await runBatch(dev, rows, opts.signal ? { signal: opts.signal } : {});
      const t = meanTelemetry(res.map((r, j) => telemetry(w.qF, j * D, w.kF, w.vF, w.tokens, r.kept, realOutput(r, w.v.scale))));
      const p: SweepPoint = {
        value: v,
        ...t,
        energyPerQueryPj: res.reduce((a, r) => a + r.counters.energyPj, 0) / res.length,
        cyclesPerQuery: res.reduce((a, r) => a + r.counters.cycles, 0) / res.length,
        timingViolations: res.filter((r) => r.counters.timingViolation).length,
      };
      points.push(p);
      opts.onPoint?.(p, points.length, values.length);
    }
  } finally {
    if (saved) await dev.regs.writeMany(Object.entries(saved)).catch(() => undefined);
  }
  return { param, unit: SWEEP_UNITS[param], workload: w.name, rule, points };
}
