/**
 * Request frames from a body encoded once: the session resends a request under the same seq many
 * times (SPEC section 4), so it encodes the body once and prefixes the seq per attempt.
 */
const U32 = 0xffffffff;

function varintSize(n: number): number {
  let s = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    s++;
  }
  return s;
}

/** Largest Frame payload for a Request whose body encodes to `bodyBytes` (seq at its widest). */
export function requestPayloadBound(bodyBytes: number): number {
  const req = 1 + varintSize(U32) + bodyBytes;
  return 1 + varintSize(req) + req;
}

function writeVarint(out: Uint8Array, at: number, n: number): number {
  while (n >= 0x80) {
    out[at++] = (n & 0x7f) | 0x80;
    n = Math.floor(n / 128);
  }
  out[at++] = n;
  return at;
}

/** Frame { request: Request { seq, <body> } } from a body encoded once (field order is free). */
export function requestPayload(seq: number, body: Uint8Array): Uint8Array {
  const reqLen = 1 + varintSize(seq) + body.length;
  const out = new Uint8Array(1 + varintSize(reqLen) + reqLen);
  let at = 0;
  out[at++] = 0x0a; // Frame.request: field 1, length-delimited
  at = writeVarint(out, at, reqLen);
  out[at++] = 0x08; // Request.seq: field 1, varint
  at = writeVarint(out, at, seq);
  out.set(body, at);
  return out;
}

