/**
 * ChipModel: the reference twin of chip-brief.md section 2 as pure computation.
 * One attention head at a time: the firmware writes K/V SRAM and the trim table directly, calls
 * keysChanged, and runs queries. No I/O, no clocks, no global state.
 */
import { AnalogCore } from './analog.js';
import { DigitalScratch, attendKept, defaultScoreScale } from './digital.js';
import type { EnergyEvent, EnergyTable, EventCounts, CycleParams, CycleBreakdown } from './energy.js';
import { DEFAULT_CYCLE_PARAMS, DEFAULT_ENERGY_TABLE, countQueryEvents, cycleCount, energyOf, eventsFromCounts } from './energy.js';
import type { AnalogParams, ChipFaults, Geometry, NoisePreset, OperatingPoint, SelectionConfig } from './params.js';
import { DEFAULT_GEOMETRY, NOMINAL_OPERATING_POINT, PRESETS, analogParamsFor } from './params.js';
import { selectTokens } from './selection.js';
import type { TimingParams } from './timing.js';
import { DEFAULT_TIMING, failClockKhz, maxClockKhz, timingFault } from './timing.js';

export interface QueryRequest {
  /** INT8 query, d values */
  q: Int8Array;
  /** tokens 0..contextLength-1 of K/V SRAM take part */
  contextLength: number;
  head: number;
  queryIndex: number;
  selection: SelectionConfig;
  /** 0..16: fraction bits kept in the output (see DIGITAL.md step 8) */
  outputShift: number;
  outputInt16: boolean;
  /** score-scale register, Q.24 of log2(e) * sq * sk / sqrt(d); default 1/sqrt(d) with unit scales */
  scoreScale?: number;
}

export interface QueryResult {
  /** d values; INT8 range unless outputInt16 */
  output: Int16Array;
  /** contextLength bytes, 0/1 */
  keepMask: Uint8Array;
  /** contextLength analog codes (adcBits wide; 0/1 in comparator mode; all 0 in dense mode: no analog pass) */
  codes: Uint8Array;
  kept: number;
  pruned: number;
  tileRefills: number;
  conversions: number;
  cycles: number;
  energyPj: number;
  /** the analog core's share of energyPj (row drives, charge sharing, conversions, decisions) */
  coreEnergyPj: number;
  events: EnergyEvent[];
  counts: EventCounts;
  cycleBreakdown: CycleBreakdown;
  /** clock above the supply's max: digital results corrupted (seeded) */
  timingViolation: boolean;
}

export interface ChipModelOptions {
  dieSeed?: number;
  preset?: NoisePreset;
  params?: Partial<AnalogParams>;
  geometry?: Partial<Geometry>;
  energyTable?: EnergyTable;
  cycleParams?: Partial<CycleParams>;
  timing?: Partial<TimingParams>;
}

function checkGeometry(g: Geometry): void {
  const ints: Array<keyof Geometry> = ['d', 'maxTokens', 'tileTokens', 'keyBits', 'queryBits', 'adcBits', 'trimBits'];
  for (const k of ints) if (!Number.isInteger(g[k]) || g[k] <= 0) throw new RangeError(`geometry.${k} must be a positive integer`);
  if (g.keyBits > 8 || g.queryBits > 8) throw new RangeError('keyBits/queryBits must be <= 8');
  if (g.adcBits > 8) throw new RangeError('adcBits must be <= 8 (codes are bytes)');
  if (g.trimBits > 8) throw new RangeError('trimBits must be <= 8');
}

export class ChipModel {
  readonly geometry: Geometry;
  /** maxTokens*d INT8, token-major; the firmware writes it directly, then calls keysChanged */
  readonly kSram: Int8Array;
  /** maxTokens*d INT8, token-major; read at query time */
  readonly vSram: Int8Array;
  /** per CIM column signed offset-trim code; LSB = params.trimLsbV (1 mV); clamped to trimBits */
  readonly trim: Int8Array;
  readonly energyTable: EnergyTable;
  readonly cycleParams: CycleParams;
  readonly timingParams: TimingParams;

  private readonly analog: AnalogCore;
  private paramOverrides: Partial<AnalogParams>;
  private preset: NoisePreset;
  private op: OperatingPoint = { ...NOMINAL_OPERATING_POINT };
  private faults: ChipFaults = { stuckColumns: [], deadComparators: [], sramBitFlips: [] };
  private readonly kXor: Uint8Array;
  private readonly vXor: Uint8Array;
  private readonly kFlipTokens: Uint8Array;
  private readonly vFlipTokens: Uint8Array;
  private anyKFlip = false;
  private anyVFlip = false;
  private readonly scratch: DigitalScratch;
  private readonly keptIdx: Int32Array;
  /** the tile currently held by the CIM cache, -1 when invalid */
  private loadedTile = -1;
  /** per token 0/1: its column's comparator is dead (never keeps it); null when none is */
  private deadTokens: Uint8Array | null = null;

  constructor(opts: ChipModelOptions = {}) {
    const g: Geometry = { ...DEFAULT_GEOMETRY, ...(opts.geometry ?? {}) };
    checkGeometry(g);
    this.geometry = Object.freeze(g);
    this.kSram = new Int8Array(g.maxTokens * g.d);
    this.vSram = new Int8Array(g.maxTokens * g.d);
    this.trim = new Int8Array(g.tileTokens);
    this.kXor = new Uint8Array(g.maxTokens * g.d);
    this.vXor = new Uint8Array(g.maxTokens * g.d);
    this.kFlipTokens = new Uint8Array(g.maxTokens);
    this.vFlipTokens = new Uint8Array(g.maxTokens);
    this.energyTable = opts.energyTable ?? DEFAULT_ENERGY_TABLE;
    this.cycleParams = { ...DEFAULT_CYCLE_PARAMS, ...(opts.cycleParams ?? {}) };
    this.timingParams = { ...DEFAULT_TIMING, ...(opts.timing ?? {}) };
    this.preset = opts.preset ?? 'typical';
    this.paramOverrides = { ...(opts.params ?? {}) };
    this.analog = new AnalogCore(g, analogParamsFor(this.preset, this.paramOverrides), this.kSram, this.kXor);
    this.analog.setDieSeed((opts.dieSeed ?? 0) >>> 0);
    this.scratch = new DigitalScratch(g.maxTokens, g.d);
    this.keptIdx = new Int32Array(g.maxTokens);
  }

  // ------------------------------------------------------------ configuration

  get dieSeed(): number {
    return this.analog.dieSeed;
  }

  get params(): AnalogParams {
    return this.analog.getParams();
  }

  /**
   * Ideal analog transfer at an operating point: dot4 units (sum of 4-bit query x 4-bit key
   * products) per ADC code, the zero code and the code range (the ANALOG register block).
   */
  analogConstants(op: OperatingPoint): { dotPerCode: number; zeroCode: number; adcBits: number; inputBits: number } {
    const p = this.analog.getParams();
    return { dotPerCode: p.adcLsbV / this.analog.vUnit(op), zeroCode: p.adcZeroCode, adcBits: this.geometry.adcBits, inputBits: this.geometry.queryBits };
  }

  get noisePreset(): NoisePreset {
    return this.preset;
  }

  keysChanged(fromToken: number, toTokenExclusive: number): void {
    this.analog.keysChanged(fromToken, toTokenExclusive);
    const tt = this.geometry.tileTokens;
    if (this.loadedTile >= 0 && fromToken < (this.loadedTile + 1) * tt && toTokenExclusive > this.loadedTile * tt) this.loadedTile = -1;
  }

  setDieSeed(seed: number): void {
    this.analog.setDieSeed(seed >>> 0);
    this.loadedTile = -1;
  }

  /**
   * The engines' reset (a chip reset or soft reset): the controller state that carries over from
   * one query to the next goes back to power-on, so counters after a reset do not depend on what
   * ran before it. Today that is the CIM cache (no tile loaded). Memories, trim, die, preset,
   * operating point and faults are not engine state and stay.
   */
  resetEngine(): void {
    this.loadedTile = -1;
  }

  /** Preset non-idealities; design parameters and explicit overrides of non-preset fields stay. */
  setPreset(p: NoisePreset): void {
    if (!(p in PRESETS)) throw new RangeError(`unknown preset ${p}`);
    this.preset = p;
    const o = { ...this.paramOverrides };
    for (const k of Object.keys(PRESETS[p]) as Array<keyof typeof PRESETS.ideal>) delete o[k];
    this.paramOverrides = o;
    this.analog.setParams(analogParamsFor(p, o));
  }

  /** Override analog parameters on top of the current preset. */
  setParams(params: Partial<AnalogParams>): void {
    this.paramOverrides = { ...this.paramOverrides, ...params };
    this.analog.setParams(analogParamsFor(this.preset, this.paramOverrides));
  }

  setOperatingPoint(op: OperatingPoint): void {
    for (const k of ['coreSupplyMv', 'analogSupplyMv', 'temperatureMilliC', 'clockKhz'] as const) {
      if (!Number.isInteger(op[k])) throw new RangeError(`operating point ${k} must be an integer`);
    }
    if (op.coreSupplyMv <= 0 || op.analogSupplyMv <= 0 || op.clockKhz <= 0) throw new RangeError('supplies and clock must be positive');
    this.op = { ...op };
  }

  operatingPoint(): OperatingPoint {
    return { ...this.op };
  }

  setFaults(f: ChipFaults): void {
    const { d, maxTokens } = this.geometry;
    // Undo the previous flips' refold, apply the new ones.
    const touched = new Set<number>();
    for (const s of this.faults.sramBitFlips) if (s.memory === 'k') touched.add(s.token);
    this.kXor.fill(0);
    this.vXor.fill(0);
    this.kFlipTokens.fill(0);
    this.vFlipTokens.fill(0);
    for (const s of f.sramBitFlips) {
      if (!(s.token >= 0 && s.token < maxTokens && s.dim >= 0 && s.dim < d && s.bit >= 0 && s.bit < 8)) {
        throw new RangeError(`SRAM bit flip out of range: ${JSON.stringify(s)}`);
      }
      const idx = s.token * d + s.dim;
      if (s.memory === 'k') { this.kXor[idx] ^= 1 << s.bit; this.kFlipTokens[s.token] = 1; touched.add(s.token); }
      else { this.vXor[idx] ^= 1 << s.bit; this.vFlipTokens[s.token] = 1; }
    }
    this.anyKFlip = f.sramBitFlips.some((s) => s.memory === 'k');
    this.anyVFlip = f.sramBitFlips.some((s) => s.memory === 'v');
    for (const t of touched) this.keysChanged(t, t + 1);
    this.analog.setFaults(f);
    const dead = f.deadComparators.filter((c) => Number.isInteger(c) && c >= 0 && c < this.geometry.tileTokens);
    if (dead.length === 0) this.deadTokens = null;
    else {
      const m = new Uint8Array(maxTokens);
      for (const c of dead) for (let t = c; t < maxTokens; t += this.geometry.tileTokens) m[t] = 1;
      this.deadTokens = m;
    }
    this.faults = {
      stuckColumns: f.stuckColumns.map((s) => ({ ...s })),
      deadComparators: [...f.deadComparators],
      sramBitFlips: f.sramBitFlips.map((s) => ({ ...s })),
    };
  }

  /** The specified maximum clock at this supply and the current temperature (1.1 GHz at 1.0 V, 27 C). */
  maxClockKhz(coreSupplyMv: number): number {
    return maxClockKhz(coreSupplyMv, this.op.temperatureMilliC, this.timingParams);
  }

  /** The shmoo boundary: highest clock that still meets timing (maxClockKhz plus the guard band). */
  failClockKhz(coreSupplyMv: number): number {
    return failClockKhz(coreSupplyMv, this.op.temperatureMilliC, this.timingParams);
  }

  /** Debug/test: this die's static comparator offsets, in trim LSBs (round() of it is the ideal trim). */
  columnOffsets(): Float64Array {
    const v = this.analog.columnOffsetsV();
    const lsb = this.params.trimLsbV;
    return v.map((x) => x / lsb);
  }

  /** Debug/test: this die's static comparator offsets, volts. */
  columnOffsetsV(): Float64Array {
    return this.analog.columnOffsetsV();
  }

  // ------------------------------------------------------------ queries

  private checkRequest(req: QueryRequest): void {
    const g = this.geometry;
    if (req.q.length !== g.d) throw new RangeError(`query has ${req.q.length} dims, expected ${g.d}`);
    if (!Number.isInteger(req.contextLength) || req.contextLength < 1 || req.contextLength > g.maxTokens) {
      throw new RangeError(`contextLength ${req.contextLength} outside 1..${g.maxTokens}`);
    }
    const s = req.selection;
    for (const k of ['threshold', 'margin', 'topK', 'minKeep'] as const) {
      if (!Number.isInteger(s[k]) || s[k] < 0) throw new RangeError(`selection.${k} must be a non-negative integer`);
    }
  }

  /**
   * Debug capability: the analog codes of one query without the digital pass (no counters move).
   * Same codes runQuery would produce for this (head, queryIndex).
   */
  analogCodes(req: Pick<QueryRequest, 'q' | 'contextLength' | 'head' | 'queryIndex'> & { threshold?: number }): Uint8Array {
    const codes = new Uint8Array(req.contextLength);
    this.analog.ensureFolded(req.contextLength);
    this.analog.convert(req.q, req.contextLength, { head: req.head, queryIndex: req.queryIndex, threshold: req.threshold ?? 0 }, this.op, this.trim, codes);
    return codes;
  }

  /** Recompute the code of one token of one query alone (no caches, no other tokens). */
  recomputeCode(q: Int8Array, token: number, head: number, queryIndex: number, threshold = 0): number {
    return this.analog.recomputeCode(q, token, { head, queryIndex, threshold }, this.op, this.trim);
  }

  runQuery(req: QueryRequest): QueryResult {
    this.checkRequest(req);
    const g = this.geometry;
    const n = req.contextLength;
    const sel = req.selection;
    const codes = new Uint8Array(n);
    const keepMask = new Uint8Array(n);
    const analogPass = sel.mode !== 'dense';
    const tiles = Math.ceil(n / g.tileTokens);
    let refills = 0;

    if (analogPass) {
      this.analog.ensureFolded(n);
      // The controller walks the tiles in order and refills the CIM cache unless it already holds the tile.
      for (let t = 0; t < tiles; t++) {
        if (this.loadedTile !== t) { refills++; this.loadedTile = t; }
      }
      this.analog.convert(req.q, n, { head: req.head, queryIndex: req.queryIndex, threshold: sel.threshold }, this.op, this.trim, codes);
    }
    // A comparator already compared against the threshold register: its 1-bit code is the decision.
    const rule = analogPass && this.params.converter === 'comparator' && sel.mode === 'threshold' ? { ...sel, threshold: 1 } : sel;
    // A dead comparator never keeps its token in any analog mode (the column is masked after the
    // rule and takes no part in top-k or the minKeep floor). Dense mode does not use the comparators.
    const kept = selectTokens(codes, n, rule, keepMask, analogPass ? this.deadTokens : null);
    // Ascending kept-token list, branch-free (keepMask is 0/1; keptIdx has room for maxTokens).
    const keptIdx = this.keptIdx;
    for (let t = 0, c = 0; t < n; t++) { keptIdx[c] = t; c += keepMask[t]; }

    const fault = timingFault(this.op, this.analog.dieSeed, req.head, req.queryIndex, this.timingParams);
    const output = new Int16Array(g.d);
    attendKept(
      {
        q: req.q, k: this.kSram, v: this.vSram, d: g.d, kept: this.keptIdx, count: kept,
        scoreScale: req.scoreScale ?? defaultScoreScale(g.d),
        outputShift: req.outputShift,
        outputInt16: req.outputInt16,
        kXor: this.anyKFlip ? this.kXor : null,
        vXor: this.anyVFlip ? this.vXor : null,
        kFlipTokens: this.anyKFlip ? this.kFlipTokens : null,
        vFlipTokens: this.anyVFlip ? this.vFlipTokens : null,
        fault,
      },
      this.scratch,
      output,
    );

    const shape = {
      contextLength: n, kept, analog: analogPass, refills,
      converter: this.params.converter, outputWords: g.d,
      rankedSelection: sel.mode === 'relative' || sel.mode === 'topk' || (sel.mode === 'threshold' && sel.minKeep > 0),
    };
    const counts = countQueryEvents(g, shape);
    const cyc = cycleCount(g, shape, this.cycleParams);
    counts.cycles = cyc.total;
    const energy = energyOf(counts, this.energyTable, this.op);
    const total = cyc.total, outputInt16 = req.outputInt16;
    return {
      output, keepMask, codes, kept, pruned: n - kept, tileRefills: refills, conversions: counts.cimConversions,
      cycles: total, energyPj: energy.totalPj, coreEnergyPj: energy.corePj,
      // The event list is built on first read (most callers only want the totals). It comes from
      // this query's private shape, not from `counts`, so it is what an eager list would have been
      // even if the caller changes `counts` first. Reading or assigning turns it into a plain
      // data property (own, enumerable, in the same key position: spread / JSON see it as before).
      get events(): EnergyEvent[] {
        const events = eventsFromCounts({ ...countQueryEvents(g, shape), cycles: total }, g, outputInt16);
        Object.defineProperty(this, 'events', { value: events, writable: true, enumerable: true, configurable: true });
        return events;
      },
      set events(value: EnergyEvent[]) {
        Object.defineProperty(this, 'events', { value, writable: true, enumerable: true, configurable: true });
      },
      counts, cycleBreakdown: cyc,
      timingViolation: fault !== null,
    };
  }
}
