/**
 * The host's matrix products (y = x W^T + b, 1.05 G multiply-adds per image) as a WebAssembly
 * SIMD kernel: float64 throughout (two lanes per instruction), so results differ from the
 * scalar loop only by the order of the additions. The module (a few hundred bytes) is assembled
 * here, not loaded from a file; where WebAssembly SIMD is missing, `linear` in model.ts keeps
 * its JavaScript loop.
 *
 * Weights are copied into the module's memory once, as float64, the first time a weight array
 * is used (keyed by the array itself); activations go in and out on every call.
 */

// --- a minimal WebAssembly encoder: just what the kernel needs ---------------------------------

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) return [...out, b];
    out.push(b | 0x80);
  }
}

function section(id: number, body: number[]): number[] {
  return [id, ...uleb(body.length), ...body];
}

function vec(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

function name(s: string): number[] {
  const b = [...Buffer.from(s, 'utf8')];
  return [...uleb(b.length), ...b];
}

const I32 = 0x7f;
const V128 = 0x7b;
const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  end: [0x0b],
  br: (l: number) => [0x0c, ...uleb(l)],
  brIf: (l: number) => [0x0d, ...uleb(l)],
  get: (i: number) => [0x20, ...uleb(i)],
  set: (i: number) => [0x21, ...uleb(i)],
  i32: (n: number) => [0x41, ...sleb(n)],
  i32Add: [0x6a],
  i32Mul: [0x6c],
  i32GeU: [0x4f],
  i32LtU: [0x49],
  f64Load: (offset: number) => [0x2b, 3, ...uleb(offset)],
  f64Store: (offset: number) => [0x39, 3, ...uleb(offset)],
  f64Add: [0xa0],
  v128Load: [0xfd, ...uleb(0), 3, 0], // align 2^3: rows are only 8-byte aligned
  v128Zero: [0xfd, ...uleb(12), ...new Array<number>(16).fill(0)],
  lane: (l: number) => [0xfd, ...uleb(33), l], // f64x2.extract_lane
  f64x2Add: [0xfd, ...uleb(240)],
  f64x2Mul: [0xfd, ...uleb(242)],
};

/**
 * linear(x, tokens, inDim, w, b, outDim, y): byte addresses x [tokens][inDim], w [outDim][inDim],
 * b [outDim], y [tokens][outDim], all float64; tokens even, outDim a multiple of 4, inDim even.
 * Blocked 4 outputs x 2 tokens (outputs outer: the 4 weight rows stay in L1 while every token
 * streams past), inner loop 2 input channels per instruction.
 */
function kernel(): Uint8Array {
  // params
  const X = 0, T = 1, IN = 2, W = 3, B = 4, OUT = 5, Y = 6; // prettier-ignore
  // i32 locals
  const t = 7, o = 8, c = 9, xa = 10, xb = 11, w0 = 12, w1 = 13, w2 = 14, w3 = 15, ya = 16, row = 17, yRow = 18, bo = 19; // prettier-ignore
  const I32_LOCALS = 13;
  // v128 locals: accumulators a0..a3 (token t), b0..b3 (token t+1), inputs u, v, weights k0..k3
  const acc = 20; // 20..27
  const u = 28, v = 29, k = 30; // k0..k3 = 30..33 // prettier-ignore
  const V128_LOCALS = 14;
  const code: number[] = [];
  const e = (...parts: (number | number[])[]) => {
    for (const p of parts) typeof p === 'number' ? code.push(p) : code.push(...p);
  };
  e(op.get(IN), op.i32(8), op.i32Mul, op.set(row));
  e(op.get(OUT), op.i32(8), op.i32Mul, op.set(yRow));
  e(op.i32(0), op.set(o));
  e(op.block, op.loop); // outputs, 4 at a time
  e(op.get(o), op.get(OUT), op.i32GeU, op.brIf(1));
  e(op.get(W), op.get(o), op.get(row), op.i32Mul, op.i32Add, op.set(w0));
  e(op.get(w0), op.get(row), op.i32Add, op.set(w1));
  e(op.get(w1), op.get(row), op.i32Add, op.set(w2));
  e(op.get(w2), op.get(row), op.i32Add, op.set(w3));
  e(op.get(B), op.get(o), op.i32(8), op.i32Mul, op.i32Add, op.set(bo));
  e(op.i32(0), op.set(t));
  e(op.block, op.loop); // tokens, 2 at a time
  e(op.get(t), op.get(T), op.i32GeU, op.brIf(1));
  e(op.get(X), op.get(t), op.get(row), op.i32Mul, op.i32Add, op.set(xa));
  e(op.get(xa), op.get(row), op.i32Add, op.set(xb));
  for (let a = 0; a < 8; a++) e(op.v128Zero, op.set(acc + a));
  e(op.i32(0), op.set(c));
  e(op.loop); // input channels, 2 at a time
  e(op.get(xa), op.get(c), op.i32Add, op.v128Load, op.set(u));
  e(op.get(xb), op.get(c), op.i32Add, op.v128Load, op.set(v));
  for (let j = 0; j < 4; j++) e(op.get(w0 + j), op.get(c), op.i32Add, op.v128Load, op.set(k + j));
  for (let j = 0; j < 4; j++) {
    e(op.get(acc + j), op.get(u), op.get(k + j), op.f64x2Mul, op.f64x2Add, op.set(acc + j));
    e(op.get(acc + 4 + j), op.get(v), op.get(k + j), op.f64x2Mul, op.f64x2Add, op.set(acc + 4 + j));
  }
  e(op.get(c), op.i32(16), op.i32Add, op.set(c));
  e(op.get(c), op.get(row), op.i32LtU, op.brIf(0));
  e(op.end);
  // y[t][o+j] = (lane 0 + lane 1) + b[o+j]; y[t+1][o+j] likewise
  e(op.get(Y), op.get(t), op.get(yRow), op.i32Mul, op.i32Add, op.get(o), op.i32(8), op.i32Mul, op.i32Add, op.set(ya));
  for (let r = 0; r < 2; r++) {
    for (let j = 0; j < 4; j++) {
      e(op.get(ya));
      if (r) e(op.get(yRow), op.i32Add);
      e(op.get(acc + 4 * r + j), op.lane(0), op.get(acc + 4 * r + j), op.lane(1), op.f64Add);
      e(op.get(bo), op.f64Load(8 * j), op.f64Add, op.f64Store(8 * j));
    }
  }
  e(op.get(t), op.i32(2), op.i32Add, op.set(t));
  e(op.br(0), op.end, op.end);
  e(op.get(o), op.i32(4), op.i32Add, op.set(o));
  e(op.br(0), op.end, op.end);
  e(op.end);
  const body = [...vec([[...uleb(I32_LOCALS), I32], [...uleb(V128_LOCALS), V128]]), ...code];
  const bytes = [
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec([[0x60, ...vec(new Array(7).fill([I32])), 0x00]])), // (i32 x 7) -> ()
    ...section(3, vec([uleb(0)])),
    ...section(5, vec([[0x00, ...uleb(1)]])), // one memory, 1 page to start
    ...section(7, vec([[...name('linear'), 0x00, 0], [...name('memory'), 0x02, 0]])),
    ...section(10, vec([[...uleb(body.length), ...body]])),
  ];
  return new Uint8Array(bytes);
}

interface Kernel {
  linear: (x: number, tokens: number, inDim: number, w: number, b: number, outDim: number, y: number) => void;
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
}

/** The part of the WebAssembly API used here (the project's TypeScript libs do not declare it). */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

let instance: Kernel | null | undefined;

function load(): Kernel | null {
  if (instance !== undefined) return instance;
  try {
    const bytes = kernel();
    const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
    if (!wasm?.validate(bytes)) return (instance = null);
    const inst = new wasm.Instance(new wasm.Module(bytes), {});
    instance = inst.exports as unknown as Kernel;
  } catch {
    instance = null;
  }
  return instance;
}

/** Bytes of the module's memory taken by weights (float64 copies, 16-byte aligned). */
let used = 0;
const placed = new WeakMap<Float32Array, number>();

function reserve(bytes: number): number {
  const k = instance!;
  const need = used + bytes;
  const have = k.memory.buffer.byteLength;
  if (need > have) k.memory.grow(Math.ceil((need - have) / 65536));
  return need;
}

/** The float64 copy of a weight array in the module's memory (made once). */
function place(a: Float32Array): number {
  const at = placed.get(a);
  if (at !== undefined) return at;
  const off = used;
  reserve((a.length * 8 + 15) & ~15);
  new Float64Array(instance!.memory.buffer, off, a.length).set(a);
  used = off + ((a.length * 8 + 15) & ~15);
  placed.set(a, off);
  return off;
}

/** True when the SIMD kernel runs here (Node 16.4+ has WebAssembly SIMD). */
export function simdAvailable(): boolean {
  return load() !== null;
}

/**
 * y[t][o] = x[t] . w[o] + b[o] (w [outDim][inDim], PyTorch orientation) on the SIMD kernel;
 * null when it cannot (no WebAssembly SIMD, odd inDim, outDim not a multiple of 4).
 */
export function linearSimd(x: Float64Array, tokens: number, inDim: number, w: Float32Array, b: Float32Array, outDim: number): Float64Array | null {
  if (!load() || inDim % 2 || outDim % 4 || w.length !== inDim * outDim || b.length !== outDim) return null;
  const wOff = place(w);
  const bOff = place(b);
  const rows = tokens + (tokens & 1); // an even count: the pad row is computed and dropped
  const xOff = used;
  const yOff = xOff + ((rows * inDim * 8 + 15) & ~15);
  reserve(yOff - used + rows * outDim * 8);
  const k = instance!;
  const mem = k.memory.buffer;
  const xm = new Float64Array(mem, xOff, rows * inDim);
  xm.set(x.subarray(0, tokens * inDim));
  if (rows > tokens) xm.fill(0, tokens * inDim);
  k.linear(xOff, rows, inDim, wOff, bOff, outDim, yOff);
  return new Float64Array(k.memory.buffer, yOff, tokens * outDim).slice();
}
