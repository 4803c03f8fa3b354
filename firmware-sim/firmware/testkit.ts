/**
 * Helpers for firmware tests that talk to an in-process VirtualChip through real frames (test
 * code only: nothing outside *.test.ts imports this file).
 */
import { expect } from 'vitest';
import { Status, registerByName, statusName, type FramingKind, type IRequest } from '../../protocol/index.js';
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
