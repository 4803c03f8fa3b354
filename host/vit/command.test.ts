/**
 * `hac vit` end to end on the virtual chip (hac-sim over stdio): the JSON fields the issue names,
 * and the HTML report with its SVG plots.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { HacError } from '../errors.js';
import { DEFAULT_POLICY, NO_CODES_POLICY, parseVitArgs, policyPathFor, vitCommand } from './command.js';
import { loadPolicy } from './policy.js';
import { DATA_DIR } from './weights.js';

const SERVER = fileURLToPath(new URL('../../firmware-sim/server/main.ts', import.meta.url));
const d = existsSync(SERVER) ? describe : describe.skip;

d('hac vit on the virtual chip', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hac-vit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('classifies the coffee crop: --json fields, top-1 of the reference, keep under a half; --report writes the page and its plots', async () => {
    let out = '';
    let err = '';
    const code = await vitCommand(['vit', join(DATA_DIR, 'inputs', 'coffee_224.rgb'), '--json', '--report', dir], { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
    expect(code).toBe(0);
    expect(err).toBe(''); // no progress lines when stderr is not a terminal
    const r = JSON.parse(out);
    for (const k of ['chipTop1', 'referenceTop1', 'top5', 'keepRatio', 'keepPerLayer', 'klToReference', 'energyJoules', 'cycles', 'seconds']) expect(r).toHaveProperty(k);
    expect(r.referenceTop1).toEqual({ index: 967, label: 'espresso' });
    expect(r.chipTop1).toEqual(r.referenceTop1);
    expect(r.top5.chip).toHaveLength(5);
    expect(r.keepPerLayer).toHaveLength(12);
    expect(r.keepRatio).toBeGreaterThan(0);
    expect(r.keepRatio).toBeLessThan(0.5);
    expect(r.cycles).toBeGreaterThan(0);
    expect(r.energyJoules).toBeGreaterThan(0);
    expect(r.policy).toBe(DEFAULT_POLICY);
    // the shipped policy mixes the pruned mass back in; the mean share is what the text prints
    expect(r.compensation).toBe('code-mass');
    expect(r.compensatedMassMean).toBeGreaterThan(0.01);
    expect(r.compensatedMassMean).toBeLessThan(0.5);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(2 + 12); // two plots, twelve layer overlays
    expect(readFileSync(join(dir, 'scores.svg'), 'utf8')).toContain('aria-roledescription="point"');
    expect(readFileSync(join(dir, 'keep-per-head.svg'), 'utf8')).toContain('aria-roledescription="bar"');
  }, 180_000);

  it('calibrate --key-balance takes alpha in 0..1; anything else is invalid-argument naming the flag', () => {
    expect(parseVitArgs(['vit', 'calibrate', '--key-balance', '0.75']).keyBalance).toBe(0.75);
    for (const bad of ['1.5', '-0.1', 'x']) {
      let e: unknown;
      try {
        parseVitArgs(['vit', 'calibrate', '--key-balance', bad]);
      } catch (err) {
        e = err;
      }
      expect(e instanceof HacError && e.kind === 'invalid-argument' && /--key-balance/.test(e.message), String(e)).toBe(true);
    }
  });

  it('on a device without analog codes the default policy becomes the no-codes one, said aloud; a policy asked for by name stays', () => {
    const other = join(DATA_DIR, 'elsewhere.json');
    expect(policyPathFor(DEFAULT_POLICY, true)).toEqual({ path: DEFAULT_POLICY, note: null });
    const board = policyPathFor(DEFAULT_POLICY, false);
    expect(board.path).toBe(NO_CODES_POLICY);
    expect(board.note).toMatch(/ANALOG_CODES/);
    expect(policyPathFor(other, false)).toEqual({ path: other, note: null });
    // the fallback needs no codes: no compensation
    expect(loadPolicy(NO_CODES_POLICY).compensation ?? 'none').toBe('none');
    expect(loadPolicy(DEFAULT_POLICY).compensation).toBe('code-mass');
  });

  it('a missing image is invalid-argument before any chip work', async () => {
    await expect(vitCommand(['vit', join(DATA_DIR, 'nope.png')], { out: () => {}, err: () => {} })).rejects.toSatisfy((e: unknown) => e instanceof HacError && e.kind === 'invalid-argument');
  }, 60_000);
});
