/**
 * Per-query settings (protocol v2) and the score scale: checked on the host like the registers
 * they override, before anything is sent.
 */
import { HEAD_DIM, registerByName, valueProblem } from '../../protocol/index.js';
import { invalidArgument } from '../errors.js';

/**
 * Settings one query carries (protocol v2): each overrides its ATTN register for that query only,
 * so a per-query quantisation scale or margin costs no extra request.
 */
export interface QuerySettings {
  /** ATTN.SCORE_SCALE value (see scoreScaleFor()). */
  scoreScale?: number;
  /** ATTN.MARGIN value (relative mode, ADC codes). */
  margin?: number;
  /** ATTN.HEAD value. */
  head?: number;
}

/**
 * The ATTN.SCORE_SCALE value for queries sent as round(q / qScale) and keys as round(k / kScale):
 * round(log2(e) * qScale * kScale / sqrt(headDim) * 2^24), so the chip's softmax sees q.k / sqrt(d).
 */
export function scoreScaleFor(qScale: number, kScale: number, headDim = HEAD_DIM): number {
  for (const [name, x] of [['qScale', qScale], ['kScale', kScale]] as const) {
    if (!Number.isFinite(x) || x <= 0) throw invalidArgument(`${name} must be a positive finite number, got ${x}`);
  }
  const value = Math.round(((Math.LOG2E * qScale * kScale) / Math.sqrt(headDim)) * 2 ** 24);
  if (value < 1 || value > 0x7fffffff) throw invalidArgument(`score scale ${qScale} x ${kScale} does not fit SCORE_SCALE (Q.24, 1..2^31-1): got ${value}`);
  return value;
}

const SETTING_REGISTERS = { scoreScale: registerByName('SCORE_SCALE')!, margin: registerByName('MARGIN')!, head: registerByName('HEAD')! } as const;

export function checkSettings(s: QuerySettings | undefined, what: string): QuerySettings | undefined {
  if (s === undefined || s === null) return undefined;
  if (typeof s !== 'object') throw invalidArgument(`${what}: settings must be an object`);
  const out: QuerySettings = {};
  for (const [k, v] of Object.entries(s)) {
    if (v === undefined) continue;
    if (!(k in SETTING_REGISTERS)) throw invalidArgument(`${what}: unknown setting '${k}' (scoreScale, margin, head)`);
    const key = k as keyof QuerySettings;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 0xffffffff) throw invalidArgument(`${what}: settings.${key} must be an unsigned integer, got ${String(v)}`);
    const problem = valueProblem(SETTING_REGISTERS[key], v);
    if (problem) throw invalidArgument(`${what}: settings.${key}: ${problem}`);
    out[key] = v;
  }
  return out;
}
