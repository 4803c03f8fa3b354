/**
 * Garbage on the link (issue 2's end-to-end check, now on every target): 1 MiB of random bytes
 * into the device's input must not hurt it. On the same link afterwards the handshake, a register
 * round trip and a 64 KiB verified memory write still work. And a burst beyond the window is
 * answered BUSY, never dropped in silence.
 */
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { type Transport } from '../../host/index.js';
import { PROTOCOL_VERSION, Region, Status, StreamDecoder, decodeFrameMessage, encodeFrame, encodeFrameMessage, type IRequest } from '../../protocol/index.js';
import { seededBytes } from '../support/data.js';
import { forEachTarget } from '../targets/index.js';

/** Drains whatever the device sends, as a host would, until `stop` resolves. */
function drain(t: Transport, onChunk: (b: Uint8Array) => void = () => {}): Promise<void> {
  return (async () => {
    try {
      for await (const c of t.read()) onChunk(c);
    } catch {
      /* the link went down: the test's next step says whether that was wrong */
    }
  })();
}

/**
 * One reader for a raw link that first discards what arrives, then hands the rest of the stream,
 * without losing a chunk, to a session (a transport has one reader).
 */
function handoff(raw: Transport) {
  const it = raw.read()[Symbol.asyncIterator]();
  let inflight: Promise<IteratorResult<Uint8Array>> | null = null;
  return {
    async discardUntil(done: Promise<unknown>): Promise<void> {
      const stop = done.then(() => 'stop' as const);
      for (;;) {
        inflight ??= it.next();
        const r = await Promise.race([inflight, stop]);
        if (r === 'stop') return;
        inflight = null;
        if (r.done) return;
      }
    },
    transport: {
      ...raw,
      description: raw.description,
      lineBytesPerSec: raw.lineBytesPerSec,
      write: (d: Uint8Array) => raw.write(d),
      close: () => raw.close(),
      read: () => ({
        async *[Symbol.asyncIterator]() {
          if (inflight) {
            const r = await inflight;
            inflight = null;
            if (r.done) return;
            yield r.value;
          }
          for (;;) {
            const r = await it.next();
            if (r.done) return;
            yield r.value;
          }
        },
      }),
    } as Transport,
  };
}

forEachTarget(
  'link garbage',
  (scope) => {
    const { test } = scope;
    test('survives 1 MiB of random bytes, then handshakes, round-trips a register and verifies 64 KiB on the same link', async () => {
      const raw = await scope.running.opener();
      const link = handoff(raw);
      const junk = seededBytes(1 << 20, 4242);
      // Whatever the device answers to the junk is read and thrown away meanwhile, as a host would
      // (a host that stops reading would stall a device that blocks on its output).
      const writing = (async () => {
        for (let off = 0; off < junk.length; off += 65536) await raw.write(junk.subarray(off, off + 65536));
        await new Promise((r) => setTimeout(r, 300));
      })();
      await link.discardUntil(writing.catch(() => {}));
      await writing.catch(async (e: unknown) => {
        await raw.close();
        throw e;
      });
      // The session takes over the same link (a fresh hac-sim process per open would be another device).
      let used = false;
      const dev = await scope.running.connect({
        opener: async () => {
          if (used) throw new Error('one link only');
          used = true;
          return link.transport;
        },
      }).catch(async (e: unknown) => {
        await raw.close();
        throw e;
      });
      try {
        await dev.regs.write('SCRATCH', 0x12345678);
        dev.regs.invalidate('SCRATCH');
        expect(await dev.regs.read('SCRATCH')).toBe(0x12345678);
        const data = seededBytes(65536, 7);
        await dev.writeSegments([
          { region: Region.REGION_K_SRAM, offset: 0, data: data.subarray(0, 32768) },
          { region: Region.REGION_V_SRAM, offset: 0, data: data.subarray(32768) },
        ]);
        const k = await dev.digest(Region.REGION_K_SRAM, 0, 32768);
        const v = await dev.digest(Region.REGION_V_SRAM, 0, 32768);
        expect(Buffer.from(k.sha256).toString('hex')).toBe(createHash('sha256').update(data.subarray(0, 32768)).digest('hex'));
        expect(Buffer.from(v.sha256).toString('hex')).toBe(createHash('sha256').update(data.subarray(32768)).digest('hex'));
      } finally {
        await dev.close();
      }
    });

    test('a burst beyond the window is answered BUSY, never dropped in silence', async () => {
      const raw = await scope.running.opener();
      const decoder = new StreamDecoder();
      const answers = new Map<number, number>();
      let helloAnswered = false;
      const reading = drain(raw, (chunk) => {
        for (const d of decoder.push(chunk)) {
          if (d.kind !== 'frame') continue;
          const f = decodeFrameMessage(d.payload);
          if (f instanceof Error || !f.response) continue;
          if (f.response.hello) helloAnswered = f.response.status === Status.STATUS_OK || !f.response.status;
          else answers.set(f.response.seq ?? 0, f.response.status ?? Status.STATUS_OK);
        }
      });
      const frame = (req: IRequest, kind: 'line' | 'binary') => encodeFrame(kind, encodeFrameMessage({ request: req }));
      try {
        await raw.write(Uint8Array.of(0, ...frame({ seq: 0, hello: { protocolVersion: PROTOCOL_VERSION, nextSeq: 100, sessionId: 0x5eed } as IRequest['hello'] }, 'line')));
        const deadline = Date.now() + scope.ms(5000);
        while (!helloAnswered && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
        expect(helloAnswered).toBe(true);
        const burst = Array.from({ length: 40 }, (_, i) => frame({ seq: 100 + i, ping: { data: new Uint8Array(8) } }, 'binary'));
        await raw.write(Uint8Array.from(burst.flatMap((b) => Array.from(b))));
        const end = Date.now() + scope.ms(10000);
        while (answers.size < 40 && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
      } finally {
        await raw.close();
        await reading;
      }
      const statuses = Array.from({ length: 40 }, (_, i) => answers.get(100 + i));
      expect(statuses.every((s) => s === Status.STATUS_OK || s === Status.STATUS_BUSY), JSON.stringify(statuses)).toBe(true);
      // A device that keeps up (the C firmware) runs them all; one that falls behind answers BUSY.
      expect(statuses.filter((s) => s === Status.STATUS_OK).length).toBeGreaterThanOrEqual(8);
    });

  },
  { connect: false },
);
