/**
 * Offset calibration of the CIM columns through the protocol (the same on a board):
 *
 * 1. Every column gets the same known key, and the query is chosen so that the ideal dot product
 *    sits on a code boundary (ZERO_CODE + 1, from the ANALOG block's DOT_PER_CODE). A column's
 *    code then says on which side of the boundary its comparator lands.
 * 2. The trim is swept over its whole range (-32..31 mV, same value on every column) with
 *    `repeats` conversions per step (fresh noise each). A column's comparator sees offset - trim,
 *    so the fraction of high codes falls from 1 to 0 as the trim passes the column's offset: the
 *    crossing (sum of high fractions) estimates offset + the common residual of the boundary.
 * 3. The common part (median over columns) is removed: it shifts every code alike, which the
 *    relative and top-k keep rules do not see; what is left is each column's own offset, the trim.
 *
 * Quality is stated on a workload: recall of the exact top 25% in top-k mode (keep exactly 25%)
 * before (trims zero) and after.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Region } from '../../protocol/index.js';
import { abortError, errorText, HacError, invalidArgument } from '../errors.js';
import type { HacDevice, QueryResult } from '../index.js';
import { meanTelemetry, telemetry } from './metrics.js';
import { configure, D, loadWorkload, queryRow, runBatch, syntheticWorkload, type AttentionWorkload } from './workload.js';

export const TRIM_MIN = -32;
export const TRIM_MAX = 31;

export interface TrimTable {
  kind: 'hac-trim-table';
  version: 1;
  /** One trim per CIM column, mV (the comparator sees offset - trim). */
  trims: number[];
  chipId: number;
  /** SIM.DIE_SEED where the target has one (virtual chip), else null. */
  dieSeed: number | null;
  measuredAt: string;
  method: string;
}

export interface RecallFigures {
  workload: string;
  mode: string;
  recallTop25: number;
  massKept: number;
  keepRatio: number;
}

export interface CalibrationReport {
  table: TrimTable;
  /** Estimated offset of each column relative to the median, mV (before trim). */
  offsetsMv: number[];
  /** Columns whose crossing lay outside the trim range (the trim is clamped). */
  clamped: number[];
  before: RecallFigures;
  after: RecallFigures;
}

export interface CalibrateOptions {
  /** Read decisions from the analog codes (default when the target has ANALOG_CODES) or the keep masks. */
  method?: 'codes' | 'keep-mask';
  /** Conversions per trim step (default 4). */
  repeats?: number;
  /** Workload the recall is stated on (default: synthetic 512 tokens x 64 queries, seed 2024). */
  workload?: AttentionWorkload;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** The recall workload used when none is given. */
export function defaultRecallWorkload(): AttentionWorkload {
  return syntheticWorkload(512, 64, 2024);
}

async function writeTrims(dev: HacDevice, trims: readonly number[]): Promise<void> {
  const bytes = Uint8Array.from(trims, (t) => t & 0xff);
  await dev.writeMemory(Region.REGION_TRIM, 0, bytes, { verify: false });
}

export async function readTrims(dev: HacDevice): Promise<number[]> {
  const b = await dev.readMemory(Region.REGION_TRIM, 0, dev.info.tileTokens || 64);
  return Array.from(new Int8Array(b.buffer, b.byteOffset, b.length));
}

/** Recall of the exact top 25% with the chip keeping exactly 25% (top-k mode). */
export async function measureRecall(dev: HacDevice, w: AttentionWorkload, signal?: AbortSignal): Promise<RecallFigures> {
  await loadWorkload(dev, w, signal ? { signal } : {});
  const k = Math.ceil(w.tokens / 4);
  await configure(dev, { mode: 'TOPK', topK: k, minKeep: 1 });
  const res = await runBatch(dev, Array.from({ length: w.queries }, (_, j) => queryRow(w, j)), signal ? { signal } : {});
  const t = meanTelemetry(res.map((r, j) => telemetry(w.qF, j * D, w.kF, w.vF, w.tokens, r.kept, null)));
  return { workload: w.name, mode: `top-k ${k} of ${w.tokens}`, recallTop25: t.recallTop25, massKept: t.massKept, keepRatio: t.keepRatio };
}

/** Token t's decision: its code reaches `high` (codes), or it was kept (threshold mode keep mask). */
function isHigh(r: QueryResult, t: number, high: number): boolean {
  return r.codes ? r.codes[t] >= high : (r.keepMask[t >> 3] & (1 << (t & 7))) !== 0;
}

/**
 * The smallest dot product whose median code over the columns reaches `high`, when the device
 * does not state DOT_PER_CODE: each tile of the context holds one candidate dot product, so one
 * query tries as many candidates as there are tiles; an exponential pass, then narrowing passes.
 */
async function locateBoundary(dev: HacDevice, useCodes: boolean, query: Int8Array, keyFor: (dot: number) => Int8Array, high: number, maxDot: number, columns: number, signal?: AbortSignal): Promise<number> {
  const tiles = Math.max(1, Math.floor((dev.info.maxTokens || 512) / columns));
  const medianHigh = async (dots: number[]): Promise<boolean[]> => {
    const keys = new Int8Array(dots.length * columns * D);
    dots.forEach((d, tile) => {
      const k = keyFor(d);
      for (let c = 0; c < columns; c++) keys.set(k, (tile * columns + c) * D);
    });
    await dev.loadContext({ keys, values: new Int8Array(keys.length) });
    if (signal?.aborted) throw abortError(signal, { request: 'calibrate' });
    const [r] = await runBatch(dev, [query], { wantCodes: useCodes });
    return dots.map((_, tile) => {
      let n = 0;
      for (let c = 0; c < columns; c++) if (isHigh(r, tile * columns + c, high)) n++;
      return n * 2 >= columns;
    });
  };
  let lo = 0;
  let hi = -1;
  const first = Array.from({ length: tiles }, (_, i) => Math.min(maxDot, 2 ** i));
  const f = await medianHigh(first);
  const at = f.indexOf(true);
  if (at < 0) throw new HacError('device', `no dot product up to ${first[first.length - 1]} reaches code ${high}: cannot place a code boundary`);
  hi = first[at];
  lo = at > 0 ? first[at - 1] : 0;
  while (hi - lo > 1) {
    const step = (hi - lo) / (tiles + 1);
    const cand = [...new Set(Array.from({ length: tiles }, (_, i) => Math.round(lo + step * (i + 1))).filter((x) => x > lo && x < hi))];
    if (cand.length === 0) break;
    const r = await medianHigh(cand);
    const j = r.indexOf(true);
    if (j >= 0) {
      hi = cand[j];
      if (j > 0) lo = cand[j - 1];
    } else lo = cand[cand.length - 1];
  }
  return hi;
}

/** Measures the column offsets, writes the trim table and states recall before and after. */
export async function calibrate(dev: HacDevice, opts: CalibrateOptions = {}): Promise<CalibrationReport> {
  dev.requireCapability('OFFSET_TRIM', 'calibrate');
  // With analog codes the decision is read from the codes; without, from the keep mask in
  // threshold mode (keep = code reaches THRESHOLD_0 = the boundary code, MIN_KEEP 0).
  const useCodes = opts.method !== 'keep-mask' && dev.hasCapability('ANALOG_CODES');
  const repeats = opts.repeats ?? 4;
  if (!Number.isInteger(repeats) || repeats < 1 || repeats > 64) throw invalidArgument(`repeats must be 1..64, got ${repeats}`);
  const signal = opts.signal;
  const columns = dev.info.tileTokens || 64;
  const w = opts.workload ?? defaultRecallWorkload();

  await writeTrims(dev, new Array(columns).fill(0));
  const before = await measureRecall(dev, w, signal);

  // The known pattern: q4 = 1 on every dim, keys whose 4-bit planes sum to the dot product of
  // the first code boundary above zero (from DOT_PER_CODE, else located by measurement).
  const a = await dev.regs.readMany(['ZERO_CODE', 'INPUT_BITS', 'DOT_PER_CODE']);
  const shift = 8 - a.INPUT_BITS;
  const kMax = (1 << (a.INPUT_BITS - 1)) - 1;
  const query = new Int8Array(D).fill(1 << shift);
  const high = a.ZERO_CODE + 1;
  const keyFor = (dot: number) => {
    const k = new Int8Array(D);
    for (let i = 0; i < D; i++) k[i] = (Math.floor(dot / D) + (i < dot % D ? 1 : 0)) << shift;
    return k;
  };
  if (useCodes) await configure(dev, { mode: 'RELATIVE', margin: 31, minKeep: 1, head: 0 });
  else {
    await configure(dev, { mode: 'THRESHOLD', minKeep: 0, head: 0 });
    await dev.regs.write('THRESHOLD_0', high);
  }
  const dotPerCode = a.DOT_PER_CODE / 65536;
  const dot = dotPerCode > 0 ? Math.min(Math.round(dotPerCode), kMax * D) : await locateBoundary(dev, useCodes, query, keyFor, high, kMax * D, columns, signal);
  const keys = new Int8Array(columns * D);
  for (let c = 0; c < columns; c++) keys.set(keyFor(dot), c * D);
  await dev.loadContext({ keys, values: new Int8Array(columns * D) });
  if (signal?.aborted) throw abortError(signal, { request: 'calibrate' });

  const steps = TRIM_MAX - TRIM_MIN + 1;
  const highs = new Float64Array(columns);
  let done = 0;
  for (let t = TRIM_MIN; t <= TRIM_MAX; t++) {
    await writeTrims(dev, new Array(columns).fill(t));
    const res = await runBatch(dev, new Array(repeats).fill(query), { wantCodes: useCodes, ...(signal ? { signal } : {}) });
    for (const r of res) for (let c = 0; c < columns; c++) if (isHigh(r, c, high)) highs[c] += 1 / repeats;
    opts.onProgress?.(++done, steps);
  }
  // P(high) falls with the trim: the crossing is TRIM_MIN - 0.5 + (number of high steps).
  const crossing = Array.from(highs, (h) => TRIM_MIN - 0.5 + h);
  const clamped: number[] = [];
  highs.forEach((h, c) => {
    if (h <= 0 || h >= steps) clamped.push(c);
  });
  const sorted = [...crossing].sort((x, y) => x - y);
  const median = (sorted[(columns - 1) >> 1] + sorted[columns >> 1]) / 2;
  const offsetsMv = crossing.map((x) => x - median);
  const trims = offsetsMv.map((o) => Math.max(TRIM_MIN, Math.min(TRIM_MAX, Math.round(o))));
  await writeTrims(dev, trims);

  const dieSeed = dev.hasCapability('VIRTUAL_CHIP') ? await dev.regs.read('DIE_SEED') : null;
  const table: TrimTable = {
    kind: 'hac-trim-table',
    version: 1,
    trims,
    chipId: dev.info.chipId,
    dieSeed,
    measuredAt: new Date().toISOString(),
    method: `${useCodes ? 'analog codes' : 'keep masks (threshold mode)'}: trim sweep ${TRIM_MIN}..${TRIM_MAX} mV x ${repeats} conversions at the code ${high} boundary (dot4 ${dot}), median removed`,
  };
  const after = await measureRecall(dev, w, signal);
  return { table, offsetsMv, clamped, before, after };
}

export function saveTrimTable(path: string, t: TrimTable): void {
  try {
    writeFileSync(path, JSON.stringify(t, null, 2) + '\n');
  } catch (err) {
    throw new HacError('invalid-argument', `cannot write ${path}: ${errorText(err)}`, { context: { path } });
  }
}

export function loadTrimTable(path: string): TrimTable {
  let v: unknown;
  try {
    v = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw invalidArgument(`cannot read trim table ${path}: ${errorText(err)}`, { path });
  }
  const t = v as Partial<TrimTable>;
  if (!t || t.kind !== 'hac-trim-table' || !Array.isArray(t.trims)) throw invalidArgument(`${path} is not a trim table (kind 'hac-trim-table')`, { path });
  t.trims.forEach((x, c) => {
    if (!Number.isInteger(x) || x < TRIM_MIN || x > TRIM_MAX) throw invalidArgument(`${path}: trim of column ${c} is ${String(x)}, outside ${TRIM_MIN}..${TRIM_MAX}`, { path });
  });
  return t as TrimTable;
}

/** Writes a saved trim table to the device and reads it back. */
export async function applyTrimTable(dev: HacDevice, t: TrimTable): Promise<number[]> {
  dev.requireCapability('OFFSET_TRIM', 'calibrate --apply');
  const columns = dev.info.tileTokens || 64;
  if (t.trims.length !== columns) throw invalidArgument(`trim table has ${t.trims.length} columns, the device ${columns}`);
  await writeTrims(dev, t.trims);
  const back = await readTrims(dev);
  if (back.some((x, c) => x !== t.trims[c])) throw new HacError('device', 'TRIM read back differs from the table written');
  return back;
}
