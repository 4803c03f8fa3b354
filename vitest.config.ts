import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that take longest (measured: `npx vitest run` prints per-file times), started first so
 * neither worker is left with a long file at the end. Vitest does this itself from its duration
 * cache, which a fresh clone (CI) does not have: it then starts the largest files first.
 */
const LONG_FIRST = [
  'hil-tests/suite/ordering.test.ts',
  'hil-tests/suite/cli.test.ts',
  'host/cli/process.test.ts',
  'host/cli/commands.test.ts',
  'firmware-sim/server/server.test.ts',
  'tests/typecheck.test.ts',
  'host/vit/chip.test.ts',
  'host/vit/command.test.ts',
  'hil-tests/suite/serial-garbage.test.ts',
  'hil-tests/suite/traces.test.ts',
  'hil-tests/suite/registers.test.ts',
  'firmware/differential.test.ts',
];

class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = LONG_FIRST.indexOf(relative(process.cwd(), f.moduleId).split('\\').join('/'));
      return i < 0 ? LONG_FIRST.length : i;
    };
    // Stable: the rest keep vitest's own order (its cache when there is one).
    return sorted.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map((x) => x.f);
  }
}

export default defineConfig({
  test: {
    include: ['protocol/**/*.test.ts', 'host/**/*.test.ts', 'firmware-sim/**/*.test.ts', 'firmware/**/*.test.ts', 'hil-tests/**/*.test.ts', 'bench/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default leaves one core free (1 worker on a 2-core machine); the suite is mostly
    // waiting on links and child processes, so both cores are used.
    maxWorkers: 2,
    sequence: { sequencer: LongFirstSequencer },
  },
});
