/**
 * A trace read as exchanges for `hac trace diff`: each request in program order with the answer
 * it got, and the device's events; plus decoders for the JSON fields of traced frames.
 */
import { isFrameEntry, type FrameJson, type TraceFile } from './format.js';

export interface Exchange {
  request: FrameJson['request'];
  response: FrameJson['response'] | null;
  kind: string;
  seq: number;
  tTx: number;
  tRx: number | null;
  lineTx: number;
  lineRx: number | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

const REQUEST_BODIES = ['hello', 'regRead', 'regWrite', 'memWrite', 'memRead', 'memDigest', 'runQuery', 'runQueries', 'appendToken', 'resetContext', 'readResult', 'readCounters', 'reset', 'ping'];

function kindOf(req: Json): string {
  return REQUEST_BODIES.find((k) => req && req[k] !== undefined) ?? 'unknown';
}

/** Requests in program order (a resend of a seq already sent is the same request), with their responses. */
export function exchanges(trace: TraceFile): { list: Exchange[]; events: Array<{ event: Json; line: number }> } {
  const list: Exchange[] = [];
  const bySeq = new Map<number, Exchange>();
  const events: Array<{ event: Json; line: number }> = [];
  trace.entries.forEach((e, i) => {
    if (!isFrameEntry(e) || !e.frame) return;
    const line = trace.lines[i];
    if (e.dir === 'tx' && e.frame.request) {
      const req = e.frame.request;
      const seq = Number(req.seq ?? 0);
      const kind = kindOf(req);
      const prev = bySeq.get(seq);
      if (prev && kind !== 'hello' && prev.kind === kind && prev.response === null) return; // a resend
      const x: Exchange = { request: req, response: null, kind, seq, tTx: e.t, tRx: null, lineTx: line, lineRx: null };
      list.push(x);
      bySeq.set(seq, x);
    } else if (e.dir === 'rx' && e.frame.response) {
      const seq = Number(e.frame.response.seq ?? 0);
      const x = bySeq.get(seq);
      // BUSY is not an answer: the request is resent and answered later.
      if (x && x.response === null && e.frame.response.status !== 'STATUS_BUSY') {
        x.response = e.frame.response;
        x.tRx = e.t;
        x.lineRx = line;
      }
    } else if (e.dir === 'rx' && e.frame.event) events.push({ event: e.frame.event, line });
  });
  return { list, events };
}

/** Status of a decoded response (proto3 leaves the default, OK, out). */
export const statusOf = (r: Json): string => r.status ?? 'STATUS_OK';

export const b64 = (s: string | undefined): Uint8Array => (s ? new Uint8Array(Buffer.from(s, 'base64')) : new Uint8Array(0));

/** The first `n` bits of a keep mask, one per token. */
export function maskBits(bytes: Uint8Array, n: number): Uint8Array {
  const m = new Uint8Array(n);
  for (let t = 0; t < n; t++) m[t] = (bytes[t >> 3] >> (t & 7)) & 1;
  return m;
}

/** A result's output as little-endian int16 values. */
export function outputValues(bytes: Uint8Array): Int16Array {
  const out = new Int16Array(bytes.length >> 1);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < out.length; i++) out[i] = dv.getInt16(2 * i, true);
  return out;
}
