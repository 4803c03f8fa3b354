/** Request handlers: the check orders and edge cases SPEC section 5 states (issue 8, part 2). */
import { describe, expect, it } from 'vitest';
import { Region, Status, crc32, statusName } from '../../protocol/index.js';
import { addr, ok, read, ready, status, w, write } from '../testing/testkit.js';

describe('mem_write check order (SPEC section 5)', () => {
  it('data longer than max_frame - 64 AND a bad data_crc: OUT_OF_RANGE (length before CRC)', async () => {
    const { host } = await ready();
    await host.hello('line', 2048); // a small frame limit, so an over-long field still fits a frame
    const data = new Uint8Array(2048 - 64 + 1);
    const r = await status(host, { memWrite: { region: Region.REGION_K_SRAM, offset: 0, data, dataCrc: (crc32(data) ^ 1) >>> 0 } });
    expect(statusName(r.status)).toBe('STATUS_OUT_OF_RANGE');
  });

  it('a bad data_crc within the limits: BAD_CRC, before the bounds of the region', async () => {
    const { host } = await ready();
    const data = new Uint8Array(64);
    const r = await status(host, { memWrite: { region: Region.REGION_Q_BUFFER, offset: 32, data, dataCrc: 1 } });
    expect(statusName(r.status)).toBe('STATUS_BAD_CRC');
    const r2 = await status(host, { memWrite: { region: Region.REGION_Q_BUFFER, offset: 32, data, dataCrc: crc32(data) } });
    expect(statusName(r2.status)).toBe('STATUS_OUT_OF_RANGE');
  });
});

describe('zero lengths', () => {
  it('mem_digest of length 0 is the digest of nothing; mem_read of length 0 is OUT_OF_RANGE', async () => {
    const { host } = await ready();
    const d = await ok(host, { memDigest: { region: Region.REGION_K_SRAM, offset: 100, length: 0 } });
    expect(Buffer.from(d.memDigest!.sha256!).toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(d.memDigest!.crc32).toBe(0);
    expect(statusName((await status(host, { memRead: { region: Region.REGION_K_SRAM, offset: 100, length: 0 } })).status)).toBe('STATUS_OUT_OF_RANGE');
  });
});

describe('wo and w1c registers (SPEC section 5)', () => {
  it('w1c: bits written 1 (inside the mask, when there is one) are cleared; reserved bits are ignored, not refused', async () => {
    const { sim, host } = await ready();
    sim.chip.registers.setInternal('IRQ_STATUS', 0b111);
    await ok(host, { regWrite: { writes: [w('IRQ_STATUS', 0xffff_fff9, 0b011)] } }); // mask keeps bit 2; bit 0 is written 1
    expect(await read(host, 'IRQ_STATUS')).toEqual([0b110]);
    await ok(host, { regWrite: { writes: [w('IRQ_STATUS', 0xffff_fff0 | 0b100)] } }); // reserved bits set: ignored
    expect(await read(host, 'IRQ_STATUS')).toEqual([0b010]);
  });

  it('wo: a strobe with reserved bits acts on its defined bits only; reads are denied', async () => {
    const { host } = await ready();
    await write(host, { SCRATCH: 5 });
    const r = await status(host, { regWrite: { writes: [w('CONTROL', 0x8000_0000)] } });
    expect(statusName(r.status)).toBe('STATUS_OK');
    expect(await read(host, 'SCRATCH')).toEqual([5]); // no reset happened
    expect(statusName((await status(host, { regRead: { addresses: [addr('CONTROL')] } })).status)).toBe('STATUS_ACCESS_DENIED');
    expect(Status.STATUS_ACCESS_DENIED).toBe(10);
  });
});
