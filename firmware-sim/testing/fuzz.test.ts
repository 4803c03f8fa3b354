import { describe, expect, it } from 'vitest';
import { runFuzz } from './fuzz.js';

describe('fuzz', () => {
  it('100,000 random inputs: still answers a handshake, registers intact, memory flat', async () => {
    const r = await runFuzz({ count: 100_000, seed: 0x5eed });
    console.log(
      `fuzz: ${r.inputs} inputs (${r.junkInputs} junk, ${r.structuredInputs} structured, ${(r.inputBytes / 2 ** 20).toFixed(1)} MiB) in ${(r.ms / 1000).toFixed(1)} s; ` +
        `heap ${(r.heapBeforeBytes / 2 ** 20).toFixed(1)} -> ${(r.heapAfterBytes / 2 ** 20).toFixed(1)} MiB (gc ${r.gcForced ? 'forced' : 'not available'}); ` +
        `statuses ${JSON.stringify(r.statuses)}`,
    );
    expect(r.problems).toEqual([]);
    expect(r.handshakeOk).toBe(true);
    expect(r.inputs).toBe(100_000);
    expect(r.maxQueueDepth).toBeLessThanOrEqual(8);
    expect(r.maxReplayCache).toBeLessThanOrEqual(16);
    // Bounded state: the heap may move by JIT code and caches, not by inputs served (~10 MiB of input).
    expect(r.heapAfterBytes - r.heapBeforeBytes).toBeLessThan(8 * 2 ** 20);
    // The structured half reaches the dispatcher's paths, not only the decoder.
    for (const s of ['STATUS_OK', 'STATUS_DECODE_ERROR', 'STATUS_BUSY', 'STATUS_OUT_OF_RANGE', 'STATUS_BAD_CRC', 'STATUS_INVALID_CONFIG']) {
      expect(r.statuses[s] ?? 0, s).toBeGreaterThan(0);
    }
  });
});
