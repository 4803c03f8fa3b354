/** Query results and counters as the host hands them out. */
import { HacError } from '../errors.js';

export interface QueryCounters {
  cycles: number;
  kept: number;
  pruned: number;
  tileRefills: number;
  conversions: number;
  energyPj: number;
  timingViolation: boolean;
}

export interface QueryResult {
  queryId: number;
  contextLength: number;
  /** 64 outputs as sent by the chip (INT8 range unless outputInt16). */
  output: Int16Array;
  outputShift: number;
  outputInt16: boolean;
  /** output x 2^-outputShift: the attention output in units of the value quantisation step (see toReal). */
  outputScaled: Float64Array;
  /** Keep-mask bitmap, bit t = byte t/8, bit t%8. */
  keepMask: Uint8Array;
  /** Indices of the kept tokens. */
  kept: number[];
  /** One analog code per token when requested and supported, else null. */
  codes: Uint8Array | null;
  counters: QueryCounters;
}

export interface ChipCounters {
  cycles: number;
  queries: number;
  tokensKept: number;
  tokensPruned: number;
  tileRefills: number;
  conversions: number;
  energyPj: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function toQueryResult(r: any, headDim = 64): QueryResult {
  if (!r) throw new HacError('protocol', 'response carries no query result');
  const raw: Uint8Array = r.output ?? new Uint8Array(0);
  if (raw.length !== headDim * 2) throw new HacError('protocol', `query output has ${raw.length} bytes, expected ${headDim * 2}`);
  const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const output = new Int16Array(headDim);
  for (let i = 0; i < headDim; i++) output[i] = dv.getInt16(2 * i, true);
  const shift: number = r.outputShift ?? 0;
  const factor = 2 ** -shift;
  const outputScaled = Float64Array.from(output, (x) => x * factor);
  const n: number = r.contextLength ?? 0;
  const keepMask: Uint8Array = r.keepMask ?? new Uint8Array(0);
  const kept: number[] = [];
  for (let t = 0; t < n; t++) if (keepMask[t >> 3] & (1 << (t & 7))) kept.push(t);
  const c = r.counters ?? {};
  return {
    queryId: r.queryId ?? 0,
    contextLength: n,
    output,
    outputShift: shift,
    outputInt16: !!r.outputInt16,
    outputScaled,
    keepMask,
    kept,
    codes: r.codes && r.codes.length ? new Uint8Array(r.codes) : null,
    counters: {
      cycles: c.cycles ?? 0,
      kept: c.kept ?? 0,
      pruned: c.pruned ?? 0,
      tileRefills: c.tileRefills ?? 0,
      conversions: c.conversions ?? 0,
      energyPj: c.energyPj ?? 0,
      timingViolation: !!c.timingViolation,
    },
  };
}

/**
 * Output in real units: output x 2^-outputShift x the scale used to quantise V (a real value v is
 * sent as round(v / valueScale)). The output is a weighted mean of values, so only the value
 * scale enters here; the Q and K scales enter through ATTN.SCORE_SCALE (HacDevice.setScoreScale).
 * See firmware-sim/DIGITAL.md for the arithmetic.
 */
export function toReal(result: QueryResult, valueScale = 1): Float64Array {
  return Float64Array.from(result.outputScaled, (x) => x * valueScale);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function toChipCounters(r: any): ChipCounters {
  return {
    cycles: r?.cycles ?? 0,
    queries: r?.queries ?? 0,
    tokensKept: r?.tokensKept ?? 0,
    tokensPruned: r?.tokensPruned ?? 0,
    tileRefills: r?.tileRefills ?? 0,
    conversions: r?.conversions ?? 0,
    energyPj: r?.energyPj ?? 0,
  };
}
