/**
 * Every `hac` command against the virtual chip: hac-sim over TCP (one process for the file), the
 * ideal-die preset through `sim:ARGS`, and a socat pseudo-terminal serial port; files written
 * are parsed (JSON, CSV, SVG, HTML). Usage errors exit 2, a missing or busy port exits 1, each
 * with one line.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../index.js';
import { encodeNpy } from '../procedures/arrays.js';
import { hac, startSerialSim, startTcpSim, type SimServer } from './testing.js';
import { requireTools } from '../../hil-tests/support/tools.js';

let sim: SimServer;
let t: string[];
let dir: string;
const oneLine = (s: string) => expect(s.trim().split('\n')).toHaveLength(1);

beforeAll(async () => {
  sim = await startTcpSim();
  t = ['--target', sim.target];
  dir = mkdtempSync(join(tmpdir(), 'hac-cli-test-'));
});
afterAll(async () => {
  await sim?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('hac against the virtual chip over TCP', () => {
  it('selftest prints a pass/fail table and exits 0; a flipped SRAM bit makes it exit 1', async () => {
    const r = await hac([...t, 'selftest']);
    expect(r.code, r.err).toBe(0);
    for (const c of ['handshake', 'registers', 'memory march', 'known-answer attention', 'counters']) expect(r.out).toMatch(new RegExp(`^${c} +PASS`, 'm'));
    expect(r.out).toMatch(/selftest PASS/);
    expect((await hac([...t, 'write', 'FAULT_SRAM_FLIP', '0x80021403'])).code).toBe(0);
    const bad = await hac([...t, 'selftest', '--json']);
    await hac([...t, 'write', 'FAULT_SRAM_FLIP', '0']);
    expect(bad.code).toBe(1);
    const j = JSON.parse(bad.out);
    expect(j.pass).toBe(false);
    expect(j.checks.find((c: { name: string }) => c.name === 'memory march').pass).toBe(false);
  });
  it('ping --json: min, median, p99', async () => {
    const r = await hac([...t, 'ping', '--count', '3', '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ count: 3, minMs: expect.any(Number), medianMs: expect.any(Number), p99Ms: expect.any(Number) });
  });
  it('regs field writes by value name, regs diff shows it; a bad field is a usage error', async () => {
    const w = await hac([...t, 'regs', 'field', 'MODE', 'SELECT', 'TOPK']);
    expect(w.out).toBe('MODE.SELECT <- 2 (TOPK)\n');
    const d = await hac([...t, 'regs', 'diff', '--json']);
    expect(JSON.parse(d.out)).toContainEqual(expect.objectContaining({ name: 'MODE', reset: 1, value: 2 }));
    expect((await hac([...t, 'regs', 'field', 'MODE', 'SELECT'])).out).toBe('MODE.SELECT = 2 (TOPK)\n');
    const bad = await hac([...t, 'regs', 'field', 'MODE', 'NOPE']);
    expect(bad.code).toBe(2);
    oneLine(bad.err);
    expect(bad.err).toMatch(/no field 'NOPE'/);
    await hac([...t, 'regs', 'field', 'MODE', 'SELECT', 'RELATIVE']);
  });
  it('load (float .npy keys, raw .bin values) then run (JSON queries) writes outputs, keep masks and counters', async () => {
    const T = 16;
    const keys = Float64Array.from({ length: T * 64 }, (_, i) => Math.sin(i));
    writeFileSync(join(dir, 'k.npy'), encodeNpy(keys, [T, 64]));
    writeFileSync(join(dir, 'v.bin'), Buffer.from(Int8Array.from({ length: T * 64 }, (_, i) => (i % 50) - 25).buffer));
    writeFileSync(join(dir, 'q.json'), JSON.stringify([Array.from({ length: 64 }, (_, i) => (i % 9) - 4), Array.from({ length: 64 }, () => 3)]));
    const l = await hac([...t, 'load', join(dir, 'k.npy'), join(dir, 'v.bin'), '--json']);
    expect(l.code, l.err).toBe(0);
    expect(JSON.parse(l.out)).toMatchObject({ tokens: T, contextLength: T, verified: true, keysQuantised: true, valuesQuantised: false });
    const out = join(dir, 'results.json');
    const r = await hac([...t, 'run', join(dir, 'q.json'), '--out', out]);
    expect(r.code, r.err).toBe(0);
    const f = JSON.parse(readFileSync(out, 'utf8'));
    expect(f.results).toHaveLength(2);
    expect(f.results[0]).toMatchObject({ contextLength: T, output: expect.any(Array), keepMask: expect.stringMatching(/^[0-9a-f]+$/), counters: { cycles: expect.any(Number), energyPj: expect.any(Number) } });
    expect(f.results[0].kept.length).toBeGreaterThan(0);
    const missing = await hac([...t, 'run', join(dir, 'nope.npy'), '--out', out]);
    expect(missing.code).toBe(2);
    oneLine(missing.err);
  });
  it('stream appends tokens from a file and runs their queries in order', async () => {
    const rows = Array.from({ length: 5 }, (_, n) => [0, 1, 2].map((k) => Array.from({ length: 64 }, (_, i) => ((n * 3 + k + i) % 21) - 10)));
    writeFileSync(join(dir, 'tokens.json'), JSON.stringify(rows));
    const out = join(dir, 'stream.json');
    const r = await hac([...t, 'stream', join(dir, 'tokens.json'), '--out', out, '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ tokens: 5, contextLength: 5 });
    expect(JSON.parse(readFileSync(out, 'utf8')).results.map((x: { contextLength: number }) => x.contextLength)).toEqual([1, 2, 3, 4, 5]);
  });
  it('calibrate --save writes a trim table that calibrate --apply loads back', async () => {
    const file = join(dir, 'trims.json');
    const c = await hac([...t, 'calibrate', '--repeats', '1', '--save', file]);
    expect(c.code, c.err).toBe(0);
    expect(c.out).toMatch(/recall of exact top 25%: before 0\.\d+ +after 0\.\d+/);
    const table = JSON.parse(readFileSync(file, 'utf8'));
    expect(table.trims).toHaveLength(64);
    const a = await hac([...t, 'calibrate', '--apply', file, '--json']);
    expect(a.code, a.err).toBe(0);
    expect(JSON.parse(a.out).trims).toEqual(table.trims);
  });
  it('sweep --report writes CSV, an SVG with axes and one point per value, and an HTML page with the plot', async () => {
    const out = join(dir, 'sweep');
    const r = await hac([...t, 'sweep', '--param', 'topk', '--values', '16,64,128', '--out', out, '--report']);
    expect(r.code, r.err).toBe(0);
    const csv = readFileSync(join(out, 'sweep-topk.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('value,keepRatio,recallTop25,massKept,cosine,energyPerQueryPj,cyclesPerQuery,timingViolations');
    expect(csv.slice(1).map((l) => l.split(',')[0])).toEqual(['16', '64', '128']);
    const svg = readFileSync(join(out, 'sweep-topk.svg'), 'utf8');
    expect(svg).toMatch(/role-axis/);
    expect(svg).toContain('topk (tokens)');
    const symbolGroups = [...svg.matchAll(/<g class="mark-symbol role-mark[^"]*"[^>]*>([\s\S]*?)<\/g>/g)];
    expect(symbolGroups).toHaveLength(4); // keep, recall, mass, energy
    for (const g of symbolGroups) expect(g[1].match(/<path/g)).toHaveLength(3);
    const html = readFileSync(join(out, 'sweep-topk.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<svg');
    expect(html).toContain('<table>');
  });
  it('shmoo --out writes the grid; 1.1 GHz passes and 1.2 GHz fails at 1.0 V', async () => {
    const out = join(dir, 'shmoo');
    const r = await hac([...t, 'shmoo', '--out', out, '--supplies', '1000', '--clocks', '1100,1200', '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).boundary).toEqual([{ supplyMv: 1000, maxPassMhz: 1100 }]);
    expect(readFileSync(join(out, 'shmoo.svg'), 'utf8')).toMatch(/mark-rect/);
  });
  it('paper-check --json: one object with the figures, the workload and the paper', async () => {
    const r = await hac([...t, 'paper-check', '--json', '--images', 'chelsea', '--layers', '0', '--heads', '0', '--stride', '8']);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    for (const k of ['keepRatio', 'recallTop25', 'massKept', 'cosine', 'topsPerWattCore', 'topsPerWattSoc', 'gopsPerMm2Core', 'gopsPerMm2Soc', 'workload', 'paper']) expect(j).toHaveProperty(k);
    expect(j.topsPerWattCore).toBeNull();
    expect(j.paper.topsPerWattSoc).toBe(1.65);
  });
  it('monitor --duration ends by itself; --record FILE writes a trace of the run', async () => {
    const rec = join(dir, 'rec.jsonl');
    const r = await hac([...t, 'monitor', '--duration', '0.1', '--record', rec]);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(rec, 'utf8').trim().split('\n').length).toBeGreaterThan(1);
  });
  it('usage errors exit 2 with one line: bad choice, missing option, bad list', async () => {
    for (const argv of [['sweep', '--param', 'voltage', '--out', dir], ['shmoo'], ['shmoo', '--out', dir, '--clocks', 'fast']]) {
      const r = await hac([...t, ...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      oneLine(r.err);
    }
  });
});

describe('hac on an ideal die (sim:--preset ideal)', () => {
  it('calibrate leaves every trim at 0 and recall does not get worse', async () => {
    const r = await hac(['--target', 'sim:--preset ideal', 'calibrate', '--repeats', '1', '--json']);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.table.trims.every((x: number) => x === 0)).toBe(true);
    expect(j.after.recallTop25).toBeGreaterThanOrEqual(j.before.recallTop25);
  });
});

describe('hac over a pseudo-terminal serial port (socat; install socat to run)', () => {
  it('selftest passes, list marks the port as answering, a busy port and a missing port are one line and exit 1', async (ctx) => {
    const why = requireTools({ socat: 'socat' }, 'run hac over a pseudo-terminal serial port');
    if (why) ctx.skip(why);
    const s = await startSerialSim();
    try {
      const target = `serial:${s.hostPath}`;
      const st = await hac(['--target', target, 'selftest']);
      expect(st.code, st.err + st.out).toBe(0);
      const l = await hac(['list', s.hostPath, '--json']);
      expect(l.code, l.err).toBe(0);
      expect(JSON.parse(l.out)).toContainEqual(expect.objectContaining({ path: s.hostPath, answers: true }));
      const holder = await connect(target);
      try {
        const busy = await hac(['--target', target, 'info']);
        expect(busy.code).toBe(1);
        oneLine(busy.err);
        expect(busy.err).toMatch(/in use/);
      } finally {
        await holder.close();
      }
    } finally {
      await s.stop();
    }
    const missing = await hac(['--target', 'serial:/dev/does-not-exist-hac', 'ping']);
    expect(missing.code).toBe(1);
    oneLine(missing.err);
    expect(missing.err).toContain('/dev/does-not-exist-hac');
  });
});

describe('hac bench link --ber-sweep', () => {
  it('two rates, tiny loads, one round over a socat pseudo-terminal: --json has a row per rate with goodput for adaptive and each size, the ratio and the clean-link fraction; --svg is a plot', async (ctx) => {
    const why = requireTools({ socat: 'socat' }, 'run hac bench link --ber-sweep over a pseudo-terminal serial port');
    if (why) ctx.skip(why);
    const svg = join(dir, 'ber.svg');
    const r = await hac(['bench', 'link', '--ber-sweep', '--rates', '0,1e-5', '--sizes', '512,2048', '--rounds', '1', '--seconds', '0.3', '--bytes', '4096', '--svg', svg, '--json']);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ lineBytesPerSec: 300000, via: 'pty', rounds: 1, loadBytes: 4096, svg, worstRatio: expect.any(Number) });
    expect(j.rows.map((x: { rate: number }) => x.rate)).toEqual([0, 1e-5]);
    for (const row of j.rows) {
      expect(Object.keys(row.goodput).sort()).toEqual(['2048', '512', 'adaptive']);
      expect(row).toMatchObject({ ratio: expect.any(Number), bestFixed: expect.stringMatching(/^(512|2048)$/), adaptiveChunk: expect.any(Number), adaptiveWindow: expect.any(Number), measuredBer: expect.any(Number) });
      expect(row.detail.adaptive.rounds).toHaveLength(1);
    }
    expect(j.rows[0].goodput.adaptive).toBeGreaterThan(0);
    expect(j.clean).toMatchObject({ ofLine: expect.any(Number), ofFrames: expect.any(Number), wireFraction: expect.any(Number) });
    const plot = readFileSync(svg, 'utf8');
    expect(plot).toMatch(/^<svg /);
    // One line per configuration, named in the legend; the rates on the x axis in swept order.
    for (const name of ['adaptive', 'fixed 512 B', 'fixed 2048 B']) expect(plot).toContain(`>${name}</text>`);
    expect(plot.indexOf('>0</text>')).toBeLessThan(plot.indexOf('>1e-5</text>'));
  }, 60_000);

  it('usage errors are one line: a non-sim target, a flag the sweep owns, a load above K + V SRAM, sweep flags without --ber-sweep, a bad rate', async () => {
    for (const [argv, msg] of [
      [['--target', 'tcp://127.0.0.1:1', 'bench', 'link', '--ber-sweep'], /target must be sim/],
      [['--target', 'sim:--faults flip=1e-3', 'bench', 'link', '--ber-sweep'], /sets hac-sim's --faults itself/],
      [['bench', 'link', '--ber-sweep', '--bytes', '100000'], /at most 65536/],
      [['bench', 'link', '--rates', '0'], /--rates needs --ber-sweep/],
      [['bench', 'link', '--ber-sweep', '--rates', '0,lots'], /--rates needs bit-error rates/],
    ] as const) {
      const r = await hac([...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      oneLine(r.err);
      expect(r.err).toMatch(msg);
    }
  });
});
