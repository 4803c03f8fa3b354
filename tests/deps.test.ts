/**
 * Repository rules that no single folder can check for itself (see shared style.md, "Dependency
 * direction" and "Habits"):
 *   protocol/      imports only within protocol/
 *   host/          imports only within host/ and protocol/ (never firmware-sim, by any path)
 *   firmware-sim/  imports only within firmware-sim/ and protocol/
 *   hil-tests/     anything
 * except that test files of any layer may import hil-tests/support/tools.ts (the CI check and
 * tool probe every suite shares), and no committed `.only` in test files. Imports are found with
 * TypeScript's own pre-processor (static imports, `export ... from`, `import type`, dynamic
 * `import()` and `require`), so text in comments and strings does not count. The checker is
 * tested on synthetic files first.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

interface SourceFile {
  /** Path relative to the repo root, with '/' separators. */
  path: string;
  text: string;
}

/** Layers with rules; a file outside these (bench/, tests/, bin/, config) is not constrained. */
const ALLOWED: Record<string, readonly string[]> = {
  protocol: ['protocol'],
  host: ['host', 'protocol'],
  'firmware-sim': ['firmware-sim', 'protocol'],
};

/**
 * The one module outside their layer that test files (*.test.ts) may import: one CI check for
 * every suite. It imports nothing of the project (checked below), so it brings no layer in.
 */
const TEST_SHARED = 'hil-tests/support/tools.js';
const isTestFile = (path: string) => /\.(test|spec)\.[cm]?[tj]sx?$/.test(path);

function specifiers(text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map((f) => f.fileName);
}

function topFolder(path: string): string {
  return path.split('/')[0];
}

/** Returns one message per rule broken; empty when the files follow the dependency direction. */
export function dependencyViolations(files: readonly SourceFile[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    const layer = topFolder(f.path);
    const allowed = ALLOWED[layer];
    for (const spec of specifiers(f.text)) {
      if (layer === 'host' && /(^|[/@])firmware-sim([/.]|$)/.test(spec)) {
        out.push(`${f.path}: host/ must not import firmware-sim ('${spec}')`);
        continue;
      }
      if (!allowed) continue;
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue; // packages and node: builtins
      const target = spec.startsWith('/') ? posix.relative(root.split(sep).join('/'), spec) : posix.normalize(posix.join(posix.dirname(f.path), spec));
      if (target.startsWith('..')) {
        out.push(`${f.path}: imports '${spec}', outside the repository`);
        continue;
      }
      const into = topFolder(target);
      if (target === TEST_SHARED && isTestFile(f.path)) continue;
      if (!allowed.includes(into)) out.push(`${f.path}: ${layer}/ may import only ${allowed.map((a) => a + '/').join(' and ')}, not '${spec}' (-> ${target})`);
    }
  }
  return out;
}

const TEST_APIS = new Set(['it', 'test', 'describe', 'suite', 'bench']);

/** Test files with a focused test (`it.only`, `describe.concurrent.only`, ...), found in the syntax tree so comments and strings do not count. */
export function onlyViolations(files: readonly SourceFile[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    if (!isTestFile(f.path)) continue;
    const sf = ts.createSourceFile(f.path, f.text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) && node.name.text === 'only') {
        let base: ts.Expression = node.expression;
        while (ts.isPropertyAccessExpression(base)) base = base.expression;
        if (ts.isIdentifier(base) && TEST_APIS.has(base.text)) {
          const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
          out.push(`${f.path}:${line + 1}: focused test: ${node.getText(sf)}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

function repoFiles(): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(c|m)?tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) {
        out.push({ path: relative(root, p).split(sep).join('/'), text: readFileSync(p, 'utf8') });
      }
    }
  };
  walk(root);
  return out;
}

describe('dependency checker (on synthetic files)', () => {
  const only = '.' + 'only';
  const files: SourceFile[] = [
    { path: 'protocol/a.ts', text: "import { x } from './b.js';\nimport { h } from '../host/h.js';\n" },
    { path: 'protocol/sub/c.ts', text: "export * from '../../firmware-sim/s.js';\nconst m = await import('../../host/lazy.js');\nimport type { T } from '../framing/t.js';\n" },
    { path: 'protocol/ok.ts', text: "import { readFileSync } from 'node:fs';\nimport pb from 'protobufjs/minimal.js';\n// import { h } from '../host/h.js' is only a comment\nconst s = \"import '../host/x.js'\";\n" },
    { path: 'host/h.ts', text: "import { p } from '../protocol/index.js';\nimport { s } from '../firmware-sim/server/main.js';\n" },
    { path: 'host/link/l.ts', text: "import { sim } from 'hac/firmware-sim';\nimport { t } from '../transport/t.js';\nimport { b } from '../../bench/common.js';\n" },
    { path: 'firmware-sim/s.ts', text: "import { p } from '../protocol/index.js';\nimport { h } from '../host/h.js';\n" },
    { path: 'hil-tests/suite.ts', text: "import { h } from '../host/h.js';\nimport { s } from '../firmware-sim/s.js';\n" },
    { path: 'bench/index.ts', text: "import { h } from '../host/h.js';\n" },
    { path: 'host/cli/c.test.ts', text: "import { requireTools } from '../../hil-tests/support/tools.js';\nimport { p } from '../../hil-tests/support/in-process.js';\n" },
    { path: 'host/cli/c.ts', text: "import { inCI } from '../../hil-tests/support/tools.js';\n" },
    { path: 'protocol/x.test.ts', text: `it${only}('focused', () => {});\ndescribe.skip('fine', () => {});\n` },
    { path: 'host/y.test.ts', text: `// it${only}( in a comment is fine\nconst t = 'test${only}(';\ndescribe.concurrent${only}('focused too', () => {});\nconst onlyOne = 1;\n` },
  ];

  it('flags every import against the direction and nothing else', () => {
    const v = dependencyViolations(files);
    expect(v).toEqual([
      expect.stringMatching(/^protocol\/a\.ts: .*'\.\.\/host\/h\.js'/),
      expect.stringMatching(/^protocol\/sub\/c\.ts: .*'\.\.\/\.\.\/firmware-sim\/s\.js'/),
      expect.stringMatching(/^protocol\/sub\/c\.ts: .*'\.\.\/\.\.\/host\/lazy\.js'/),
      expect.stringMatching(/^host\/h\.ts: host\/ must not import firmware-sim/),
      expect.stringMatching(/^host\/link\/l\.ts: host\/ must not import firmware-sim \('hac\/firmware-sim'\)/),
      expect.stringMatching(/^host\/link\/l\.ts: .*'\.\.\/\.\.\/bench\/common\.js'/),
      expect.stringMatching(/^firmware-sim\/s\.ts: .*'\.\.\/host\/h\.js'/),
      expect.stringMatching(/^host\/cli\/c\.test\.ts: .*'\.\.\/\.\.\/hil-tests\/support\/in-process\.js'/),
      expect.stringMatching(/^host\/cli\/c\.ts: .*'\.\.\/\.\.\/hil-tests\/support\/tools\.js'/),
    ]);
  });

  it('flags focused tests', () => {
    expect(onlyViolations(files)).toEqual([expect.stringMatching(/^protocol\/x\.test\.ts:1:/), expect.stringMatching(/^host\/y\.test\.ts:3:/)]);
  });
});

describe('repository', () => {
  const files = repoFiles();

  it('scans the real source tree', () => {
    expect(files.filter((f) => f.path.startsWith('protocol/')).length).toBeGreaterThan(5);
    expect(files.some((f) => f.path === 'tests/deps.test.ts')).toBe(true);
  });

  it('follows the dependency direction', () => {
    expect(dependencyViolations(files)).toEqual([]);
  });

  it('lets tests share hil-tests/support/tools.ts only while it imports nothing of the project', () => {
    const shared = files.find((f) => f.path === TEST_SHARED.replace(/\.js$/, '.ts'));
    expect(shared).toBeDefined();
    expect(specifiers(shared!.text).filter((s) => !s.startsWith('node:'))).toEqual([]);
  });

  it('has no focused tests committed', () => {
    expect(onlyViolations(files)).toEqual([]);
  });
});
