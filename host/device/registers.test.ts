import { describe, expect, it } from 'vitest';
import { HacError } from '../errors.js';
import { registerByName } from '../../protocol/index.js';
import { RecordingBus, Registers, type RegisterBus, type RegWriteOp } from './registers.js';

const setup = (opts = {}) => {
  const bus = new RecordingBus();
  return { bus, regs: new Registers(bus, opts) };
};
const kindOf = async (p: Promise<unknown> | (() => unknown)) => {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    return (e as HacError).kind;
  }
  return 'no error';
};

describe('register layer on a recording bus', () => {
  it('reads by name or address, caches non-volatile registers only', async () => {
    const { bus, regs } = setup();
    expect(await regs.read('CHIP_ID')).toBe(0x48414301);
    expect(await regs.read(0x0000)).toBe(0x48414301);
    expect(await regs.read('CONTEXT_LEN')).toBe(0);
    expect(await regs.read('CONTEXT_LEN')).toBe(0);
    expect(bus.take()).toEqual([
      { op: 'read', addresses: [0x0000] },
      { op: 'read', addresses: [0x0100] },
      { op: 'read', addresses: [0x0100] },
    ]);
  });

  it('write-through cache; invalidate forgets', async () => {
    const { bus, regs } = setup();
    await regs.write('SCRATCH', 7);
    expect(await regs.read('SCRATCH')).toBe(7);
    expect(bus.take().map((a) => a.op)).toEqual(['write']);
    regs.invalidate();
    expect(await regs.read('SCRATCH')).toBe(7);
    expect(bus.take().map((a) => a.op)).toEqual(['read']);
  });

  it('never caches w1c registers', async () => {
    const { bus, regs } = setup();
    bus.values.set(0x14, 0b101);
    expect(await regs.read('IRQ_STATUS')).toBe(0b101);
    await regs.write('IRQ_STATUS', 0b001);
    expect(await regs.read('IRQ_STATUS')).toBe(0b100);
    expect(bus.take().length).toBe(3);
  });

  it('updateBits and fields send one masked write', async () => {
    const { bus, regs } = setup();
    await regs.writeField('MODE', 'SELECT', 'TOPK');
    await regs.writeField('MODE', 'OUTPUT_INT16', 1);
    expect(bus.take()).toEqual([
      { op: 'write', addresses: [0x104], writes: [{ address: 0x104, value: 2, mask: 0x3 }] },
      { op: 'write', addresses: [0x104], writes: [{ address: 0x104, value: 0x10, mask: 0x10 }] },
    ]);
    expect(await regs.readField('MODE', 'SELECT')).toBe(2);
    expect(regs.decode('MODE', await regs.read('MODE'))).toEqual({ SELECT: 'TOPK', OUTPUT_INT16: 1 });
  });

  it('bulk read and write use one access each', async () => {
    const { bus, regs } = setup();
    await regs.writeMany({ TOPK: 10, MIN_KEEP: 2, HEAD: 3 });
    regs.invalidate();
    expect(await regs.readMany(['TOPK', 'MIN_KEEP', 'HEAD', 'CONTEXT_LEN'])).toEqual({ TOPK: 10, MIN_KEEP: 2, HEAD: 3, CONTEXT_LEN: 0 });
    expect(bus.take().map((a) => [a.op, a.addresses.length])).toEqual([
      ['write', 3],
      ['read', 4],
    ]);
  });

  it('rejects bad input before any access', async () => {
    const { bus, regs } = setup();
    expect(await kindOf(() => regs.read('NOPE'))).toBe('invalid-argument');
    expect(await kindOf(() => regs.read(0x9999))).toBe('invalid-argument');
    expect(await kindOf(() => regs.read(-4))).toBe('invalid-argument');
    expect(await kindOf(() => regs.read('CONTROL'))).toBe('invalid-argument'); // write-only
    expect(await kindOf(() => regs.write('CHIP_ID', 1))).toBe('invalid-argument'); // read-only
    expect(await kindOf(() => regs.write('MODE', 999))).toBe('invalid-argument'); // above max
    expect(await kindOf(() => regs.write('SCRATCH', 1.5))).toBe('invalid-argument');
    expect(await kindOf(() => regs.write('SCRATCH', -1))).toBe('invalid-argument');
    expect(await kindOf(() => regs.write('SCRATCH', 2 ** 32))).toBe('invalid-argument');
    expect(await kindOf(() => regs.writeField('MODE', 'SELECT', 4))).toBe('invalid-argument');
    expect(await kindOf(() => regs.writeField('MODE', 'SELECT', 'FAST'))).toBe('invalid-argument');
    expect(await kindOf(() => regs.writeField('MODE', 'NOPE', 1))).toBe('invalid-argument');
    expect(bus.take()).toEqual([]);
  });

  it('sim-only registers are unsupported on a board', async () => {
    const { bus, regs } = setup({ simRegisters: false });
    expect(await kindOf(() => regs.read('DIE_SEED'))).toBe('unsupported');
    expect(bus.take()).toEqual([]);
    expect((await regs.dump()).some((r) => r.block === 'SIM')).toBe(false);
  });

  it('pollUntil returns when the condition holds, or times out', async () => {
    const { bus, regs } = setup();
    setTimeout(() => bus.values.set(0x0c, 0b10), 20);
    expect(await regs.pollUntil('STATUS', { field: 'DONE', equals: 1 }, { timeoutMs: 1000, intervalMs: 2 })).toBe(0b10);
    const err = (await regs.pollUntil('STATUS', (v) => v === 0xff, { timeoutMs: 20, intervalMs: 2 }).catch((e: unknown) => e)) as HacError;
    expect(err.kind).toBe('timeout');
    expect(err.context.register).toBe('STATUS');
  });

  it('dump decodes every readable register', async () => {
    const { regs } = setup();
    const d = await regs.dump();
    expect(d.find((r) => r.name === 'CONTROL')).toBeUndefined();
    expect(d.find((r) => r.name === 'MODE')).toMatchObject({ value: 1, fields: { SELECT: 'RELATIVE', OUTPUT_INT16: 0 } });
  });
});

describe('register write rules from the map (valueProblem) and ordering', () => {
  it('refuses reserved bits, values below min and above max before sending (rw registers)', async () => {
    const { bus, regs } = setup();
    expect(await kindOf(() => regs.write('MODE', 0x08))).toBe('invalid-argument'); // bit 3 is reserved, yet below max 0x13
    expect(await kindOf(() => regs.write('SCORE_SCALE', 0))).toBe('invalid-argument'); // min 1
    expect(await kindOf(() => regs.write('CLOCK_KHZ', 999))).toBe('invalid-argument'); // min 1000
    expect(await kindOf(() => regs.write('CLOCK_KHZ', 2_000_001))).toBe('invalid-argument'); // max
    expect(await kindOf(() => regs.writeMany({ TOPK: 3, MODE: 0x20 }))).toBe('invalid-argument');
    // masked writes: value bits inside the mask must lie within the register's fields
    expect(await kindOf(() => regs.updateBits('MODE', 0x100, 0x100))).toBe('invalid-argument');
    expect(bus.take()).toEqual([]);
    // and the allowed edges go through
    await regs.write('SCORE_SCALE', 1);
    await regs.write('CLOCK_KHZ', 1000);
    await regs.updateBits('MODE', 0x1ff, 0x11); // reserved bits in the mask are written as 0: fine
    expect(bus.take().length).toBe(3);
  });

  it('masked writes are checked against min/max when the current value is cached', async () => {
    const { bus, regs } = setup();
    await regs.write('MODE', 0x13);
    bus.take();
    expect(await kindOf(() => regs.updateBits('MODE', 0x3, 0x3))).toBe('no error'); // 0x13 stays within max
    await regs.read('SCORE_SCALE'); // now cached
    expect(await kindOf(() => regs.updateBits('SCORE_SCALE', 0xffffffff, 0))).toBe('invalid-argument'); // below min
  });

  it('a CONTROL.SOFT_RESET write must be the last of a bulk write', async () => {
    const { bus, regs } = setup();
    expect(await kindOf(() => regs.writeMany([['CONTROL', 2], ['SCRATCH', 1]]))).toBe('invalid-argument');
    expect(bus.take()).toEqual([]);
  });

  it('writes go on the bus in call order at once; the cache answers no read of a register with a write in flight', async () => {
    const pending: { writes: RegWriteOp[]; done: () => void }[] = [];
    const reads: number[][] = [];
    const bus: RegisterBus = {
      read: async (a) => (reads.push([...a]), a.map(() => 42)),
      write: (writes) => new Promise<void>((done) => pending.push({ writes: [...writes], done })),
    };
    const regs = new Registers(bus);
    const first = regs.write('SCRATCH', 1);
    const second = regs.write('SCRATCH', 2);
    const other = regs.write('TOPK', 7);
    // The device executes in issue order (SPEC section 4): nothing is held back.
    expect(pending.map((p) => p.writes[0].value)).toEqual([1, 2, 7]);
    // A read issued now must see the writes before it: it goes to the device, not the cache.
    expect(await regs.read('SCRATCH')).toBe(42);
    expect(reads).toEqual([[registerByName('SCRATCH')!.address]]);
    for (const p of pending) p.done();
    await Promise.all([first, second, other]);
    expect(regs.cached('SCRATCH')).toBe(2);
  });
});
