import { beforeAll, describe, expect, it } from 'vitest';
import { make } from './testing/fw.js';
import { runCFuzz } from './testing/fuzz.js';

beforeAll(() => make('build/asan/hac-fw'), 180_000);

describe('C firmware fuzz (ASan + UBSan build)', () => {
  it('100,000 random inputs: no crash, no hang, no sanitizer report; still answers a hello; identity and sentinel intact', async () => {
    const r = await runCFuzz({ count: 100_000, seed: 0x5eed });
    console.log(`C fuzz: ${r.inputs} inputs (${(r.inputBytes / 2 ** 20).toFixed(1)} MiB) in ${(r.ms / 1000).toFixed(1)} s; ${r.responses} responses; statuses ${JSON.stringify(r.statuses)}`);
    expect(r.sanitizerReport).toBeNull();
    expect(r.exitedEarly).toBeNull();
    expect(r.problems).toEqual([]);
    expect(r.handshakeOk).toBe(true);
    for (const s of ['STATUS_OK', 'STATUS_DECODE_ERROR', 'STATUS_BUSY', 'STATUS_OUT_OF_RANGE', 'STATUS_BAD_CRC', 'STATUS_INVALID_CONFIG', 'STATUS_NOT_READY', 'STATUS_BAD_ARGUMENT']) {
      expect(r.statuses[s] ?? 0, s).toBeGreaterThan(0);
    }
  }, 120_000);
});
