/**
 * Traces (host/trace/FORMAT.md): the committed trace hil-tests/traces/sim-die1.jsonl replays as a
 * target and fails on the first difference; `hac trace diff` passes two sim dies (they differ only
 * in analog decisions) and catches a deliberately broken device (a digital result differs).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { digitalAttention } from '../../firmware-sim/model/index.js';
import { connect, isHacError, MemoryTraceSink, openReplay, parseTrace, readTraceFile, type TraceFile } from '../../host/index.js';
import { diffTraces } from '../../host/trace/diff.js';
import { brokenDigitalOutput } from '../support/broken-device.js';
import { runCli } from '../support/sim-process.js';
import { COMMITTED_TRACE, recordStimulus } from '../traces/record.js';
import { stimulus } from '../traces/stimulus.js';

const RE_RECORD = 'if the host changed its request sequence, re-record: npx tsx hil-tests/traces/record.ts';

async function live(dieSeed: number, broken = false): Promise<TraceFile> {
  const sink = new MemoryTraceSink();
  await recordStimulus(sink, dieSeed, broken ? { wrap: brokenDigitalOutput } : {});
  return sink.trace(`die ${dieSeed}${broken ? ' (broken)' : ''}`);
}

describe('trace format and replay', () => {
  it('the committed trace is a version-1 hac trace holding the stimulus: requests, responses and an event', () => {
    const t = readTraceFile(COMMITTED_TRACE);
    expect(t.header.format).toBe('hac-trace');
    expect(t.header.version).toBe(1);
    const frames = t.entries.filter((e) => 'payload' in e);
    expect(frames.some((e) => 'frame' in e && e.frame?.request?.runQuery)).toBe(true);
    expect(frames.some((e) => 'frame' in e && e.frame?.event?.jobDone)).toBe(true);
    // Times never run backwards.
    const times = t.entries.map((e) => e.t);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('a trace of another format version, or not a trace, is a typed invalid-argument error naming the line', () => {
    expect(() => parseTrace('{"format":"hac-trace","version":99}\n', 'x.jsonl')).toThrow(/x\.jsonl:1: trace format version 99/);
    expect(() => parseTrace('{"format":"hac-trace","version":1}\n{"t":1,"dir":"up"}\n', 'y.jsonl')).toThrow(/y\.jsonl:2/);
    try {
      parseTrace('hello\n', 'z');
    } catch (e) {
      expect(isHacError(e, 'invalid-argument')).toBe(true);
    }
  });

  it('replay:FILE answers the same stimulus exactly as recorded, and every recorded request is used', async () => {
    const replay = openReplay(COMMITTED_TRACE);
    const dev = await connect('sim', { opener: replay.opener });
    try {
      await stimulus(dev);
    } catch (e) {
      throw new Error(`${(e as Error).message} (${replay.mismatch?.message ?? 'no mismatch'}; ${RE_RECORD})`);
    } finally {
      await dev.close();
    }
    expect(replay.mismatch).toBeNull();
    expect(replay.remaining()).toBe(0);
    // The selector form opens the same thing.
    const viaSelector = await connect(`replay:${COMMITTED_TRACE}`);
    try {
      expect(viaSelector.info.chipId).toBe(0x48414301);
    } finally {
      await viaSelector.close();
    }
  });

  it('a replay that receives a request the trace does not hold fails with the first difference', async () => {
    const replay = openReplay(COMMITTED_TRACE);
    const dev = await connect('sim', { opener: replay.opener, reconnect: { attempts: 0 } });
    try {
      const err = await stimulus(dev, { scratch: 0x4321 }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isHacError(err)).toBe(true);
    } finally {
      await dev.close();
    }
    expect(replay.mismatch?.kind).toBe('protocol');
    expect(replay.mismatch?.message).toMatch(/request 2 differs from the trace at request\.regWrite\.writes\[0\]\.value: trace has 4660, host sent 17185/);
  });
});

describe('trace diff', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hac-trace-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('two sim dies of the same stimulus differ only in analog decisions: same within tolerance', async () => {
    const a = await live(1);
    const b = await live(2);
    const r = diffTraces(a, b);
    console.log(r.text());
    expect(r.divergences, r.text()).toEqual([]);
    expect(r.ok).toBe(true);
    // They do differ in analog decisions (else this would prove nothing), never in digital results.
    expect(r.firstAnalogDifference).not.toBeNull();
    expect(r.stats.digitalEqual).toBe(r.stats.digitalCompared);
    // With the bit-exact reference every result is judged, masks equal or not.
    const withRef = diffTraces(a, b, { digitalReference: (x) => digitalAttention(x.query, x.keys, x.values, { d: 64, contextLength: x.contextLength, keepMask: x.keepMask, scoreScale: x.scoreScale, outputShift: x.outputShift, outputInt16: x.outputInt16 }) });
    expect(withRef.ok, withRef.text()).toBe(true);
    expect(withRef.stats.digitalNotComparable).toBe(0);
    expect(withRef.stats.digitalCompared).toBe(withRef.stats.queries);
  });

  it('a broken device (one digital output off by one) is caught at its first query', async () => {
    const good = await live(1);
    const bad = await live(1, true);
    const r = diffTraces(good, bad);
    expect(r.ok).toBe(false);
    const first = r.divergences[0];
    expect(first.category).toBe('digital');
    expect(first.kind).toBe('runQuery');
    expect(first.what).toMatch(/dim 0/);
    expect(r.text()).toMatch(/first divergence: request \d+ \(seq \d+, runQuery\)/);
  });

  it('analog decisions outside the declared tolerance diverge', async () => {
    const a = await live(1);
    const b = await live(2);
    const r = diffTraces(a, b, { tolerances: { minKeepAgreement: 1 } });
    expect(r.ok).toBe(false);
    expect(r.divergences[0].category).toBe('analog');
  });

  it('hac trace diff A B: exit 0 and a summary when the same within tolerance, 1 with the first divergence, 2 on a bad file', async () => {
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.jsonl');
    const bad = join(dir, 'bad.jsonl');
    await recordStimulus(a, 1);
    await recordStimulus(b, 1, { wrap: brokenDigitalOutput });
    writeFileSync(bad, 'not a trace\n');
    const same = await runCli(['trace', 'diff', COMMITTED_TRACE, a]);
    expect(same.code, same.stderr + same.stdout).toBe(0);
    expect(same.stdout).toMatch(/result: SAME within tolerance/);
    const diff = await runCli(['trace', 'diff', a, b]);
    expect(diff.code).toBe(1);
    expect(diff.stdout).toMatch(/first divergence: request \d+ .*digital/);
    const json = await runCli(['trace', 'diff', a, b, '--json']);
    expect(JSON.parse(json.stdout).firstDivergence.category).toBe('digital');
    const broken = await runCli(['trace', 'diff', a, bad]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/bad\.jsonl:1: not JSON/);
    expect(readFileSync(a, 'utf8').split('\n')[0]).toMatch(/"format":"hac-trace","version":1/);
  });
});
