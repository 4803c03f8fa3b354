import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

describe('model purity', () => {
  const files = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  it.each(files)('%s imports only sibling model modules and does no I/O', (f) => {
    const src = readFileSync(join(here, f), 'utf8');
    const specs = [...src.matchAll(/\b(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const s of specs) expect(s, `${f} imports ${s}`).toMatch(/^\.\/[\w.-]+\.js$/);
    const code = src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\bMath\.random\b|\brequire\(|\bprocess\.|\bDate\.now\b|\bperformance\.now\b/);
  });
});
