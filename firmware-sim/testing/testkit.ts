/**
 * Helpers for firmware tests that talk to an in-process VirtualChip through real frames (test
 * code only: nothing outside *.test.ts imports this file).
 */
import { expect } from 'vitest';
import { Region, Status, crc32, registerByName, statusName, type FramingKind, type IRequest } from '../../protocol/index.js';
import { attachHost, createSim } from '../index.js';
import type { WireHost } from './wire-host.js';

export function addr(name: string): number {
  const r = registerByName(name);
  if (!r) throw new Error(name);
  return r.address;
}

/** A fresh sim with a wire host that has completed the hello. */
export async function ready(opts: Parameters<typeof createSim>[0] = {}) {
  const sim = createSim(opts);
  const host = attachHost(sim.link);
  const hello = await host.hello();
  expect(hello.response.status).toBe(Status.STATUS_OK);
  return { sim, host, hello: hello.response.hello! };
}

export async function ok(host: WireHost, req: IRequest, framing: FramingKind = 'binary') {
  const r = await host.request(req, framing);
  expect(statusName(r.response.status), r.response.detail).toBe('STATUS_OK');
  return r.response;
}

export async function read(host: WireHost, ...names: string[]): Promise<number[]> {
  return (await ok(host, { regRead: { addresses: names.map(addr) } })).regRead!.values!;
}

export async function write(host: WireHost, writes: Record<string, number>) {
  return ok(host, { regWrite: { writes: Object.entries(writes).map(([n, value]) => ({ address: addr(n), value })) } });
}

export function bytes(n: number, f: (i: number) => number): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => f(i) & 0xff);
}

export async function status(host: WireHost, req: IRequest, framing: FramingKind = 'binary') {
  return (await host.request(req, framing)).response;
}

/** One register write, optionally masked. */
export const w = (name: string, value: number, mask?: number) => ({ address: addr(name), value, ...(mask === undefined ? {} : { mask }) });

/** Deterministic pseudo-random bytes (an LCG), for K/V and queries. */
export function lcg(n: number, seed: number): Uint8Array {
  const a = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    a[i] = x >>> 24;
  }
  return a;
}

export async function memWrite(host: WireHost, region: Region, offset: number, data: Uint8Array) {
  return ok(host, { memWrite: { region, offset, data, dataCrc: crc32(data) } });
}

/** `tokens` tokens of pseudo-random K/V, CONTEXT_LEN set. */
export async function loadKv(host: WireHost, tokens = 64) {
  const k = lcg(tokens * 64, 1);
  const v = lcg(tokens * 64, 2);
  for (let o = 0; o < k.length; o += 4096) {
    await memWrite(host, Region.REGION_K_SRAM, o, k.subarray(o, o + 4096));
    await memWrite(host, Region.REGION_V_SRAM, o, v.subarray(o, o + 4096));
  }
  await write(host, { CONTEXT_LEN: tokens });
}

export const QUERY = lcg(64, 9);
