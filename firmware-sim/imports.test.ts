/**
 * Dependency direction (style.md, shape 1): firmware-sim imports only protocol/ and itself, plus
 * Node built-ins, `serialport` in server/, and in tests vitest and hil-tests/support/tools.ts (the
 * CI check every suite shares; tests/deps.test.ts keeps it free of project imports).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('firmware-sim imports', () => {
  it('only protocol/, firmware-sim/, node built-ins, serialport (server) and vitest (tests)', () => {
    const bad: string[] = [];
    for (const file of files(here)) {
      const src = readFileSync(file, 'utf8');
      const specs = [...src.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2] ?? m[3]);
      for (const s of specs) {
        const rel = relative(root, file);
        if (s.startsWith('.')) {
          const target = relative(root, resolve(dirname(file), s));
          const shared = target === 'hil-tests/support/tools.js' && file.endsWith('.test.ts');
          if (!target.startsWith('protocol/') && !target.startsWith('firmware-sim/') && !shared) bad.push(`${rel}: ${s}`);
        } else if (s.startsWith('node:')) continue;
        else if (s === 'serialport' && rel.startsWith('firmware-sim/server/')) continue;
        else if (s === 'vitest' && (file.endsWith('.test.ts') || file.endsWith('/testkit.ts'))) continue;
        else bad.push(`${rel}: ${s}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
