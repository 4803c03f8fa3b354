/**
 * Committed generated files must be exactly what the generators produce now: regenerate in
 * memory and fail on any difference (as protobuf-es does in CI). Fix with `npm run gen` or
 * `npx tsx protocol/tools/vectors.ts`, then commit the result.
 */
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const tsx = join(root, 'node_modules', '.bin', 'tsx');

async function check(script: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, [script, '--check'], { cwd: root, timeout: 60_000 });
    return { code: 0, output: stdout + stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string; message: string };
    return { code: typeof e.code === 'number' ? e.code : -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}${e.message}` };
  }
}

describe('generated files are up to date', () => {
  it('protocol/generated/* and REGISTERS.md match `npm run gen`', async () => {
    const r = await check('protocol/tools/generate.ts');
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain('up to date');
  });

  it('protocol/vectors/*.json match protocol/tools/vectors.ts', async () => {
    const r = await check('protocol/tools/vectors.ts');
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain('up to date');
  });
});
