/** One image through the ViT with its attention on the chip, and the comparisons `hac vit` reports. */
import type { HacDevice } from '../device/device.js';
import type { LinkStats } from '../link/stats.js';
import { ChipRunStats, chipAttend, configureChip } from './chip.js';
import { floatAttend, forward, klDivergence, topK, type Ranked } from './model.js';
import type { AnalogConstants, KeepRule } from './policy.js';
import type { VitWeights } from './weights.js';

export interface ChipPass {
  rule: KeepRule;
  logits: Float64Array;
  stats: ChipRunStats;
  /** host layers (embedding, LayerNorm, projections, MLP, head), ms */
  hostMs: number;
  /** wall time of the pass, ms */
  wallMs: number;
  /** link counters over this pass */
  link: { requests: number; bytesOut: number; bytesIn: number; retries: number; rttP50Ms: number };
}

function linkDelta(a: LinkStats, b: LinkStats): ChipPass['link'] {
  return { requests: b.framesOut - a.framesOut, bytesOut: b.bytesOut - a.bytesOut, bytesIn: b.bytesIn - a.bytesIn, retries: b.retries - a.retries, rttP50Ms: b.rttMs.p50 };
}

export async function chipPass(dev: HacDevice, w: VitWeights, rgb: Uint8Array, rule: KeepRule, analog: AnalogConstants | null, onLayer?: (layer: number) => void): Promise<ChipPass> {
  const t0 = performance.now();
  const before = dev.stats();
  await configureChip(dev, rule);
  const stats = new ChipRunStats();
  const r = await forward(w, rgb, chipAttend(dev, { rule, analog, stats }), { onLayer });
  return { rule, logits: r.logits, stats, hostMs: r.hostMs, wallMs: performance.now() - t0, link: linkDelta(before, dev.stats()) };
}

export interface ReferencePass {
  logits: Float64Array;
  wallMs: number;
}

export async function referencePass(w: VitWeights, rgb: Uint8Array): Promise<ReferencePass> {
  const t0 = performance.now();
  const r = await forward(w, rgb, floatAttend);
  return { logits: r.logits, wallMs: performance.now() - t0 };
}

export interface Labelled extends Ranked {
  label: string;
}

export function labelled(logits: Float64Array, names: readonly string[], k = 5): Labelled[] {
  return topK(logits, k).map((r) => ({ ...r, label: names[r.index] ?? `class ${r.index}` }));
}

export { klDivergence };
