/**
 * Host link benchmarks.
 *  - link-efficiency: verified bulk load over hac-sim --baud 3000000 --latency-ms 2 --serial <pty>
 *    behind a socat pty pair; payload bytes/s over the line rate (300000 B/s). Target >= 0.97.
 *  - link-loads-fenced-vs-held: the same with later calls going out behind each load's digests
 *    (verification fence, SPEC 4b) vs held until they are answered (pipelineLoads: false).
 *  - regs-inprocess: pipelined register reads per second against an in-process sim (target
 *    >= 50,000/s), with and without merging concurrent reads into bulk requests.
 *  - regs-pipelined-vs-stopwait: pipelined vs stop-and-wait register reads on a paced link
 *    (3 Mbaud, 2 ms adapter latency), target >= 10x.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSim } from '../firmware-sim/index.js';
import { HacDevice } from '../host/device/device.js';
import { measureLoadThroughput } from '../host/device/throughput.js';
import { connect } from '../host/index.js';
import { ByteQueue } from '../host/transport/byte-queue.js';
import type { Transport } from '../host/transport/types.js';
import { line, type Emit } from './common.js';

const SIM = fileURLToPath(new URL('../bin/hac-sim.mjs', import.meta.url));
const BAUD = 3_000_000;

/** The sim's device object in this process, behind a Transport (bench only). */
function inProcessTransport(opts: { baud?: number; latencyMs?: number } = {}): Transport {
  const sim = createSim({ baud: opts.baud ?? 0, latencyMs: opts.latencyMs ?? 0 });
  const q = new ByteQueue();
  sim.link.connect((b) => q.push(b.slice()));
  return {
    description: 'in-process sim',
    lineBytesPerSec: opts.baud ? opts.baud / 10 : null,
    async write(d) {
      sim.link.fromHost(d);
    },
    read: () => q,
    async close() {
      q.end();
      sim.link.close();
    },
  };
}

async function regReadsPerSec(dev: HacDevice, mode: 'pipelined' | 'stopwait', ms: number, concurrency = 256): Promise<number> {
  let n = 0;
  const t0 = performance.now();
  const deadline = t0 + ms;
  if (mode === 'stopwait') {
    while (performance.now() < deadline) {
      await dev.regs.read('SCRATCH');
      n++;
    }
  } else {
    const worker = async () => {
      while (performance.now() < deadline) {
        await dev.regs.read('SCRATCH');
        n++;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }
  return (n * 1000) / (performance.now() - t0);
}

function waitForFile(path: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const tick = () => {
      if (existsSync(path)) return resolve();
      if (Date.now() - t0 > ms) return reject(new Error(`${path} did not appear`));
      setTimeout(tick, 20);
    };
    tick();
  });
}

async function linkEfficiency(emit: Emit): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hac-bench-'));
  const a = join(dir, 'dev');
  const b = join(dir, 'host');
  const procs: ChildProcess[] = [];
  let piped: number | null = null;
  try {
    const socat = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${a}`, `pty,raw,echo=0,link=${b}`], { stdio: 'ignore' });
    procs.push(socat);
    await waitForFile(a, 5000);
    await waitForFile(b, 5000);
    const sim = spawn(process.execPath, [SIM, '--serial', a, '--baud', String(BAUD), '--latency-ms', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
    procs.push(sim);
    await new Promise((r) => setTimeout(r, 1500));
    const dev = await connect(`serial:${b}@${BAUD}`, { timeoutMultiplier: 2 });
    try {
      await measureLoadThroughput(dev, 65536, { lineBytesPerSec: BAUD / 10 }); // warm-up
      const bytes = 16 * 65536;
      const r = await measureLoadThroughput(dev, bytes, { lineBytesPerSec: BAUD / 10 });
      piped = r.efficiency;
      const s = dev.stats();
      emit(line('link-efficiency', r.efficiency ?? 0, 'payload/line', 0.97, { payloadBytesPerSec: r.payloadBytesPerSec, lineBytesPerSec: r.lineBytesPerSec, bytes, passes: r.passes, framing: dev.info.framing, retries: s.retries, crcErrors: s.crcErrors, rttP50Ms: s.rttMs.p50 }));
      const one = await measureLoadThroughput(dev, 65536, { lineBytesPerSec: BAUD / 10 });
      emit(line('link-efficiency-single-context', one.efficiency ?? 0, 'payload/line', 0.97, { payloadBytesPerSec: one.payloadBytesPerSec, bytes: 65536, note: 'one 512-token context load incl. digest round trip' }));
    } finally {
      await dev.close();
    }
    // The same 16 loads on the same line with later calls held until each load's digests are
    // answered (pipelineLoads: false, as before the verification fence): the baseline.
    const held = await connect(`serial:${b}@${BAUD}`, { timeoutMultiplier: 2, pipelineLoads: false });
    try {
      await measureLoadThroughput(held, 65536, { lineBytesPerSec: BAUD / 10 });
      const bytes = 16 * 65536;
      const base = await measureLoadThroughput(held, bytes, { lineBytesPerSec: BAUD / 10 });
      emit(line('link-loads-fenced-vs-held', piped ?? 0, 'payload/line', base.efficiency ?? 0, { what: '16 verified 64 KiB loads, two issued at once; value: calls go out behind the digests (SPEC 4b); baseline: they wait for the digests' }));
    } finally {
      await held.close();
    }
  } finally {
    for (const p of procs.reverse()) p.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(emit: Emit): Promise<void> {
  // In-process register reads.
  {
    const devC = await HacDevice.open(async () => inProcessTransport(), { coalesceReads: true, registerCache: false });
    await regReadsPerSec(devC, 'pipelined', 200);
    const coalesced = await regReadsPerSec(devC, 'pipelined', 1000);
    await devC.close();
    const devP = await HacDevice.open(async () => inProcessTransport(), { coalesceReads: false, registerCache: false });
    await regReadsPerSec(devP, 'pipelined', 200, 8);
    const plain = await regReadsPerSec(devP, 'pipelined', 1000, 8);
    const stop = await regReadsPerSec(devP, 'stopwait', 500);
    await devP.close();
    // value: pipelined round trips (one reg_read request per read); baseline: stop-and-wait in the
    // same process. In-process the CPU, not the link, bounds both, so the ratio is near 1.
    emit(line('regs-inprocess', plain, 'round-trips/s', stop, { target: 50_000, baselineIs: 'stop-and-wait, same process', mergedReadsPerSec: coalesced }));
  }
  // Paced link: pipelined vs stop-and-wait.
  {
    const mk = (coalesce: boolean) => HacDevice.open(async () => inProcessTransport({ baud: BAUD, latencyMs: 2 }), { coalesceReads: coalesce, registerCache: false });
    const devS = await mk(false);
    const stop = await regReadsPerSec(devS, 'stopwait', 1000);
    const windowOnly = await regReadsPerSec(devS, 'pipelined', 1000, 8);
    await devS.close();
    const devC = await mk(true);
    const piped = await regReadsPerSec(devC, 'pipelined', 1000);
    await devC.close();
    // value: concurrent reads (merged into bulk requests, window 8); baseline: stop-and-wait on the
    // same paced link. Target ratio >= 10. Window-only pipelining is bounded by the window (8x).
    emit(line('regs-pipelined-vs-stopwait', piped, 'reads/s', stop, { targetRatio: 10, windowOnlyPerSec: windowOnly, windowOnlyRatio: windowOnly / stop, link: '3 Mbaud, 2 ms latency each way' }));
  }
  await linkEfficiency(emit);
}
