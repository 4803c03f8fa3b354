import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

it('host/ imports only protocol/ and itself (plus node and npm packages)', () => {
  const bad: string[] = [];
  for (const f of files(here)) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const spec = m[1];
      if (!spec.startsWith('.')) continue;
      const target = resolve(join(f, '..'), spec);
      if (!(target.startsWith(join(root, 'host')) || target.startsWith(join(root, 'protocol')))) bad.push(`${f.slice(root.length + 1)} -> ${spec}`);
    }
  }
  expect(bad).toEqual([]);
});
