/**
 * A batch of queries (protocol v2 `run_queries`) checked and cut into requests: all checks run
 * before anything is sent, and each request carries no more queries than its answer can hold.
 */
import { HEAD_DIM } from '../../protocol/index.js';
import { invalidArgument } from '../errors.js';
import { asBytes, toInt8, type VectorInput } from './data.js';
import { checkSettings, type QuerySettings } from './query-settings.js';

const ROW = HEAD_DIM;

export interface BatchOptions {
  wantCodes?: boolean;
  signal?: AbortSignal;
  /** One for every query, or one per query. */
  settings?: QuerySettings | readonly QuerySettings[];
}

/** One run_queries request: n x 64 query bytes and its settings list. */
export interface BatchPart {
  queries: Uint8Array;
  settings: QuerySettings[];
}

/**
 * The requests of a batch, in order; none for an empty batch. `limit` (queries per request) is
 * asked for only once the batch is known not to be empty.
 */
export function batchParts(queries: readonly VectorInput[] | Int8Array, settings: BatchOptions['settings'], limit: () => number): BatchPart[] {
  let flat: Int8Array;
  if (queries instanceof Int8Array) {
    if (queries.length % ROW !== 0) throw invalidArgument(`queries: length ${queries.length} is not a multiple of ${ROW}`);
    flat = queries;
  } else {
    if (!Array.isArray(queries)) throw invalidArgument('queries must be an array of vectors or an Int8Array of n x 64');
    flat = new Int8Array(queries.length * ROW);
    queries.forEach((q, i) => flat.set(toInt8(q, ROW, `query ${i}`).data, i * ROW));
  }
  const count = flat.length / ROW;
  if (count === 0) return [];
  let per: (QuerySettings | undefined)[];
  if (Array.isArray(settings)) {
    if (settings.length !== count) throw invalidArgument(`settings has ${settings.length} entries for ${count} queries`);
    per = settings.map((x, i) => checkSettings(x, `query ${i}`));
  } else {
    const one = checkSettings(settings as QuerySettings | undefined, 'queries');
    per = new Array(count).fill(one);
  }
  const max = limit();
  const parts: BatchPart[] = [];
  for (let i = 0; i < count; i += max) {
    const n = Math.min(max, count - i);
    const sl = per.slice(i, i + n);
    // Settings shared by every query of a request go once; none at all go as an empty list.
    const same = sl.every((x) => x === sl[0]);
    parts.push({ queries: asBytes(flat.subarray(i * ROW, (i + n) * ROW)), settings: sl[0] === undefined && same ? [] : same ? [sl[0]!] : sl.map((x) => x ?? {}) });
  }
  return parts;
}
