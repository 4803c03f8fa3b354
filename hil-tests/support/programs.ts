/**
 * Random device programs for the ordering property (issue 8): register writes, field updates,
 * masked writes, context loads, appends, queries, batches, context resets, reads and device
 * resets. `runProgram` issues a program without awaiting anything (or one call at a time) and
 * returns one normalised outcome per call, so two runs can be compared exactly.
 */
import { isHacError, type HacDevice } from '../../index.js';
import type { QueryResult } from '../../host/index.js';
import { SeededRandom } from '../../firmware-sim/index.js';

export type Op =
  | { op: 'write'; reg: string; value: number }
  | { op: 'field'; reg: string; field: string; value: number | string }
  | { op: 'bits'; reg: string; mask: number; value: number }
  | { op: 'load'; tokens: number; seed: number }
  | { op: 'append'; seed: number }
  | { op: 'query'; seed: number; settings?: { scoreScale?: number; margin?: number; head?: number } }
  | { op: 'batch'; seeds: number[]; margin?: number }
  | { op: 'resetContext' }
  | { op: 'read'; reg: string }
  | { op: 'reset' };

function int(rng: SeededRandom, n: number): number {
  return Math.floor(rng.next() * n);
}

function vec(seed: number, n = 64): Int8Array {
  const rng = new SeededRandom(seed);
  return Int8Array.from({ length: n }, () => int(rng, 256) - 128);
}

/** A program of `length` calls drawn from `seed`. */
export function randomProgram(seed: number, length = 14): Op[] {
  const rng = new SeededRandom(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[int(rng, xs.length)];
  const ops: Op[] = [{ op: 'load', tokens: 4 + int(rng, 12), seed: int(rng, 1e6) }];
  for (let i = 1; i < length; i++) {
    const x = rng.next();
    if (x < 0.2) {
      const reg = pick(['SCRATCH', 'MARGIN', 'SCORE_SCALE', 'HEAD', 'TOPK', 'MIN_KEEP', 'OUTPUT_SHIFT']);
      const value =
        reg === 'SCRATCH' ? int(rng, 2 ** 32) : reg === 'MARGIN' ? int(rng, 32) : reg === 'SCORE_SCALE' ? pick([1, 3025551, 30255510, 302555, 1 + int(rng, 2 ** 30)]) : reg === 'HEAD' ? int(rng, 16) : reg === 'TOPK' ? 1 + int(rng, 16) : reg === 'MIN_KEEP' ? int(rng, 4) : int(rng, 6);
      ops.push({ op: 'write', reg, value });
    } else if (x < 0.3) {
      ops.push(rng.next() < 0.7 ? { op: 'field', reg: 'MODE', field: 'SELECT', value: pick(['THRESHOLD', 'RELATIVE', 'TOPK', 'DENSE']) } : { op: 'field', reg: 'MODE', field: 'OUTPUT_INT16', value: int(rng, 2) });
    } else if (x < 0.35) ops.push({ op: 'bits', reg: 'SCRATCH', mask: int(rng, 2 ** 32), value: int(rng, 2 ** 32) });
    else if (x < 0.4) ops.push({ op: 'load', tokens: 2 + int(rng, 14), seed: int(rng, 1e6) });
    else if (x < 0.48) ops.push({ op: 'append', seed: int(rng, 1e6) });
    else if (x < 0.68) ops.push(rng.next() < 0.5 ? { op: 'query', seed: int(rng, 1e6) } : { op: 'query', seed: int(rng, 1e6), settings: { scoreScale: pick([1, 3025551, 30255510]), margin: int(rng, 32), head: int(rng, 16) } });
    else if (x < 0.76) ops.push({ op: 'batch', seeds: Array.from({ length: 2 + int(rng, 4) }, () => int(rng, 1e6)), ...(rng.next() < 0.5 ? { margin: int(rng, 32) } : {}) });
    else if (x < 0.8) ops.push({ op: 'resetContext' });
    else if (x < 0.97) ops.push({ op: 'read', reg: pick(['SCRATCH', 'MARGIN', 'CONTEXT_LEN', 'QUERY_COUNT', 'MODE', 'SCORE_SCALE', 'STATUS']) });
    else ops.push({ op: 'reset' });
  }
  return ops;
}

function result(r: QueryResult): string {
  return `n=${r.contextLength} q=${r.queryId} out=${Buffer.from(r.output.buffer, r.output.byteOffset, r.output.byteLength).toString('hex')} keep=${Buffer.from(r.keepMask).toString('hex')}`;
}

function outcomeOf(p: Promise<unknown>): Promise<string> {
  return p.then(
    (v) => (v === undefined ? 'ok' : typeof v === 'number' ? `= ${v}` : Array.isArray(v) ? v.map((x) => result(x as QueryResult)).join(' | ') : v && typeof v === 'object' && 'output' in v ? result(v as QueryResult) : 'ok'),
    (err: unknown) => (isHacError(err) ? `error ${err.kind}${err.status !== undefined ? ` ${err.status}` : ''}${process.env.HAC_DEBUG_PROGRAMS ? ` ${err.message}` : ''}` : `untyped ${String(err)}`),
  );
}

function issue(dev: HacDevice, o: Op): Promise<unknown> {
  switch (o.op) {
    case 'write':
      return dev.regs.write(o.reg, o.value);
    case 'field':
      return dev.regs.writeField(o.reg, o.field, o.value);
    case 'bits':
      return dev.regs.updateBits(o.reg, o.mask, o.value);
    case 'load':
      return dev.loadContext({ keys: vec(o.seed, o.tokens * 64), values: vec(o.seed + 1, o.tokens * 64) }).then(() => undefined);
    case 'append':
      return dev.appendToken(vec(o.seed), vec(o.seed + 1));
    case 'query':
      return dev.query(vec(o.seed), o.settings ? { settings: o.settings } : {});
    case 'batch':
      return dev.queryBatch(o.seeds.map((s) => vec(s)), o.margin !== undefined ? { settings: { margin: o.margin } } : {});
    case 'resetContext':
      return dev.resetContext();
    case 'read':
      return dev.regs.read(o.reg);
    case 'reset':
      return dev.reset().then(() => undefined);
  }
}

/** Issues the program; `awaitEach` runs it one call at a time. One outcome string per call. */
export async function runProgram(dev: HacDevice, program: readonly Op[], awaitEach: boolean): Promise<string[]> {
  if (awaitEach) {
    const out: string[] = [];
    for (const o of program) out.push(await outcomeOf(issue(dev, o)));
    return out;
  }
  return Promise.all(program.map((o) => outcomeOf(issue(dev, o))));
}

/** The program of issue 8: a score scale written unawaited before each query. */
export async function scaleProgram(dev: HacDevice): Promise<number[]> {
  // From reset values: on a board (or any long-lived device) earlier tests left registers behind.
  await dev.reset();
  const keys = new Int8Array(128);
  keys.fill(20, 0, 64);
  keys.fill(-20, 64, 128);
  const values = new Int8Array(128);
  values.fill(100, 0, 64);
  values.fill(-100, 64, 128);
  await dev.loadContext({ keys, values });
  await dev.regs.writeField('MODE', 'SELECT', 'DENSE');
  const q = new Int8Array(64).fill(20);
  const out: Promise<number>[] = [];
  for (const s of [1, 3025551, 1, 3025551]) {
    void dev.regs.write('SCORE_SCALE', s);
    out.push(dev.query(q).then((r) => r.output[0]));
  }
  return Promise.all(out);
}

