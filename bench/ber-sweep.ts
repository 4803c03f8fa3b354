/**
 * Goodput vs bit-error rate (issue #14): verified 64 KiB context-sized loads (K and V SRAM, per-
 * chunk CRC, SHA-256 digest) over the paced 3 Mbaud pseudo-terminal (`hac-sim --serial PTY --baud
 * 3000000 --latency-ms 2 --faults seed=N,flip=RATE` behind socat), for the adaptive link and for
 * each fixed chunk size (the same session otherwise: measured timeouts and window), in one run.
 *
 *   npx tsx bench/ber-sweep.ts [--seconds S (default 2)] [--svg PATH] [--rates 0,1e-5] [--json]
 *
 * Also `npm run bench -- link-ber` (bench/link-ber.bench.ts), which prints one line per rate and
 * the summary line `link-adaptive-vs-best-fixed`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Region } from '../protocol/index.js';
import { connect, HacError } from '../host/index.js';

const SIM = fileURLToPath(new URL('../bin/hac-sim.mjs', import.meta.url));
export const BAUD = 3_000_000;
export const LINE_BYTES_PER_SEC = BAUD / 10;
export const RATES = [0, 1e-6, 1e-5, 2e-5, 5e-5, 1e-4];
export const FIXED_SIZES = [256, 512, 1024, 2048, 4096, 8128];

export interface SweepRow {
  rate: number;
  /** Verified payload bytes/s per configuration: 'adaptive' and each fixed size. */
  goodput: Record<string, number>;
  /** What the adaptive session ended with. */
  adaptiveChunk: number;
  adaptiveWindow: number;
  measuredBer: number;
  /** The adaptive session's first (untimed) 64 KiB load, ms: the cost of learning the link from a cold start. */
  adaptiveFirstLoadMs: number;
  bestFixed: string;
  ratio: number;
}

async function waitForFile(path: string, ms: number): Promise<void> {
  const t0 = Date.now();
  while (!existsSync(path)) {
    if (Date.now() - t0 > ms) throw new Error(`${path} did not appear`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function payload(n: number, seed: number): Uint8Array {
  const d = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    d[i] = x & 0xff;
  }
  return d;
}

/**
 * One fresh session: a first load, untimed (at most WARM_S; its time is returned: what a session
 * pays to learn the link), then loads for `seconds`; verified payload bytes/s over that time.
 */
const WARM_S = 3;
async function measure(hostPath: string, chunk: number | null, seconds: number, seed: number): Promise<{ goodput: number; chunk: number; window: number; ber: number; firstLoadMs: number }> {
  const dev = await connect(`serial:${hostPath}@${BAUD}`, { ...(chunk ? { chunkSize: chunk } : {}), giveUpAfterMs: 2000, reconnect: { attempts: 3, minDelayMs: 20, maxDelayMs: 200 } });
  const data = payload(65536, seed);
  const segs = [
    { region: Region.REGION_K_SRAM, offset: 0, data: data.subarray(0, 32768) },
    { region: Region.REGION_V_SRAM, offset: 0, data: data.subarray(32768) },
  ];
  const w0 = performance.now();
  try {
    await dev.writeSegments(segs, { signal: AbortSignal.timeout(WARM_S * 1000) });
  } catch (err) {
    if (!(err instanceof HacError)) throw err;
    if (err.kind === 'device-reset') dev.acknowledgeReset();
  }
  const firstLoadMs = performance.now() - w0;
  let bytes = 0;
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  const ac = new AbortController();
  // A load still running at the deadline counts only the chunks it confirmed: it is cut off.
  const timer = setTimeout(() => ac.abort(new Error('deadline')), seconds * 1000);
  try {
    while (performance.now() < deadline) {
      let confirmed = 0;
      try {
        await dev.writeSegments(segs, { signal: ac.signal, onProgress: (p) => (confirmed = p.phase === 'write' ? p.bytesDone : confirmed) });
        bytes += 65536;
      } catch (err) {
        if (!(err instanceof HacError)) throw err;
        if (ac.signal.aborted) {
          // Chunks confirmed by the device (each CRC-checked) count; the digest did not run.
          bytes += confirmed;
          break;
        }
        if (err.kind === 'device-reset') dev.acknowledgeReset();
      }
    }
  } finally {
    clearTimeout(timer);
  }
  const elapsed = Math.min(performance.now(), deadline) - t0;
  const t = dev.stats().tuning;
  await dev.close();
  return { goodput: (bytes * 1000) / Math.max(1, elapsed), chunk: t.chunkSize, window: t.window, ber: t.bitErrorRate, firstLoadMs };
}

export async function berSweep(opts: { seconds?: number; rates?: number[]; sizes?: number[]; log?: (s: string) => void } = {}): Promise<SweepRow[]> {
  const seconds = opts.seconds ?? 2;
  const rows: SweepRow[] = [];
  for (const [ri, rate] of (opts.rates ?? RATES).entries()) {
    const dir = mkdtempSync(join(tmpdir(), 'hac-ber-'));
    const dev = join(dir, 'dev');
    const host = join(dir, 'host');
    const procs: ChildProcess[] = [];
    try {
      procs.push(spawn('socat', [`pty,raw,echo=0,link=${dev}`, `pty,raw,echo=0,link=${host}`], { stdio: 'ignore' }));
      await waitForFile(dev, 5000);
      await waitForFile(host, 5000);
      const faults = `seed=${ri + 11},flip=${rate}`;
      const sim = spawn(process.execPath, [SIM, '--serial', dev, '--baud', String(BAUD), '--latency-ms', '2', '--faults', faults], { stdio: ['ignore', 'ignore', 'pipe'] });
      procs.push(sim);
      await new Promise((r) => setTimeout(r, 1200));
      const goodput: Record<string, number> = {};
      // Adaptive in the middle of the fixed sizes, so drift in the machine's load hits all alike.
      const sizes = opts.sizes ?? FIXED_SIZES;
      const half = Math.ceil(sizes.length / 2);
      for (const size of sizes.slice(0, half)) goodput[String(size)] = (await measure(host, size, seconds, ri)).goodput;
      const a = await measure(host, null, seconds, ri);
      goodput.adaptive = a.goodput;
      for (const size of sizes.slice(half)) goodput[String(size)] = (await measure(host, size, seconds, ri)).goodput;
      const fixed = Object.entries(goodput).filter(([k]) => k !== 'adaptive');
      const [bestFixed, best] = fixed.reduce((m, e) => (e[1] > m[1] ? e : m), ['none', 0] as [string, number]);
      const row = { rate, goodput, adaptiveChunk: a.chunk, adaptiveWindow: a.window, measuredBer: a.ber, adaptiveFirstLoadMs: a.firstLoadMs, bestFixed, ratio: best > 0 ? a.goodput / best : a.goodput > 0 ? Infinity : 1 };
      rows.push(row);
      opts.log?.(`rate ${rate}: ${Object.entries(goodput).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')} B/s; adaptive/best ${row.ratio.toFixed(3)}`);
    } finally {
      for (const p of procs.reverse()) p.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

/** Goodput vs bit-error rate, one polyline per configuration (a hand-made SVG, no dependency). */
export function sweepSvg(rows: SweepRow[]): string {
  const W = 720;
  const H = 420;
  const L = 70;
  const R = 150;
  const T = 30;
  const B = 50;
  const keys = Object.keys(rows[0]?.goodput ?? {});
  const x = (i: number) => L + (i * (W - L - R)) / Math.max(1, rows.length - 1);
  const y = (v: number) => T + (1 - v / LINE_BYTES_PER_SEC) * (H - T - B);
  const colours = ['#000', '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2'];
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`);
  parts.push(`<text x="${L}" y="18">Verified goodput vs bit-error rate, 3 Mbaud PTY (line rate ${LINE_BYTES_PER_SEC / 1000} kB/s)</text>`);
  parts.push(`<line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="#000"/><line x1="${L}" y1="${T}" x2="${L}" y2="${H - B}" stroke="#000"/>`);
  for (let k = 0; k <= 5; k++) {
    const v = (k * LINE_BYTES_PER_SEC) / 5;
    parts.push(`<line x1="${L}" y1="${y(v)}" x2="${W - R}" y2="${y(v)}" stroke="#ddd"/><text x="${L - 6}" y="${y(v) + 4}" text-anchor="end">${Math.round(v / 1000)}k</text>`);
  }
  rows.forEach((r, i) => parts.push(`<text x="${x(i)}" y="${H - B + 18}" text-anchor="middle">${r.rate === 0 ? '0' : r.rate.toExponential(0)}</text>`));
  parts.push(`<text x="${(L + W - R) / 2}" y="${H - 10}" text-anchor="middle">bit-error rate</text>`);
  parts.push(`<text x="16" y="${(T + H - B) / 2}" transform="rotate(-90 16 ${(T + H - B) / 2})" text-anchor="middle">payload bytes/s</text>`);
  keys.forEach((k, ki) => {
    const c = colours[ki % colours.length];
    const pts = rows.map((r, i) => `${x(i).toFixed(1)},${y(r.goodput[k] ?? 0).toFixed(1)}`).join(' ');
    parts.push(`<polyline fill="none" stroke="${c}" stroke-width="${k === 'adaptive' ? 3 : 1.5}" points="${pts}"/>`);
    parts.push(`<text x="${W - R + 10}" y="${T + 16 * ki + 10}" fill="${c}">${k === 'adaptive' ? 'adaptive' : `fixed ${k} B`}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}

export function sweepTable(rows: SweepRow[]): string {
  const keys = Object.keys(rows[0]?.goodput ?? {});
  const head = `| BER | ${keys.map((k) => (k === 'adaptive' ? 'adaptive' : `${k} B`)).join(' | ')} | adaptive/best | adaptive ends at | adaptive 1st load |`;
  const sep = `|${' --- |'.repeat(keys.length + 4)}`;
  const body = rows.map((r) => `| ${r.rate} | ${keys.map((k) => `${(r.goodput[k] / 1000).toFixed(1)}k`).join(' | ')} | ${r.ratio.toFixed(2)} | ${r.adaptiveChunk} B x ${r.adaptiveWindow} | ${Math.round(r.adaptiveFirstLoadMs)} ms |`);
  return [head, sep, ...body].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (n: string) => {
    const i = process.argv.indexOf(n);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const rates = arg('--rates')?.split(',').map(Number);
  const sizes = arg('--sizes')?.split(',').filter(Boolean).map(Number);
  const rows = await berSweep({ seconds: Number(arg('--seconds') ?? 2), rates, sizes, log: (s) => process.stderr.write(s + '\n') });
  const svgPath = arg('--svg') ?? join(tmpdir(), 'hac-ber-sweep.svg');
  writeFileSync(svgPath, sweepSvg(rows));
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else console.log(sweepTable(rows) + `\n\nline rate ${LINE_BYTES_PER_SEC} B/s; plot: ${svgPath}`);
}
