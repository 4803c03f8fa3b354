/**
 * Event counting, the cycle model and the (swappable) energy table.
 *
 * Every block counts events; the energy table turns counts into joules and the cycle model turns
 * them into cycles. Neither knows the other.
 *
 * OP-COUNTING CONVENTION: 1 MAC = 2 ops, and ops are DENSE-EQUIVALENT: a query over T tokens is
 * credited 2*T*d ops for Q.K^T (the analog core's figure) and 2*T*d + 2*T*d ops for Q.K^T and S.V
 * (the SoC's figure) whatever fraction was pruned. This is how pruning accelerators report TOPS/W.
 */
import type { Geometry, OperatingPoint } from './params.js';

export const OPS_PER_MAC = 2;

/** Dense-equivalent ops credited to the analog core for one query (Q.K^T over all tokens). */
export function coreOpsPerQuery(contextLength: number, d: number): number {
  return OPS_PER_MAC * contextLength * d;
}

/** Dense-equivalent ops credited to the SoC for one query (Q.K^T and S.V over all tokens). */
export function socOpsPerQuery(contextLength: number, d: number): number {
  return 2 * OPS_PER_MAC * contextLength * d;
}

/** Event counts of one query (or a sum of queries). Every field is a count of events. */
export interface EventCounts {
  /** CIM: query-bit row drives (one per row per query bit per tile) */
  cimRowDrives: number;
  /** CIM: column-line charge-share events (per column per key plane per query bit) */
  cimChargeShares: number;
  /** CIM: conversions (bit-weight recombination + one ADC/comparator conversion per column per tile) */
  cimConversions: number;
  /** CIM: comparator decisions (adcBits per ADC conversion, 1 in comparator mode) */
  cimDecisions: number;
  /** CIM cache tile refills */
  cimRefills: number;
  /** K SRAM bytes read by the refill path */
  kSramRefillBytes: number;
  /** controller: code comparisons in the selection logic */
  selectOps: number;
  /** K SRAM bytes read by the digital Q.K */
  kSramBytes: number;
  /** V SRAM bytes read by the digital S.V */
  vSramBytes: number;
  /** INT8 x INT8 MACs of Q.K */
  qkMacs: number;
  /** base-2 exponent look-ups */
  expLookups: number;
  /** fixed-point reciprocals (divisions) */
  divisions: number;
  /** probability multiplies (w * R) */
  normMults: number;
  /** probability x INT8 MACs of S.V */
  svMacs: number;
  /** output words written */
  outputWrites: number;
  /** SoC clock cycles (clock tree, control, leakage per cycle) */
  cycles: number;
}

export type EventName = keyof EventCounts;

export const EVENT_NAMES: readonly EventName[] = Object.freeze([
  'cimRowDrives', 'cimChargeShares', 'cimConversions', 'cimDecisions', 'cimRefills', 'kSramRefillBytes',
  'selectOps', 'kSramBytes', 'vSramBytes', 'qkMacs', 'expLookups', 'divisions', 'normMults', 'svMacs',
  'outputWrites', 'cycles',
] as const);

export function zeroCounts(): EventCounts {
  const c = {} as EventCounts;
  for (const n of EVENT_NAMES) c[n] = 0;
  return c;
}

export function addCounts(into: EventCounts, from: EventCounts): EventCounts {
  for (const n of EVENT_NAMES) into[n] += from[n];
  return into;
}

/** One counted event, as the brief describes: (component, action, bits, count). */
export interface EnergyEvent {
  component: string;
  action: string;
  bits: number;
  count: number;
}

/** Component, action and bit width of each counted event for a geometry. */
export function eventShape(name: EventName, g: Geometry, outputInt16 = false): { component: string; action: string; bits: number } {
  switch (name) {
    case 'cimRowDrives': return { component: 'cim', action: 'row-drive', bits: 1 };
    case 'cimChargeShares': return { component: 'cim', action: 'charge-share', bits: 1 };
    case 'cimConversions': return { component: 'cim', action: 'convert', bits: g.adcBits };
    case 'cimDecisions': return { component: 'cim', action: 'compare', bits: 1 };
    case 'cimRefills': return { component: 'cim', action: 'refill', bits: g.tileTokens * g.d * g.keyBits };
    case 'kSramRefillBytes': return { component: 'k-sram', action: 'read-refill', bits: 8 };
    case 'selectOps': return { component: 'controller', action: 'select', bits: g.adcBits };
    case 'kSramBytes': return { component: 'k-sram', action: 'read', bits: 8 };
    case 'vSramBytes': return { component: 'v-sram', action: 'read', bits: 8 };
    case 'qkMacs': return { component: 'digital', action: 'qk-mac', bits: 8 };
    case 'expLookups': return { component: 'softmax', action: 'exp-lut', bits: 16 };
    case 'divisions': return { component: 'softmax', action: 'reciprocal', bits: 32 };
    case 'normMults': return { component: 'softmax', action: 'normalize', bits: 16 };
    case 'svMacs': return { component: 'digital', action: 'sv-mac', bits: 17 };
    case 'outputWrites': return { component: 'output', action: 'write', bits: outputInt16 ? 16 : 8 };
    case 'cycles': return { component: 'soc', action: 'cycle', bits: 0 };
  }
}

export function eventsFromCounts(counts: EventCounts, g: Geometry, outputInt16 = false): EnergyEvent[] {
  const out: EnergyEvent[] = [];
  for (const n of EVENT_NAMES) {
    if (counts[n] === 0) continue;
    const s = eventShape(n, g, outputInt16);
    out.push({ component: s.component, action: s.action, bits: s.bits, count: counts[n] });
  }
  return out;
}

// ---------------------------------------------------------------- counting

export interface QueryShape {
  contextLength: number;
  kept: number;
  /** the analog pass ran (false in dense mode) */
  analog: boolean;
  refills: number;
  converter: 'adc' | 'comparator';
  outputWords: number;
  /** selection rule needs the row's best code / a rank (relative, topk, minKeep) */
  rankedSelection: boolean;
}

/** Event counts of one query, cycles excluded (see cycleCount). */
export function countQueryEvents(g: Geometry, s: QueryShape): EventCounts {
  // One object literal with every field in EVENT_NAMES order (a fixed shape: the same keys, in
  // the same order, as zeroCounts() filled in field by field).
  const analog = s.analog;
  const n = s.contextLength;
  const tiles = Math.ceil(n / g.tileTokens);
  const kd = s.kept * g.d;
  return {
    cimRowDrives: analog ? tiles * g.d * g.queryBits : 0,
    cimChargeShares: analog ? n * g.keyBits * g.queryBits : 0,
    cimConversions: analog ? n : 0,
    cimDecisions: analog ? n * (s.converter === 'adc' ? g.adcBits : 1) : 0,
    cimRefills: analog ? s.refills : 0,
    kSramRefillBytes: analog ? s.refills * g.tileTokens * g.d : 0,
    selectOps: analog ? (s.rankedSelection ? 2 * n : n) : 0,
    kSramBytes: kd,
    vSramBytes: kd,
    qkMacs: kd,
    expLookups: s.kept,
    divisions: s.kept > 0 ? 1 : 0,
    normMults: s.kept,
    svMacs: kd,
    outputWrites: s.outputWords,
    cycles: 0,
  };
}

// ---------------------------------------------------------------- cycles

/** Cycle-model parameters ([A]: the brief's latencies; everything sequential, no overlap). */
export interface CycleParams {
  /** K SRAM -> CIM refill port width */
  refillBytesPerCycle: number;
  /** cycles per query bit of the bit-serial analog pass */
  cyclesPerQueryBit: number;
  /** cycles of one conversion: SAR ADC takes adcBits, a comparator 1 */
  adcCyclesPerBit: number;
  /** cycles to scan codes for the best code / a rank, per tile, when the rule needs it */
  selectCyclesPerTile: number;
  /** digital Q.K pipeline: 64 lanes, one kept token per cycle, this latency */
  qkLatency: number;
  /** softmax latency per row (SpAtten-like pipeline), then one exponent per cycle */
  softmaxLatency: number;
  /** S.V: 64 lanes, one kept token per cycle, this latency */
  svLatency: number;
  /** output write-back cycles */
  outputCycles: number;
}

export const DEFAULT_CYCLE_PARAMS: Readonly<CycleParams> = Object.freeze({
  refillBytesPerCycle: 256,
  cyclesPerQueryBit: 1,
  adcCyclesPerBit: 1,
  selectCyclesPerTile: 1,
  qkLatency: 11,
  softmaxLatency: 90,
  svLatency: 4,
  outputCycles: 1,
});

export interface CycleBreakdown {
  refill: number;
  analog: number;
  select: number;
  qk: number;
  softmax: number;
  sv: number;
  output: number;
  total: number;
}

export function cycleCount(g: Geometry, s: QueryShape, p: CycleParams = DEFAULT_CYCLE_PARAMS): CycleBreakdown {
  const tiles = Math.ceil(s.contextLength / g.tileTokens);
  const refill = s.analog ? s.refills * Math.ceil((g.tileTokens * g.d) / p.refillBytesPerCycle) : 0;
  const convert = s.converter === 'adc' ? g.adcBits * p.adcCyclesPerBit : 1;
  const analog = s.analog ? tiles * (g.queryBits * p.cyclesPerQueryBit + convert) : 0;
  const select = s.analog && s.rankedSelection ? tiles * p.selectCyclesPerTile + 1 : 0;
  const qk = s.kept > 0 ? p.qkLatency + s.kept : 0;
  const softmax = s.kept > 0 ? p.softmaxLatency + s.kept : 0;
  const sv = s.kept > 0 ? p.svLatency + s.kept : 0;
  const output = p.outputCycles;
  return { refill, analog, select, qk, softmax, sv, output, total: refill + analog + select + qk + softmax + sv + output };
}

// ---------------------------------------------------------------- energy

/** Energy per event, picojoules at the nominal supply of its domain; scales with (V / Vnom)^2. */
export interface EnergyEntry {
  pj: number;
  supply: 'analog' | 'core';
}

export type EnergyTable = Readonly<Record<EventName, Readonly<EnergyEntry>>>;

/** Events that make up the "analog core" for its TOPS/W figure. */
export const CORE_EVENTS: readonly EventName[] = Object.freeze(['cimRowDrives', 'cimChargeShares', 'cimConversions', 'cimDecisions'] as const);
/** CORE_EVENTS as one flag per EVENT_NAMES index. */
const IS_CORE_EVENT: readonly boolean[] = EVENT_NAMES.map((n) => (CORE_EVENTS as readonly string[]).includes(n));

/**
 * Physical first guesses, 65 nm, 1.0 V (before calibration). The analog entries get one common
 * scale factor and the per-cycle SoC overhead (clock tree, control, leakage, I/O) is solved for,
 * so that the peak-throughput run meets the paper's two figures (see calibrateEnergyTable).
 */
export const BASE_ENERGY_TABLE: EnergyTable = Object.freeze({
  cimRowDrives: { pj: 0.3, supply: 'analog' }, // word line across 64 columns x 4 planes of 1 fF cells
  cimChargeShares: { pj: 0.043, supply: 'analog' }, // 85 fF line, half swing
  cimConversions: { pj: 0.6, supply: 'analog' }, // recombination caps + SAR DAC
  cimDecisions: { pj: 0.05, supply: 'analog' }, // one comparator decision
  cimRefills: { pj: 80, supply: 'core' }, // 16 Kb CIM write
  kSramRefillBytes: { pj: 0.4, supply: 'core' },
  selectOps: { pj: 0.02, supply: 'core' },
  kSramBytes: { pj: 0.4, supply: 'core' },
  vSramBytes: { pj: 0.4, supply: 'core' },
  qkMacs: { pj: 0.25, supply: 'core' },
  expLookups: { pj: 1.0, supply: 'core' },
  divisions: { pj: 20, supply: 'core' },
  normMults: { pj: 0.5, supply: 'core' },
  svMacs: { pj: 0.4, supply: 'core' },
  outputWrites: { pj: 0.2, supply: 'core' },
  cycles: { pj: 0, supply: 'core' },
});

export interface EnergyBreakdown {
  corePj: number;
  totalPj: number;
}

export function energyOf(counts: EventCounts, table: EnergyTable, op?: OperatingPoint): EnergyBreakdown {
  const sa = op ? (op.analogSupplyMv / 1000) ** 2 : 1;
  const sc = op ? (op.coreSupplyMv / 1000) ** 2 : 1;
  let core = 0, total = 0;
  // Same products, summed in EVENT_NAMES order, as a loop over the names would give.
  for (let k = 0; k < EVENT_NAMES.length; k++) {
    const n = EVENT_NAMES[k];
    const e = table[n];
    const pj = counts[n] * e.pj * (e.supply === 'analog' ? sa : sc);
    total += pj;
    if (IS_CORE_EVENT[k]) core += pj;
  }
  return { corePj: core, totalPj: total };
}

/** Paper figures (ESSERC 2024) the default table is calibrated to. */
export const PAPER = Object.freeze({
  coreTopsPerW: 14.8,
  socTopsPerW: 1.65,
  coreGopsPerMm2: 976.6,
  socGopsPerMm2: 79.4,
  dieAreaMm2: 3.2,
  clockKhz: 1_100_000,
  pruneRatio: 0.75,
});

/** The peak-throughput synthetic query: full context, top-k keeping 25%, ADC converter, steady-state refills. */
export function peakQueryShape(g: Geometry, converter: 'adc' | 'comparator' = 'adc'): QueryShape {
  const T = g.maxTokens;
  const tiles = Math.ceil(T / g.tileTokens);
  return {
    contextLength: T,
    kept: Math.round(T * (1 - PAPER.pruneRatio)),
    analog: true,
    refills: tiles > 1 ? tiles : 0,
    converter,
    outputWords: g.d,
    rankedSelection: true,
  };
}

/**
 * Scale the analog entries and solve the per-cycle overhead so that the peak query shape gives
 * the target TOPS/W for the core and the SoC exactly (at nominal supplies).
 */
export function calibrateEnergyTable(
  base: EnergyTable,
  g: Geometry,
  targets: { coreTopsPerW: number; socTopsPerW: number } = PAPER,
  cycles: CycleParams = DEFAULT_CYCLE_PARAMS,
): EnergyTable {
  const shape = peakQueryShape(g);
  const counts = countQueryEvents(g, shape);
  counts.cycles = cycleCount(g, shape, cycles).total;
  const coreTargetPj = coreOpsPerQuery(shape.contextLength, g.d) / targets.coreTopsPerW; // ops / (TOPS/W) = pJ
  const socTargetPj = socOpsPerQuery(shape.contextLength, g.d) / targets.socTopsPerW;
  const baseCore = energyOf(counts, base).corePj;
  const k = coreTargetPj / baseCore;
  const t: Record<string, EnergyEntry> = {};
  for (const n of EVENT_NAMES) {
    const e = base[n];
    t[n] = { pj: (CORE_EVENTS as readonly string[]).includes(n) ? e.pj * k : e.pj, supply: e.supply };
  }
  t.cycles = { pj: 0, supply: 'core' };
  const rest = energyOf(counts, t as EnergyTable).totalPj;
  const perCycle = (socTargetPj - rest) / counts.cycles;
  if (!(perCycle >= 0)) throw new RangeError('base energy table already exceeds the SoC target');
  t.cycles = { pj: perCycle, supply: 'core' };
  return Object.freeze(t) as EnergyTable;
}

/** The default table: BASE_ENERGY_TABLE calibrated on the reference geometry (512 tokens, d 64). */
export const DEFAULT_ENERGY_TABLE: EnergyTable = calibrateEnergyTable(BASE_ENERGY_TABLE, {
  d: 64, maxTokens: 512, tileTokens: 64, keyBits: 4, queryBits: 4, adcBits: 5, trimBits: 6,
});
