/** Every query result is checked against the request and the device's state (issue 8, part 3). */
import { describe, expect, it } from 'vitest';
import { HacError } from '../errors.js';
import { toQueryResult, type ResultExpectation } from './results.js';

const expect100: ResultExpectation = { headDim: 64, maxTokens: 512, wantCodes: false, contextLength: 100 };

/** A consistent result over `n` tokens keeping the first `kept`. */
function good(n = 100, kept = 25) {
  const keepMask = new Uint8Array(Math.ceil(n / 8));
  for (let t = 0; t < kept; t++) keepMask[t >> 3] |= 1 << (t & 7);
  return { queryId: 1, output: new Uint8Array(128), outputInt16: false, outputShift: 0, keepMask, codes: new Uint8Array(0), contextLength: n, counters: { cycles: 10, kept, pruned: n - kept, tileRefills: 1, conversions: n, energyPj: 1, timingViolation: false } };
}

function refused(r: unknown, e: ResultExpectation = expect100): HacError {
  try {
    toQueryResult(r, e);
  } catch (err) {
    expect(err).toBeInstanceOf(HacError);
    expect((err as HacError).kind).toBe('protocol');
    return err as HacError;
  }
  throw new Error('accepted an inconsistent result');
}

describe('query results from a device are checked', () => {
  it('accepts a consistent result', () => {
    const r = toQueryResult(good(), expect100);
    expect(r.kept).toHaveLength(25);
  });

  it.each([
    ['a keep mask longer than the context', () => ({ ...good(), keepMask: new Uint8Array(64) }), /keep mask of 64 bytes/],
    ['an empty keep mask while 100 tokens were kept', () => ({ ...good(100, 100), keepMask: new Uint8Array(13) }), /counters.kept 100 but the keep mask holds 0/],
    ['context_length 7 for a 100-token context', () => good(7, 2), /context_length 7, but the context holds 100/],
    ['context_length 2^32-1', () => ({ ...good(), contextLength: 0xffffffff }), /context_length 4294967295 outside/],
    ['output_shift 2^32-1', () => ({ ...good(), outputShift: 0xffffffff }), /output_shift 4294967295/],
    ['codes that were not asked for', () => ({ ...good(), codes: new Uint8Array(100) }), /codes sent though not asked/],
    ['counters.kept disagreeing with the mask', () => ({ ...good(), counters: { ...good().counters, kept: 30, pruned: 70 } }), /counters.kept 30 but the keep mask holds 25/],
    ['kept + pruned not the context', () => ({ ...good(), counters: { ...good().counters, pruned: 10 } }), /kept 25 \+ pruned 10/],
    ['mask bits beyond the context', () => ({ ...good(99, 25), keepMask: Uint8Array.from({ length: 13 }, (_, i) => (i === 12 ? 0xff : i < 3 ? 0xff : i === 3 ? 1 : 0)) }), /keep mask|counters/],
    ['an INT8 output outside INT8', () => ({ ...good(), output: Uint8Array.from({ length: 128 }, (_, i) => (i === 1 ? 0x01 : 0)) }), /outside INT8/],
    ['no output', () => ({ ...good(), output: new Uint8Array(0) }), /output has 0 bytes/],
  ])('%s is a protocol error', (_n, make, re) => {
    const e = refused(make(), _n === 'mask bits beyond the context' ? { ...expect100, contextLength: 99 } : expect100);
    expect(e.message).toMatch(re);
  });

  it('asked-for codes must be there, one per token', () => {
    expect(refused(good(), { ...expect100, wantCodes: true }).message).toMatch(/0 analog codes for 100 tokens/);
  });
});
