/**
 * The paper's figures measured through the host API, on any target.
 *
 * Accuracy, on the real ViT-Ti/16 attention tensors in data/ (per layer and head: Q, K, V of 197
 * tokens): the relative-mode margin for an average keep of 25% is chosen per layer and head from
 * the keep masks the device returns (on a sample of the queries), then every query runs at that
 * margin and is scored against the float64 ideal attention: keep ratio, recall of the exact top
 * 25%, attention mass kept, output cosine.
 *
 * Efficiency, from the chip's counters (cycles, energy) as the paper measured it: a peak-throughput
 * run (512 tokens, top-k keeping 25%, i.e. 75% pruning) and the same on the ViT workload.
 * Op-counting convention: 1 MAC = 2 ops, dense-equivalent ops: a query over T tokens is credited
 * 2*T*64 ops for the core (Q.K^T) and 2*2*T*64 for the SoC (Q.K^T and S.V), whatever was pruned.
 * TOPS/W = ops / energy (ops/pJ); GOPS = ops / (cycles / clock). The counters give the energy and
 * cycles of the whole SoC only, so the core (analog) figures are reported unavailable, not derived.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorText, HacError, invalidArgument } from '../errors.js';
import type { HacDevice, QueryResult } from '../index.js';
import { findMarginForKeep } from './keep.js';
import { meanTelemetry, telemetry, type QueryTelemetry } from './metrics.js';
import { configure, D, loadWorkload, queryRow, realOutput, runBatch, syntheticWorkload, workloadFromFloat } from './workload.js';

/** ESSERC 2024 (HyAtt) peak figures. */
export const PAPER_FIGURES = Object.freeze({ topsPerWattCore: 14.8, topsPerWattSoc: 1.65, gopsPerMm2Core: 976.6, gopsPerMm2Soc: 79.4 });
/** Die area [P]: 2.00 mm x 1.60 mm. The SoC figure is per die area. */
export const DIE_AREA_MM2 = 3.2;
export const OP_CONVENTION = '1 MAC = 2 ops; dense-equivalent ops (core: Q.K^T over all tokens; SoC: Q.K^T + S.V over all tokens)';
const CORE_UNAVAILABLE = 'the chip counters report SoC energy and cycles only (no analog-core energy or cycle counter in the protocol)';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/vit-tiny-patch16-224/qkv', import.meta.url));

export interface Efficiency {
  queries: number;
  tokens: number;
  energyPj: number;
  cycles: number;
  clockMhz: number | null;
  topsPerWattSoc: number | null;
  gopsSoc: number | null;
  gopsPerMm2Soc: number | null;
  topsPerWattCore: null;
  gopsPerMm2Core: null;
  unavailable: Record<string, string>;
}

export interface HeadFigures extends QueryTelemetry {
  image: string;
  layer: number;
  head: number;
  margin: number;
  queries: number;
}

export interface PaperCheckReport extends QueryTelemetry {
  topsPerWattCore: number | null;
  topsPerWattSoc: number | null;
  gopsPerMm2Core: number | null;
  gopsPerMm2Soc: number | null;
  unavailable: Record<string, string>;
  peak: Efficiency & { description: string };
  workload: QueryTelemetry & Efficiency & { description: string };
  paper: typeof PAPER_FIGURES;
  convention: string;
  area: { socMm2: number; socAreaIs: string };
  perHead: HeadFigures[];
  target: string;
}

export interface PaperCheckOptions {
  dataDir?: string;
  images?: string[];
  layers?: number[];
  heads?: number[];
  /** Run every n-th query of each head (1: all 197; default 1). */
  queryStride?: number;
  /** Queries of the sample the margin is chosen on (default 48). */
  marginSample?: number;
  targetKeep?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, what: string) => void;
}

function readF16(path: string): Float64Array {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    throw invalidArgument(`cannot read ${path}: ${errorText(err)} (the ViT-Ti data: data/vit-tiny-patch16-224/qkv, or --data DIR)`, { path });
  }
  const out = new Float64Array(buf.length / 2);
  for (let i = 0; i < out.length; i++) {
    const h = buf.readUInt16LE(2 * i);
    const s = h >> 15, e = (h >> 10) & 31, m = h & 1023;
    const v = e === 0 ? m * 2 ** -24 : e === 31 ? (m ? NaN : Infinity) : (1 + m / 1024) * 2 ** (e - 15);
    out[i] = s ? -v : v;
  }
  return out;
}

async function clockMhz(dev: HacDevice): Promise<number | null> {
  if (!dev.hasCapability('BOARD_CONTROL')) return null;
  return (await dev.regs.read('CLOCK_KHZ')) / 1000;
}

function efficiency(results: readonly QueryResult[], clock: number | null): Efficiency {
  const energyPj = results.reduce((a, r) => a + r.counters.energyPj, 0);
  const cycles = results.reduce((a, r) => a + r.counters.cycles, 0);
  const socOps = results.reduce((a, r) => a + 2 * 2 * r.contextLength * D, 0);
  const unavailable: Record<string, string> = { topsPerWattCore: CORE_UNAVAILABLE, gopsPerMm2Core: CORE_UNAVAILABLE };
  const topsPerWattSoc = energyPj > 0 ? socOps / energyPj : null;
  if (topsPerWattSoc === null) unavailable.topsPerWattSoc = 'the energy counter reads 0';
  let gopsSoc: number | null = null;
  if (clock === null) unavailable.gopsPerMm2Soc = 'the clock is unknown (no BOARD_CONTROL)';
  else if (cycles > 0) gopsSoc = socOps / (cycles / (clock * 1e6)) / 1e9;
  else unavailable.gopsPerMm2Soc = 'the cycle counter reads 0';
  return {
    queries: results.length,
    tokens: results[0]?.contextLength ?? 0,
    energyPj,
    cycles,
    clockMhz: clock,
    topsPerWattSoc,
    gopsSoc,
    gopsPerMm2Soc: gopsSoc === null ? null : gopsSoc / DIE_AREA_MM2,
    topsPerWattCore: null,
    gopsPerMm2Core: null,
    unavailable,
  };
}

/** Peak-throughput run: full 512-token context, top-k keeping 25% (75% pruning), 16 queries. */
export async function peakRun(dev: HacDevice): Promise<Efficiency & { description: string }> {
  const T = dev.info.maxTokens || 512;
  const w = syntheticWorkload(T, 16, 21);
  await loadWorkload(dev, w);
  await configure(dev, { mode: 'TOPK', topK: T / 4, minKeep: 1 });
  const res = await runBatch(dev, Array.from({ length: w.queries }, (_, j) => queryRow(w, j)));
  return { description: `synthetic ${T} tokens x ${w.queries} queries, top-k ${T / 4} (75% pruned)`, ...efficiency(res, await clockMhz(dev)) };
}

export async function paperCheck(dev: HacDevice, opts: PaperCheckOptions = {}): Promise<PaperCheckReport> {
  const dir = opts.dataDir ?? DEFAULT_DATA_DIR;
  const images = opts.images ?? ['chelsea', 'coffee'];
  const layers = opts.layers ?? Array.from({ length: 12 }, (_, i) => i);
  const heads = opts.heads ?? [0, 1, 2];
  const stride = opts.queryStride ?? 1;
  const sampleN = opts.marginSample ?? 48;
  const target = opts.targetKeep ?? 0.25;
  if (heads.some((h) => h < 0 || h > 2)) throw invalidArgument('ViT-Ti has heads 0..2');
  if (layers.some((l) => l < 0 || l > 11)) throw invalidArgument('ViT-Ti has layers 0..11');
  const perHead: HeadFigures[] = [];
  const allTel: QueryTelemetry[] = [];
  const allResults: QueryResult[] = [];
  const total = images.length * layers.length * heads.length;
  const clock = await clockMhz(dev);
  for (const image of images) {
    for (const layer of layers) {
      const file = join(dir, `${image}_224_L${String(layer).padStart(2, '0')}.f16`);
      const a = readF16(file);
      const T = a.length / (9 * D);
      if (!Number.isInteger(T) || T < 1) throw invalidArgument(`${file}: ${a.length} values is not 3 x 3 x T x 64`, { path: file });
      for (const h of heads) {
        if (opts.signal?.aborted) throw new HacError('canceled', 'paper-check canceled');
        const part = (which: number) => a.slice((which * 3 + h) * T * D, (which * 3 + h + 1) * T * D);
        const w = workloadFromFloat(`${image} L${layer} h${h}`, part(0), part(1), part(2));
        await loadWorkload(dev, w);
        const idx = Array.from({ length: Math.ceil(T / stride) }, (_, i) => i * stride);
        const sampleStep = Math.max(1, Math.floor(T / sampleN));
        const sample = Array.from({ length: Math.ceil(T / sampleStep) }, (_, i) => queryRow(w, i * sampleStep));
        const { margin } = await findMarginForKeep(dev, sample, T, target, { head: h });
        await configure(dev, { mode: 'RELATIVE', margin, minKeep: 1, head: h });
        const res = await runBatch(dev, idx.map((j) => queryRow(w, j)));
        const tel = res.map((r, k) => telemetry(w.qF, idx[k] * D, w.kF, w.vF, T, r.kept, realOutput(r, w.v.scale)));
        allTel.push(...tel);
        allResults.push(...res);
        perHead.push({ image, layer, head: h, margin, queries: res.length, ...meanTelemetry(tel) });
        opts.onProgress?.(perHead.length, total, w.name);
      }
    }
  }
  const acc = meanTelemetry(allTel);
  const vitEff = efficiency(allResults, clock);
  const peak = await peakRun(dev);
  return {
    ...acc,
    topsPerWattCore: null,
    topsPerWattSoc: peak.topsPerWattSoc,
    gopsPerMm2Core: null,
    gopsPerMm2Soc: peak.gopsPerMm2Soc,
    unavailable: peak.unavailable,
    peak,
    workload: { description: `ViT-Ti/16 ${images.join(', ')} 224 px, layers ${layers.join(',')}, heads ${heads.join(',')}, relative mode at the margin for ${Math.round(target * 100)}% keep per layer and head`, ...acc, ...vitEff },
    paper: PAPER_FIGURES,
    convention: OP_CONVENTION,
    area: { socMm2: DIE_AREA_MM2, socAreaIs: 'whole die (2.00 x 1.60 mm)' },
    perHead,
    target: dev.info.target,
  };
}
