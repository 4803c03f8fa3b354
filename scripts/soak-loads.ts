/**
 * Soak: context loads against `hac-sim --tcp 0 --faults ...` (bit flips, drops, duplicates,
 * delays, disconnects, a device reset). Every load either succeeds, and then the device must
 * hold exactly the bytes loaded (checked independently by CRC-checked read-back and CONTEXT_LEN),
 * or fails with a typed HacError. Prints a summary; exits 1 on any silent corruption or untyped
 * failure.
 *
 *   npx tsx scripts/soak-loads.ts --count 1000 [--faults SPEC] [--seed N] [--json] [--target tcp://HOST:PORT]
 *
 * A noisy cable (issue #14): the link adapts its chunk size, window and timeouts, and gives up
 * only after a time without progress:
 *
 *   npx tsx scripts/soak-loads.ts --count 200 --faults seed=1,flip=4e-5,drop=1e-5,dup=1e-5
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { connect, HacError, type HacDevice } from '../host/index.js';

const SIM = fileURLToPath(new URL('../bin/hac-sim.mjs', import.meta.url));

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : def;
}
const count = Number(arg('--count', '1000'));
const seed = Number(arg('--seed', '1'));
const faults = arg('--faults', `seed=${seed},flip=2e-6,drop=2e-6,dup=2e-6,delay=0.00002:20,disconnect=1500000,reset=2500000`);
const json = process.argv.includes('--json');

function rng(s: number) {
  let x = s >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

async function startSim(): Promise<{ port: number; stop: () => void }> {
  const child = spawn(process.execPath, [SIM, '--tcp', '0', '--faults', faults], { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let buf = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => {
      buf += s;
      const m = /listening tcp:\/\/127\.0\.0\.1:(\d+)/.exec(buf);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (c) => reject(new Error(`hac-sim exited (${c}): ${buf.trim()}`)));
    setTimeout(() => reject(new Error('hac-sim did not start')), 15000);
  });
  return { port, stop: () => child.kill('SIGTERM') };
}

async function verify(dev: HacDevice, keys: Int8Array, values: Int8Array, tokens: number): Promise<'ok' | 'corrupt' | 'unverified'> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const len = await dev.regs.read('CONTEXT_LEN');
      const back = await dev.readContext(tokens);
      const same = len === tokens && Buffer.compare(Buffer.from(back.keys.buffer, back.keys.byteOffset, back.keys.length), Buffer.from(keys.buffer)) === 0 && Buffer.compare(Buffer.from(back.values.buffer, back.values.byteOffset, back.values.length), Buffer.from(values.buffer)) === 0;
      return same ? 'ok' : 'corrupt';
    } catch (err) {
      if (err instanceof HacError && err.kind === 'device-reset') {
        // State is gone after the load reported success; that is not corruption by the host,
        // but the check cannot run.
        dev.acknowledgeReset();
        return 'unverified';
      }
    }
  }
  return 'unverified';
}

// --target tcp://HOST:PORT uses a running `hac-sim --tcp PORT --faults ...` instead of starting one.
const external = arg('--target', '');
const sim = external ? { port: 0, stop: () => {} } : await startSim();
const dev = await connect(external || `tcp://127.0.0.1:${sim.port}`, { reconnect: { attempts: 8, minDelayMs: 20, maxDelayMs: 500 }, lineBytesPerSec: 50e6, timeouts: { memWrite: 60, memDigest: 60, regWrite: 60, regRead: 60, memRead: 60, hello: 500 } });
const rand = rng(seed * 7919);
const summary = { loads: count, ok: 0, failedTyped: {} as Record<string, number>, failedUntyped: 0, silentCorruption: 0, unverified: 0, resumed: 0, repairedChunks: 0, bytes: 0 };
const t0 = performance.now();
let unreachable = 0;
let abandoned = '';
for (let i = 0; i < count; i++) {
  if (unreachable >= 6) {
    abandoned = `stopped after ${i} loads: the device did not answer 6 load attempts in a row (each failed 'disconnected' or 'timeout')`;
    summary.loads = i;
    break;
  }
  const tokens = 1 + Math.floor(rand() * 512);
  const keys = new Int8Array(tokens * 64);
  const values = new Int8Array(tokens * 64);
  for (let j = 0; j < keys.length; j++) {
    keys[j] = Math.floor(rand() * 256) - 128;
    values[j] = Math.floor(rand() * 256) - 128;
  }
  let resumeFrom;
  let done = false;
  // One load = up to 3 attempts, resuming from the checkpoint of a failed one.
  for (let attempt = 0; attempt < 3 && !done; attempt++) {
    try {
      const rep = await dev.loadContext({ keys, values }, resumeFrom ? { resumeFrom } : {});
      summary.repairedChunks += rep.repairedChunks;
      summary.bytes += rep.bytes;
      const v = await verify(dev, keys, values, tokens);
      if (v === 'ok') summary.ok++;
      else if (v === 'corrupt') summary.silentCorruption++;
      else summary.unverified++;
      done = true;
      unreachable = 0;
    } catch (err) {
      if (!(err instanceof HacError)) {
        summary.failedUntyped++;
        console.error('untyped failure:', err);
        done = true;
        break;
      }
      summary.failedTyped[err.kind] = (summary.failedTyped[err.kind] ?? 0) + 1;
      if (err.kind === 'disconnected' || err.kind === 'timeout') unreachable++;
      if (err.kind === 'device-reset') dev.acknowledgeReset();
      const cp = err.context.checkpoint as typeof resumeFrom;
      if (cp) {
        resumeFrom = cp;
        summary.resumed++;
      }
    }
  }
  if (!json && process.stderr.isTTY && i % 10 === 0) process.stderr.write(`\rsoak: ${i + 1}/${count} loads`);
}
if (!json && process.stderr.isTTY) process.stderr.write('\n');
const stats = dev.stats();
await dev.close();
sim.stop();
const out = { ...summary, abandoned: abandoned || null, faults, elapsedS: (performance.now() - t0) / 1000, link: { ...stats, rttMs: stats.rttMs } };
if (json) console.log(JSON.stringify(out));
else {
  console.log(`soak-loads: ${summary.loads} loads against hac-sim --faults ${faults}`);
  if (abandoned) console.log(`  ${abandoned}`);
  console.log(`  succeeded and verified : ${summary.ok}`);
  console.log(`  succeeded, unverifiable: ${summary.unverified} (device reset before the check)`);
  console.log(`  failed attempts (typed): ${JSON.stringify(summary.failedTyped)} (resumed from checkpoint ${summary.resumed}x)`);
  console.log(`  failed (untyped)       : ${summary.failedUntyped}`);
  console.log(`  SILENT CORRUPTION      : ${summary.silentCorruption}`);
  console.log(`  chunks repaired by digest check: ${summary.repairedChunks}`);
  console.log(`  link: ${stats.framesOut} frames out, ${stats.framesIn} in, crc errors ${stats.crcErrors}, resyncs ${stats.resyncs}, retries ${stats.retries}, timeouts ${stats.timeouts}, stale ${stats.staleReplies}, reconnects ${stats.reconnects}, device resets ${stats.deviceResets}`);
  const t = stats.tuning;
  console.log(`  adaptation: chunk ${t.chunkSize} B, window ${t.window}, measured BER ~${t.bitErrorRate.toExponential(1)} (${t.lost} frames lost / ${t.answered} answered), srtt ${t.srttMs.toFixed(1)} ms, ${t.changes} changes`);
  console.log(`  ${out.elapsedS.toFixed(1)} s, ${(summary.bytes / 1024 / out.elapsedS).toFixed(0)} KiB/s loaded`);
}
process.exitCode = summary.silentCorruption > 0 || summary.failedUntyped > 0 ? 1 : 0;
