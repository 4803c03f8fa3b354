/**
 * An in-memory transport pair for unit tests: what one end writes, the other reads. `cut()`
 * simulates a pulled cable (both ends' reads end, writes fail).
 */
import { HacError } from '../errors.js';
import { ByteQueue } from './byte-queue.js';
import type { Transport } from './types.js';

export interface MemoryEnd extends Transport {
  /** The link drops: both ends see the read stream end. */
  cut(): void;
  readonly closed: boolean;
}

export interface MemoryPairOptions {
  /** Pace delivery to this many bytes per second (null: immediate). */
  bytesPerSec?: number | null;
  /** Extra one-way delay in ms. */
  latencyMs?: number;
}

export function memoryPair(opts: MemoryPairOptions = {}, names: [string, string] = ['memory:a', 'memory:b']): [MemoryEnd, MemoryEnd] {
  const qa = new ByteQueue();
  const qb = new ByteQueue();
  let down = false;
  const ends: MemoryEnd[] = [];
  const cut = () => {
    if (down) return;
    down = true;
    qa.end();
    qb.end();
  };
  const make = (name: string, inbox: ByteQueue, peer: ByteQueue): MemoryEnd => {
    let busyUntil = 0;
    return {
      description: name,
      lineBytesPerSec: opts.bytesPerSec ?? null,
      get closed() {
        return down;
      },
      async write(data: Uint8Array) {
        if (down) throw new HacError('disconnected', `${name}: link is down`, { context: { target: name } });
        const copy = data.slice();
        const rate = opts.bytesPerSec ?? null;
        const lat = opts.latencyMs ?? 0;
        if (rate === null && lat === 0) {
          queueMicrotask(() => peer.push(copy));
          return;
        }
        const now = performance.now();
        const start = Math.max(now, busyUntil);
        busyUntil = start + (rate ? (copy.length * 1000) / rate : 0);
        const at = busyUntil + lat;
        setTimeout(() => {
          if (!down) peer.push(copy);
        }, Math.max(0, at - now));
        // Backpressure: a paced line takes the next write when this one has gone out.
        if (rate) await new Promise((r) => setTimeout(r, Math.max(0, busyUntil - now - 1)));
      },
      read() {
        return inbox;
      },
      async close() {
        cut();
      },
      cut,
    };
  };
  ends.push(make(names[0], qa, qb), make(names[1], qb, qa));
  return [ends[0], ends[1]];
}
