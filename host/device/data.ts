/** Input validation and quantisation for vectors going to the chip. All checks run before I/O. */
import { invalidArgument } from '../errors.js';

/** INT8 values: an Int8Array, or plain integers in [-128, 127]. */
export type Int8Input = Int8Array | readonly number[];
/** Real values with the quantisation step: int8 = round(x / scale), saturated to [-128, 127]. */
export interface FloatInput {
  float: ArrayLike<number>;
  scale: number;
}
export type VectorInput = Int8Input | FloatInput;

export interface Quantised {
  data: Int8Array;
  /** Values clamped to the INT8 range while quantising floats. */
  saturated: number;
}

export function isFloatInput(v: unknown): v is FloatInput {
  return typeof v === 'object' && v !== null && 'float' in v && 'scale' in v;
}

/** Validates and converts one input to INT8; `length` is the exact element count required. */
export function toInt8(input: VectorInput, length: number | null, what: string): Quantised {
  if (isFloatInput(input)) {
    const { float, scale } = input;
    if (typeof scale !== 'number' || !Number.isFinite(scale) || scale <= 0) throw invalidArgument(`${what}: scale must be a positive finite number, got ${String(scale)}`);
    if (!float || typeof float.length !== 'number') throw invalidArgument(`${what}: float values must be an array`);
    if (length !== null && float.length !== length) throw invalidArgument(`${what}: expected ${length} values, got ${float.length}`);
    const out = new Int8Array(float.length);
    let saturated = 0;
    for (let i = 0; i < float.length; i++) {
      const x = float[i];
      if (typeof x !== 'number' || !Number.isFinite(x)) throw invalidArgument(`${what}[${i}] is not a finite number (${String(x)})`);
      let q = Math.round(x / scale);
      if (q > 127) {
        q = 127;
        saturated++;
      } else if (q < -128) {
        q = -128;
        saturated++;
      }
      out[i] = q;
    }
    return { data: out, saturated };
  }
  if (input instanceof Int8Array) {
    if (length !== null && input.length !== length) throw invalidArgument(`${what}: expected ${length} values, got ${input.length}`);
    return { data: input, saturated: 0 };
  }
  if (!Array.isArray(input) && !ArrayBuffer.isView(input)) throw invalidArgument(`${what}: expected an Int8Array, an array of integers or { float, scale }`);
  const arr = input as ArrayLike<number>;
  if (length !== null && arr.length !== length) throw invalidArgument(`${what}: expected ${length} values, got ${arr.length}`);
  const out = new Int8Array(arr.length);
  for (let i = 0; i < arr.length; i++) {
    const x = arr[i];
    if (typeof x !== 'number' || !Number.isInteger(x)) throw invalidArgument(`${what}[${i}] = ${String(x)} is not an integer (pass { float, scale } for real values)`);
    if (x < -128 || x > 127) throw invalidArgument(`${what}[${i}] = ${x} is outside the INT8 range [-128, 127]`);
    out[i] = x;
  }
  return { data: out, saturated: 0 };
}

export function asBytes(a: Int8Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

export function checkUint(value: unknown, what: string, max = 0xffffffff): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) throw invalidArgument(`${what} must be an integer in [0, ${max}], got ${String(value)}`);
  return value;
}
