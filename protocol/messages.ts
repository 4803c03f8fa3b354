/**
 * The message layer: the generated protobufjs classes plus the rules the schema cannot express
 * (which requests are idempotent, status names). No I/O, no framing.
 */
import { hac } from './generated/hac.js';

export const pb = hac.v1;
export type Frame = hac.v1.Frame;
export type IFrame = hac.v1.IFrame;
export type IRequest = hac.v1.IRequest;
export type IResponse = hac.v1.IResponse;
export type IEvent = hac.v1.IEvent;
export type Request = hac.v1.Request;
export type Response = hac.v1.Response;
export type Event = hac.v1.Event;
export const Status = hac.v1.Status;
export type Status = hac.v1.Status;
export const Region = hac.v1.Region;
export type Region = hac.v1.Region;

/** Names of the Request.body oneof members, e.g. 'regRead'. */
export type RequestKind = NonNullable<hac.v1.Request['body']>;

export const REQUEST_KINDS: readonly RequestKind[] = [
  'hello', 'regRead', 'regWrite', 'memWrite', 'memRead', 'memDigest', 'runQuery', 'appendToken',
  'resetContext', 'readResult', 'readCounters', 'reset', 'ping', 'runQueries', 'clearFence',
];

/**
 * Requests that could run twice without harm (a memory write of the same bytes at the same offset
 * leaves the same state). In protocol v2 every request is resent with its SAME sequence number and
 * a device replays its kept answer (SPEC section 4); this set only documents the kinds.
 */
export const IDEMPOTENT: ReadonlySet<RequestKind> = new Set<RequestKind>([
  'hello', 'regRead', 'memWrite', 'memRead', 'memDigest', 'readResult', 'readCounters', 'ping',
]);

export function statusName(code: number): string {
  return (hac.v1.Status as unknown as Record<number, string>)[code] ?? `STATUS_${code}`;
}

export function regionName(code: number): string {
  return (hac.v1.Region as unknown as Record<number, string>)[code] ?? `REGION_${code}`;
}

export function encodeFrameMessage(frame: IFrame): Uint8Array {
  return hac.v1.Frame.encode(frame).finish();
}

/** Decodes a payload whose CRC already checked out. Never throws: returns an Error instead. */
export function decodeFrameMessage(payload: Uint8Array): Frame | Error {
  try {
    return hac.v1.Frame.decode(payload);
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}

export function requestKind(req: IRequest): RequestKind | undefined {
  for (const k of REQUEST_KINDS) if (req[k] != null) return k;
  return undefined;
}

/** Sequence numbers of ordered requests run 1..SEQ_MAX and wrap to 1 (0 is the hello's). */
export const SEQ_MAX = 0xffffffff;

/** The ordered request number after `seq` (SPEC section 4). */
export function nextSeq(seq: number): number {
  return seq >= SEQ_MAX ? 1 : seq + 1;
}

/** Forward distance from `from` to `to` in the number space 1..SEQ_MAX (0 when equal). */
export function seqDistance(from: number, to: number): number {
  return (((to - from) % SEQ_MAX) + SEQ_MAX) % SEQ_MAX;
}
