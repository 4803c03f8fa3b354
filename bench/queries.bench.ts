/**
 * Queries through the driver (issue 9):
 * - `driver-vs-model`: queries/s through `connect('sim:inproc')` with batched queries
 *   (queryBatch -> run_queries) over a 512-token context, against queries/s of ChipModel alone on
 *   the same data and settings, measured in the same run. Target >= 0.5.
 * - `queries-paced-link`: queries/s through hac-sim behind a socat pseudo-terminal paced at
 *   3,000,000 baud, against what the line allows for the bytes each query needs in both
 *   directions (the busier direction bounds a full-duplex line). Target >= 0.9.
 */
import { connect, type HacDevice } from '../index.js';
import { ChipModel } from '../firmware-sim/model/index.js';
import { openPtyPair } from '../hil-tests/support/pty.js';
import { startSim } from '../hil-tests/support/sim-process.js';
import { line, type Emit } from './common.js';

const D = 64;
const TOKENS = 512;

function data(n: number, seed: number): Int8Array {
  let x = seed >>> 0;
  return Int8Array.from({ length: n }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 24) - 128;
  });
}

const keys = data(TOKENS * D, 1);
const values = data(TOKENS * D, 2);

function modelQps(queries: Int8Array): number {
  const m = new ChipModel({ dieSeed: 1, preset: 'typical' });
  m.kSram.set(keys);
  m.vSram.set(values);
  m.keysChanged(0, TOKENS);
  const n = queries.length / D;
  const run = (i: number) =>
    m.runQuery({ q: queries.subarray((i % n) * D, (i % n + 1) * D), contextLength: TOKENS, head: 0, queryIndex: i + 1, selection: { mode: 'relative', threshold: 16, margin: 10, topK: 64, minKeep: 1 }, outputShift: 0, outputInt16: false, scoreScale: 3025551 });
  for (let i = 0; i < 200; i++) run(i); // warm-up
  const t0 = performance.now();
  let i = 0;
  while (performance.now() - t0 < 1500) run(i++);
  return (i * 1000) / (performance.now() - t0);
}

async function driverQps(dev: HacDevice, queries: Int8Array, rounds: number): Promise<{ qps: number; bytesOut: number; bytesIn: number; n: number }> {
  await dev.loadContext({ keys, values });
  await dev.queryBatch(queries.subarray(0, 64 * D)); // warm-up
  const before = dev.stats();
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    const res = await dev.queryBatch(queries);
    if (res.length !== queries.length / D) throw new Error('short batch');
  }
  const s = (performance.now() - t0) / 1000;
  const after = dev.stats();
  const n = rounds * (queries.length / D);
  return { qps: n / s, bytesOut: after.bytesOut - before.bytesOut, bytesIn: after.bytesIn - before.bytesIn, n };
}

export async function run(emit: Emit): Promise<void> {
  const queries = data(1024 * D, 3);
  const model = modelQps(queries);
  const dev = await connect('sim:inproc');
  const driver = await driverQps(dev, queries, 4);
  await dev.close();
  emit(line('driver-vs-model', Math.round(driver.qps), 'queries/s', Math.round(model), { target: 0.5, tokens: TOKENS, queries: driver.n, target_selector: 'sim:inproc', baseline_is: 'ChipModel.runQuery alone, same data and settings' }));

  const pty = await openPtyPair();
  const baud = 3_000_000;
  const sim = startSim(['--serial', pty.device, '--baud', String(baud)]);
  try {
    await sim.waitFor(/serving on/);
    const paced = await connect(`serial:${pty.host}@${baud}`);
    const r = await driverQps(paced, queries.subarray(0, 512 * D), 1);
    await paced.close();
    const lineRate = baud / 10; // 8N1
    const bytesPerQuery = Math.max(r.bytesOut, r.bytesIn) / r.n;
    const allowed = lineRate / bytesPerQuery;
    emit(line('queries-paced-link', Math.round(r.qps), 'queries/s', Math.round(allowed), { target: 0.9, baud, tokens: TOKENS, queries: r.n, bytesOutPerQuery: +(r.bytesOut / r.n).toFixed(1), bytesInPerQuery: +(r.bytesIn / r.n).toFixed(1), baseline_is: 'line rate / bytes per query in the busier direction' }));
  } finally {
    await sim.stop();
    await pty.close();
  }
}
