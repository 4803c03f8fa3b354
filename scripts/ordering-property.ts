/**
 * The ordering property of issue 8 at any size: `npx tsx scripts/ordering-property.ts --count 20000`
 * runs the property test of hil-tests/suite/ordering.test.ts with that many random programs.
 */
import { spawnSync } from 'node:child_process';

const i = process.argv.indexOf('--count');
const count = i >= 0 ? Number(process.argv[i + 1]) : 10_000;
if (!Number.isInteger(count) || count < 1) {
  console.error('usage: npx tsx scripts/ordering-property.ts [--count N]');
  process.exit(2);
}
const r = spawnSync('npx', ['vitest', 'run', 'hil-tests/suite/ordering.test.ts', '-t', 'random programs'], { stdio: 'inherit', env: { ...process.env, HAC_ORDER_PROGRAMS: String(count) } });
process.exit(r.status ?? 1);
