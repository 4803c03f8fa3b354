/**
 * Upper bounds of encoded query responses, shared by the device (refuse a request whose answer
 * could not be sent, before running it) and the host (size a batch so its answer fits).
 */
import { HEAD_DIM, MAX_BATCH_QUERIES } from './constants.js';
import { encodeFrameMessage, Status, type IResponse } from './messages.js';

const BIG = 0xffffffff;

function widestResult(n: number, wantCodes: boolean) {
  return {
    queryId: BIG,
    output: new Uint8Array(HEAD_DIM * 2),
    outputInt16: true,
    outputShift: 16,
    keepMask: new Uint8Array(Math.ceil(n / 8)),
    codes: new Uint8Array(wantCodes ? n : 0),
    contextLength: n,
    counters: { cycles: 1.5, kept: BIG, pruned: BIG, tileRefills: BIG, conversions: BIG, energyPj: 1.5, timingViolation: true },
  };
}

function size(response: IResponse): number {
  return encodeFrameMessage({ response }).length;
}

/** Largest encoded run_query response over a context of `n` tokens (every field at its widest). */
export function runQueryResponseBound(n: number, wantCodes: boolean): number {
  return size({ seq: BIG, status: Status.STATUS_OK, runQuery: { result: widestResult(n, wantCodes) } });
}

/** Largest encoded run_queries response carrying `count` results over `n` tokens. */
export function runQueriesResponseBound(n: number, wantCodes: boolean, count: number): number {
  const one = size({ seq: BIG, status: Status.STATUS_OK, runQueries: { results: [widestResult(n, wantCodes)] } });
  const empty = size({ seq: BIG, status: Status.STATUS_OK, runQueries: {} });
  // The results are a repeated embedded message: each costs the same; the envelope is paid once.
  return empty + count * (one - empty);
}

/** Most queries whose run_queries answer fits `maxFrame` for a context of `n` tokens (at least 1). */
export function batchLimit(n: number, wantCodes: boolean, maxFrame: number): number {
  let k = MAX_BATCH_QUERIES;
  while (k > 1 && runQueriesResponseBound(n, wantCodes, k) > maxFrame) k--;
  return k;
}
