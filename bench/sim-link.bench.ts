/**
 * Pacing of the virtual chip's link: a 1 MiB upload (mem_write, binary framing, `window` requests
 * in flight) through a DeviceLink at 3,000,000 baud must take the time the line rate implies
 * (8N1: 300,000 bytes/s). Also: the round trip of a ping with 2 ms adapter latency, and the
 * unpaced throughput for reference.
 */
import { Region, batchLimit, crc32, registerByName, type IRequest } from '../protocol/index.js';
import { attachHost, createSim } from '../firmware-sim/index.js';
import { line, type Emit } from './common.js';

const MIB = 1 << 20;

async function upload(baud: number): Promise<{ seconds: number; wireBytes: number; payload: number }> {
  const sim = createSim({ baud, latencyMs: 0 });
  const host = attachHost(sim.link);
  await host.hello();
  const chunk = 8192 - 64;
  let wireBytes = 0;
  const requests: IRequest[] = [];
  for (let sent = 0; sent < MIB; sent += chunk) {
    const n = Math.min(chunk, MIB - sent);
    const data = new Uint8Array(n).map((_, i) => (sent + i) * 13);
    const region = (sent / chunk) % 8 < 4 ? Region.REGION_K_SRAM : Region.REGION_V_SRAM;
    requests.push({ memWrite: { region, offset: ((sent / chunk) % 4) * chunk, data, dataCrc: crc32(data) } });
  }
  const frames = requests.map((r) => host.frame(r, 'binary'));
  const window = sim.chip.window;
  const t0 = performance.now();
  let next = 0;
  const inflight: Promise<unknown>[] = [];
  const sendOne = () => {
    const f = frames[next++];
    wireBytes += f.bytes.length;
    const p = host.waitFor(f.seq).then((r) => {
      if (r.response.status !== 0) throw new Error(`mem_write failed: ${r.response.status} ${r.response.detail}`);
    });
    sim.link.fromHost(f.bytes);
    return p;
  };
  while (next < frames.length && inflight.length < window) inflight.push(sendOne());
  while (inflight.length > 0) {
    await inflight.shift();
    if (next < frames.length) inflight.push(sendOne());
  }
  const seconds = (performance.now() - t0) / 1000;
  sim.link.close();
  return { seconds, wireBytes, payload: MIB };
}

async function pingRtt(baud: number, latencyMs: number): Promise<number> {
  const sim = createSim({ baud, latencyMs });
  const host = attachHost(sim.link);
  await host.hello();
  const n = 50;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await host.request({ ping: { data: new Uint8Array(16) } });
  sim.link.close();
  return (performance.now() - t0) / n;
}

/**
 * The slowest requests a host may legally send (SPEC section 4 promises an answer within 250 ms
 * plus transfer time): a reg_write of 16 (SIM.DIE_SEED, CONTROL.START) pairs, the most the firmware
 * accepts (32 engine writes), and a run_queries of as many queries as fit one frame, both over 512
 * tokens in relative mode. The worst time of 5 tries each, in-process (no transfer time).
 */
async function worstRequests(): Promise<{ regWriteMs: number; runQueriesMs: number; batch: number }> {
  const sim = createSim();
  const host = attachHost(sim.link);
  await host.hello();
  const rnd = (n: number, seed: number) => new Uint8Array(n).map((_, i) => (i * 37 + seed * 101) & 0xff);
  for (let o = 0; o < 32768; o += 4096) {
    for (const region of [Region.REGION_K_SRAM, Region.REGION_V_SRAM]) {
      const data = rnd(4096, o + region);
      await host.request({ memWrite: { region, offset: o, data, dataCrc: crc32(data) } });
    }
  }
  const addr = (n: string) => registerByName(n)!.address;
  await host.request({ regWrite: { writes: [{ address: addr('CONTEXT_LEN'), value: 512 }] } });
  const timeIt = async (req: IRequest) => {
    let worst = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const r = await host.request(structuredClone(req));
      if (r.response.status !== 0) throw new Error(`worst-case request failed: ${r.response.status} ${r.response.detail}`);
      worst = Math.max(worst, performance.now() - t0);
    }
    return worst;
  };
  const pairs = Array.from({ length: 16 }, (_, i) => [{ address: addr('DIE_SEED'), value: 1000 + i }, { address: addr('CONTROL'), value: 1 }]).flat();
  const regWriteMs = await timeIt({ regWrite: { writes: pairs } });
  const batch = batchLimit(512, false, 8192);
  const runQueriesMs = await timeIt({ runQueries: { queries: rnd(batch * 64, 3) } });
  sim.link.close();
  return { regWriteMs, runQueriesMs, batch };
}

export async function run(emit: Emit): Promise<void> {
  const worst = await worstRequests();
  emit(line('sim-worst-reg-write', +worst.regWriteMs.toFixed(1), 'ms', 250, { what: '16 x (SIM.DIE_SEED, CONTROL.START), 512 tokens, relative', baseline_is: 'SPEC section 4 bound (250 ms)' }));
  emit(line('sim-worst-run-queries', +worst.runQueriesMs.toFixed(1), 'ms', 250, { what: `run_queries of ${worst.batch} queries, 512 tokens, relative`, baseline_is: 'SPEC section 4 bound (250 ms)' }));
  const baud = 3_000_000;
  const lineRate = baud / 10;
  const paced = await upload(baud);
  const rate = paced.wireBytes / paced.seconds;
  emit(
    line('sim-pacing', Math.round(rate), 'bytes/s', lineRate, {
      baud,
      wireBytes: paced.wireBytes,
      payloadBytes: paced.payload,
      seconds: +paced.seconds.toFixed(3),
      expectedSeconds: +(paced.wireBytes / lineRate).toFixed(3),
      payloadBytesPerSecond: Math.round(paced.payload / paced.seconds),
    }),
  );
  const rtt = await pingRtt(baud, 2);
  // request ~30 bytes + response ~30 bytes at 300,000 B/s plus 2 x 2 ms latency
  emit(line('sim-ping-rtt', +rtt.toFixed(3), 'ms', 4.2, { baud, latencyMs: 2 }));
  const fast = await upload(0);
  emit(line('sim-unpaced', Math.round(fast.wireBytes / fast.seconds), 'bytes/s', null, { seconds: +fast.seconds.toFixed(3) }));
}
