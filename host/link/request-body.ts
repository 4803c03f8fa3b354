/**
 * Request bodies as callers hand them in: checked (exactly one known member, fields that are
 * unsigned 32-bit integers, bytes, strings or booleans) and encoded once, without their seq.
 */
import { pb, REQUEST_KINDS, requestKind, type IRequest, type RequestKind } from '../../protocol/index.js';
import { HacError, invalidArgument } from '../errors.js';

/** The body of a request: exactly one member, e.g. `{ regRead: { addresses: [0] } }`. */
export type RequestBody = Omit<IRequest, 'seq'>;

const U32 = 0xffffffff;

/**
 * Checks a request body (exactly one known member whose fields are integers in uint32 range,
 * byte arrays, strings or booleans) and encodes it once, without its seq.
 */
export function prepareBody(body: unknown): { kind: RequestKind; encoded: Uint8Array } {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw invalidArgument(`a request body must be an object with one member, e.g. { ping: {} }; got ${body === null ? 'null' : Array.isArray(body) ? 'an array' : typeof body}`);
  }
  const rec = body as Record<string, unknown>;
  const keys = Object.keys(rec).filter((k) => rec[k] != null);
  const unknown = keys.filter((k) => !(REQUEST_KINDS as readonly string[]).includes(k));
  if (unknown.length) throw invalidArgument(`unknown request member '${unknown[0]}' (one of ${REQUEST_KINDS.join(', ')})`);
  if (keys.length !== 1) throw invalidArgument(`a request has exactly one body, got ${keys.join(', ') || 'none'}`);
  const kind = requestKind(rec as IRequest);
  if (!kind) throw invalidArgument('a request has exactly one body, got none');
  const inner = rec[kind];
  if (typeof inner !== 'object' || Array.isArray(inner) || inner instanceof Uint8Array) throw invalidArgument(`${kind}: the body must be an object`, { request: kind });
  checkFields(inner, kind, kind);
  try {
    return { kind, encoded: pb.Request.encode({ [kind]: inner } as IRequest).finish() };
  } catch (err) {
    throw new HacError('invalid-argument', `${kind}: cannot encode the request: ${err instanceof Error ? err.message : String(err)}`, { cause: err, context: { request: kind } });
  }
}

function checkFields(v: unknown, path: string, kind: RequestKind, depth = 0): void {
  if (v == null || typeof v === 'string' || typeof v === 'boolean' || v instanceof Uint8Array) return;
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 0 || v > U32) throw invalidArgument(`${path}: ${v} is not an unsigned 32-bit integer`, { request: kind });
    return;
  }
  if (depth > 4) throw invalidArgument(`${path}: nested too deeply`, { request: kind });
  if (Array.isArray(v)) {
    v.forEach((x, i) => checkFields(x, `${path}[${i}]`, kind, depth + 1));
    return;
  }
  if (typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) checkFields(x, `${path}.${k}`, kind, depth + 1);
    return;
  }
  throw invalidArgument(`${path}: a ${typeof v} is not a valid field value`, { request: kind });
}

