/**
 * Long fuzz run of the virtual chip: `npx tsx scripts/fuzz-sim.ts --count 1000000 [--seed N]`.
 * Prints progress on stderr and one JSON report on stdout; exit code 1 if any check failed.
 * The same generator runs 100,000 inputs in firmware-sim/firmware/fuzz.test.ts.
 */
import { runFuzz } from '../firmware-sim/testing/fuzz.js';
import { intFlag } from './int-flag.js';

const count = intFlag('fuzz-sim', '--count', 1_000_000);
const seed = intFlag('fuzz-sim', '--seed', 0x5eed);
const t0 = performance.now();
const report = await runFuzz({
  count,
  seed,
  progressEvery: 100_000,
  onProgress: (n) => process.stderr.write(`fuzz-sim: ${n} inputs, ${((performance.now() - t0) / 1000).toFixed(1)} s, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)} MiB\n`),
});
process.stdout.write(
  JSON.stringify({
    ...report,
    heapBeforeMiB: +(report.heapBeforeBytes / 2 ** 20).toFixed(2),
    heapAfterMiB: +(report.heapAfterBytes / 2 ** 20).toFixed(2),
    seconds: +(report.ms / 1000).toFixed(2),
  }) + '\n',
);
const ok = report.handshakeOk && report.problems.length === 0;
process.stderr.write(`fuzz-sim: ${ok ? 'PASS' : 'FAIL'}: ${report.inputs} inputs in ${(report.ms / 1000).toFixed(1)} s; heap ${(report.heapBeforeBytes / 2 ** 20).toFixed(1)} -> ${(report.heapAfterBytes / 2 ** 20).toFixed(1)} MiB\n`);
process.exit(ok ? 0 : 1);
