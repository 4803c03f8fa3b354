/**
 * The bring-up scripts against the virtual chip (sim:inproc, registered by the package entry):
 * each one's exported function in this process,
 * and one copied into a folder outside the repository and run with tsx as a lab user would
 * (`node_modules/hac` linked to the repository, as `npm install /path/to/hac` does).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { calibrateAndSweep } from './calibrate-and-sweep.mjs';
import { firstPowerOn } from './first-power-on.mjs';
import { characterise } from './transfer-curve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'hac-bringup-'));
const quiet = () => {};
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bring-up scripts on the virtual chip', () => {
  it('first power-on: handshake, self-test passes, register dump written', async () => {
    const r = await firstPowerOn('sim:inproc', join(work, 'po'), quiet);
    expect(r.selftest.pass).toBe(true);
    const regs = JSON.parse(readFileSync(join(work, 'po', 'registers.json'), 'utf8'));
    expect(regs.find((x: { name: string }) => x.name === 'CHIP_ID').value).toBe(0x48414301);
    expect(readFileSync(join(work, 'po', 'registers.txt'), 'utf8')).toMatch(/^0x0000  CHIP_ID/m);
  });
  it('calibrate and sweep: trims saved, recall does not drop, sweep CSV/SVG/HTML written', async () => {
    const r = await calibrateAndSweep('sim:inproc', join(work, 'cal'), [0, 16, 31], quiet);
    expect(r.calibration.after.recallTop25).toBeGreaterThan(r.calibration.before.recallTop25);
    expect(JSON.parse(readFileSync(join(work, 'cal', 'trims.json'), 'utf8')).trims).toHaveLength(64);
    expect(readFileSync(join(work, 'cal', 'sweep-margin.csv'), 'utf8').trim().split('\n')).toHaveLength(4);
    expect(readFileSync(join(work, 'cal', 'report.html'), 'utf8')).toContain('<svg');
  });
  it('transfer curve: codes rise with the dot product on every column, plotted with axes and points', async () => {
    const { curve } = await characterise('sim:inproc', join(work, 'tc'), { repeats: 1, dots: [-64, -32, 0, 32, 64, 96] }, quiet);
    expect(curve.meanCode).toHaveLength(64);
    for (const col of curve.meanCode) for (let k = 1; k < col.length; k++) expect(col[k]).toBeGreaterThanOrEqual(col[k - 1]);
    expect(curve.meanOverColumns[5]).toBeGreaterThan(curve.meanOverColumns[0] + 5);
    const svg = readFileSync(join(work, 'tc', 'transfer-curve.svg'), 'utf8');
    expect(svg).toContain('dot product (4-bit units)');
    expect(svg).toContain('ADC code');
    const curves = 4 + 1 + (curve.ideal ? 1 : 0); // 4 columns, the mean, the ideal transfer when DOT_PER_CODE is stated
    expect((/<g class="mark-symbol role-mark[^"]*"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1].match(/<path/g) ?? []).length).toBe(6 * curves);
  });
  it('a copy outside the repository runs with tsx (top-level await in .mts, "hac" through package exports)', () => {
    const lab = join(work, 'lab');
    mkdirSync(join(lab, 'node_modules'), { recursive: true });
    symlinkSync(root, join(lab, 'node_modules', 'hac'), 'dir');
    copyFileSync(join(here, 'first-power-on.mts'), join(lab, 'first-power-on.mts'));
    const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['first-power-on.mts', '--target', 'sim:inproc', '--out', 'out'], { cwd: lab, encoding: 'utf8', env: { ...process.env, HAC_TARGET: '' }, timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/self-test PASSED/);
    expect(existsSync(join(lab, 'out', 'registers.txt'))).toBe(true);
  });
});
