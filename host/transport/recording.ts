/**
 * A Transport wrapper that records every frame in both directions, with a timestamp, to a trace
 * (host/trace/FORMAT.md). It splits the byte streams with the protocol's own stream decoder, so
 * what it records is what a receiver would see; it never changes a byte. Reconnects of the same
 * session go into the same trace with link open/close markers.
 */
import { StreamDecoder } from '../../protocol/index.js';
import { frameEntry, newHeader, type TraceDirection, type TraceSink } from '../trace/format.js';
import type { Transport, TransportOpener } from './types.js';

export interface RecordingOptions {
  /** Header text: what is being recorded (default: the first transport's description). */
  target?: string;
  note?: string;
  /** Clock in ms (tests); default performance.now. */
  now?: () => number;
}

/** Wraps `opener` so that every transport it opens records into `sink`. */
export function recordingOpener(opener: TransportOpener, sink: TraceSink, opts: RecordingOptions = {}): TransportOpener {
  const now = opts.now ?? (() => performance.now());
  let t0: number | null = null;
  return async (signal) => {
    const inner = await opener(signal);
    if (t0 === null) {
      t0 = now();
      sink.header?.(newHeader(opts.target ?? inner.description, opts.note));
    }
    return recordingTransport(inner, sink, () => now() - (t0 as number));
  };
}

function recorder(sink: TraceSink, dir: TraceDirection, clock: () => number): (bytes: Uint8Array) => void {
  const decoder = new StreamDecoder();
  let drops = { crc: 0, malformed: 0, oversized: 0 };
  return (bytes) => {
    const t = clock();
    for (const d of decoder.push(bytes)) {
      if (d.kind === 'frame') sink.write(frameEntry(t, dir, d.framing, d.payload));
      else sink.write({ t: Math.round(t * 1000) / 1000, dir, log: d.text });
    }
    // Dropped segments show only in the decoder's counters: record each new one.
    const s = decoder.stats;
    for (const reason of ['crc', 'malformed', 'oversized'] as const) {
      const now = reason === 'crc' ? s.crcErrors : s[reason];
      if (now > drops[reason]) sink.write({ t: Math.round(t * 1000) / 1000, dir, drop: reason, bytes: now - drops[reason] });
    }
    drops = { crc: s.crcErrors, malformed: s.malformed, oversized: s.oversized };
  };
}

export function recordingTransport(inner: Transport, sink: TraceSink, clock: () => number): Transport {
  const tx = recorder(sink, 'tx', clock);
  const rx = recorder(sink, 'rx', clock);
  sink.write({ t: Math.round(clock() * 1000) / 1000, link: 'open', description: inner.description });
  let closed = false;
  const markClosed = () => {
    if (closed) return;
    closed = true;
    sink.write({ t: Math.round(clock() * 1000) / 1000, link: 'close', description: inner.description });
  };
  return {
    description: inner.description,
    lineBytesPerSec: inner.lineBytesPerSec,
    ...(inner.latencyMs !== undefined ? { latencyMs: inner.latencyMs } : {}),
    ...(inner.splitLines !== undefined ? { splitLines: inner.splitLines } : {}),
    ...(inner.freshDevice !== undefined ? { freshDevice: inner.freshDevice } : {}),
    async write(data) {
      tx(data);
      return inner.write(data);
    },
    read() {
      const src = inner.read();
      return {
        async *[Symbol.asyncIterator]() {
          try {
            for await (const chunk of src) {
              rx(chunk);
              yield chunk;
            }
          } finally {
            markClosed();
          }
        },
      };
    },
    async close() {
      await inner.close();
      markClosed();
    },
  };
}
