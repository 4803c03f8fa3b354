/**
 * `npm run bench`: runs every bench module and prints one JSON object per line
 * ({name, value, unit, baseline, ratio, ...}). Pass module names to run a subset:
 * `npm run bench -- model link`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchLine } from './common.js';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.bench\.ts$/, '')));

for (const file of modules) {
  const mod = (await import(join(here, file))) as { run: (emit: (l: BenchLine) => void) => Promise<void> };
  try {
    await mod.run((l) => process.stdout.write(JSON.stringify(l) + '\n'));
  } catch (err) {
    process.stdout.write(JSON.stringify({ name: file, error: String(err) }) + '\n');
    process.exitCode = 1;
  }
}
