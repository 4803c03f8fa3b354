import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { crc32, Region, Status } from '../../protocol/index.js';
import type { Session } from '../link/session.js';
import { bulkWrite, readMemory } from './memory.js';

/**
 * A fake session holding K SRAM: it records every memory request in order and changes the chunk
 * size the link adaptation reports while a transfer runs (as a noisy stretch of cable would).
 */
function resizingSession(sizes: (n: number) => number) {
  const mem = new Uint8Array(32768);
  const log: { kind: string; offset: number; length: number }[] = [];
  let issued = 0;
  const s = {
    info: { maxFrame: 8192, window: 8, target: 'fake' },
    get chunkSize() {
      return sizes(issued);
    },
    tuning: () => ({ window: 8 }),
    // A device without the verification fence: the host compares digests itself.
    hasCapability: () => false,
    async request(body: Record<string, any>) {
      issued++;
      await new Promise((r) => setTimeout(r, 0));
      if (body.memWrite) {
        const w = body.memWrite;
        expect(crc32(w.data)).toBe(w.dataCrc >>> 0);
        mem.set(w.data, w.offset);
        log.push({ kind: 'write', offset: w.offset, length: w.data.length });
        return { seq: issued, status: Status.STATUS_OK, memWrite: { nextOffset: w.offset + w.data.length } };
      }
      if (body.memDigest) {
        const d = body.memDigest;
        return { seq: issued, status: Status.STATUS_OK, memDigest: { sha256: new Uint8Array(createHash('sha256').update(mem.subarray(d.offset, d.offset + d.length)).digest()), crc32: 0 } };
      }
      const r = body.memRead;
      const data = mem.slice(r.offset, r.offset + r.length);
      log.push({ kind: 'read', offset: r.offset, length: r.length });
      return { seq: issued, status: Status.STATUS_OK, memRead: { data, dataCrc: crc32(data) } };
    },
  };
  return { session: s as unknown as Session, log, mem };
}

const data = Uint8Array.from({ length: 20000 }, (_, i) => (i * 31 + 7) & 0xff);

describe('memory transfers follow the chunk size the link adaptation chooses', () => {
  it('a bulk write changes size between chunks, never inside one: the chunks tile the data in order, none repeated', async () => {
    const sizes = (n: number) => (n < 3 ? 8128 : n < 8 ? 1024 : 4096);
    const { session, log, mem } = resizingSession(sizes);
    const rep = await bulkWrite(session, [{ region: Region.REGION_K_SRAM, offset: 100, data }]);
    const writes = log.filter((l) => l.kind === 'write');
    let at = 100;
    for (const w of writes) {
      expect(w.offset).toBe(at);
      at += w.length;
    }
    expect(at).toBe(100 + data.length);
    expect(new Set(writes.map((w) => w.length)).size).toBeGreaterThan(1);
    expect(rep.chunks).toBe(writes.length);
    expect(Buffer.compare(Buffer.from(mem.subarray(100, 100 + data.length)), Buffer.from(data))).toBe(0);
  });

  it('a resumed write starts at the checkpoint offset even when it is not on a chunk boundary of the new size', async () => {
    const { session, log, mem } = resizingSession(() => 1000);
    mem.set(data.subarray(0, 3000), 0);
    const rep = await bulkWrite(session, [{ region: Region.REGION_K_SRAM, offset: 0, data }], {
      resumeFrom: { id: (await import('node:crypto')).createHash('sha256').update(`${Region.REGION_K_SRAM}:0:${data.length};`).update(data).digest('hex'), nextOffsets: [3000] },
    });
    expect(rep.skippedBytes).toBe(3000);
    expect(log.filter((l) => l.kind === 'write')[0].offset).toBe(3000);
    expect(Buffer.compare(Buffer.from(mem.subarray(0, data.length)), Buffer.from(data))).toBe(0);
  });

  it('a read cuts each chunk at the size of the moment and returns the bytes in place', async () => {
    const { session, log, mem } = resizingSession((n) => (n < 2 ? 8128 : 512));
    mem.set(data, 0);
    const back = await readMemory(session, Region.REGION_K_SRAM, 0, data.length);
    expect(Buffer.compare(Buffer.from(back), Buffer.from(data))).toBe(0);
    const reads = log.filter((l) => l.kind === 'read');
    expect(reads[0].length).toBe(8128);
    expect(reads.at(-1)!.length).toBeLessThanOrEqual(512);
    let at = 0;
    for (const r of [...reads].sort((a, b) => a.offset - b.offset)) {
      expect(r.offset).toBe(at);
      at += r.length;
    }
  });
});
