/**
 * Long fuzz run of the C firmware (ASan + UBSan build): `npx tsx scripts/fuzz-fw.ts --count 1000000 [--seed N]`.
 * With `--differential`: the same inputs to hac-sim's firmware and to the C firmware (native
 * build), answers compared input by input (firmware/testing/differential.ts).
 * Builds firmware/build/asan/hac-fw, prints progress on stderr and one JSON report on stdout;
 * exit code 1 if any check failed. The same generator runs 100,000 inputs in firmware/fuzz.test.ts.
 */
import { make } from '../firmware/testing/fw.js';
import { runCFuzz } from '../firmware/testing/fuzz.js';
import { runDifferential } from '../firmware/testing/differential.js';
import { intFlag } from './int-flag.js';

const count = intFlag('fuzz-fw', '--count', 1_000_000);
const seed = intFlag('fuzz-fw', '--seed', 0x5eed);
if (process.argv.includes('--differential')) {
  make('build/native/hac-fw');
  const r = await runDifferential({ count, seed });
  const bad = r.differences.filter((d) => !d.allowed);
  const allowed: Record<string, number> = {};
  for (const d of r.differences) if (d.allowed) allowed[d.allowed] = (allowed[d.allowed] ?? 0) + 1;
  process.stdout.write(JSON.stringify({ inputs: r.inputs, frames: r.frames, identicalInputs: r.identicalInputs, allowed, notAllowed: bad.slice(0, 20) }) + '\n');
  process.stderr.write(`fuzz-fw: differential ${bad.length === 0 ? 'PASS' : 'FAIL'}: ${r.identicalInputs} of ${r.inputs} inputs identical, ${bad.length} differences not allowed\n`);
  process.exit(bad.length === 0 ? 0 : 1);
}
make('build/asan/hac-fw');
const t0 = performance.now();
const r = await runCFuzz({ count, seed, onProgress: (n) => process.stderr.write(`fuzz-fw: ${n} inputs, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`) });
process.stdout.write(JSON.stringify({ ...r, seconds: +(r.ms / 1000).toFixed(2) }) + '\n');
const ok = r.handshakeOk && r.problems.length === 0 && !r.sanitizerReport && !r.exitedEarly;
process.stderr.write(`fuzz-fw: ${ok ? 'PASS' : 'FAIL'}: ${r.inputs} inputs in ${(r.ms / 1000).toFixed(1)} s${r.sanitizerReport ? '\n' + r.sanitizerReport : ''}\n`);
process.exit(ok ? 0 : 1);
