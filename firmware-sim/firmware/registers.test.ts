import { describe, expect, it } from 'vitest';
import { BLOCKS, REGISTERS, Status, definedBits, valueProblem } from '../../protocol/index.js';
import { RegisterFile, type RegisterAccess } from './registers.js';

describe('RegisterFile (built from the register map)', () => {
  it('holds exactly the map registers, with their reset values', () => {
    const rf = new RegisterFile({ simOnly: true });
    expect(rf.all().map((r) => r.address).sort((a, b) => a - b)).toEqual(REGISTERS.map((r) => r.address));
    for (const r of REGISTERS) expect(rf.peek(rf.lookup(r.address)!)).toBe(r.reset);
  });

  it('omits simOnly blocks on a board profile', () => {
    const rf = new RegisterFile({ simOnly: false });
    const sim = BLOCKS.find((b) => 'simOnly' in b && b.simOnly)!;
    expect(rf.lookup(sim.base)).toBeUndefined();
    expect(rf.checkReads([sim.base])?.status).toBe(Status.STATUS_BAD_ADDRESS);
  });

  it('enforces access per register and min/max/reserved bits (valueProblem) on every rw register', () => {
    const rf = new RegisterFile({ simOnly: true });
    for (const r of REGISTERS) {
      const read = rf.checkReads([r.address]);
      expect(read?.status ?? Status.STATUS_OK).toBe(r.access === 'wo' ? Status.STATUS_ACCESS_DENIED : Status.STATUS_OK);
      const low = r.min ?? 0;
      const w = rf.checkWrites([{ address: r.address, value: low }]);
      expect(w?.status ?? Status.STATUS_OK).toBe(r.access === 'ro' ? Status.STATUS_ACCESS_DENIED : Status.STATUS_OK);
      if (r.access !== 'rw') continue;
      if (r.min !== undefined && r.min > 0) {
        expect(rf.checkWrites([{ address: r.address, value: r.min - 1 }])?.status, r.name).toBe(Status.STATUS_INVALID_CONFIG);
      }
      if (r.max !== undefined) {
        expect(rf.checkWrites([{ address: r.address, value: r.max }])).toBeNull();
        expect(rf.checkWrites([{ address: r.address, value: r.max + 1 }])?.status).toBe(Status.STATUS_INVALID_CONFIG);
      }
      const reserved = ~definedBits(r) >>> 0;
      if (reserved !== 0) {
        const bit = (reserved & -reserved) >>> 0; // lowest reserved bit
        const v = ((r.min ?? 0) | bit) >>> 0;
        expect(valueProblem(r, v), r.name).not.toBeNull();
        expect(rf.checkWrites([{ address: r.address, value: v }])?.status, r.name).toBe(Status.STATUS_INVALID_CONFIG);
      }
    }
  });

  it('a write flagged endsRequest must be the last of its request (BAD_ARGUMENT otherwise)', () => {
    const rf = new RegisterFile({ simOnly: true });
    rf.hook('CONTROL', { endsRequest: (_r, v) => (v & 2) !== 0 });
    const control = REGISTERS.find((r) => r.name === 'CONTROL')!.address;
    const scratch = REGISTERS.find((r) => r.name === 'SCRATCH')!.address;
    expect(rf.checkWrites([{ address: scratch, value: 1 }, { address: control, value: 2 }])).toBeNull();
    expect(rf.checkWrites([{ address: control, value: 2 }, { address: scratch, value: 1 }])).toMatchObject({ status: Status.STATUS_BAD_ARGUMENT, index: 1 });
    // a START strobe (not flagged) may be followed by more writes
    expect(rf.checkWrites([{ address: control, value: 1 }, { address: scratch, value: 1 }])).toBeNull();
  });

  it('validates later writes against the values earlier writes of the request leave', () => {
    const rf = new RegisterFile({ simOnly: true });
    const mode = REGISTERS.find((r) => r.name === 'MODE')!.address;
    // 0x10 then masked 0x03 into the low bits -> 0x13 (= max): fine; 0x13 then mask 0xf0 <- 0xf0: above max
    expect(rf.checkWrites([{ address: mode, value: 0x10 }, { address: mode, value: 0x03, mask: 0x0f }])).toBeNull();
    expect(rf.checkWrites([{ address: mode, value: 0x13 }, { address: mode, value: 0xf0, mask: 0xf0 }])?.index).toBe(1);
  });

  it('records the bus traffic; wo strobes act and store nothing; w1c clears', () => {
    const rf = new RegisterFile({ simOnly: true });
    const log: RegisterAccess[] = [];
    rf.onAccess = (a) => log.push(a);
    const strobes: number[] = [];
    rf.hook('CONTROL', { write: (_r, v) => strobes.push(v) });
    const control = REGISTERS.find((r) => r.name === 'CONTROL')!.address;
    const irq = REGISTERS.find((r) => r.name === 'IRQ_STATUS')!.address;
    rf.applyWrites([{ address: control, value: 6, mask: 2 }]);
    expect(strobes).toEqual([2]);
    expect(rf.read(control)).toBe(0);
    rf.setInternal('IRQ_STATUS', 7);
    rf.applyWrites([{ address: irq, value: 5 }]);
    expect(rf.read(irq)).toBe(2);
    expect(log).toEqual([
      { op: 'write', address: control, value: 2 },
      { op: 'write', address: irq, value: 2 },
      { op: 'read', address: irq, value: 2 },
    ]);
  });

  it('soft reset restores only the named blocks', () => {
    const rf = new RegisterFile({ simOnly: true });
    rf.setInternal('SCRATCH', 1);
    rf.setInternal('CLOCK_KHZ', 5);
    rf.resetBlocks(new Set(['CHIP']));
    expect(rf.getInternal('SCRATCH')).toBe(0);
    expect(rf.getInternal('CLOCK_KHZ')).toBe(5);
  });
});
