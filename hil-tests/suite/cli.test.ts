/** The `hac` executable as a lab engineer runs it: real processes, real exit codes. */
import { describe, expect, it } from 'vitest';
import { REGISTER_MAP_HASH } from '../../protocol/index.js';
import { runCli } from '../support/sim-process.js';
import { forEachTarget } from '../targets/index.js';

// On every target a separate process can reach (not the in-process ones): a register written by
// one `hac` run and read by the next (info --json is checked on the default target below).
forEachTarget(
  'hac CLI',
  (scope) => {
    scope.test('a register written by one run is read by the next', async () => {
      const sel = scope.running.selector;
      const w = await runCli(['--target', sel, 'write', 'SCRATCH', '0x5a5a']);
      expect(w.code, w.stderr).toBe(0);
      const r = await runCli(['--target', sel, 'read', 'SCRATCH', '--json']);
      expect(r.code, r.stderr).toBe(0);
      // A `sim` selector spawns a fresh virtual chip per run: it reads the reset value.
      expect(JSON.parse(r.stdout).value).toBe(sel === 'sim' || sel.startsWith('sim:') ? 0 : 0x5a5a);
    });
  },
  { connect: false, filter: (t) => !t.name.startsWith('in-process') },
);

describe('hac CLI', () => {
  it('info --json on the default target prints the handshake as one JSON object', async () => {
    const r = await runCli(['info', '--json']);
    expect(r.code).toBe(0);
    const info = JSON.parse(r.stdout);
    for (const k of ['protocolVersion', 'chipId', 'revision', 'capabilities', 'maxFrame', 'window', 'bootEpoch', 'registerMapHash']) expect(info).toHaveProperty(k);
    expect(info.registerMapHash).toBe(REGISTER_MAP_HASH);
  });

  it('a missing serial port is one clear line naming the path, non-zero exit, no stack trace', async () => {
    const r = await runCli(['--target', 'serial:/dev/does-not-exist', 'info']);
    expect(r.code).not.toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('/dev/does-not-exist');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('bad flags and bad selectors exit 2 with the offending word named', async () => {
    const a = await runCli(['--bogus', 'info']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('--bogus');
    const b = await runCli(['--target', 'carrier-pigeon:1', 'info']);
    expect(b.code).not.toBe(0);
    expect(b.stderr).toContain('carrier-pigeon');
    expect(b.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('write then read a register by name on one target process each (state does not leak between sim runs)', async () => {
    const w = await runCli(['write', 'SCRATCH', '0x1234']);
    expect(w.code).toBe(0);
    const r = await runCli(['read', 'SCRATCH', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).value).toBe(0); // a fresh virtual chip: reset value
    const ro = await runCli(['write', 'CHIP_ID', '1']);
    expect(ro.code).not.toBe(0);
    expect(ro.stderr).toMatch(/CHIP_ID/);
  });
});
