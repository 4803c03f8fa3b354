/**
 * Invariants of the register map (the one source for the host layer, the sim, REGISTERS.md and
 * hac_regs.h). The rules live in `mapProblems`, which is also run on deliberately broken maps so
 * the checker itself is tested.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { REGISTER_MAP_HASH } from '../generated/hashes.js';
import { MAX_TOKENS } from '../constants.js';
import {
  BLOCKS,
  CIM_COLUMNS,
  HEAD_COUNT,
  REGISTERS,
  canonicalMap,
  fieldMask,
  fieldOf,
  getField,
  registerByAddress,
  registerByName,
  setField,
  type BlockDef,
  type RegisterDef,
} from './map.js';

const U32 = 0xffffffff;
const isU32 = (n: number) => Number.isInteger(n) && n >= 0 && n <= U32;
const mask = (lsb: number, width: number) => (width >= 32 ? U32 : (((2 ** width - 1) * 2 ** lsb) >>> 0));

/** Every rule the map must satisfy; returns human-readable problems (empty when all hold). */
function mapProblems(blocks: readonly BlockDef[]): string[] {
  const p: string[] = [];
  const names = new Map<string, string>();
  const addrs = new Map<number, string>();
  const sortedBlocks = [...blocks].sort((a, b) => a.base - b.base);
  sortedBlocks.forEach((b, i) => {
    if (b.base % 4 !== 0) p.push(`block ${b.name}: base not 4-aligned`);
    const end = b.base + Math.max(0, ...b.registers.map((r) => r.offset + 4));
    const next = sortedBlocks[i + 1];
    if (next && end > next.base) p.push(`block ${b.name} overlaps ${next.name}`);
    for (const r of b.registers) {
      const addr = b.base + r.offset;
      const where = `${b.name}.${r.name}`;
      if (names.has(r.name)) p.push(`${where}: name also used in ${names.get(r.name)}`);
      names.set(r.name, where);
      if (addrs.has(addr)) p.push(`${where}: address 0x${addr.toString(16)} also used by ${addrs.get(addr)}`);
      addrs.set(addr, where);
      if (addr % 4 !== 0 || r.offset % 4 !== 0) p.push(`${where}: not 4-aligned`);
      if (!/^[A-Z][A-Z0-9_]*$/.test(r.name)) p.push(`${where}: name is not UPPER_SNAKE`);
      if (!isU32(r.reset)) p.push(`${where}: reset not a uint32`);
      if (r.max !== undefined && !isU32(r.max)) p.push(`${where}: max not a uint32`);
      if (r.max !== undefined && r.reset > r.max) p.push(`${where}: reset above max`);
      if (r.access === 'wo' && r.reset !== 0) p.push(`${where}: write-only strobes reset (and read) as 0`);
      if (r.access === 'w1c' && !r.volatile) p.push(`${where}: w1c status must be volatile`);
      if (r.max !== undefined && (r.access === 'ro' || r.access === 'wo')) p.push(`${where}: max only applies to writable storage`);
      p.push(...fieldProblems(where, r));
    }
  });
  return p;
}

function fieldProblems(where: string, r: RegisterDef): string[] {
  const p: string[] = [];
  let used = 0;
  const fields = r.fields ?? [];
  const fnames = new Set<string>();
  for (const f of fields) {
    const fw = `${where}.${f.name}`;
    if (fnames.has(f.name)) p.push(`${fw}: duplicate field name`);
    fnames.add(f.name);
    if (!Number.isInteger(f.lsb) || !Number.isInteger(f.width) || f.lsb < 0 || f.width < 1 || f.lsb + f.width > 32) {
      p.push(`${fw}: bits [${f.lsb + f.width - 1}:${f.lsb}] outside 0..31`);
      continue;
    }
    const m = mask(f.lsb, f.width);
    if ((used & m) !== 0) p.push(`${fw}: overlaps another field`);
    used = (used | m) >>> 0;
    for (const [vn, vv] of Object.entries(f.values ?? {})) {
      if (!Number.isInteger(vv) || vv < 0 || vv >= 2 ** f.width) p.push(`${fw}: value ${vn}=${vv} does not fit ${f.width} bits`);
    }
  }
  if (fields.length) {
    if ((r.reset & ~used) >>> 0 !== 0) p.push(`${where}: reset 0x${r.reset.toString(16)} sets bits outside its fields`);
    if (r.max !== undefined && (r.max & ~used) >>> 0 !== 0) p.push(`${where}: max 0x${r.max.toString(16)} sets bits outside its fields`);
  }
  return p;
}

const reg = (name: string) => {
  const r = registerByName(name);
  if (!r) throw new Error(`register ${name} missing`);
  return r;
};

describe('register map', () => {
  it('satisfies every structural rule', () => {
    expect(mapProblems(BLOCKS)).toEqual([]);
  });

  it('the checker catches broken maps', () => {
    const base = { name: 'X', base: 0x1000, description: 'test' };
    const r = (name: string, offset: number, extra: Partial<RegisterDef> = {}): RegisterDef => ({ name, offset, access: 'rw', reset: 0, volatile: false, description: '', ...extra });
    const bad: BlockDef[] = [
      { ...base, registers: [r('A', 0), r('A', 4), r('B', 4), r('C', 6)] },
      { ...base, name: 'Y', base: 0x1004, registers: [r('D', 0, { reset: 5, max: 3 }), r('E', 4, { access: 'wo', reset: 1 }), r('F', 8, { access: 'w1c' })] },
      {
        ...base,
        name: 'Z',
        base: 0x2000,
        registers: [
          r('G', 0, { fields: [{ name: 'LO', lsb: 0, width: 4, description: '' }, { name: 'HI', lsb: 3, width: 2, description: '' }] }),
          r('H', 4, { fields: [{ name: 'WIDE', lsb: 30, width: 4, description: '' }] }),
          r('I', 8, { reset: 0x100, fields: [{ name: 'LO', lsb: 0, width: 2, description: '', values: { BIG: 4 } }] }),
          r('J', 12, { reset: -1 }),
        ],
      },
    ];
    const problems = mapProblems(bad).join('\n');
    for (const expected of [
      'X.A: name also used', 'X.B: address 0x1004 also used', 'X.C: not 4-aligned', 'block X overlaps Y', 'Y.D: reset above max',
      'Y.E: write-only', 'Y.F: w1c status must be volatile', 'Z.G.HI: overlaps', 'Z.H.WIDE: bits [33:30] outside', 'Z.I.LO: value BIG=4',
      'Z.I: reset 0x100 sets bits outside', 'Z.J: reset not a uint32',
    ]) {
      expect(problems).toContain(expected);
    }
  });

  it('REGISTERS is the flat, address-ordered view with working lookups', () => {
    const n = (BLOCKS as readonly BlockDef[]).reduce((k, b) => k + b.registers.length, 0);
    expect(REGISTERS.length).toBe(n);
    for (let i = 1; i < REGISTERS.length; i++) expect(REGISTERS[i].address).toBeGreaterThan(REGISTERS[i - 1].address);
    for (const r of REGISTERS) {
      expect(registerByName(r.name)).toBe(r);
      expect(registerByAddress(r.address)).toBe(r);
    }
    expect(registerByName('NOPE')).toBeUndefined();
    expect(registerByAddress(0x0002)).toBeUndefined();
  });

  it('has the registers SPEC.md and the host rely on, with the right access', () => {
    const want: [string, string, number?][] = [
      ['CHIP_ID', 'ro', 0x0000], ['REVISION', 'ro', 0x0004], ['CONTROL', 'wo'], ['STATUS', 'ro'], ['ERROR_CODE', 'ro'],
      ['IRQ_STATUS', 'w1c'], ['IRQ_ENABLE', 'rw'], ['CONTEXT_LEN', 'rw'], ['MODE', 'rw'], ['HEAD', 'rw'], ['TOPK', 'rw'],
      ['MIN_KEEP', 'rw'], ['OUTPUT_SHIFT', 'rw'], ['MARGIN', 'rw'], ['QUERY_COUNT', 'ro'],
    ];
    for (const [name, access, address] of want) {
      expect(reg(name).access, name).toBe(access);
      if (address !== undefined) expect(reg(name).address, name).toBe(address);
    }
    for (const f of ['START', 'SOFT_RESET', 'CLEAR_COUNTERS']) expect(fieldOf(reg('CONTROL'), f), `CONTROL.${f}`).toBeDefined();
    for (const f of ['BUSY', 'DONE', 'ERROR']) expect(fieldOf(reg('STATUS'), f), `STATUS.${f}`).toBeDefined();
    expect(fieldOf(reg('MODE'), 'SELECT')?.values).toMatchObject({ THRESHOLD: 0, RELATIVE: 1, TOPK: 2, DENSE: 3 });
    expect(fieldOf(reg('MODE'), 'OUTPUT_INT16')).toBeDefined();
    expect(reg('CONTEXT_LEN').max).toBe(MAX_TOKENS);
    expect(reg('TOPK').max).toBe(MAX_TOKENS);
    expect(reg('MIN_KEEP').max).toBe(MAX_TOKENS);
    expect(reg('CONTEXT_LEN').volatile).toBe(true); // append_token changes it
  });

  it('has one threshold per head and one trim register per CIM column, contiguous', () => {
    for (const [prefix, count, block] of [['THRESHOLD_', HEAD_COUNT, 'ATTN'], ['TRIM_', CIM_COLUMNS, 'TRIM']] as const) {
      const regs = REGISTERS.filter((r) => r.name.startsWith(prefix));
      expect(regs.length).toBe(count);
      regs.forEach((r, i) => {
        expect(r.name).toBe(`${prefix}${i}`);
        expect(r.address).toBe(regs[0].address + 4 * i);
        expect(r.block).toBe(block);
        expect(r.access).toBe('rw');
      });
    }
    expect(CIM_COLUMNS).toBe(64);
    // Trim codes share storage with the INT8-per-column TRIM region: bounded, at most 8 bits.
    const trimMax = reg('TRIM_0').max;
    expect(trimMax).toBeDefined();
    expect(trimMax).toBeLessThanOrEqual(0xff);
    expect(new Set(REGISTERS.filter((r) => r.block === 'TRIM').map((r) => r.max))).toEqual(new Set([trimMax]));
  });

  it('counters are read-only and volatile; BOARD exists on every target; SIM is marked sim-only', () => {
    for (const n of ['CYCLES_LO', 'CYCLES_HI', 'QUERIES', 'TOKENS_KEPT', 'TOKENS_PRUNED', 'TILE_REFILLS', 'CONVERSIONS', 'ENERGY_NJ']) {
      expect(reg(n), n).toMatchObject({ block: 'COUNTERS', access: 'ro', volatile: true });
    }
    for (const n of ['BOARD_ID', 'CLOCK_KHZ', 'CHIP_RESET', 'CORE_SUPPLY_MV', 'ANALOG_SUPPLY_MV', 'TEMPERATURE_MC']) {
      expect(reg(n), n).toMatchObject({ block: 'BOARD', simOnly: false });
    }
    expect(reg('CHIP_RESET').max).toBe(1);
    const sim = (BLOCKS as readonly BlockDef[]).find((b) => b.name === 'SIM');
    expect(sim?.simOnly).toBe(true);
    expect(REGISTERS.filter((r) => r.simOnly).map((r) => r.block)).toEqual(sim!.registers.map(() => 'SIM'));
    expect(reg('DIE_SEED').simOnly).toBe(true);
    // Only the SIM block is sim-only.
    expect((BLOCKS as readonly BlockDef[]).filter((b) => b.simOnly).map((b) => b.name)).toEqual(['SIM']);
  });

  it('status-like registers are volatile so a host cache never holds them', () => {
    for (const n of ['STATUS', 'ERROR_CODE', 'IRQ_STATUS', 'QUERY_COUNT', 'TEMPERATURE_MC']) expect(reg(n).volatile, n).toBe(true);
    for (const n of ['SCRATCH', 'MODE', 'TOPK', 'THRESHOLD_0']) expect(reg(n).volatile, n).toBe(false);
  });

  it('field helpers mask, extract and insert', () => {
    const sel = fieldOf(reg('MODE'), 'SELECT')!;
    const i16 = fieldOf(reg('MODE'), 'OUTPUT_INT16')!;
    expect(fieldMask(sel)).toBe(0x3);
    expect(fieldMask(i16)).toBe(0x10);
    expect(getField(0x12, sel)).toBe(2);
    expect(setField(0x13, sel, 0)).toBe(0x10);
    expect(setField(0, i16, 7)).toBe(0x10); // extra bits are cut to the field
    const enable = fieldOf(reg('FAULT_SRAM_FLIP'), 'ENABLE')!;
    expect(fieldMask(enable)).toBe(0x80000000);
    expect(setField(0, enable, 1)).toBe(0x80000000);
    expect(getField(0xffffffff, enable)).toBe(1);
    expect(fieldMask({ name: 'ALL', lsb: 0, width: 32, description: '' })).toBe(0xffffffff);
  });

  it('the register-map hash in generated/hashes.ts is the SHA-256 prefix of canonicalMap()', () => {
    expect(createHash('sha256').update(canonicalMap()).digest().readUInt32BE(0)).toBe(REGISTER_MAP_HASH);
  });
});
