/**
 * A recorded trace as a target (`replay:FILE`): a fake transport that checks each request the host
 * sends against the next request in the trace and answers with what the device sent after it
 * (responses, events, log lines), byte for byte in the recorded framing. It keeps no device
 * state: a host that sends anything the trace does not hold gets a typed protocol error naming
 * the first difference, and the transport goes down (embedded-hal-mock's scripted fake).
 *
 * Fields a host picks afresh on every run are not compared: hello.session_id.
 */
import { encodeFrame, StreamDecoder } from '../../protocol/index.js';
import { HacError } from '../errors.js';
import { ByteQueue } from '../transport/byte-queue.js';
import type { Transport, TransportOpener } from '../transport/types.js';
import { frameJson, isFrameEntry, payloadOf, readTraceFile, type FrameJson, type TraceFile, type TraceFrameEntry } from './format.js';

/** Request fields that differ between two runs of the same program and are not compared. */
const IGNORED_REQUEST_PATHS = new Set(['request.hello.sessionId']);

export interface ReplayHandle {
  opener: TransportOpener;
  /** The first difference, once the host sent something the trace does not hold. */
  readonly mismatch: HacError | null;
  /** Requests in the trace that the host has not sent yet. */
  remaining(): number;
  /** Requests matched so far. */
  matched(): number;
}

/** First path where two JSON values differ (ignoring `ignored` paths), or null. */
export function firstJsonDifference(a: unknown, b: unknown, path = '', ignored: ReadonlySet<string> = new Set()): { path: string; a: unknown; b: unknown } | null {
  if (ignored.has(path)) return null;
  if (a === b) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return { path, a, b };
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstJsonDifference(a[i], b[i], `${path}[${i}]`, ignored);
      if (d) return d;
    }
    return null;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  for (const k of [...new Set([...Object.keys(ao), ...Object.keys(bo)])].sort()) {
    const d = firstJsonDifference(ao[k], bo[k], path ? `${path}.${k}` : k, ignored);
    if (d) return d;
  }
  return null;
}

export function shortJson(v: unknown, max = 80): string {
  const s = v === undefined ? '(absent)' : JSON.stringify(v);
  return s.length > max ? s.slice(0, max - 3) + '...' : s;
}

/** Opens a trace file (or a parsed trace) for replay. */
export function openReplay(trace: string | TraceFile): ReplayHandle {
  const file = typeof trace === 'string' ? readTraceFile(trace) : trace;
  const entries = file.entries;
  let cursor = 0; // next entry to consider
  let requestNo = 0;
  let mismatch: HacError | null = null;
  const isTx = (i: number) => {
    const e = entries[i];
    return isFrameEntry(e) && e.dir === 'tx';
  };
  const fail = (why: string, line?: number): HacError => {
    mismatch ??= new HacError('protocol', `replay ${file.source}${line ? `:${line}` : ''}: ${why}`, { context: { target: `replay:${file.source}`, path: file.source } });
    return mismatch;
  };
  /** The device's output after the request at `cursor - 1`, up to the next request. */
  const answerUpToNextRequest = (inbox: ByteQueue) => {
    while (cursor < entries.length && !isTx(cursor)) {
      const e = entries[cursor++];
      if (isFrameEntry(e)) inbox.push(encodeFrame(e.framing, payloadOf(e)));
      else if ('log' in e && e.dir === 'rx') inbox.push(new TextEncoder().encode(e.log + '\n'));
    }
  };

  const opener: TransportOpener = async () => {
    if (mismatch) throw mismatch;
    const inbox = new ByteQueue();
    const decoder = new StreamDecoder();
    let down = false;
    // Skip a link marker (a recorded reconnect) and anything the device said before a request.
    answerUpToNextRequest(inbox);
    const transport: Transport = {
      description: `replay:${file.source}`,
      lineBytesPerSec: null,
      async write(data) {
        if (down) throw new HacError('disconnected', `replay:${file.source}: link is down`, { context: { target: `replay:${file.source}` } });
        for (const d of decoder.push(data)) {
          if (d.kind !== 'frame') continue; // host-side text is ignored, as by a device
          requestNo++;
          const sent = frameJson(d.payload);
          if (cursor >= entries.length) {
            down = true;
            const err = fail(`request ${requestNo} is beyond the end of the trace: host sent ${shortJson(sent, 120)}`);
            inbox.end(err);
            throw err;
          }
          const rec = entries[cursor] as TraceFrameEntry;
          const line = file.lines[cursor];
          const diff = rec.framing !== d.framing ? { path: 'framing', a: rec.framing, b: d.framing } : firstJsonDifference(rec.frame as FrameJson, sent, '', IGNORED_REQUEST_PATHS);
          if (diff) {
            down = true;
            const err = fail(`request ${requestNo} differs from the trace at ${diff.path || 'the frame'}: trace has ${shortJson(diff.a)}, host sent ${shortJson(diff.b)}`, line);
            inbox.end(err);
            throw err;
          }
          cursor++;
          answerUpToNextRequest(inbox);
        }
      },
      read() {
        return inbox;
      },
      async close() {
        down = true;
        inbox.end();
      },
    };
    return transport;
  };
  return {
    opener,
    get mismatch() {
      return mismatch;
    },
    remaining() {
      let n = 0;
      for (let i = cursor; i < entries.length; i++) if (isTx(i)) n++;
      return n;
    },
    matched() {
      return requestNo - (mismatch ? 1 : 0);
    },
  };
}
