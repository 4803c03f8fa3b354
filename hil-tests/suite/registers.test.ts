/**
 * Register conformance, generated from protocol/registers/map.ts: one test per register (reset
 * value, access rule, reserved bits, min/max, read-back) and per capability-gated block, on every
 * target. Requests go through the session unchecked (dev.session.request), so what is judged is
 * the device's answer, not the host's own refusal.
 */
import { beforeAll, expect } from 'vitest';
import { isHacError, type HacDevice } from '../../host/index.js';
import { BLOCKS, REGISTERS, Status, definedBits, statusName, type BlockDef, type CapName, type RegisterInfo } from '../../protocol/index.js';
import { forEachTarget, type Target } from '../targets/index.js';

/** The device's status for a raw request (OK = 0), and the response. */
async function statusOf(dev: HacDevice, body: Parameters<HacDevice['session']['request']>[0]): Promise<number> {
  try {
    await dev.session.request(body);
    return Status.STATUS_OK;
  } catch (err) {
    if (isHacError(err) && err.status !== undefined) return err.status;
    throw err;
  }
}

async function readRaw(dev: HacDevice, address: number): Promise<number> {
  const r = await dev.session.request({ regRead: { addresses: [address] } });
  return r.regRead!.values![0] >>> 0;
}

/** Registers whose reset value a target may legitimately differ in (the map says: read them). */
function resetMayDiffer(target: Target, r: RegisterInfo): boolean {
  if (target.kind === 'virtual-chip') return false;
  return r.block === 'ANALOG' || r.block === 'BOARD' || r.name === 'REVISION';
}

/** Registers a soft reset does not reset (SPEC section 5: BOARD and SIM keep their values). */
const KEEPS_OVER_RESET = new Set(['BOARD', 'SIM']);

/** Registers whose value changes with no host write (the map's `volatile`) and what makes them change. */
const present = (dev: HacDevice, r: RegisterInfo) => r.capability === null || dev.hasCapability(r.capability as CapName);

/** A legal value other than the reset value, within min..max and the defined bits, or null. */
function legalOtherValue(r: RegisterInfo): number | null {
  const bits = definedBits(r);
  const lo = r.min ?? 0;
  const hi = Math.min(r.max ?? 0xffffffff, bits) >>> 0;
  for (const v of [hi & bits, lo + 1, lo]) {
    const x = v >>> 0;
    if (x !== r.reset && x >= lo && x <= hi && (x & ~bits) === 0) return x;
  }
  return null;
}

forEachTarget('register conformance', (scope) => {
  const { target, test } = scope;
  let dev: HacDevice;
  beforeAll(async () => {
    const d = scope.connected;
    if (!d) return;
    dev = d;
    // Known state: a soft reset (CHIP, ATTN, TRIM, COUNTERS to reset values), then a new hello.
    await dev.reset();
    dev.acknowledgeReset();
  });

  for (const r of REGISTERS) {
    const where = `${r.block}.${r.name} @0x${r.address.toString(16).padStart(4, '0')} (${r.access}${r.volatile ? ', volatile' : ''})`;
    const gate = r.capability ? { caps: [r.capability as CapName] } : undefined;

    if (r.access !== 'wo') {
      test(`${where}: reset value 0x${r.reset.toString(16)}`, async () => {
        if (KEEPS_OVER_RESET.has(r.block) || (r.volatile && r.block !== 'ANALOG' && r.name !== 'TEMPERATURE_MC')) {
          // Not reset by a soft reset, or changed by the device: only its readability is checked here.
          await readRaw(dev, r.address);
          return;
        }
        const v = await readRaw(dev, r.address);
        if (resetMayDiffer(target, r)) return;
        if (r.name === 'DOT_PER_CODE') expect(v, 'DOT_PER_CODE follows the analog supply; never 0').toBeGreaterThan(0);
        else expect(v >>> 0).toBe(r.reset >>> 0);
      }, gate);
    } else {
      test(`${where}: reads are refused (ACCESS_DENIED)`, async () => {
        expect(statusName(await statusOf(dev, { regRead: { addresses: [r.address] } }))).toBe('STATUS_ACCESS_DENIED');
      }, gate);
    }

    if (r.access === 'ro') {
      test(`${where}: writes are refused (ACCESS_DENIED) and change nothing`, async () => {
        const before = await readRaw(dev, r.address);
        expect(statusName(await statusOf(dev, { regWrite: { writes: [{ address: r.address, value: (~r.reset >>> 0) & 0xffff }] } }))).toBe('STATUS_ACCESS_DENIED');
        if (!r.volatile) expect(await readRaw(dev, r.address)).toBe(before);
      }, gate);
    }

    if (r.access === 'w1c') {
      test(`${where}: writing ones clears, writing zeros leaves`, async () => {
        expect(await statusOf(dev, { regWrite: { writes: [{ address: r.address, value: definedBits(r) }] } })).toBe(Status.STATUS_OK);
        expect((await readRaw(dev, r.address)) & definedBits(r)).toBe(0);
        expect(await statusOf(dev, { regWrite: { writes: [{ address: r.address, value: 0 }] } })).toBe(Status.STATUS_OK);
      }, gate);
    }

    if (r.access === 'rw') {
      test(`${where}: read-back of a legal value; reserved bits, below min and above max refused (INVALID_CONFIG) and not written`, async () => {
        const before = await readRaw(dev, r.address);
        try {
          const other = legalOtherValue(r);
          if (other !== null) {
            const st = await statusOf(dev, { regWrite: { writes: [{ address: r.address, value: other }] } });
            if (r.name === 'MODE' && other & 0x10 && !dev.hasCapability('INT16_OUTPUT')) expect(statusName(st)).toBe('STATUS_UNSUPPORTED');
            else {
              expect(statusName(st)).toBe('STATUS_OK');
              // CONTEXT_LEN is volatile but only the host and append_token change it.
              expect(await readRaw(dev, r.address)).toBe(other);
            }
          }
          const refused: Array<[string, number]> = [];
          const reserved = ~definedBits(r) >>> 0;
          if (reserved) refused.push(['reserved bits', (reserved & -reserved) >>> 0]);
          if (r.max !== undefined && r.max < (definedBits(r) >>> 0)) refused.push(['above max', r.max + 1]);
          if (r.min !== undefined && r.min > 0) refused.push(['below min', r.min - 1]);
          const current = await readRaw(dev, r.address);
          for (const [why, value] of refused) {
            expect(statusName(await statusOf(dev, { regWrite: { writes: [{ address: r.address, value }] } })), `${why}: 0x${value.toString(16)}`).toBe('STATUS_INVALID_CONFIG');
            expect(await readRaw(dev, r.address), `${why}: nothing written`).toBe(current);
          }
        } finally {
          await statusOf(dev, { regWrite: { writes: [{ address: r.address, value: before }] } });
        }
      }, gate);
    }
  }

  test('a refused write in a request writes none of it (validate first, then apply)', async () => {
    const scratch = REGISTERS.find((r) => r.name === 'SCRATCH')!;
    const margin = REGISTERS.find((r) => r.name === 'MARGIN')!;
    await statusOf(dev, { regWrite: { writes: [{ address: scratch.address, value: 1 }] } });
    const st = await statusOf(dev, { regWrite: { writes: [{ address: scratch.address, value: 0xbeef }, { address: margin.address, value: 1000 }] } });
    expect(statusName(st)).toBe('STATUS_INVALID_CONFIG');
    expect(await readRaw(dev, scratch.address)).toBe(1);
  });

  test('a query changes no non-volatile register and moves the volatile counters', async () => {
    const readable = REGISTERS.filter((r) => r.access !== 'wo' && present(dev, r));
    const before = await dev.session.request({ regRead: { addresses: readable.map((r) => r.address) } });
    await dev.loadContext({ keys: new Int8Array(64 * 64).fill(3), values: new Int8Array(64 * 64).fill(5) });
    await dev.query(new Int8Array(64).fill(7));
    const after = await dev.session.request({ regRead: { addresses: readable.map((r) => r.address) } });
    const changed = readable.filter((r, i) => before.regRead!.values![i] !== after.regRead!.values![i]);
    expect(changed.filter((r) => !r.volatile).map((r) => r.name)).toEqual([]);
    for (const name of ['QUERY_COUNT', 'QUERIES', 'CONVERSIONS', 'CYCLES_LO']) expect(changed.map((r) => r.name)).toContain(name);
  });

  for (const block of BLOCKS as readonly BlockDef[]) {
    if (!block.capability) continue;
    const cap = block.capability;
    const first = REGISTERS.find((r) => r.block === block.name)!;
    test(`${block.name} block (needs ${cap}): present exactly when advertised`, async () => {
      const st = await statusOf(dev, { regRead: { addresses: [first.address] } });
      if (dev.hasCapability(cap)) {
        expect(statusName(st)).toBe('STATUS_OK');
        return;
      }
      // Without the capability the device refuses it (a board answers BAD_ADDRESS for the SIM block)...
      expect(['STATUS_BAD_ADDRESS', 'STATUS_UNSUPPORTED']).toContain(statusName(st));
      // ...and the host's register layer refuses it as unsupported before any I/O.
      const framesBefore = dev.stats().framesOut;
      const err = await dev.regs.read(first.name).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isHacError(err) && err.kind, `${first.name} on a device without ${cap}`).toBe('unsupported');
      expect(dev.stats().framesOut, 'refused before any I/O').toBe(framesBefore);
    });
  }
});
