/**
 * The register map is the single source of every bit position, for the host and the virtual chip
 * alike (issue 9): in a copy of the map with MODE.SELECT and CONTROL.START moved, both follow.
 * Were either side to hard-code a bit, the query below would not run dense or START would not run.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as MapModule from '../protocol/registers/map.js';

type Blocks = typeof MapModule.BLOCKS;

async function movedMap(): Promise<typeof MapModule> {
  const actual = await vi.importActual<typeof MapModule>('../protocol/registers/map.js');
  const blocks = structuredClone(actual.BLOCKS) as unknown as MapModule.BlockDef[];
  const reg = (name: string) => blocks.flatMap((b) => b.registers as MapModule.RegisterDef[]).find((r) => r.name === name) as unknown as { fields: MapModule.FieldDef[]; max?: number };
  const mode = reg('MODE');
  mode.fields = mode.fields.map((f) => (f.name === 'SELECT' ? { ...f, lsb: 2 } : f));
  mode.max = 0x1c;
  (mode as unknown as { reset: number }).reset = 1 << 2; // RELATIVE, at its new place
  const control = reg('CONTROL');
  control.fields = control.fields.map((f) => (f.name === 'START' ? { ...f, lsb: 3 } : f));
  const registers = blocks
    .flatMap((b) => b.registers.map((r) => ({ ...r, block: b.name, address: b.base + r.offset, simOnly: b.simOnly === true, capability: b.capability ?? null })))
    .sort((a, b) => a.address - b.address);
  const byName = new Map(registers.map((r) => [r.name, r]));
  const byAddress = new Map(registers.map((r) => [r.address, r]));
  return { ...actual, BLOCKS: blocks as unknown as Blocks, REGISTERS: registers, registerByName: (n: string) => byName.get(n), registerByAddress: (a: number) => byAddress.get(a) };
}

afterEach(() => {
  vi.doUnmock('../protocol/registers/map.js');
  vi.resetModules();
});

describe('one register map for host and sim', () => {
  it('moving MODE.SELECT and CONTROL.START in a copy of the map: the host writes and the sim reads the new positions', async () => {
    const moved = await movedMap();
    vi.resetModules();
    vi.doMock('../protocol/registers/map.js', () => moved);
    const { connect } = await import('../index.js');
    const dev = await connect('sim:inproc');
    try {
      const keys = Int8Array.from({ length: 16 * 64 }, (_, i) => ((i * 37) % 255) - 127);
      await dev.loadContext({ keys, values: keys });
      await dev.regs.writeField('MODE', 'SELECT', 'DENSE');
      expect(await dev.regs.read('MODE')).toBe(3 << 2);
      const r = await dev.query(new Int8Array(64).fill(9));
      expect(r.counters.kept).toBe(16); // dense: every token, so the sim read SELECT at bit 2
      await dev.regs.writeField('CONTROL', 'START', 1); // bit 3 in this map
      expect(await dev.regs.read('QUERY_COUNT')).toBe(2); // the sim ran START from bit 3
    } finally {
      await dev.close();
    }
  });
});
