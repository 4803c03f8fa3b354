/**
 * The query engine of the board firmware: the Q buffer, output and keep-mask buffers, the last
 * result, STATUS/ERROR_CODE state and the cumulative counters, on top of the chip model. It runs
 * queries with the ATTN registers, each optionally overridden per query by protocol v2's
 * QuerySettings, and raises the IRQ bits and events a query causes.
 */
import {
  Cap,
  HEAD_DIM,
  MAX_BATCH_QUERIES,
  MAX_TOKENS,
  Status,
  getField,
  runQueriesResponseBound,
  runQueryResponseBound,
  valueProblem,
  type IResponse,
} from '../../protocol/index.js';
import type { ChipModel, SelectionMode } from '../model/index.js';
import type { EventSource } from './events.js';
import { IRQ_DONE, IRQ_ERROR, IRQ_FAULT, MODE_OUTPUT_INT16, MODE_SELECT, fieldValues, reg } from './fields.js';
import type { RegisterFile } from './registers.js';

export type IQueryResult = NonNullable<NonNullable<IResponse['runQuery']>['result']>;
export interface Settings {
  scoreScale?: number | null;
  margin?: number | null;
  head?: number | null;
}
export type Outcome = { status: Status; detail?: string; body?: IResponse };

/** A command that could not run (returned, never thrown). */
export class Fail {
  constructor(
    readonly status: Status,
    readonly detail: string,
  ) {}
}

interface Cumulative {
  cycles: number;
  queries: number;
  kept: number;
  pruned: number;
  tileRefills: number;
  conversions: number;
  energyPj: number;
}

/** Selection modes by their MODE.SELECT value, from the map's names. */
const SELECT_BY_VALUE: ReadonlyMap<number, SelectionMode> = new Map(Object.entries(fieldValues('MODE', 'SELECT')).map(([name, v]) => [v, name.toLowerCase() as SelectionMode]));
const SETTING_REGISTERS = { scoreScale: reg('SCORE_SCALE'), margin: reg('MARGIN'), head: reg('HEAD') } as const;

export interface EngineDeps {
  registers: RegisterFile;
  model: ChipModel;
  events: EventSource;
  capabilities: number;
  /** Largest payload the device may send now. */
  maxPayload: () => number;
  /** Applies a SIM.DIE_SEED written earlier in this request (once, before a query). */
  flushDieSeed: () => void;
}

export class QueryEngine {
  readonly qBuffer = new Int8Array(HEAD_DIM);
  readonly output = new Uint8Array(HEAD_DIM * 2);
  readonly keepMask = new Uint8Array(MAX_TOKENS / 8);
  result: IQueryResult | null = null;
  done = false;
  failed = false;
  errorCode = 0;
  queryCount = 0;
  readonly totals: Cumulative = zeroTotals();

  constructor(private readonly d: EngineDeps) {}

  private has(cap: number): boolean {
    return (this.d.capabilities & cap) !== 0;
  }

  /** Back to power-on (the chip's reset): results, status and counters cleared. */
  reset(): void {
    this.result = null;
    this.done = false;
    this.failed = false;
    this.errorCode = 0;
    this.queryCount = 0;
    this.clearCounters();
    this.output.fill(0);
    this.keepMask.fill(0);
  }

  clearCounters(): void {
    Object.assign(this.totals, zeroTotals());
  }

  /** Marks a failed command in STATUS/ERROR_CODE/IRQ_STATUS and returns the outcome. */
  commandFailed(status: Status, detail: string): Outcome {
    this.failed = true;
    this.errorCode = status;
    this.raiseIrq(IRQ_ERROR);
    if (this.irqEnabled(IRQ_ERROR)) this.d.events.failure(`command failed: ${detail}`);
    return { status, detail };
  }

  /** run_query: one query, optional per-query settings. */
  runQuery(query: Uint8Array, wantCodes: boolean, settings: Settings | null | undefined): Outcome {
    if (query.length !== 0 && query.length !== HEAD_DIM) return this.commandFailed(Status.STATUS_BAD_ARGUMENT, `query must be ${HEAD_DIM} bytes or empty (got ${query.length})`);
    const pre = this.precheck(wantCodes, [settings ?? null], 1, (n) => runQueryResponseBound(n, wantCodes));
    if (pre) return pre;
    // The query goes to the Q buffer first (SPEC section 5), so it stays there if the run fails.
    if (query.length === HEAD_DIM) this.qBuffer.set(new Int8Array(query.buffer, query.byteOffset, HEAD_DIM));
    const res = this.start(this.qBuffer.slice(), wantCodes, settings ?? null);
    if (res instanceof Fail) return this.commandFailed(res.status, res.detail);
    this.jobDone(1);
    return { status: Status.STATUS_OK, body: { runQuery: { result: res } } };
  }

  /** run_queries: n queries in order, one response (protocol v2). */
  runQueries(queries: Uint8Array, settings: readonly Settings[], wantCodes: boolean): Outcome {
    const count = queries.length / HEAD_DIM;
    if (queries.length === 0 || !Number.isInteger(count) || count > MAX_BATCH_QUERIES) {
      return this.commandFailed(Status.STATUS_BAD_ARGUMENT, `queries must be 1..${MAX_BATCH_QUERIES} x ${HEAD_DIM} bytes (got ${queries.length})`);
    }
    if (settings.length !== 0 && settings.length !== 1 && settings.length !== count) {
      return this.commandFailed(Status.STATUS_BAD_ARGUMENT, `settings has ${settings.length} entries (0, 1 or ${count})`);
    }
    const pre = this.precheck(wantCodes, settings.length === 0 ? [null] : settings, count, (n) => runQueriesResponseBound(n, wantCodes, count));
    if (pre) return pre;
    const results: IQueryResult[] = [];
    for (let i = 0; i < count; i++) {
      const q = new Int8Array(queries.buffer, queries.byteOffset + i * HEAD_DIM, HEAD_DIM);
      this.qBuffer.set(q);
      const res = this.start(this.qBuffer.slice(), wantCodes, settings.length === 0 ? null : settings[settings.length === 1 ? 0 : i]);
      // Checked before the first query ran (precheck), so a failure here is the model's: the
      // queries before it ran and count; the request reports the failure and no results.
      if (res instanceof Fail) return this.commandFailed(res.status, `query ${i} of ${count}: ${res.detail}`);
      results.push(res);
    }
    this.jobDone(count);
    return { status: Status.STATUS_OK, body: { runQueries: { results } } };
  }

  /** CONTROL.START: the Q buffer with the registers; failures only mark STATUS/ERROR_CODE. */
  strobeStart(): void {
    const res = this.start(this.qBuffer.slice(), false, null);
    if (res instanceof Fail) this.commandFailed(res.status, res.detail);
    else this.jobDone(1);
  }

  /**
   * What can be known before anything runs: capability, settings values, configuration and the
   * size of the answer. A request refused here changes nothing (no query id, counters, result).
   */
  private precheck(wantCodes: boolean, settings: readonly (Settings | null)[], count: number, bound: (n: number) => number): Outcome | null {
    if (wantCodes && !this.has(Cap.ANALOG_CODES)) return this.commandFailed(Status.STATUS_UNSUPPORTED, 'analog codes not supported');
    for (const s of settings) {
      if (!s) continue;
      for (const key of ['scoreScale', 'margin', 'head'] as const) {
        const v = s[key];
        if (v == null) continue;
        const problem = valueProblem(SETTING_REGISTERS[key], v);
        if (problem) return this.commandFailed(Status.STATUS_INVALID_CONFIG, `settings.${key}: ${problem}`);
      }
    }
    const n = this.d.registers.getInternal('CONTEXT_LEN');
    const b = bound(n);
    if (b > this.d.maxPayload()) {
      return this.commandFailed(Status.STATUS_OUT_OF_RANGE, `${count} result(s) of ${n} tokens${wantCodes ? ' with codes' : ''} (up to ${b} bytes) exceed max_frame ${this.d.maxPayload()}`);
    }
    return null;
  }

  /** Runs one query against the model; stores and returns the result. */
  private start(q: Int8Array, wantCodes: boolean, settings: Settings | null): IQueryResult | Fail {
    const regs = this.d.registers;
    if (regs.getInternal('CHIP_RESET') === 1) return new Fail(Status.STATUS_NOT_READY, 'chip held in reset (BOARD.CHIP_RESET = 1)');
    this.d.flushDieSeed();
    const n = regs.getInternal('CONTEXT_LEN');
    if (n === 0) return new Fail(Status.STATUS_INVALID_CONFIG, 'CONTEXT_LEN is 0');
    const modeReg = regs.getInternal('MODE');
    const mode = SELECT_BY_VALUE.get(getField(modeReg, MODE_SELECT));
    if (!mode) return new Fail(Status.STATUS_INVALID_CONFIG, `MODE.SELECT ${getField(modeReg, MODE_SELECT)} names no selection rule`);
    const topK = regs.getInternal('TOPK');
    if (mode === 'topk' && topK === 0) return new Fail(Status.STATUS_INVALID_CONFIG, 'TOPK is 0 in top-k mode');
    const outputShift = regs.getInternal('OUTPUT_SHIFT');
    const head = settings?.head ?? regs.getInternal('HEAD');
    const outputInt16 = (modeReg & MODE_OUTPUT_INT16) !== 0;
    const queryId = (this.queryCount + 1) >>> 0;
    let res;
    try {
      res = this.d.model.runQuery({
        q,
        contextLength: n,
        head,
        queryIndex: queryId,
        selection: {
          mode,
          threshold: regs.getInternal(`THRESHOLD_${head}`),
          margin: settings?.margin ?? regs.getInternal('MARGIN'),
          topK,
          minKeep: regs.getInternal('MIN_KEEP'),
        },
        outputShift,
        outputInt16,
        scoreScale: settings?.scoreScale ?? regs.getInternal('SCORE_SCALE'),
      });
    } catch (err) {
      if (err instanceof RangeError) return new Fail(Status.STATUS_INVALID_CONFIG, err.message);
      throw err;
    }
    // Commit: from here on nothing can fail.
    this.queryCount = queryId;
    const t = this.totals;
    t.cycles += res.cycles;
    t.queries = (t.queries + 1) % 2 ** 32;
    t.kept += res.kept;
    t.pruned += res.pruned;
    t.tileRefills = (t.tileRefills + res.tileRefills) % 2 ** 32;
    t.conversions += res.conversions;
    t.energyPj += res.energyPj;

    const out = this.output;
    for (let i = 0; i < HEAD_DIM; i++) {
      const v = res.output[i] & 0xffff;
      out[2 * i] = v & 0xff;
      out[2 * i + 1] = v >>> 8;
    }
    const mask = this.keepMask;
    mask.fill(0);
    for (let j = 0; j < n; j++) if (res.keepMask[j]) mask[j >>> 3] |= 1 << (j & 7);
    const result: IQueryResult = {
      queryId,
      output: out.slice(),
      outputInt16,
      outputShift,
      keepMask: mask.slice(0, Math.ceil(n / 8)),
      codes: wantCodes ? res.codes.slice(0, n) : new Uint8Array(0),
      contextLength: n,
      counters: {
        cycles: res.cycles,
        kept: res.kept,
        pruned: res.pruned,
        tileRefills: res.tileRefills,
        conversions: res.conversions,
        energyPj: res.energyPj,
        timingViolation: res.timingViolation,
      },
    };
    this.result = result;
    this.done = true;
    this.failed = false;
    this.raiseIrq(IRQ_DONE);
    if (res.timingViolation) {
      this.raiseIrq(IRQ_FAULT);
      if (this.irqEnabled(IRQ_FAULT)) {
        const text = `timing violation: clock ${regs.getInternal('CLOCK_KHZ')} kHz above what ${regs.getInternal('CORE_SUPPLY_MV')} mV allows (query ${queryId})`;
        this.d.events.later('fault', () => this.d.events.emit({ fault: { code: Status.STATUS_INVALID_CONFIG, text } })); // one per request, the last
      }
    }
    return result;
  }

  /** One job_done per request that ran queries (v2: coalesced, with the count), when enabled. */
  private jobDone(count: number): void {
    if (!this.irqEnabled(IRQ_DONE)) return;
    const ev = this.d.events;
    if (this.doneGeneration !== ev.generation) {
      this.doneGeneration = ev.generation;
      this.doneCount = 0;
    }
    this.doneCount += count;
    const queryId = this.queryCount;
    const total = this.doneCount;
    ev.later('jobDone', () => ev.emit({ jobDone: { queryId, count: total } }));
  }
  private doneGeneration = -1;
  private doneCount = 0;

  raiseIrq(bit: number): void {
    this.d.registers.setInternal('IRQ_STATUS', this.d.registers.getInternal('IRQ_STATUS') | bit);
  }

  irqEnabled(bit: number): boolean {
    return (this.d.registers.getInternal('IRQ_ENABLE') & bit) !== 0;
  }
}

function zeroTotals(): Cumulative {
  return { cycles: 0, queries: 0, kept: 0, pruned: 0, tileRefills: 0, conversions: 0, energyPj: 0 };
}
