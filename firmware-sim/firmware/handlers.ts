/**
 * The request handlers of the board firmware (SPEC section 5), one function per request kind,
 * each returning its outcome. The query requests live in the query engine; the handshake in
 * handshake.ts; the dispatcher that calls these in seq order in chip.ts.
 */
import { createHash } from 'node:crypto';
import { Cap, HEAD_DIM, MAX_REGS_PER_REQUEST, MAX_TOKENS, Status, crc32, pb, type IRequest, type Request, type RequestKind } from '../../protocol/index.js';
import type { ChipModel } from '../model/index.js';
import { CONTROL_START, reg } from './fields.js';
import type { MemoryRegions } from './memory.js';
import type { Outcome, QueryEngine } from './query-engine.js';
import type { RegisterBehaviour } from './register-behaviour.js';
import type { RegisterFile } from './registers.js';

type Body<K extends keyof IRequest> = NonNullable<IRequest[K]>;

/**
 * Writes in one reg_write that run the engine (CONTROL.START) or redraw the die (SIM.DIE_SEED):
 * at most this many, so that any request is answered within SPEC section 4's 250 ms (a redraw
 * plus a 512-token query cost about 4 ms here; `npm run bench -- sim-link` measures the worst case).
 */
export const MAX_ENGINE_WRITES = 32;
const CONTROL = reg('CONTROL');
const DIE_SEED = reg('DIE_SEED');

export interface HandlerDeps {
  registers: RegisterFile;
  memory: MemoryRegions;
  model: ChipModel;
  engine: QueryEngine;
  behaviour: RegisterBehaviour;
  capabilities: number;
  /** Largest data field of a memory request or ping: the effective max_frame - 64. */
  dataLimit: () => number;
  /** The `reset` request: a soft reset; returns the new boot epoch. */
  reset: () => number;
  /** True when this SRAM write is to store a flipped bit (control API drill: a bad write the data CRC cannot see). */
  takeWriteFault?: () => boolean;
}

export function handle(d: HandlerDeps, kind: Exclude<RequestKind, 'hello'>, req: Request): Outcome {
  switch (kind) {
    case 'regRead':
      return regRead(d, req.regRead!);
    case 'regWrite':
      return regWrite(d, req.regWrite!);
    case 'memWrite':
      return memWrite(d, req.memWrite!);
    case 'memRead':
      return memRead(d, req.memRead!);
    case 'memDigest':
      return memDigest(d, req.memDigest!);
    case 'runQuery': {
      const r = req.runQuery!;
      return d.engine.runQuery(r.query ?? new Uint8Array(0), r.wantCodes === true, r.settings);
    }
    case 'runQueries': {
      const r = req.runQueries!;
      return d.engine.runQueries(r.queries ?? new Uint8Array(0), r.settings ?? [], r.wantCodes === true);
    }
    case 'appendToken':
      return appendToken(d, req.appendToken!);
    case 'resetContext':
      d.registers.setInternal('CONTEXT_LEN', 0);
      return { status: Status.STATUS_OK, body: { resetContext: {} } };
    case 'readResult':
      if (!d.engine.result) return { status: Status.STATUS_NOT_READY, detail: 'no query since reset' };
      return { status: Status.STATUS_OK, body: { readResult: { result: d.engine.result } } };
    case 'readCounters': {
      const t = d.engine.totals;
      return {
        status: Status.STATUS_OK,
        body: { readCounters: { cycles: t.cycles, queries: t.queries >>> 0, tokensKept: t.kept, tokensPruned: t.pruned, tileRefills: t.tileRefills >>> 0, conversions: t.conversions, energyPj: t.energyPj } },
      };
    }
    case 'reset':
      return { status: Status.STATUS_OK, body: { reset: { bootEpoch: d.reset() } } };
    case 'ping': {
      const data = req.ping!.data ?? new Uint8Array(0);
      if (data.length > d.dataLimit()) return { status: Status.STATUS_OUT_OF_RANGE, detail: `ping data above ${d.dataLimit()} bytes` };
      return { status: Status.STATUS_OK, body: { ping: { data } } };
    }
    case 'clearFence':
      // Reaches a handler only without CAP_VERIFY_FENCE (the dispatcher owns the fence).
      return { status: Status.STATUS_UNKNOWN_REQUEST, detail: 'clear_fence not supported' };
  }
}

function regRead(d: HandlerDeps, r: Body<'regRead'>): Outcome {
  const addrs = r.addresses ?? [];
  if (addrs.length === 0 || addrs.length > MAX_REGS_PER_REQUEST) return { status: Status.STATUS_OUT_OF_RANGE, detail: `${addrs.length} addresses (1..${MAX_REGS_PER_REQUEST})` };
  const bad = d.registers.checkReads(addrs);
  if (bad) return bad;
  return { status: Status.STATUS_OK, body: { regRead: { values: addrs.map((a) => d.registers.read(a)) } } };
}

function regWrite(d: HandlerDeps, r: Body<'regWrite'>): Outcome {
  const writes = (r.writes ?? []).map((w) => ({ address: (w.address ?? 0) >>> 0, value: (w.value ?? 0) >>> 0, mask: w.mask ?? null }));
  if (writes.length === 0 || writes.length > MAX_REGS_PER_REQUEST) return { status: Status.STATUS_OUT_OF_RANGE, detail: `${writes.length} writes (1..${MAX_REGS_PER_REQUEST})` };
  const bad = d.registers.checkWrites(writes);
  if (bad) return bad;
  const engineWrites = writes.filter((w) => (w.address === CONTROL.address && ((w.mask == null ? w.value : w.value & w.mask) & CONTROL_START) !== 0) || w.address === DIE_SEED.address).length;
  if (engineWrites > MAX_ENGINE_WRITES) {
    return { status: Status.STATUS_OUT_OF_RANGE, detail: `${engineWrites} CONTROL.START / SIM.DIE_SEED writes in one request (at most ${MAX_ENGINE_WRITES})` };
  }
  d.registers.applyWrites(writes);
  return { status: Status.STATUS_OK, body: { regWrite: { count: writes.length } } };
}

function memWrite(d: HandlerDeps, m: Body<'memWrite'>): Outcome {
  const region = m.region ?? 0;
  const offset = (m.offset ?? 0) >>> 0;
  const data = m.data ?? new Uint8Array(0);
  // SPEC's check order: region known, writable, not empty, length limit, data_crc, bounds, trim range.
  const shape = d.memory.checkRange(region, offset, data.length, { write: true, allowEmpty: false, maxLength: d.dataLimit(), skipBounds: true });
  if (shape) return shape;
  if (crc32(data) !== (m.dataCrc ?? 0) >>> 0) return { status: Status.STATUS_BAD_CRC, detail: 'data_crc does not match data' };
  const bounds = d.memory.checkRange(region, offset, data.length, { write: true, allowEmpty: false, maxLength: d.dataLimit() });
  if (bounds) return bounds;
  if (region === pb.Region.REGION_TRIM) {
    // One signed trimBits-wide code per column: a byte outside that range has no encoding.
    const lim = 1 << (d.model.geometry.trimBits - 1);
    const i = data.findIndex((b) => ((b << 24) >> 24) < -lim || ((b << 24) >> 24) >= lim);
    if (i >= 0) return { status: Status.STATUS_BAD_ARGUMENT, detail: `trim byte ${i} outside ${-lim}..${lim - 1}` };
  }
  d.memory.view(region)!.set(data, offset);
  if ((region === pb.Region.REGION_K_SRAM || region === pb.Region.REGION_V_SRAM) && d.takeWriteFault?.()) d.memory.view(region)![offset] ^= 0x01;
  if (region === pb.Region.REGION_K_SRAM) d.model.keysChanged(Math.floor(offset / HEAD_DIM), Math.ceil((offset + data.length) / HEAD_DIM));
  return { status: Status.STATUS_OK, body: { memWrite: { nextOffset: offset + data.length } } };
}

/** Bytes of a region as the chip reads them: a flipped SRAM cell reads flipped, every time. */
function readRange(d: HandlerDeps, region: number, offset: number, length: number): Uint8Array {
  const data = d.memory.view(region)!.slice(offset, offset + length);
  const mem = region === pb.Region.REGION_K_SRAM ? 'k' : region === pb.Region.REGION_V_SRAM ? 'v' : null;
  if (mem) {
    for (const f of d.behaviour.appliedFaults.sramBitFlips) {
      const at = f.token * HEAD_DIM + f.dim - offset;
      if (f.memory === mem && at >= 0 && at < length) data[at] ^= 1 << f.bit;
    }
  }
  return data;
}

function memRead(d: HandlerDeps, m: Body<'memRead'>): Outcome {
  const region = m.region ?? 0;
  const offset = (m.offset ?? 0) >>> 0;
  const length = (m.length ?? 0) >>> 0;
  const bad = d.memory.checkRange(region, offset, length, { write: false, allowEmpty: false, maxLength: d.dataLimit() });
  if (bad) return bad;
  const data = readRange(d, region, offset, length);
  return { status: Status.STATUS_OK, body: { memRead: { data, dataCrc: crc32(data) } } };
}

function memDigest(d: HandlerDeps, m: Body<'memDigest'>): Outcome {
  const region = m.region ?? 0;
  const offset = (m.offset ?? 0) >>> 0;
  const length = (m.length ?? 0) >>> 0;
  const bad = d.memory.checkRange(region, offset, length, { write: false, allowEmpty: true, maxLength: Number.MAX_SAFE_INTEGER });
  if (bad) return bad;
  const expect = m.expectSha256 ?? new Uint8Array(0);
  // Without CAP_VERIFY_FENCE the field is unknown to this firmware: ignored, as protobuf does.
  const fence = (d.capabilities & Cap.VERIFY_FENCE) !== 0 && expect.length > 0;
  if (fence && expect.length !== 32) return { status: Status.STATUS_BAD_ARGUMENT, detail: `expect_sha256 must be 32 bytes, got ${expect.length}` };
  const data = readRange(d, region, offset, length);
  const sha256 = new Uint8Array(createHash('sha256').update(data).digest());
  const body = { memDigest: { sha256, crc32: crc32(data) } };
  // SPEC section 4b: a different digest answers VERIFY_FAILED with the body; the dispatcher fences.
  if (fence && Buffer.compare(Buffer.from(sha256), Buffer.from(expect)) !== 0) return { status: Status.STATUS_VERIFY_FAILED, detail: 'digest differs from expect_sha256; fenced', body };
  return { status: Status.STATUS_OK, body };
}

function appendToken(d: HandlerDeps, a: Body<'appendToken'>): Outcome {
  const e = d.engine;
  if ((d.capabilities & Cap.APPEND_TOKEN) === 0) return e.commandFailed(Status.STATUS_UNSUPPORTED, 'append_token not supported');
  const key = a.key ?? new Uint8Array(0);
  const value = a.value ?? new Uint8Array(0);
  if (key.length !== HEAD_DIM || value.length !== HEAD_DIM) return e.commandFailed(Status.STATUS_BAD_ARGUMENT, `key/value must be ${HEAD_DIM} bytes (got ${key.length}/${value.length})`);
  const t = d.registers.getInternal('CONTEXT_LEN');
  if (t >= MAX_TOKENS) return e.commandFailed(Status.STATUS_CONTEXT_FULL, `context holds ${MAX_TOKENS} tokens`);
  d.memory.view(pb.Region.REGION_K_SRAM)!.set(key, t * HEAD_DIM);
  d.memory.view(pb.Region.REGION_V_SRAM)!.set(value, t * HEAD_DIM);
  d.model.keysChanged(t, t + 1);
  d.registers.setInternal('CONTEXT_LEN', t + 1);
  return { status: Status.STATUS_OK, body: { appendToken: { contextLength: t + 1 } } };
}
