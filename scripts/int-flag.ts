/**
 * `--name N` for the long-run scripts: an integer at least `min`, or `fallback` when absent. A bad
 * value prints one line naming the script and the flag, and exits 2 (a usage error).
 */
export function intFlag(script: string, name: string, fallback: number, min = 0): number {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < min) {
    process.stderr.write(`${script}: ${name} needs an integer of at least ${min}\n`);
    process.exit(2);
  }
  return v;
}
