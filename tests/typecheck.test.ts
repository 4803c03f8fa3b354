/**
 * The type check of the whole repository (tsconfig.json), as a test: `npm test` runs it inside
 * vitest, in parallel with the other test files, instead of before them (it takes ~6 s of one
 * core; the suite's budget is 90 s on 2 cores). `npm run typecheck` is the same check alone.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

describe('type check (tsc --noEmit -p tsconfig.json)', () => {
  it('the repository type-checks with no error', () => {
    const configPath = join(root, 'tsconfig.json');
    const read = ts.readConfigFile(configPath, ts.sys.readFile);
    expect(read.error, 'tsconfig.json').toBeUndefined();
    const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root);
    expect(parsed.errors).toEqual([]);
    const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
    const diagnostics = ts.getPreEmitDiagnostics(program);
    const host: ts.FormatDiagnosticsHost = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
    // The compiler's own text (file:line:col - error TSxxxx: message), so a failure reads like tsc.
    expect(ts.formatDiagnostics(diagnostics, host)).toBe('');
    expect(parsed.fileNames.length).toBeGreaterThan(100);
  }, 120_000);
});
