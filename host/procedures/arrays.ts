/**
 * Array files a lab user brings: NumPy `.npy` (int8, uint8, float16/32/64, C order), raw `.bin`
 * (INT8, rows of 64) and JSON (nested arrays of numbers, or { "int8": [...] } / { "float": [...],
 * "scale": s }). Integer data goes to the chip as is; float data is quantised to INT8 with the
 * scale max|x| / 127 (reported, so results can be turned back into real units).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { errorText, HacError, invalidArgument } from '../errors.js';
import { D, quantise } from './workload.js';

export interface ArrayData {
  path: string;
  /** Shape as stored (rows x 64 after flattening leading dimensions). */
  shape: number[];
  dtype: 'int8' | 'float';
  int8: Int8Array | null;
  float: Float64Array | null;
}

export interface Int8Rows {
  data: Int8Array;
  rows: number;
  /** Real value = int8 x scale (1 for integer files). */
  scale: number;
  /** Where the scale came from. */
  quantised: boolean;
}

function f16(h: number): number {
  const s = h >> 15, e = (h >> 10) & 31, m = h & 1023;
  const v = e === 0 ? m * 2 ** -24 : e === 31 ? (m ? NaN : Infinity) : (1 + m / 1024) * 2 ** (e - 15);
  return s ? -v : v;
}

export function parseNpy(buf: Buffer, path = 'array.npy'): ArrayData {
  const bad = (why: string) => invalidArgument(`${path}: not a readable .npy file (${why})`, { path });
  if (buf.length < 10 || buf.toString('latin1', 0, 6) !== '\x93NUMPY') throw bad('no NUMPY magic');
  const major = buf[6];
  const hlen = major === 1 ? buf.readUInt16LE(8) : buf.readUInt32LE(8);
  const start = major === 1 ? 10 : 12;
  const header = buf.toString('latin1', start, start + hlen);
  const descr = /'descr':\s*'([^']+)'/.exec(header)?.[1];
  const fortran = /'fortran_order':\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape':\s*\(([^)]*)\)/.exec(header)?.[1];
  if (!descr || !fortran || shapeText === undefined) throw bad('header without descr, fortran_order or shape');
  if (fortran === 'True') throw bad('Fortran order; save with np.ascontiguousarray');
  const shape = shapeText.split(',').map((x) => x.trim()).filter(Boolean).map(Number);
  const n = shape.reduce((a, b) => a * b, 1);
  const body = buf.subarray(start + hlen);
  const need = (size: number) => {
    if (body.length < n * size) throw bad(`${body.length} data bytes for ${n} elements of ${size}`);
  };
  const dv = new DataView(body.buffer, body.byteOffset, body.byteLength);
  switch (descr) {
    case '|i1':
    case 'i1':
      need(1);
      return { path, shape, dtype: 'int8', int8: new Int8Array(body.buffer.slice(body.byteOffset, body.byteOffset + n)), float: null };
    case '|u1': {
      need(1);
      const out = new Int8Array(n);
      for (let i = 0; i < n; i++) {
        if (body[i] > 127) throw bad(`uint8 value ${body[i]} at ${i} does not fit INT8`);
        out[i] = body[i];
      }
      return { path, shape, dtype: 'int8', int8: out, float: null };
    }
    case '<f2':
      need(2);
      return { path, shape, dtype: 'float', int8: null, float: Float64Array.from({ length: n }, (_, i) => f16(dv.getUint16(2 * i, true))) };
    case '<f4':
      need(4);
      return { path, shape, dtype: 'float', int8: null, float: Float64Array.from({ length: n }, (_, i) => dv.getFloat32(4 * i, true)) };
    case '<f8':
      need(8);
      return { path, shape, dtype: 'float', int8: null, float: Float64Array.from({ length: n }, (_, i) => dv.getFloat64(8 * i, true)) };
    default:
      throw bad(`dtype ${descr}; use int8, uint8, float16, float32 or float64`);
  }
}

/** Writes a C-order .npy (for outputs a lab user reads back with np.load). */
export function encodeNpy(data: Int8Array | Int16Array | Float64Array | Uint8Array, shape: number[]): Buffer {
  const descr = data instanceof Int8Array ? '|i1' : data instanceof Uint8Array ? '|u1' : data instanceof Int16Array ? '<i2' : '<f8';
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`;
  const total = 10 + header.length + 1;
  header += ' '.repeat((64 - (total % 64)) % 64) + '\n';
  const head = Buffer.alloc(10);
  head.write('\x93NUMPY', 0, 'latin1');
  head[6] = 1;
  head[7] = 0;
  head.writeUInt16LE(header.length, 8);
  return Buffer.concat([head, Buffer.from(header, 'latin1'), Buffer.from(data.buffer, data.byteOffset, data.byteLength)]);
}

function flattenJson(v: unknown, out: number[], path: string): number[] {
  if (Array.isArray(v)) {
    for (const x of v) flattenJson(x, out, path);
    return out;
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) throw invalidArgument(`${path}: JSON holds a non-number (${JSON.stringify(v)?.slice(0, 40)})`, { path });
  out.push(v);
  return out;
}

export function parseJsonArray(text: string, path = 'array.json'): ArrayData {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (err) {
    throw invalidArgument(`${path}: not valid JSON (${errorText(err)})`, { path });
  }
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    if ('int8' in o) v = o.int8;
    else if ('float' in o) {
      const f = flattenJson(o.float, [], path);
      return { path, shape: [f.length], dtype: 'float', int8: null, float: Float64Array.from(f) };
    }
  }
  const flat = flattenJson(v, [], path);
  if (flat.every((x) => Number.isInteger(x) && x >= -128 && x <= 127)) return { path, shape: [flat.length], dtype: 'int8', int8: Int8Array.from(flat), float: null };
  return { path, shape: [flat.length], dtype: 'float', int8: null, float: Float64Array.from(flat) };
}

/** Reads `.npy`, `.bin` (raw INT8) or `.json`. */
export function readArrayFile(path: string): ArrayData {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    throw new HacError('invalid-argument', `cannot read ${path}: ${errorText(err)}`, { context: { path } });
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.npy') return parseNpy(buf, path);
  if (ext === '.json') return parseJsonArray(buf.toString('utf8'), path);
  if (ext === '.bin' || ext === '.raw' || ext === '.i8') return { path, shape: [buf.length], dtype: 'int8', int8: new Int8Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length)), float: null };
  throw invalidArgument(`${path}: unknown file type '${ext || '(none)'}' (use .npy, .bin or .json)`, { path });
}

/** Rows of 64 INT8 values (floats quantised); the element count must be a multiple of 64. */
export function toInt8Rows(a: ArrayData, what: string): Int8Rows {
  const n = a.int8 ? a.int8.length : a.float!.length;
  if (n === 0 || n % D !== 0) throw invalidArgument(`${what} (${a.path}): ${n} values is not a whole number of ${D}-value rows`, { path: a.path });
  if (a.int8) return { data: a.int8, rows: n / D, scale: 1, quantised: false };
  const q = quantise(a.float!);
  return { data: q.q, rows: n / D, scale: q.scale, quantised: true };
}
