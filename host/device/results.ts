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

/** What the host knows a result must agree with (the request and the device's state). */
export interface ResultExpectation {
  headDim: number;
  /** The device's max_tokens (handshake). */
  maxTokens: number;
  /** Codes were asked for. */
  wantCodes: boolean;
  /** Context length the host knows the device holds, when it knows it. */
  contextLength?: number;
  /** Output shift the host knows ATTN.OUTPUT_SHIFT holds, when it knows it. */
  outputShift?: number;
}

/** The largest OUTPUT_SHIFT the register map allows. */
const MAX_OUTPUT_SHIFT = 16;

function bad(what: string, context: Record<string, unknown> = {}): HacError {
  return new HacError('protocol', `the device returned an inconsistent query result: ${what}`, { context: { request: 'runQuery', ...context } });
}

function popcount(mask: Uint8Array): number {
  let n = 0;
  for (const b of mask) {
    let x = b;
    while (x) {
      x &= x - 1;
      n++;
    }
  }
  return n;
}

/**
 * Checks a result against the request and the device's state and converts it. Nothing a device
 * sends is taken on trust: a wrong length, a mask that disagrees with the counters, codes nobody
 * asked for, or a shift beyond the register's range is a typed `protocol` error, never a result.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function toQueryResult(r: any, expect: ResultExpectation): QueryResult {
  const headDim = expect.headDim;
  if (!r) throw bad('no result in the response');
  const raw: Uint8Array = r.output ?? new Uint8Array(0);
  if (raw.length !== headDim * 2) throw bad(`output has ${raw.length} bytes, expected ${headDim * 2}`);
  const n: number = r.contextLength ?? 0;
  if (!Number.isInteger(n) || n < 1 || n > expect.maxTokens) throw bad(`context_length ${n} outside 1..${expect.maxTokens}`);
  if (expect.contextLength !== undefined && n !== expect.contextLength) throw bad(`context_length ${n}, but the context holds ${expect.contextLength} tokens`, { expected: expect.contextLength });
  const shift: number = r.outputShift ?? 0;
  if (shift > MAX_OUTPUT_SHIFT) throw bad(`output_shift ${shift} above ${MAX_OUTPUT_SHIFT}`);
  if (expect.outputShift !== undefined && shift !== expect.outputShift) throw bad(`output_shift ${shift}, but ATTN.OUTPUT_SHIFT is ${expect.outputShift}`);
  const keepMask: Uint8Array = r.keepMask ?? new Uint8Array(0);
  if (keepMask.length !== Math.ceil(n / 8)) throw bad(`keep mask of ${keepMask.length} bytes for ${n} tokens`);
  if (n % 8 !== 0 && keepMask[keepMask.length - 1] >> (n % 8) !== 0) throw bad('keep mask marks tokens beyond the context');
  const codes: Uint8Array | null = r.codes && r.codes.length ? new Uint8Array(r.codes) : null;
  if (codes && !expect.wantCodes) throw bad('analog codes sent though not asked for');
  if (expect.wantCodes && (!codes || codes.length !== n)) throw bad(`${codes?.length ?? 0} analog codes for ${n} tokens`);
  const c = r.counters ?? {};
  const keptCount = popcount(keepMask);
  if ((c.kept ?? 0) !== keptCount) throw bad(`counters.kept ${c.kept ?? 0} but the keep mask holds ${keptCount} tokens`);
  if ((c.kept ?? 0) + (c.pruned ?? 0) !== n) throw bad(`kept ${c.kept ?? 0} + pruned ${c.pruned ?? 0} is not the ${n} tokens of the context`);
  const outputInt16 = !!r.outputInt16;
  const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const output = new Int16Array(headDim);
  const outputScaled = new Float64Array(headDim);
  const factor = 2 ** -shift;
  // Plain loops: Float64Array.from(array, fn) goes through the iterator protocol, ~75 ms of a
  // ViT image's 7,092 results.
  for (let i = 0; i < headDim; i++) {
    output[i] = dv.getInt16(2 * i, true);
    if (!outputInt16 && (output[i] < -128 || output[i] > 127)) throw bad(`output ${i} = ${output[i]} outside INT8 though output_int16 is off`);
    outputScaled[i] = output[i] * factor;
  }
  const kept: number[] = [];
  for (let t = 0; t < n; t++) if (keepMask[t >> 3] & (1 << (t & 7))) kept.push(t);
  return {
    queryId: r.queryId ?? 0,
    contextLength: n,
    output,
    outputShift: shift,
    outputInt16,
    outputScaled,
    keepMask,
    kept,
    codes,
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
  const src = result.outputScaled;
  const out = new Float64Array(src.length);
  for (let i = 0; i < src.length; i++) out[i] = src[i] * valueScale;
  return out;
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
