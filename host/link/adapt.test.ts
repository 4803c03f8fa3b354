import { describe, expect, it } from 'vitest';
import { LinkAdapter, type AdapterConfig } from './adapt.js';

const cfg = (over: Partial<AdapterConfig> = {}): AdapterConfig => ({ maxChunk: 8128, maxWindow: 8, lineBytesPerSec: 300_000, latencyMs: 2, fixedChunk: null, adaptive: true, ...over });

/** Feeds the adapter what a link with independent bit errors at `ber` would do (seeded, no timers). */
function drive(a: LinkAdapter, ber: number, frames: number, seed = 1): void {
  let x = seed;
  const rand = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
  for (let i = 0; i < frames; i++) {
    const bytes = a.chunkSize + 100;
    if (rand() < 1 - Math.exp(-8 * ber * bytes)) a.onLost(bytes, 60);
    else a.onAnswered('memWrite', bytes, 10 + rand() * 4);
  }
}

describe('link adaptation (adapt.ts)', () => {
  it('starts at 1 KiB with a small window; a clean link doubles the chunk with each answer and opens the window', () => {
    const seen: string[] = [];
    const a = new LinkAdapter(cfg(), (what) => seen.push(what));
    expect(a.chunkSize).toBe(1024);
    expect(a.window).toBe(3);
    drive(a, 0, 3);
    expect(a.chunkSize).toBe(8128);
    expect(seen.filter((w) => w.startsWith('chunk'))).toEqual(['chunk 1024 -> 2048 bytes', 'chunk 2048 -> 4096 bytes', 'chunk 4096 -> 8128 bytes']);
    drive(a, 0, 40);
    expect(a.chunkSize).toBe(8128);
    expect(a.window).toBe(8);
    expect(a.tuning().lossPerByte).toBe(0);
  });

  it('shrinks the chunk when damage appears (BER 4e-5: about 1 KiB, where an 8 KiB frame gets through 7% of the time)', () => {
    const a = new LinkAdapter(cfg());
    drive(a, 0, 40);
    drive(a, 4e-5, 600);
    expect(a.chunkSize).toBeLessThanOrEqual(1024);
    expect(a.chunkSize).toBeGreaterThanOrEqual(256);
    // The estimate is in the right decade.
    expect(a.tuning().bitErrorRate).toBeGreaterThan(1e-5);
    expect(a.tuning().bitErrorRate).toBeLessThan(1.6e-4);
  });

  it('grows back when the damage stops, one doubling at a time', () => {
    const a = new LinkAdapter(cfg());
    drive(a, 5e-5, 600);
    const small = a.chunkSize;
    const seen: number[] = [];
    const b = new LinkAdapter(cfg(), (what) => seen.push(Number(/-> (\d+) bytes/.exec(what)?.[1] ?? NaN)));
    drive(b, 5e-5, 600);
    drive(b, 0, 4000);
    expect(small).toBeLessThan(8128);
    expect(b.chunkSize).toBe(8128);
    const sizes = seen.filter((n) => !Number.isNaN(n));
    for (let i = 1; i < sizes.length; i++) if (sizes[i] > sizes[i - 1]) expect(sizes[i]).toBeLessThanOrEqual(Math.max(2 * sizes[i - 1], 8128));
  });

  it('reports each change with its reason', () => {
    const log: string[] = [];
    const a = new LinkAdapter(cfg(), (what, why) => log.push(`${what} ${why}`));
    drive(a, 1e-4, 200);
    expect(log.some((l) => /^chunk \d+ -> \d+ bytes after a frame (lost|answered): loss .*\/byte/.test(l))).toBe(true);
  });

  it('a pinned chunk size (bench baseline) never changes; adaptive=false keeps the largest chunk, full window and configured timeouts', () => {
    const a = new LinkAdapter(cfg({ fixedChunk: 512 }));
    drive(a, 1e-4, 300);
    expect(a.chunkSize).toBe(512);
    const off = new LinkAdapter(cfg({ adaptive: false }));
    drive(off, 1e-4, 300);
    expect(off.chunkSize).toBe(8128);
    expect(off.window).toBe(8);
    expect(off.timeoutMs('memWrite', 5, 1234)).toBe(1234);
  });

  it('a measured timeout needs round trips first, never undercuts the floor and never exceeds the configured one', () => {
    const a = new LinkAdapter(cfg());
    expect(a.timeoutMs('runQuery', 5, 900)).toBe(900);
    for (let i = 0; i < 10; i++) a.onAnswered('runQuery', 200, 100);
    expect(a.timeoutMs('runQuery', 5, 900)).toBeGreaterThanOrEqual(100);
    expect(a.timeoutMs('runQuery', 5, 900)).toBeLessThan(900);
    expect(a.timeoutMs('runQuery', 400, 900)).toBe(400);
    expect(a.timeoutMs('runQuery', 5000, 900)).toBe(900);
  });

  it('answers to resends (null round trip) do not move the round-trip estimate (Karn)', () => {
    const a = new LinkAdapter(cfg());
    for (let i = 0; i < 10; i++) a.onAnswered('memWrite', 200, 10);
    const before = a.tuning().srttMs;
    for (let i = 0; i < 10; i++) a.onAnswered('memWrite', 200, null);
    expect(a.tuning().srttMs).toBe(before);
  });

  it('the handshake limits hold: never a chunk above max_frame - 64 or a window above the device window', () => {
    const a = new LinkAdapter(cfg({ maxChunk: 1984, maxWindow: 4 }));
    drive(a, 0, 200);
    expect(a.chunkSize).toBe(1984);
    expect(a.window).toBe(4);
    a.reconfigure({ maxChunk: 960, maxWindow: 2 });
    expect(a.chunkSize).toBeLessThanOrEqual(960);
    expect(a.window).toBeLessThanOrEqual(2);
  });

  it('back-off: Karn doubling on a clean link; at most twice the timeout while the loss rate explains the losses', () => {
    const clean = new LinkAdapter(cfg());
    drive(clean, 0, 40);
    expect([0, 1, 2, 3, 5].map((n) => clean.backoff(n, 8200))).toEqual([1, 2, 4, 8, 32]);
    const noisy = new LinkAdapter(cfg());
    drive(noisy, 5e-5, 600);
    const frame = noisy.chunkSize + 100;
    expect([0, 1, 2, 3].map((n) => noisy.backoff(n, frame))).toEqual([1, 2, 2, 2]);
    // A frame the model hardly ever loses (P < 0.05): its repeated timeouts are not the noise.
    expect(noisy.backoff(3, 0)).toBe(8);
    // A run of losses far longer than the loss rate explains doubles again.
    expect(noisy.backoff(10, frame)).toBeGreaterThan(2);
    // Never doubles for ever: capped like before.
    expect(clean.backoff(40, 8200)).toBe(1024);
    expect(new LinkAdapter(cfg({ adaptive: false })).backoff(3, 8200)).toBe(8);
  });

  it('a timeout shown spurious (the device answered twice) takes the loss back and restores doubling', () => {
    const a = new LinkAdapter(cfg());
    drive(a, 0, 40);
    const marks = [0, 1, 2].map(() => a.onLost(8228, 40));
    const lost = a.tuning().lost;
    expect(a.backoff(2, 8228)).toBe(2);
    a.onSpurious('memWrite', 120, marks[2]);
    expect(a.tuning().lost).toBe(lost - 1);
    expect(a.backoff(2, 8228)).toBe(4);
    // The slow round trip counts (the answers after a timeout are the ones Karn leaves out).
    expect(a.tuning().srttMs).toBeGreaterThan(20);
  });

  it('a spurious timeout takes back its loss at the weight it has decayed to, not a whole one: newer losses stay counted', () => {
    // two adapters see the same link: an old loss, 1 MiB of clean traffic, a new loss
    const withSpurious = new LinkAdapter(cfg());
    const without = new LinkAdapter(cfg());
    const old = [withSpurious, without].map((a) => a.onLost(8228, 40))[0];
    for (const a of [withSpurious, without]) {
      for (let i = 0; i < 128; i++) a.onAnswered('memWrite', 8228, 10);
      a.onLost(8228, 40);
    }
    const both = without.tuning().lossPerByte;
    // the old loss was spurious after all: what remains is about the new loss alone
    withSpurious.onSpurious('memWrite', null, old);
    const fresh = new LinkAdapter(cfg());
    for (let i = 0; i < 129; i++) fresh.onAnswered('memWrite', 8228, 10);
    fresh.onLost(8228, 40);
    const after = withSpurious.tuning().lossPerByte;
    expect(after).toBeLessThan(both);
    // as if the old loss had never been booked (taking back a whole one, as before, left 0.13 of both)
    expect(after / fresh.tuning().lossPerByte).toBeCloseTo(1, 1);
    expect(after).toBeGreaterThan(0.5 * both);
  });

  it('back-off: whatever the measured loss rate, a run of more than 4 losses of one frame doubles again (a slow device whose early timeouts count as losses is not resent to at 2x for ever)', () => {
    const a = new LinkAdapter(cfg());
    drive(a, 0, 40);
    // Every attempt times out: the model's loss rate climbs past 0.5 for an 8 KiB frame.
    for (let i = 0; i < 40; i++) a.onLost(8228, 40);
    const b = [1, 2, 3, 4, 5, 6, 7].map((n) => a.backoff(n, 8228));
    expect(b.slice(0, 4)).toEqual([2, 2, 2, 2]);
    expect(b.slice(4)).toEqual([4, 8, 16]);
  });

  it("Karn's carried back-off: a spurious timeout with no round trip to learn from lengthens the next requests' timeouts until a first attempt is answered", () => {
    const a = new LinkAdapter(cfg());
    drive(a, 0, 40);
    const base = a.timeoutMs('memWrite', 0, 10_000);
    a.onSpurious('memWrite', null);
    a.onSpurious('memWrite', null);
    expect(a.timeoutMs('memWrite', 0, 10_000)).toBeCloseTo(4 * base, 6);
    // Never beyond the configured timeout.
    expect(a.timeoutMs('memWrite', 0, 2 * base)).toBe(2 * base);
    // An answer at the first attempt is a sample: the carry is gone.
    a.onAnswered('memWrite', 8228, 11);
    expect(a.timeoutMs('memWrite', 0, 10_000)).toBeLessThan(2 * base);
  });
});

