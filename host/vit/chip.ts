/**
 * Every attention head of the ViT on the chip: the head's keys and values go to K/V SRAM, its
 * 197 queries run with per-query settings (score scale, margin, head), the outputs, keep masks,
 * analog codes and counters come back. All chip calls go through `runQueries` (one adapter).
 */
import { scoreScaleFor, type HacDevice, type QuerySettings } from '../device/device.js';
import type { QueryResult } from '../device/results.js';
import { HacError } from '../errors.js';
import { denseAttention, type Attend, type HeadTensors } from './model.js';
import { chooseMarginScale, chooseMassTarget, logitsPerCode, massCurve, massMargin, marginCodes, maxCode, PILOT_STRIDE, compensateRow, meanValue, bestCode, pilotCounts, rowReachesLogits, structuralMargin, type AnalogConstants, type KeepRule } from './policy.js';
import { maxAbs, permuteRows, quantise, quantiseHead, shuffledOrder, balanceChannels, dequantisedValues, type ValueQuantisation } from './head-quant.js';
import { VIT } from './weights.js';

/**
 * THE adapter between `hac vit` and the driver: runs n queries (n x 64 INT8) against the loaded
 * context, each with its own settings (score scale, margin, head), as batched run_queries
 * requests (the driver splits them to fit the frame size).
 */
export function runQueries(dev: HacDevice, queries: Int8Array, settings: readonly QuerySettings[], wantCodes: boolean): Promise<QueryResult[]> {
  return dev.queryBatch(queries, { settings, wantCodes });
}

/** The chip's HEAD register (0..15: selects the head's noise stream) for a ViT layer and head. */
export function chipHeadFor(layer: number, head: number): number {
  return (layer * VIT.heads + head) % 16;
}

export interface ScoreSample {
  layer: number;
  head: number;
  /** analog codes of every token */
  codes: number[];
  /** exact scores q.k/sqrt(d) (centred keys) */
  exact: number[];
  kept: boolean[];
}

export interface HeadStats {
  layer: number;
  head: number;
  queries: number;
  keptTokens: number;
  tokens: number;
  /** queries whose best code sat at the ADC's top and ran again at a coarser query scale */
  saturatedRetries: number;
  /** queries still saturated after the retries */
  saturated: number;
  /** factor the pilot put on the policy's margin (1 without a keep budget) */
  marginScale: number;
}

/** Everything a chip pass collects besides the logits. */
export class ChipRunStats {
  heads: HeadStats[] = [];
  cycles = 0;
  energyPj = 0;
  queries = 0;
  /** pilot queries run to fit margins to keep budgets (counted in cycles and energy, not in keep) */
  pilotQueries = 0;
  requests = 0;
  /** sum over compensated queries of the pruned softmax mass the host mixed back in ('code-mass' compensation) */
  compensatedMass = 0;
  /** queries the host compensated (not saturated, output reaching the logits) */
  compensatedQueries = 0;
  chipMs = 0;
  loadMs = 0;
  samples: ScoreSample[] = [];
  /** per layer, per token: fraction of (head, query) pairs that kept it */
  keptFraction: number[][] = [];

  keepRatio(): number {
    let k = 0;
    let n = 0;
    for (const h of this.heads) {
      k += h.keptTokens;
      n += h.queries * h.tokens;
    }
    return n ? k / n : 0;
  }

  keepPerLayer(): number[] {
    const out: number[] = [];
    for (let l = 0; l < VIT.layers; l++) {
      let k = 0;
      let n = 0;
      for (const h of this.heads.filter((x) => x.layer === l)) {
        k += h.keptTokens;
        n += h.queries * h.tokens;
      }
      out.push(n ? k / n : 0);
    }
    return out;
  }

  keepPerHead(): number[][] {
    return Array.from({ length: VIT.layers }, (_, l) => Array.from({ length: VIT.heads }, (_, h) => {
      const s = this.heads.find((x) => x.layer === l && x.head === h);
      return s ? s.keptTokens / (s.queries * s.tokens) : 0;
    }));
  }
}

export interface ChipAttendOptions {
  rule: KeepRule;
  analog: AnalogConstants | null;
  stats: ChipRunStats;
  /** ask for analog codes (saturation retries, report samples); default true when the device can */
  wantCodes?: boolean;
  /** retries at twice the query scale when a query's best code saturates (default 2) */
  saturationRetries?: number;
  /** how values are quantised (default per channel, see QuantisedHead) */
  values?: ValueQuantisation;
}

const MODE_SELECT = { THRESHOLD: 0, RELATIVE: 1, TOPK: 2, DENSE: 3 } as const;

/** Programs the ATTN registers a rule needs once per run (mode, INT16 output, min keep). */
export async function configureChip(dev: HacDevice, rule: KeepRule): Promise<void> {
  const select = rule.kind === 'dense' ? MODE_SELECT.DENSE : rule.kind === 'top-k' ? MODE_SELECT.TOPK : MODE_SELECT.RELATIVE;
  const int16 = dev.hasCapability('INT16_OUTPUT');
  await dev.regs.writeField('MODE', 'SELECT', select);
  if (int16) await dev.regs.writeField('MODE', 'OUTPUT_INT16', 1);
  // INT16 keeps 8 fraction bits of the weighted mean of INT8 values (|o| <= 127 * 2^8 fits).
  await dev.regs.write('OUTPUT_SHIFT', int16 ? 8 : 0);
  await dev.regs.write('MIN_KEEP', rule.kind === 'policy' ? rule.policy.minKeep : 1);
}

/** The Attend function that runs every head of a layer on the chip. */
export function chipAttend(dev: HacDevice, opts: ChipAttendOptions): Attend {
  const { rule, analog, stats } = opts;
  const wantCodes = (opts.wantCodes ?? true) && dev.hasCapability('ANALOG_CODES');
  const retries = opts.saturationRetries ?? (rule.kind === 'policy' ? rule.policy.saturationRetries : undefined) ?? 2;
  const d = VIT.headDim;
  if ((rule.kind === 'policy') && !analog) throw new HacError('unsupported', 'a policy in logits needs the analog constants (ANALOG block)');
  // The policy's margins were calibrated counting the compensation: without the codes it needs
  // the answers would differ, so that is an error, not a quiet fallback.
  if (rule.kind === 'policy' && rule.policy.compensation === 'code-mass' && !wantCodes) {
    throw new HacError('unsupported', dev.hasCapability('ANALOG_CODES') ? "the policy's compensation 'code-mass' needs every query's analog codes, and this run was asked not to fetch them" : `the policy's compensation 'code-mass' needs every query's analog codes, and ${dev.info?.target ?? 'the device'} does not return them (no ANALOG_CODES capability); use a policy without it (compensation: 'none', re-calibrated)`, { context: { capability: 'ANALOG_CODES' } });
  }
  return async (layer: number, heads: HeadTensors[], tokens: number) => {
    const outs: Float64Array[] = [];
    const keptCount = new Float64Array(tokens);
    const alpha = rule.kind === 'policy' ? (rule.policy.keyBalance ?? 0) : 0;
    for (let h = 0; h < heads.length; h++) {
      const head = alpha > 0 ? balanceChannels(heads[h], tokens, d, alpha) : heads[h];
      const qh = quantiseHead(head, tokens, d, opts.values);
      const t0 = performance.now();
      // slot s of K/V SRAM (CIM column s mod tileTokens) holds token order[s]
      const order = rule.kind === 'policy' && rule.policy.tokenOrder === 'shuffled' ? shuffledOrder(layer, h, tokens) : null;
      await dev.loadContext(order ? { keys: permuteRows(qh.keys, order, d), values: permuteRows(qh.values, order, d) } : { keys: qh.keys, values: qh.values });
      const tokenOf = (slot: number) => (order ? order[slot] : slot);
      if (rule.kind === 'top-k') await dev.regs.write('TOPK', Math.max(1, Math.round(rule.fraction * tokens)));
      const t1 = performance.now();
      stats.loadMs += t1 - t0;
      // Query scales: per query (the full INT8 range of each query reaches the 4-bit analog
      // input), except for the global-margin baseline, which uses one per-tensor scale.
      const qScale = new Float64Array(tokens);
      const perTensor = maxAbs(head.q, 0, tokens * d) / 127;
      const headroom = rule.kind === 'policy' ? rule.policy.queryHeadroom[layer][h] : 1;
      for (let i = 0; i < tokens; i++) qScale[i] = rule.kind === 'global-margin' ? perTensor : (maxAbs(head.q, i * d, d) / 127) * headroom;
      const chipHead = chipHeadFor(layer, h);
      // per-query margins in codes (the mass rule), where set
      let marginOverride: Int32Array | null = null;
      const settingsFor = (i: number, marginScale: number): QuerySettings => {
        const s: QuerySettings = { scoreScale: scoreScaleFor(qScale[i], qh.kScale), head: chipHead };
        if (rule.kind === 'policy' && marginOverride && marginOverride[i] >= 0) s.margin = marginOverride[i];
        else if (rule.kind === 'policy') s.margin = structuralMargin(rule.policy, analog!, layer, i) ?? marginCodes(analog!, rule.policy.marginLogits[layer][h] * (rule.scale ?? 1) * marginScale, qScale[i], qh.kScale);
        else if (rule.kind === 'global-margin') s.margin = rule.codes;
        return s;
      };
      const queries = new Int8Array(tokens * d);
      for (let i = 0; i < tokens; i++) quantise(head.q, qScale[i], queries, i * d, d);
      let saturatedRetries = 0;
      // Runs the queries `idx`; a saturated best code cannot rank the top tokens, so those
      // queries run again at twice the query scale (halves every dot product), as often as allowed.
      const runSet = async (idx: number[], marginScale: number, codes = wantCodes): Promise<QueryResult[]> => {
        const pack = (list: number[]) => {
          const q = new Int8Array(list.length * d);
          list.forEach((i, n) => q.set(queries.subarray(i * d, (i + 1) * d), n * d));
          return q;
        };
        const res = await runQueries(dev, pack(idx), idx.map((i) => settingsFor(i, marginScale)), codes);
        stats.requests += 1;
        if (!(codes && rule.kind === 'policy' && retries > 0)) return res;
        const top = maxCode(analog!);
        for (let attempt = 0; attempt < retries; attempt++) {
          const again = idx.map((_, n) => n).filter((n) => res[n].codes && bestCode(res[n].codes!) >= top);
          if (!again.length) break;
          saturatedRetries += again.length;
          for (const n of again) {
            const i = idx[n];
            qScale[i] *= 2;
            quantise(head.q, qScale[i], queries, i * d, d);
          }
          const redo = await runQueries(dev, pack(again.map((n) => idx[n])), again.map((n) => settingsFor(idx[n], marginScale)), wantCodes);
          again.forEach((n, m) => (res[n] = redo[m]));
        }
        return res;
      };
      const all = Array.from({ length: tokens }, (_, i) => i);
      let marginScale = 1;
      let pilotQueries = 0;
      let pilot: QueryResult[] | null = null;
      const policyRule = rule.kind === 'policy' ? rule : null;
      const budget = policyRule?.policy.keepBudget?.[layer][h];
      let preKept = 0;
      // (a head with structural rows, the last layer under 'cls-only', keeps the margin rule: its
      // CLS row's margin is the one the whole head's pilot gives)
      const massHead = policyRule?.policy.queryRule === 'mass' && all.every((i) => structuralMargin(policyRule.policy, analog!, layer, i) === null);
      if (policyRule && budget !== undefined && wantCodes && massHead) {
        // Mass rule: every query runs once at MARGIN 0 for its codes (counted in cycles, energy
        // and keep); then each keeps the smallest code band holding mass p of its estimated
        // softmax, one p per head chosen on those codes to meet the head's budget.
        const free = all;
        {
          marginOverride = new Int32Array(tokens).fill(-1);
          for (const i of free) marginOverride[i] = 0;
          const pre = await runSet(free, 1, true);
          pilotQueries = free.length;
          for (const r of pre) {
            stats.cycles += r.counters.cycles;
            stats.energyPj += r.counters.energyPj;
            preKept += r.kept.length;
          }
          pilot = pre;
          const curves = pre.map((r, n) => massCurve(analog!, r.codes!, qScale[free[n]], qh.kScale));
          const sweep = policyRule.scale ?? 1;
          const p = chooseMassTarget(curves, tokens, Math.min(1, budget * sweep), policyRule.policy.minKeep);
          free.forEach((i, n) => (marginOverride![i] = massMargin(curves[n], p)));
        }
      } else if (policyRule && budget !== undefined && wantCodes) {
        // Pilot: the codes do not depend on the margin, so a strided sample of this head's
        // queries tells which margin scale meets the head's budget on this image.
        const pilotIdx = all.filter((i) => i % PILOT_STRIDE === 0);
        pilot = await runSet(pilotIdx, 1);
        pilotQueries = pilotIdx.length;
        for (const r of pilot) {
          stats.cycles += r.counters.cycles;
          stats.energyPj += r.counters.energyPj;
        }
        // `scale` (the compare command's budget sweep) scales the budget the same way it scales the margin.
        const sweep = policyRule.scale ?? 1;
        // only the queries the calibrated margin applies to (not those a structural rule fixes)
        const pilotCodes = pilot.map((r, n) => ({ codes: r.codes!, qScale: qScale[pilotIdx[n]], i: pilotIdx[n] })).filter((p) => pilotCounts(policyRule.policy, p.i));
        if (pilotCodes.length) marginScale = chooseMarginScale(analog!, pilotCodes, qh.kScale, policyRule.policy.marginLogits[layer][h] * sweep, Math.min(1, budget * sweep), policyRule.policy.minKeep, policyRule.policy.marginScaleLimits);
      }
      // Codes cost a third of the answer: the main run asks for them where the compensation or a
      // retry needs them; else the pilot (query 0 included) has them for the report and the saturation count.
      const compensate = policyRule?.policy.compensation === 'code-mass';
      const results = await runSet(all, marginScale, wantCodes && (compensate || !(pilot && retries === 0)));
      stats.chipMs += performance.now() - t1;
      const out = new Float64Array(tokens * d);
      let kept = preKept;
      let saturated = 0;
      const vMean = compensate ? meanValue(head.v, tokens, d) : null;
      for (let i = 0; i < tokens; i++) {
        const r = results[i];
        for (let c = 0; c < d; c++) out[i * d + c] = r.outputScaled[c] * qh.vScale[c] + qh.vOffset[c];
        // (a row whose output never reaches the logits is left as it is; the codes are there: the
        // driver fails a result that lacks codes it asked for, and without codes chipAttend refused)
        if (vMean && policyRule && rowReachesLogits(policyRule.policy, layer, i)) {
          const m = compensateRow(out, i * d, vMean, analog!, logitsPerCode(analog!, qScale[i], qh.kScale), r.codes!, r.keepMask);
          if (m !== null) {
            stats.compensatedMass += m;
            stats.compensatedQueries++;
          }
        }
        kept += r.kept.length;
        for (const t of r.kept) keptCount[tokenOf(t)]++;
        stats.cycles += r.counters.cycles;
        stats.energyPj += r.counters.energyPj;
        if (analog && r.codes && bestCode(r.codes) >= maxCode(analog) && rule.kind === 'policy') saturated++;
      }
      if (pilot && !results[0].codes && analog) {
        // saturation estimated from the pilot (every PILOT_STRIDE-th query)
        saturated = Math.round((pilot.filter((r) => r.codes && bestCode(r.codes) >= maxCode(analog)).length * tokens) / pilot.length);
      }
      stats.queries += tokens;
      stats.pilotQueries += pilotQueries;
      stats.heads.push({ layer, head: h, queries: tokens, keptTokens: kept, tokens, saturatedRetries, saturated, marginScale });
      const cls = results[0];
      const slotCodes = cls.codes ?? pilot?.[0]?.codes ?? null;
      let clsCodes: ArrayLike<number> | null = slotCodes;
      if (slotCodes && order) {
        const byToken = new Array<number>(tokens);
        for (let s = 0; s < tokens; s++) byToken[order[s]] = slotCodes[s];
        clsCodes = byToken;
      }
      if (clsCodes) {
        const exact: number[] = [];
        for (let j = 0; j < tokens; j++) {
          let s = 0;
          for (let c = 0; c < d; c++) s += head.q[c] * qh.keysCentred[j * d + c];
          exact.push(s / Math.sqrt(d));
        }
        const keptSet = new Set(cls.kept.map(tokenOf));
        stats.samples.push({ layer, head: h, codes: Array.from(clsCodes), exact, kept: exact.map((_, j) => keptSet.has(j)) });
      }
      outs.push(out);
    }
    stats.keptFraction[layer] = Array.from(keptCount, (c) => c / (tokens * heads.length));
    return outs;
  };
}

export { logitsPerCode };

/**
 * Dense attention on the host with the chip's INT8 rounding of queries, keys and values (same
 * scales, float softmax): how far INT8 alone moves the logits, the yardstick for the chip's
 * dense pass.
 */
export const int8Attend: Attend = (_layer, heads, tokens) =>
  heads.map((h) => {
    const d = VIT.headDim;
    const qh = quantiseHead(h, tokens);
    const k = Float64Array.from(qh.keys, (x) => x * qh.kScale);
    const v = dequantisedValues(qh, tokens);
    const q = new Float64Array(tokens * d);
    const qi = new Int8Array(d);
    for (let i = 0; i < tokens; i++) {
      const s = maxAbs(h.q, i * d, d) / 127;
      quantise(h.q.subarray(i * d, (i + 1) * d), s, qi);
      for (let c = 0; c < d; c++) q[i * d + c] = qi[c] * s;
    }
    return denseAttention({ q, k, v }, tokens);
  });

/**
 * One head's analog codes measured on the device (calibration on a die): keys and values loaded
 * as `chipAttend` loads them, every query at its full INT8 range and MARGIN 0, codes returned.
 */
export async function measureHeadCodes(dev: HacDevice, layer: number, head: number, h: HeadTensors, tokens: number): Promise<Uint8Array[]> {
  const d = VIT.headDim;
  const qh = quantiseHead(h, tokens, d);
  await dev.loadContext({ keys: qh.keys, values: qh.values });
  const queries = new Int8Array(tokens * d);
  const settings: QuerySettings[] = [];
  for (let i = 0; i < tokens; i++) {
    const qs = maxAbs(h.q, i * d, d) / 127;
    quantise(h.q, qs, queries, i * d, d);
    settings.push({ scoreScale: scoreScaleFor(qs, qh.kScale), head: chipHeadFor(layer, head), margin: 0 });
  }
  const res = await runQueries(dev, queries, settings, true);
  return res.map((r) => Uint8Array.from(r.codes!));
}
