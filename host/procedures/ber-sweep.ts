/**
 * Goodput vs bit-error rate (issue #14), shared by `hac bench link --ber-sweep` (host/cli) and the
 * bench (bench/ber-sweep.ts, bench/link-ber.bench.ts): verified context-sized loads (K and V
 * SRAM, per-chunk CRC, SHA-256 digest per region) over a paced 3 Mbaud line into hac-sim with
 * bit flips injected both ways (`--faults seed=N,flip=RATE`), for the adaptive link and for each
 * fixed chunk size, in the same run.
 *
 * Method. Per rate, every configuration gets its own simulated line (by default a socat pseudo-
 * terminal pair with `hac-sim --serial PTY --baud 3000000 --latency-ms 2`, its flips seeded alike
 * for all configurations of the rate, so they fall at the same places of each line's byte streams:
 * common random numbers) and its own session, warmed up by one untimed load (steady state, equal
 * for all; the adaptive session's time for it is reported as the cost of learning the link from a cold start). Then
 * `rounds` rounds: each configuration in turn (rotated each round) loads for `seconds`, whole
 * loads, two issued at once as a program that does not await each one does (the second goes out
 * behind the first's digests, SPEC section 4b; one still running OVERRUN_MS after the time is up
 * is cut off and counts the chunks the device confirmed). The configurations interleave in short slices, so a burst of load from
 * elsewhere on the machine hits all alike; each figure is the median of its rounds, and the ratio
 * compares the adaptive median with the best fixed median.
 *
 * Line rate: the line's bytes/s (baud / 10, 8N1). `wireFraction` is the part of the bytes the
 * host sent in the timed loads that were payload (the rest is framing: COBS, CRC, protobuf
 * fields, digests, resends), so goodput / (line rate x wireFraction) is how busy the line was.
 */
import { Region, REGION_SIZE } from '../../protocol/index.js';
import { connect } from '../index.js';
import { HacError, invalidArgument } from '../errors.js';
import { multiLineChart } from '../report/index.js';
import { ptySimLink, SWEEP_LINE_BYTES_PER_SEC, type SweepLink, type SweepLinkFactory } from './sim-lines.js';

export { hasSocat, ptySimLink, stdioSimLink, SWEEP_BAUD, SWEEP_LATENCY_MS, SWEEP_LINE_BYTES_PER_SEC } from './sim-lines.js';
export type { SweepLink, SweepLinkFactory } from './sim-lines.js';
export const SWEEP_RATES = [0, 1e-6, 1e-5, 2e-5, 5e-5, 1e-4];
export const SWEEP_SIZES = [256, 512, 1024, 2048, 4096, 8128];
/** Loads a timed slice keeps issued at once (a program that does not await each). */
const LOADS_IN_FLIGHT = 2;
/** Largest load: K and V SRAM. */
export const MAX_SWEEP_LOAD = REGION_SIZE[Region.REGION_K_SRAM] + REGION_SIZE[Region.REGION_V_SRAM];

/** One configuration's figures at one rate. */
export interface ConfigResult {
  /** Median verified payload bytes/s over the rounds. */
  goodput: number;
  /** Each round's figure, in round order. */
  rounds: number[];
  /** Payload bytes / bytes the host sent in the timed loads (median). */
  wireFraction: number;
}

export interface SweepRow {
  rate: number;
  /** Median verified payload bytes/s per configuration: 'adaptive' and each fixed size. */
  goodput: Record<string, number>;
  /** Per configuration: every round and the payload fraction of what went out. */
  detail: Record<string, ConfigResult>;
  /** What the adaptive session ended with. */
  adaptiveChunk: number;
  adaptiveWindow: number;
  measuredBer: number;
  /** The adaptive session's first (untimed) load, ms: the cost of learning the link from a cold start. */
  adaptiveFirstLoadMs: number;
  bestFixed: string;
  /** adaptive / best fixed, from the medians. */
  ratio: number;
}

export interface SweepProgress {
  rate: number;
  round: number;
  config: string;
  /** Measurements done / in all. */
  done: number;
  total: number;
}

export interface SweepOptions {
  /** Timed seconds per configuration and round (default 2). */
  seconds?: number;
  /** Rounds; each figure is the median over them (default 3). */
  rounds?: number;
  rates?: number[];
  sizes?: number[];
  /** Payload bytes per load (default 65536: a full K and V context), split over K and V SRAM. */
  loadBytes?: number;
  /** The line per rate (default ptySimLink()). */
  link?: SweepLinkFactory;
  log?: (s: string) => void;
  onProgress?: (p: SweepProgress) => void;
  signal?: AbortSignal;
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

/** The untimed first load gives up after this many ms (a fixed size that cannot get through). */
const WARM_MS = 3000;
/** A load in a timed slice is cut off this long after the slice's time is up (its confirmed chunks count). */
const OVERRUN_MS = 3000;

/** One configuration's session on its own line, warmed up by one untimed load. */
interface Runner {
  config: string;
  link: SweepLink;
  dev: Awaited<ReturnType<typeof connect>>;
  segs: { region: Region; offset: number; data: Uint8Array }[];
  firstLoadMs: number;
}

async function openRunner(config: string, link: SweepLink, loadBytes: number, seed: number, signal?: AbortSignal): Promise<Runner> {
  const chunk = config === 'adaptive' ? null : Number(config);
  const open = () =>
    connect(link.selector, {
      ...(chunk ? { chunkSize: chunk } : {}),
      lineBytesPerSec: SWEEP_LINE_BYTES_PER_SEC,
      giveUpAfterMs: 2000,
      reconnect: { attempts: 3, minDelayMs: 20, maxDelayMs: 200 },
      ...(signal ? { signal } : {}),
    });
  // A port may still be held for a moment after an earlier session's close (its lock).
  let dev: Awaited<ReturnType<typeof connect>> | null = null;
  for (let attempt = 0; !dev; attempt++) {
    try {
      dev = await open();
    } catch (err) {
      if (!(err instanceof HacError && /in use/.test(err.message)) || attempt >= 30 || signal?.aborted) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const data = payload(loadBytes, seed + 1);
  const k = Math.min(loadBytes, REGION_SIZE[Region.REGION_K_SRAM]);
  const segs = [{ region: Region.REGION_K_SRAM, offset: 0, data: data.subarray(0, k) }];
  if (loadBytes > k) segs.push({ region: Region.REGION_V_SRAM, offset: 0, data: data.subarray(k) });
  const w0 = performance.now();
  try {
    await dev.writeSegments(segs, { signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(WARM_MS)]) : AbortSignal.timeout(WARM_MS) });
  } catch (err) {
    if (!(err instanceof HacError) || signal?.aborted) {
      await dev.close();
      throw err;
    }
    if (err.kind === 'device-reset') dev.acknowledgeReset();
  }
  return { config, link, dev, segs, firstLoadMs: performance.now() - w0 };
}

/**
 * Whole loads for at least `ms`, two in flight as a program issues them without awaiting (the
 * second goes out while the first's digests are answered; call order keeps them apart, SPEC
 * section 4b). A load still running OVERRUN_MS after the time is up is cut off: then only the
 * chunks the device confirmed count. Returns the verified payload bytes, the time taken, and the
 * bytes the host sent meanwhile.
 */
async function slice(r: Runner, loadBytes: number, ms: number, signal?: AbortSignal): Promise<{ bytes: number; elapsedMs: number; sent: number }> {
  const { dev, segs } = r;
  let bytes = 0;
  const out0 = dev.stats().bytesOut;
  const t0 = performance.now();
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(new Error('overrun')), ms + OVERRUN_MS);
  const cut = signal ? AbortSignal.any([signal, ac.signal]) : ac.signal;
  const inflight = new Set<Promise<void>>();
  let fatal: unknown = null;
  const load = (): Promise<void> => {
    let confirmed = 0;
    return dev.writeSegments(segs, { signal: cut, onProgress: (p) => (confirmed = p.phase === 'write' ? p.bytesDone : confirmed) }).then(
      () => void (bytes += loadBytes),
      (err: unknown) => {
        if (!(err instanceof HacError) || signal?.aborted) fatal ??= err;
        // Cut off: chunks confirmed by the device (each CRC-checked) count; the digest did not run.
        else if (ac.signal.aborted) bytes += confirmed;
        else if (err.kind === 'device-reset') dev.acknowledgeReset();
      },
    );
  };
  try {
    while (performance.now() - t0 < ms && !ac.signal.aborted && fatal === null) {
      if (inflight.size >= LOADS_IN_FLIGHT) {
        await Promise.race(inflight);
        continue;
      }
      const p: Promise<void> = load().finally(() => inflight.delete(p));
      inflight.add(p);
    }
    await Promise.all(inflight);
    if (fatal !== null) throw fatal;
  } finally {
    clearTimeout(timer);
  }
  return { bytes, elapsedMs: performance.now() - t0, sent: dev.stats().bytesOut - out0 };
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function checkOptions(o: SweepOptions): void {
  const pos = (v: number | undefined, what: string) => {
    if (v !== undefined && !(Number.isFinite(v) && v > 0)) throw invalidArgument(`ber sweep: ${what} must be positive, got ${v}`);
  };
  pos(o.seconds, 'seconds');
  pos(o.rounds, 'rounds');
  if (o.loadBytes !== undefined && !(Number.isInteger(o.loadBytes) && o.loadBytes > 0 && o.loadBytes <= MAX_SWEEP_LOAD)) throw invalidArgument(`ber sweep: load bytes must be an integer in 1..${MAX_SWEEP_LOAD}, got ${o.loadBytes}`);
  for (const r of o.rates ?? []) if (!(Number.isFinite(r) && r >= 0 && r < 1)) throw invalidArgument(`ber sweep: bit-error rate ${r} is not in [0, 1)`);
  for (const s of o.sizes ?? []) if (!(Number.isInteger(s) && s > 0)) throw invalidArgument(`ber sweep: chunk size ${s} is not a positive integer`);
}

export async function berSweep(opts: SweepOptions = {}): Promise<SweepRow[]> {
  checkOptions(opts);
  const seconds = opts.seconds ?? 2;
  const rounds = Math.round(opts.rounds ?? 3);
  const rates = opts.rates ?? SWEEP_RATES;
  const sizes = opts.sizes ?? SWEEP_SIZES;
  const loadBytes = opts.loadBytes ?? MAX_SWEEP_LOAD;
  const link = opts.link ?? ptySimLink();
  const configs = ['adaptive', ...sizes.map(String)];
  const total = rates.length * rounds * configs.length;
  let done = 0;
  const rows: SweepRow[] = [];
  for (const [ri, rate] of rates.entries()) {
    // Every configuration gets its own line and session, open for the whole rate: the rounds
    // interleave them in short slices, so a burst of load from elsewhere on the machine hits all
    // alike, and no session pays its start again.
    const runners: Runner[] = [];
    try {
      for (const c of configs) {
        // The same seed for every configuration: the flips fall at the same places of each
        // line's byte streams, so the comparison does not hang on one configuration's luck.
        const l = await link(rate, 11 + ri * 16);
        try {
          runners.push(await openRunner(c, l, loadBytes, ri, opts.signal));
        } catch (err) {
          await l.close();
          throw err;
        }
      }
      const got = new Map<string, { bytes: number; elapsedMs: number; sent: number }[]>(configs.map((c) => [c, []]));
      for (let round = 0; round < rounds; round++) {
        // Rotated each round: every configuration runs early and late in a round.
        const shift = round % runners.length;
        for (const r of [...runners.slice(shift), ...runners.slice(0, shift)]) {
          opts.onProgress?.({ rate, round, config: r.config, done, total });
          got.get(r.config)!.push(await slice(r, loadBytes, seconds * 1000, opts.signal));
          done++;
        }
      }
      const detail: Record<string, ConfigResult> = {};
      const goodput: Record<string, number> = {};
      for (const c of configs) {
        const ms = got.get(c)!;
        const per = ms.map((m) => (m.bytes * 1000) / Math.max(1, m.elapsedMs));
        detail[c] = { goodput: median(per), rounds: per, wireFraction: median(ms.map((m) => (m.sent > 0 ? m.bytes / m.sent : 0))) };
        goodput[c] = detail[c].goodput;
      }
      const fixed = Object.entries(goodput).filter(([k]) => k !== 'adaptive');
      const [bestFixed, best] = fixed.reduce((m, e) => (e[1] > m[1] ? e : m), ['none', 0] as [string, number]);
      const a = runners[0];
      const t = a.dev.stats().tuning;
      const row: SweepRow = {
        rate,
        goodput,
        detail,
        adaptiveChunk: t.chunkSize,
        adaptiveWindow: t.window,
        measuredBer: t.bitErrorRate,
        adaptiveFirstLoadMs: a.firstLoadMs,
        bestFixed,
        ratio: best > 0 ? goodput.adaptive / best : goodput.adaptive > 0 ? Infinity : 1,
      };
      rows.push(row);
      opts.log?.(`rate ${rate}: ${configs.map((k) => `${k} ${Math.round(goodput[k])} [${detail[k].rounds.map((v) => Math.round(v / 1000)).join(' ')}k]`).join(', ')} B/s; adaptive/best ${row.ratio.toFixed(3)}`);
    } finally {
      for (const r of runners) {
        await r.dev.close().catch(() => {});
        await r.link.close();
      }
    }
  }
  opts.onProgress?.({ rate: rates[rates.length - 1] ?? 0, round: rounds, config: '', done, total });
  return rows;
}

/**
 * Goodput vs bit-error rate, one line per configuration (vega-lite, as every plot of the CLI).
 * Rate 0 cannot sit on a log axis, so the x axis is ordinal: the swept rates, evenly spaced.
 */
export function sweepSvg(rows: readonly SweepRow[]): Promise<string> {
  const data = rows.flatMap((r) =>
    Object.entries(r.goodput).map(([k, g]) => ({ rate: r.rate === 0 ? '0' : r.rate.toExponential(0), config: k === 'adaptive' ? 'adaptive' : `fixed ${k} B`, kBps: g / 1000 })),
  );
  return multiLineChart(
    `Verified goodput vs bit-error rate, 3 Mbaud line (${SWEEP_LINE_BYTES_PER_SEC / 1000} kB/s), median of rounds`,
    data,
    { field: 'rate', title: 'bit-error rate' },
    { field: 'kBps', title: 'verified payload kB/s' },
    { field: 'config', title: 'chunk size' },
    { xType: 'ordinal' },
  );
}

/** Markdown table: goodput in kB/s per configuration and rate, the ratio, what adaptive ended at. */
export function sweepTable(rows: readonly SweepRow[]): string {
  const keys = Object.keys(rows[0]?.goodput ?? {});
  const fixed = keys.filter((k) => k !== 'adaptive');
  const head = `| BER | ${fixed.map((k) => `${k} B`).join(' | ')} | adaptive | adaptive/best | adaptive ends at | adaptive 1st load |`;
  const sep = `|${' --- |'.repeat(fixed.length + 5)}`;
  const body = rows.map((r) => `| ${r.rate} | ${fixed.map((k) => (r.goodput[k] / 1000).toFixed(1)).join(' | ')} | ${(r.goodput.adaptive / 1000).toFixed(1)} | ${r.ratio.toFixed(2)} | ${r.adaptiveChunk} B x ${r.adaptiveWindow} | ${Math.round(r.adaptiveFirstLoadMs)} ms |`);
  return [head, sep, ...body, '', `goodput in kB/s (verified payload), median of rounds; line ${SWEEP_LINE_BYTES_PER_SEC / 1000} kB/s`].join('\n');
}

/** At rate 0: adaptive goodput over the line's bytes/s, and over what the line allows for the frames sent. */
export function cleanLinkFraction(rows: readonly SweepRow[]): { ofLine: number; ofFrames: number; wireFraction: number } | null {
  const clean = rows.find((r) => r.rate === 0);
  if (!clean) return null;
  const g = clean.goodput.adaptive;
  const wf = clean.detail.adaptive?.wireFraction ?? 0;
  return { ofLine: g / SWEEP_LINE_BYTES_PER_SEC, ofFrames: wf > 0 ? g / (SWEEP_LINE_BYTES_PER_SEC * wf) : 0, wireFraction: wf };
}
