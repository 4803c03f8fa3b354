/**
 * The bring-up self-test, through the protocol only (it runs the same on a board): handshake,
 * register conformance against the map, a memory march over every region, a known-answer
 * attention test and the counters. It soft-resets the device before and after, and overwrites
 * the memories (K/V SRAM, Q buffer, TRIM).
 */
import { createHash } from 'node:crypto';
import { crc32, PROTOCOL_VERSION, Region, REGION_SIZE, REGISTER_MAP_HASH, REGISTERS, SCHEMA_HASH, regionName, type RegisterInfo } from '../../protocol/index.js';
import { HacError, isHacError } from '../errors.js';
import type { HacDevice, QueryResult } from '../index.js';
import { attend, softmax } from './metrics.js';
import { configure, D, loadWorkload, queryRow, realOutput, runBatch, syntheticWorkload, type AttentionWorkload } from './workload.js';

export interface CheckResult {
  name: string;
  pass: boolean;
  /** What was checked and found, one line. */
  detail: string;
  ms: number;
}

export interface SelftestReport {
  pass: boolean;
  target: string;
  checks: CheckResult[];
}

class CheckFailed extends Error {}
const fail = (msg: string): never => {
  throw new CheckFailed(msg);
};
const hex = (n: number) => '0x' + (n >>> 0).toString(16).toUpperCase();

/** Expects a device error with this status from `p`. */
async function expectStatus(p: Promise<unknown>, status: string, what: string): Promise<void> {
  try {
    await p;
  } catch (err) {
    if (isHacError(err) && err.statusName === status) return;
    fail(`${what}: expected ${status}, got ${err instanceof Error ? err.message : String(err)}`);
  }
  fail(`${what}: expected ${status}, the device accepted it`);
}

function available(dev: HacDevice, r: RegisterInfo): boolean {
  return !r.capability || dev.hasCapability(r.capability);
}

async function handshake(dev: HacDevice): Promise<string> {
  const i = dev.info;
  if (i.protocolVersion !== PROTOCOL_VERSION) fail(`protocol ${i.protocolVersion}, host speaks ${PROTOCOL_VERSION}`);
  if (i.schemaHash !== SCHEMA_HASH) fail(`schema hash ${hex(i.schemaHash)} != host ${hex(SCHEMA_HASH)}`);
  if (i.registerMapHash !== REGISTER_MAP_HASH) fail(`register map hash ${hex(i.registerMapHash)} != host ${hex(REGISTER_MAP_HASH)}`);
  const data = Uint8Array.from({ length: 256 }, (_, k) => k);
  await dev.ping(data);
  return `protocol ${i.protocolVersion}, schema ${hex(i.schemaHash)}, map ${hex(i.registerMapHash)}, chip ${hex(i.chipId)}, ${i.framing} framing, ping 256 B echoed`;
}

/** Reset values of the registers a soft reset restores, then the access rules. */
async function registers(dev: HacDevice): Promise<string> {
  await dev.reset();
  const bus = dev.regs.bus;
  const resettable = new Set(['CHIP', 'ATTN', 'TRIM', 'COUNTERS', 'ANALOG']);
  const regs = REGISTERS.filter((r) => r.access !== 'wo' && !r.volatile && available(dev, r) && !(r.simOnly && !dev.hasCapability('VIRTUAL_CHIP')));
  const values = await bus.read(regs.map((r) => r.address));
  const wrong: string[] = [];
  regs.forEach((r, k) => {
    const v = values[k];
    if (resettable.has(r.block)) {
      if (v !== r.reset) wrong.push(`${r.name}=${hex(v)} (reset ${hex(r.reset)})`);
    } else if ((r.min !== undefined && v < r.min) || (r.max !== undefined && v > r.max)) wrong.push(`${r.name}=${v} outside ${r.min ?? 0}..${r.max}`);
  });
  if (wrong.length) fail(`${wrong.length} registers differ from the map: ${wrong.slice(0, 4).join(', ')}${wrong.length > 4 ? ', ...' : ''}`);
  const scratch = REGISTERS.find((r) => r.name === 'SCRATCH')!.address;
  for (let bit = 0; bit < 32; bit++) {
    for (const v of [(1 << bit) >>> 0, ~(1 << bit) >>> 0]) {
      await bus.write([{ address: scratch, value: v }]);
      const [got] = await bus.read([scratch]);
      if (got !== v) fail(`SCRATCH read ${hex(got)} after writing ${hex(v)}`);
    }
  }
  await bus.write([{ address: scratch, value: 0 }]);
  await expectStatus(bus.write([{ address: REGISTERS.find((r) => r.name === 'CHIP_ID')!.address, value: 1 }]), 'STATUS_ACCESS_DENIED', 'write to CHIP_ID (ro)');
  await expectStatus(bus.read([REGISTERS.find((r) => r.name === 'CONTROL')!.address]), 'STATUS_ACCESS_DENIED', 'read of CONTROL (wo)');
  const margin = REGISTERS.find((r) => r.name === 'MARGIN')!;
  await expectStatus(bus.write([{ address: margin.address, value: (margin.max ?? 31) + 1 }]), 'STATUS_INVALID_CONFIG', 'MARGIN above max');
  await expectStatus(bus.read([0xfffc]), 'STATUS_BAD_ADDRESS', 'read of unmapped 0xFFFC');
  return `${regs.length} reset/range values match the map; SCRATCH walking 1s/0s; ro, wo, max and unmapped refused`;
}

/** March over every region: 0x55, 0xAA, then an address-unique pattern checked by read-back and digest. */
async function memoryMarch(dev: HacDevice): Promise<string> {
  const parts: string[] = [];
  const march = async (region: Region, size: number, patterns: Uint8Array[]) => {
    for (const p of patterns) {
      await dev.writeMemory(region, 0, p, { verify: false });
      const back = await dev.readMemory(region, 0, size);
      for (let i = 0; i < size; i++) if (back[i] !== p[i]) fail(`${regionName(region)} byte ${i}: read ${hex(back[i])}, wrote ${hex(p[i])}`);
    }
    const last = patterns[patterns.length - 1];
    const dg = await dev.digest(region, 0, size);
    const want = createHash('sha256').update(last).digest();
    if (Buffer.compare(Buffer.from(dg.sha256), want) !== 0) fail(`${regionName(region)}: device SHA-256 differs from the data written`);
  };
  const fill = (n: number, f: (i: number) => number) => Uint8Array.from({ length: n }, (_, i) => f(i) & 0xff);
  for (const region of [Region.REGION_K_SRAM, Region.REGION_V_SRAM, Region.REGION_Q_BUFFER]) {
    const n = REGION_SIZE[region];
    await march(region, n, [fill(n, () => 0x55), fill(n, () => 0xaa), fill(n, (i) => i * 7 + (i >> 8) * 13 + 1)]);
    parts.push(`${regionName(region).replace('REGION_', '')} ${n} B`);
  }
  if (dev.hasCapability('OFFSET_TRIM')) {
    const n = REGION_SIZE[Region.REGION_TRIM];
    // TRIM holds signed -32..31 per column: patterns within that range.
    await march(Region.REGION_TRIM, n, [fill(n, (i) => (i % 64) - 32), fill(n, (i) => 31 - (i % 64)), fill(n, (i) => ((i * 37) % 64) - 32)]);
    await dev.writeMemory(Region.REGION_TRIM, 0, new Uint8Array(n), { verify: false });
    parts.push(`TRIM ${n} B`);
  }
  for (const region of [Region.REGION_OUTPUT, Region.REGION_KEEP_MASK]) {
    const n = REGION_SIZE[region];
    const r = await dev.readMemory(region, 0, n);
    if (r.length !== n) fail(`${regionName(region)}: read ${r.length} of ${n} bytes`);
    // Sent as a raw request: the host's memory layer refuses it before the wire, the device must too.
    const data = new Uint8Array(1);
    await expectStatus(dev.session.request({ memWrite: { region, offset: 0, data, dataCrc: crc32(data) } }), 'STATUS_ACCESS_DENIED', `write to ${regionName(region)} (read-only)`);
  }
  parts.push('OUTPUT and KEEP_MASK read-only');
  return parts.join(', ');
}

/** The known-answer workload: 128 seeded tokens, 8 queries. */
export function knownAnswerWorkload(): AttentionWorkload {
  return syntheticWorkload(128, 8, 0x5e1f);
}

/** Largest output error allowed vs the float reference on the dequantised data, in value LSBs. */
const KAT_TOLERANCE_LSB = 2;

/**
 * Known-answer attention: dense mode, outputs compared with the float64 reference computed from
 * the same INT8 data (the chip's fixed-point softmax and rounding stay within 2 value LSBs).
 */
async function knownAnswer(dev: HacDevice, w: AttentionWorkload): Promise<{ detail: string; results: QueryResult[] }> {
  await loadWorkload(dev, w);
  await configure(dev, { mode: 'DENSE', minKeep: 1 });
  const rows = Array.from({ length: w.queries }, (_, j) => queryRow(w, j));
  const results = await runBatch(dev, rows);
  const Kd = Float64Array.from(w.k.q, (x) => x * w.k.scale);
  const Vd = Float64Array.from(w.v.q, (x) => x * w.v.scale);
  let worst = 0;
  results.forEach((r, j) => {
    if (r.kept.length !== w.tokens) fail(`query ${j}: dense mode kept ${r.kept.length} of ${w.tokens} tokens`);
    if (r.counters.timingViolation) fail(`query ${j}: the chip flagged a timing violation at this operating point`);
    const qd = Float64Array.from(queryRow(w, j), (x) => x * w.q.scale);
    const s = new Float64Array(w.tokens);
    for (let t = 0; t < w.tokens; t++) {
      let a = 0;
      for (let i = 0; i < D; i++) a += qd[i] * Kd[t * D + i];
      s[t] = a / Math.sqrt(D);
    }
    const ideal = attend(softmax(s), Vd);
    const got = realOutput(r, w.v.scale);
    for (let i = 0; i < D; i++) worst = Math.max(worst, Math.abs(got[i] - ideal[i]) / w.v.scale);
  });
  if (worst > KAT_TOLERANCE_LSB) fail(`output differs from the reference by ${worst.toFixed(2)} value LSBs (allowed ${KAT_TOLERANCE_LSB})`);
  return { detail: `${w.queries} queries x ${w.tokens} tokens, dense: worst output error ${worst.toFixed(2)} LSB (allowed ${KAT_TOLERANCE_LSB})`, results };
}

async function counters(dev: HacDevice, w: AttentionWorkload): Promise<string> {
  await dev.regs.writeField('CONTROL', 'CLEAR_COUNTERS', 1);
  const before = await dev.readCounters();
  if (before.queries !== 0 || before.cycles !== 0) fail(`CLEAR_COUNTERS left queries=${before.queries} cycles=${before.cycles}`);
  await configure(dev, { mode: 'TOPK', topK: w.tokens / 4 });
  const n = 4;
  const res = await runBatch(dev, Array.from({ length: n }, (_, j) => queryRow(w, j)));
  const c = await dev.readCounters();
  const sum = res.reduce((a, r) => ({ cycles: a.cycles + r.counters.cycles, kept: a.kept + r.counters.kept, energy: a.energy + r.counters.energyPj }), { cycles: 0, kept: 0, energy: 0 });
  if (c.queries !== n) fail(`QUERIES counted ${c.queries}, ran ${n}`);
  if (c.tokensKept + c.tokensPruned !== n * w.tokens) fail(`kept + pruned = ${c.tokensKept + c.tokensPruned}, expected ${n * w.tokens}`);
  if (c.tokensKept !== n * (w.tokens / 4)) fail(`kept ${c.tokensKept} in top-k mode, expected ${n * (w.tokens / 4)}`);
  if (!(c.cycles > 0) || !(c.energyPj > 0)) fail(`cycles ${c.cycles}, energy ${c.energyPj} pJ: counters do not count`);
  if (c.cycles !== sum.cycles || c.tokensKept !== sum.kept) fail(`chip counters (cycles ${c.cycles}, kept ${c.tokensKept}) differ from the per-query sums (${sum.cycles}, ${sum.kept})`);
  if (Math.abs(c.energyPj - sum.energy) > 1e-6 * sum.energy + 1) fail(`energy ${c.energyPj} pJ differs from the per-query sum ${sum.energy} pJ`);
  const reg = await dev.regs.read('QUERIES');
  if (reg !== n) fail(`register QUERIES = ${reg}, expected ${n}`);
  return `${n} top-k queries: queries, kept/pruned, cycles (${c.cycles}), energy (${c.energyPj.toFixed(0)} pJ) agree with the per-query counters and the registers`;
}

/** Runs every check (a failing check does not stop the others); soft-resets the device at the end. */
export async function selftest(dev: HacDevice, opts: { onCheck?: (c: CheckResult) => void } = {}): Promise<SelftestReport> {
  const checks: CheckResult[] = [];
  const w = knownAnswerWorkload();
  const run = async (name: string, fn: () => Promise<string>) => {
    const t0 = performance.now();
    let c: CheckResult;
    try {
      c = { name, pass: true, detail: await fn(), ms: performance.now() - t0 };
    } catch (err) {
      const msg = err instanceof CheckFailed ? err.message : `${err instanceof HacError ? `${err.kind}: ` : ''}${err instanceof Error ? err.message : String(err)}`;
      c = { name, pass: false, detail: msg, ms: performance.now() - t0 };
      if (isHacError(err) && (err.kind === 'disconnected' || err.kind === 'canceled')) {
        checks.push(c);
        opts.onCheck?.(c);
        throw err;
      }
    }
    checks.push(c);
    opts.onCheck?.(c);
  };
  await run('handshake', () => handshake(dev));
  await run('registers', () => registers(dev));
  await run('memory march', () => memoryMarch(dev));
  await run('known-answer attention', async () => (await knownAnswer(dev, w)).detail);
  await run('counters', () => counters(dev, w));
  await dev.reset().catch(() => undefined);
  return { pass: checks.every((c) => c.pass), target: dev.info.target, checks };
}

/** The known-answer run alone, for the shmoo: outputs and keep masks of the workload's queries. */
export async function runKnownAnswer(dev: HacDevice, w: AttentionWorkload = knownAnswerWorkload()): Promise<QueryResult[]> {
  return (await knownAnswer(dev, w)).results;
}
