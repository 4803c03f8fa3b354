/**
 * The ordering property of issue 8 at any size: `npx tsx scripts/ordering-property.ts --count 20000`
 * runs the property test of hil-tests/suite/ordering.test.ts with that many random programs.
 */
import { spawnSync } from 'node:child_process';
import { intFlag } from './int-flag.js';

const count = intFlag('ordering-property', '--count', 10_000, 1);
const r = spawnSync('npx', ['vitest', 'run', 'hil-tests/suite/ordering.test.ts', '-t', 'random programs'], { stdio: 'inherit', env: { ...process.env, HAC_ORDER_PROGRAMS: String(count) } });
process.exit(r.status ?? 1);
