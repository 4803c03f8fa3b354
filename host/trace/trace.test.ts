import { describe, expect, it } from 'vitest';
import { encodeFrame, encodeFrameMessage, type IFrame } from '../../protocol/index.js';
import { memoryPair } from '../transport/memory.js';
import { recordingTransport } from '../transport/recording.js';
import { formatSelector, parseSelector } from '../transport/selector.js';
import { diffTraces } from './diff.js';
import { frameEntry, MemoryTraceSink, newHeader, parseTrace, formatTrace, type TraceEntry, type TraceFile } from './format.js';
import { firstJsonDifference } from './replay.js';

const payload = (f: IFrame) => encodeFrameMessage(f);

function trace(entries: TraceEntry[], source = 't'): TraceFile {
  return parseTrace(formatTrace(newHeader(source), entries), source);
}

/** One run_query exchange with the given keep mask bits (32 tokens) and first output value. */
function queryExchange(seq: number, mask: number, out0: number, opts: { q?: number; cycles?: number; status?: number } = {}): TraceEntry[] {
  const output = new Uint8Array(128);
  output[0] = out0 & 0xff;
  output[1] = (out0 >> 8) & 0xff;
  const keepMask = Uint8Array.of(mask & 0xff, (mask >> 8) & 0xff, (mask >> 16) & 0xff, (mask >>> 24) & 0xff);
  let kept = 0;
  for (let t = 0; t < 32; t++) kept += (mask >>> t) & 1;
  return [
    frameEntry(seq, 'tx', 'binary', payload({ request: { seq, runQuery: { query: new Uint8Array(64).fill(opts.q ?? 1) } } })),
    frameEntry(seq + 0.5, 'rx', 'binary', payload({ response: { seq, status: opts.status ?? 0, ...(opts.status ? {} : { runQuery: { result: { queryId: seq, output, keepMask, contextLength: 32, counters: { cycles: opts.cycles ?? 1000, kept, pruned: 32 - kept, conversions: 32 } } } }) } })),
  ];
}

describe('trace recording', () => {
  it('records each frame both ways with direction, framing and the decoded message; a damaged frame as a drop', async () => {
    const [host, dev] = memoryPair();
    const sink = new MemoryTraceSink();
    let now = 0;
    const rec = recordingTransport(host, sink, () => now);
    const reading = (async () => {
      for await (const _ of rec.read()) void _;
    })();
    const hello = encodeFrame('line', payload({ request: { seq: 0, hello: { protocolVersion: 2 } } }));
    now = 1.5;
    await rec.write(Uint8Array.of(0, ...hello));
    const damaged = encodeFrame('binary', payload({ request: { seq: 1, ping: {} } }));
    damaged[3] ^= 0x40;
    await rec.write(damaged);
    now = 2;
    await dev.write(encodeFrame('binary', payload({ response: { seq: 0, status: 5 } })));
    await dev.write(new TextEncoder().encode('boot ok\n'));
    await new Promise((r) => setTimeout(r, 10));
    await rec.close();
    await reading;
    const e = sink.entries;
    expect(e[0]).toMatchObject({ link: 'open' });
    expect(e[1]).toMatchObject({ t: 1.5, dir: 'tx', framing: 'line', frame: { request: { hello: { protocolVersion: 2 } } } });
    expect(e[2]).toMatchObject({ dir: 'tx', drop: 'crc', bytes: 1 });
    expect(e[3]).toMatchObject({ t: 2, dir: 'rx', framing: 'binary', frame: { response: { status: 'STATUS_BUSY' } } });
    expect(e[4]).toMatchObject({ dir: 'rx', log: 'boot ok' });
    expect(e.at(-1)).toMatchObject({ link: 'close' });
  });

  it('replay:FILE is a selector kind of its own', () => {
    expect(parseSelector('replay:hil-tests/traces/a.jsonl')).toEqual({ kind: 'replay', path: 'hil-tests/traces/a.jsonl' });
    expect(formatSelector(parseSelector('replay:x.jsonl'))).toBe('replay:x.jsonl');
    expect(() => parseSelector('replay:')).toThrow(/missing trace file/);
  });

  it('first JSON difference names the path, skipping ignored paths', () => {
    expect(firstJsonDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toEqual({ path: 'a[1].b', a: 2, b: 3 });
    expect(firstJsonDifference({ h: { s: 1, v: 2 } }, { h: { s: 9, v: 2 } }, '', new Set(['h.s']))).toBeNull();
  });
});

describe('trace diff', () => {
  it('same keep masks and outputs: same; keep masks a little apart: same within tolerance, first analog difference named', () => {
    const a = trace([...queryExchange(1, 0x0000ffff, 10), ...queryExchange(2, 0xff, 20)]);
    const b = trace([...queryExchange(1, 0x0000ffff, 10), ...queryExchange(2, 0x1ff, 21)]);
    const r = diffTraces(a, b);
    expect(r.ok).toBe(true);
    expect(r.stats.digitalCompared).toBe(1);
    expect(r.stats.digitalNotComparable).toBe(1);
    expect(r.firstAnalogDifference).toMatchObject({ request: 2, category: 'analog' });
    expect(r.text()).toMatch(/result: SAME within tolerance/);
  });

  it('a digital output that differs under the same keep mask is the first divergence', () => {
    const a = trace([...queryExchange(1, 0xf, 10), ...queryExchange(2, 0xf, 20)]);
    const b = trace([...queryExchange(1, 0xf, 10), ...queryExchange(2, 0xf, 19)]);
    const r = diffTraces(a, b);
    expect(r.ok).toBe(false);
    expect(r.divergences[0]).toMatchObject({ request: 2, category: 'digital', kind: 'runQuery' });
    expect(r.text()).toMatch(/first divergence: request 2 \(seq 2, runQuery\) \[A:\d+ B:\d+\]: digital/);
  });

  it('a different stimulus, a different status, counters out of band and keep masks out of tolerance each diverge', () => {
    const base = trace(queryExchange(1, 0xffff, 10));
    expect(diffTraces(base, trace(queryExchange(1, 0xffff, 10, { q: 2 }))).divergences[0].category).toBe('stimulus');
    expect(diffTraces(base, trace(queryExchange(1, 0xffff, 10, { status: 8 }))).divergences[0].category).toBe('status');
    expect(diffTraces(base, trace(queryExchange(1, 0xffff, 10, { cycles: 2000 }))).divergences[0].category).toBe('counters');
    expect(diffTraces(base, trace(queryExchange(1, 0xffff, 10, { cycles: 1100 }))).ok).toBe(true);
    expect(diffTraces(base, trace(queryExchange(1, 0xffff0000, 10))).divergences[0].category).toBe('analog');
    expect(diffTraces(base, trace([...queryExchange(1, 0xffff, 10), ...queryExchange(2, 0xffff, 10)])).divergences[0].category).toBe('length');
  });
});
