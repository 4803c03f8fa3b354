/**
 * The device fuzz's inputs, shared by the virtual chip's fuzz (fuzz.ts) and the C firmware's
 * (firmware/testing/fuzz.ts, differential.ts): raw junk with the framings' special bytes, good CRCs
 * around junk payloads, damaged valid frames, and structurally valid v2 requests of every kind with
 * random fields, numbered mostly in order so most of them execute.
 */
import { PROTOCOL_VERSION, REGISTER_MAP_HASH, REGISTERS, SCHEMA_HASH, crc32, encodeFrame, encodeFrameMessage, type FramingKind, type IRequest } from '../../protocol/index.js';
import type { SeededRandom } from '../link/faults.js';

export const addr = (name: string) => REGISTERS.find((r) => r.name === name)!.address;
/** The register the fuzzers keep a sentinel in: never written by an input. */
export const SENTINEL_REG = 'DIE_SEED';
const ADDRESSES = REGISTERS.map((r) => r.address).filter((a) => a !== addr(SENTINEL_REG));
const MARKER = new TextEncoder().encode('@HAC:');

export function randomBytes(rng: SeededRandom, n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = (rng.next() * 256) | 0;
  return b;
}
export const int = (rng: SeededRandom, n: number) => Math.floor(rng.next() * n);
export function u32(rng: SeededRandom): number {
  const x = rng.next();
  if (x < 0.3) return int(rng, 4);
  if (x < 0.6) return int(rng, 600);
  if (x < 0.8) return int(rng, 70000);
  return (rng.next() * 2 ** 32) >>> 0;
}
export function address(rng: SeededRandom): number {
  const x = rng.next();
  if (x < 0.85) return ADDRESSES[int(rng, ADDRESSES.length)];
  if (x < 0.95) return int(rng, 0x1000);
  return (rng.next() * 2 ** 32) >>> 0;
}

export function frame(req: IRequest, framing: FramingKind): Uint8Array {
  return encodeFrame(framing, encodeFrameMessage({ request: req }));
}

export function junkInput(rng: SeededRandom): Uint8Array {
  const pick = rng.next();
  if (pick < 0.35) {
    const b = randomBytes(rng, 1 + int(rng, 200));
    for (let i = 0; i < b.length; i++) {
      const x = rng.next();
      if (x < 0.03) b[i] = 0;
      else if (x < 0.05) b[i] = 0x0a;
      else if (x < 0.06) b[i] = 0x01;
      else if (x < 0.07) b[i] = 0x40;
    }
    if (rng.next() < 0.3) b.set(MARKER.subarray(0, Math.min(MARKER.length, b.length)));
    return b;
  }
  const framing: FramingKind = rng.next() < 0.5 ? 'line' : 'binary';
  if (pick < 0.8) return encodeFrame(framing, randomBytes(rng, int(rng, 160)));
  const good = frame({ seq: 1 + int(rng, 100), ping: { data: randomBytes(rng, int(rng, 40)) } }, framing);
  const b = good.slice(0, rng.next() < 0.3 ? 1 + int(rng, good.length) : good.length);
  const flips = 1 + int(rng, 3);
  for (let i = 0; i < flips; i++) b[int(rng, b.length)] ^= 1 << int(rng, 8);
  return b;
}

/** A structurally valid v2 request; `state` numbers them mostly in order so most get executed. */
export function structuredInput(rng: SeededRandom, state: { seq: number; session: number }): Uint8Array {
  const framing: FramingKind = rng.next() < 0.3 ? 'line' : 'binary';
  const region = rng.next() < 0.9 ? 1 + int(rng, 6) : int(rng, 20);
  const k = int(rng, 17);
  let req: IRequest;
  switch (k) {
    case 0: {
      // mostly a new session (E = next_seq: resynchronises the stream), else a reconnect
      if (rng.next() < 0.6) state.session = 1 + int(rng, 0x7fffffff);
      req = {
        seq: rng.next() < 0.9 ? 0 : u32(rng),
        hello: {
          protocolVersion: rng.next() < 0.9 ? PROTOCOL_VERSION : u32(rng),
          maxFrame: rng.next() < 0.8 ? 8192 : u32(rng),
          capabilities: u32(rng),
          sessionId: rng.next() < 0.95 ? state.session : 0,
          nextSeq: rng.next() < 0.98 ? state.seq : u32(rng),
          schemaHash: SCHEMA_HASH,
          registerMapHash: REGISTER_MAP_HASH,
        },
      };
      return frame(req, framing);
    }
    case 1:
      req = { regRead: { addresses: Array.from({ length: rng.next() < 0.02 ? 257 + int(rng, 10) : int(rng, 12) }, () => address(rng)) } };
      break;
    case 2:
    case 3:
      req = {
        regWrite: {
          writes: Array.from({ length: rng.next() < 0.02 ? 257 : int(rng, 6) }, () => {
            let a = address(rng);
            if (a === addr('CONTROL')) return { address: a, value: rng.next() < 0.5 ? 1 : 4 };
            if (a === addr('CLOCK_KHZ')) a = addr('SCRATCH');
            return rng.next() < 0.3 ? { address: a, value: u32(rng), mask: u32(rng) } : { address: a, value: u32(rng) };
          }),
        },
      };
      break;
    case 4: {
      const data = randomBytes(rng, rng.next() < 0.05 ? 0 : rng.next() < 0.05 ? 8130 + int(rng, 40) : 1 + int(rng, 300));
      const offset = rng.next() < 0.5 ? int(rng, 64) * 64 : u32(rng);
      req = { memWrite: { region, offset, data, dataCrc: rng.next() < 0.8 ? crc32(data) : u32(rng) } };
      break;
    }
    case 5:
      req = { memRead: { region, offset: rng.next() < 0.7 ? int(rng, 32768) : u32(rng), length: rng.next() < 0.7 ? int(rng, 256) : u32(rng) } };
      break;
    case 6:
      req = { memDigest: { region, offset: rng.next() < 0.7 ? int(rng, 1024) : u32(rng), length: rng.next() < 0.7 ? int(rng, 4096) : u32(rng) } };
      break;
    case 7:
    case 8: {
      const settings = rng.next() < 0.3 ? { ...(rng.next() < 0.5 ? { scoreScale: u32(rng) } : {}), ...(rng.next() < 0.5 ? { margin: u32(rng) & 63 } : {}), ...(rng.next() < 0.5 ? { head: u32(rng) & 31 } : {}) } : undefined;
      req = { runQuery: { query: rng.next() < 0.8 ? randomBytes(rng, 64) : randomBytes(rng, int(rng, 100)), wantCodes: rng.next() < 0.5, ...(settings ? { settings } : {}) } };
      break;
    }
    case 9: {
      const n = rng.next() < 0.9 ? 1 + int(rng, 4) : int(rng, 40);
      const bytes = rng.next() < 0.9 ? n * 64 : int(rng, 2200);
      const ns = [0, 1, n, int(rng, 40)][int(rng, 4)];
      req = { runQueries: { queries: randomBytes(rng, bytes), wantCodes: rng.next() < 0.3, settings: Array.from({ length: ns }, () => (rng.next() < 0.5 ? { margin: u32(rng) & 63 } : {})) } };
      break;
    }
    case 10:
      req = { appendToken: { key: randomBytes(rng, rng.next() < 0.9 ? 64 : int(rng, 80)), value: randomBytes(rng, rng.next() < 0.9 ? 64 : int(rng, 80)) } };
      break;
    case 11:
      req = rng.next() < 0.1 ? { resetContext: {} } : { readResult: {} };
      break;
    case 12:
      req = { readCounters: {} };
      break;
    case 13:
      req = rng.next() < 0.05 ? { reset: {} } : { ping: { data: randomBytes(rng, rng.next() < 0.05 ? 8120 + int(rng, 40) : int(rng, 64)) } };
      break;
    case 14:
      // no body: answered UNKNOWN_REQUEST at once, outside the ordered stream (takes no number)
      return frame({ seq: u32(rng) }, framing);
    default:
      req = { ping: {} };
  }
  // mostly the next number; sometimes a repeat (replay), a gap (held), or far away (BUSY)
  const x = rng.next();
  let seq: number;
  if (x < 0.8) seq = state.seq++;
  else if (x < 0.9) seq = Math.max(1, state.seq - 1 - int(rng, 20));
  else if (x < 0.97) seq = state.seq + 1 + int(rng, 10);
  else seq = u32(rng);
  return frame({ ...req, seq: seq >>> 0 }, framing);
}

