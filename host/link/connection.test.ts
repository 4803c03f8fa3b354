import { describe, expect, it } from 'vitest';
import type { Transport } from '../transport/types.js';
import { Connection } from './connection.js';
import { resolveOptions } from './options.js';
import { newCounters } from './stats.js';

/** A transport whose writes settle only when told to. */
function heldTransport(name: string): Transport & { release(): void } {
  const waiting: (() => void)[] = [];
  return {
    description: name,
    lineBytesPerSec: null,
    write: () => new Promise<void>((resolve) => waiting.push(resolve)),
    read: () => ({ [Symbol.asyncIterator]: () => ({ next: () => new Promise<IteratorResult<Uint8Array>>(() => {}) }) }),
    close: async () => {},
    release: () => waiting.splice(0).forEach((r) => r()),
  };
}

describe('Connection: the bytes queued belong to the attached transport', () => {
  it("a write still settling on a replaced transport does not take its bytes off the new link's count", async () => {
    const conn = new Connection(resolveOptions({}), newCounters(), { response() {}, event() {}, log() {}, down() {} });
    const a = heldTransport('a');
    conn.attach(a);
    conn.write(new Uint8Array(1000));
    expect(conn.bytesQueued).toBe(1000);
    const b = heldTransport('b'); // a reconnect
    conn.attach(b);
    conn.write(new Uint8Array(300));
    expect(conn.bytesQueued).toBe(300);
    await new Promise((r) => setTimeout(r, 0)); // both writes reach their transports
    a.release(); // the old link's write settles late
    await new Promise((r) => setTimeout(r, 0));
    expect(conn.bytesQueued).toBe(300);
    b.release();
    await new Promise((r) => setTimeout(r, 0));
    expect(conn.bytesQueued).toBe(0);
  });
});
