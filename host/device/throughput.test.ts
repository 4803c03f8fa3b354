/** measureLoadThroughput: bounded `bytes`, and memory that does not grow with the number of passes. */
import { describe, expect, it } from 'vitest';
import { HacError } from '../errors.js';
import type { HacDevice } from './device.js';
import { MAX_BENCH_BYTES, measureLoadThroughput } from './throughput.js';

/** A device whose bulk writes succeed at once; counts them, and aborts `ac` after `stopAfter`. */
function fakeDevice(stopAfter: number, ac: AbortController) {
  const calls = { n: 0 };
  const dev = {
    writeSegments: async (_segs: unknown, opts: { signal?: AbortSignal } = {}) => {
      if (opts.signal?.aborted) throw new HacError('canceled', 'aborted');
      if (++calls.n >= stopAfter) ac.abort(new HacError('canceled', 'enough passes'));
      return { repairedChunks: 0 };
    },
  } as unknown as HacDevice;
  return { dev, calls };
}

describe('measureLoadThroughput', () => {
  it('rejects bytes beyond 16 GiB with invalid-argument (it used to die allocating one entry per pass)', async () => {
    const ac = new AbortController();
    const { dev, calls } = fakeDevice(1, ac);
    const e = (await measureLoadThroughput(dev, 100_000_000_000_000).catch((x: unknown) => x)) as HacError;
    expect(e).toBeInstanceOf(HacError);
    expect(e.kind).toBe('invalid-argument');
    expect(e.message).toMatch(/at most 17179869184/);
    expect(calls.n).toBe(0);
  });

  it('starts passes one by one at the limit (no per-pass list), and stops when aborted', async () => {
    const ac = new AbortController();
    const { dev, calls } = fakeDevice(5, ac);
    const e = (await measureLoadThroughput(dev, MAX_BENCH_BYTES, { signal: ac.signal }).catch((x: unknown) => x)) as HacError;
    expect(e.kind).toBe('canceled');
    expect(calls.n).toBeGreaterThanOrEqual(5);
    expect(calls.n).toBeLessThan(10);
  });

  it('counts passes and computes efficiency against a given line rate', async () => {
    const ac = new AbortController();
    const { dev } = fakeDevice(Infinity, ac);
    const r = await measureLoadThroughput(dev, 300_000, { lineBytesPerSec: 1000 });
    expect(r.passes).toBeGreaterThan(1);
    expect(r.payloadBytes).toBe(300_000);
    expect(r.efficiency).toBe(r.payloadBytesPerSec / 1000);
  });
});
