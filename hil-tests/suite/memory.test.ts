/**
 * Memory regions on every target: round trip and digest of each region, every bounds and argument
 * error of mem_write/mem_read/mem_digest, and a March C- over each writable region.
 *
 * March C- here works on chunks (1 KiB, or the region when smaller) in ascending and descending
 * address order, with the all-0 and all-1 data backgrounds: {⇕(w0); ⇑(r0,w1); ⇑(r1,w0); ⇓(r0,w1);
 * ⇓(r1,w0); ⇕(r0)}. Over a link one cell per request would take hours; chunked, it still finds
 * stuck-at and transition faults in every bit and address-decoder faults between chunks (a write
 * landing in another chunk is read back there), in under a second per region on the sim.
 */
import { createHash } from 'node:crypto';
import { beforeAll, expect } from 'vitest';
import { type HacDevice } from '../../host/index.js';
import { Region, crc32, regionName } from '../../protocol/index.js';
import { seededBytes } from '../support/data.js';
import { status, type RequestBody as Body } from '../support/status.js';
import { forEachTarget } from '../targets/index.js';

interface RegionSpec {
  region: Region;
  size: number;
  writable: boolean;
  /** The all-ones background (TRIM holds -32..31: -1 is its all-ones 6-bit value). */
  ones: number;
  /** Bytes a write may hold (TRIM: -32..31). */
  randomByte?: (b: number) => number;
}

const REGIONS: RegionSpec[] = [
  { region: Region.REGION_K_SRAM, size: 32768, writable: true, ones: 0xff },
  { region: Region.REGION_V_SRAM, size: 32768, writable: true, ones: 0xff },
  { region: Region.REGION_Q_BUFFER, size: 64, writable: true, ones: 0xff },
  { region: Region.REGION_TRIM, size: 64, writable: true, ones: 0xff, randomByte: (b) => ((b % 64) - 32) & 0xff },
  { region: Region.REGION_OUTPUT, size: 128, writable: false, ones: 0 },
  { region: Region.REGION_KEEP_MASK, size: 64, writable: false, ones: 0 },
];


const write = (dev: HacDevice, region: Region, offset: number, data: Uint8Array) => dev.session.request({ memWrite: { region, offset, data, dataCrc: crc32(data) } });
async function read(dev: HacDevice, region: Region, offset: number, length: number): Promise<Uint8Array> {
  const r = await dev.session.request({ memRead: { region, offset, length } });
  const data = r.memRead!.data!;
  expect(r.memRead!.dataCrc, 'mem_read CRC covers its data').toBe(crc32(data));
  return data;
}

forEachTarget('memory regions', (scope) => {
  const { test } = scope;
  let dev: HacDevice;
  beforeAll(() => {
    dev = scope.connected as HacDevice;
  });

  for (const spec of REGIONS) {
    const name = regionName(spec.region);
    const needs = spec.region === Region.REGION_TRIM ? { caps: ['OFFSET_TRIM' as const] } : undefined;

    if (spec.writable) {
      test(`${name}: round trip and digest (SHA-256, CRC-32) of the whole region`, async () => {
        const raw = seededBytes(spec.size, spec.region * 7 + 1);
        const data = spec.randomByte ? raw.map(spec.randomByte) : raw;
        const chunk = Math.min(dev.info.maxFrame - 64, 4096);
        for (let off = 0; off < spec.size; off += chunk) {
          const r = await write(dev, spec.region, off, data.subarray(off, off + chunk));
          expect(r.memWrite!.nextOffset).toBe(Math.min(off + chunk, spec.size));
        }
        const back = new Uint8Array(spec.size);
        for (let off = 0; off < spec.size; off += chunk) back.set(await read(dev, spec.region, off, Math.min(chunk, spec.size - off)), off);
        expect(Buffer.compare(Buffer.from(back), Buffer.from(data))).toBe(0);
        const d = await dev.session.request({ memDigest: { region: spec.region, offset: 0, length: spec.size } });
        expect(Buffer.from(d.memDigest!.sha256!).toString('hex')).toBe(createHash('sha256').update(data).digest('hex'));
        expect(d.memDigest!.crc32).toBe(crc32(data));
        // A part of the region: the digest covers exactly the range asked for.
        const part = await dev.session.request({ memDigest: { region: spec.region, offset: 8, length: 16 } });
        expect(part.memDigest!.crc32).toBe(crc32(data.subarray(8, 24)));
      }, needs);

      test(`${name}: March C- (chunked, 0/1 backgrounds, both address orders)`, async () => {
        const chunk = Math.min(1024, spec.size);
        const n = spec.size / chunk;
        const zeros = new Uint8Array(chunk);
        const ones = new Uint8Array(chunk).fill(spec.ones);
        const up = Array.from({ length: n }, (_, i) => i * chunk);
        const down = [...up].reverse();
        const failures: string[] = [];
        const expectChunk = async (off: number, want: Uint8Array, element: string) => {
          const got = await read(dev, spec.region, off, chunk);
          const k = got.findIndex((b, i) => b !== want[i]);
          if (k >= 0) failures.push(`${element}: byte ${off + k} is 0x${got[k].toString(16)}, expected 0x${want[k].toString(16)}`);
        };
        for (const off of up) await write(dev, spec.region, off, zeros); // ⇕(w0)
        for (const [order, r, w, el] of [
          [up, zeros, ones, '⇑(r0,w1)'],
          [up, ones, zeros, '⇑(r1,w0)'],
          [down, zeros, ones, '⇓(r0,w1)'],
          [down, ones, zeros, '⇓(r1,w0)'],
        ] as const) {
          for (const off of order) {
            await expectChunk(off, r, el);
            await write(dev, spec.region, off, w);
          }
        }
        for (const off of up) await expectChunk(off, zeros, '⇕(r0)');
        expect(failures.slice(0, 5)).toEqual([]);
      }, needs);

      test(`${name}: write bounds, CRC and argument errors are refused and write nothing`, async () => {
        const before = await read(dev, spec.region, 0, Math.min(64, spec.size));
        const tooLong = new Uint8Array(dev.info.maxFrame - 63);
        const cases: Array<[string, Body, string]> = [
          ['past the end', { memWrite: { region: spec.region, offset: spec.size - 2, data: new Uint8Array(4), dataCrc: crc32(new Uint8Array(4)) } }, 'STATUS_OUT_OF_RANGE'],
          ['longer than max_frame - 64', { memWrite: { region: spec.region, offset: 0, data: tooLong, dataCrc: crc32(tooLong) } }, 'STATUS_OUT_OF_RANGE'],
          ['empty data', { memWrite: { region: spec.region, offset: 0, data: new Uint8Array(0), dataCrc: crc32(new Uint8Array(0)) } }, 'STATUS_BAD_ARGUMENT'],
          ['data_crc wrong', { memWrite: { region: spec.region, offset: 0, data: Uint8Array.of(1, 2, 3, 4), dataCrc: 0xdeadbeef } }, 'STATUS_BAD_CRC'],
        ];
        if (spec.region === Region.REGION_TRIM) cases.push(['a TRIM byte outside -32..31', { memWrite: { region: spec.region, offset: 0, data: Uint8Array.of(1, 40), dataCrc: crc32(Uint8Array.of(1, 40)) } }, 'STATUS_BAD_ARGUMENT']);
        for (const [why, body, want] of cases) expect(await status(dev, body), why).toBe(want);
        expect(Buffer.compare(Buffer.from(await read(dev, spec.region, 0, before.length)), Buffer.from(before)), 'nothing written').toBe(0);
      }, needs);
    } else {
      test(`${name}: read-only (ACCESS_DENIED on write), readable, digest matches the read`, async () => {
        expect(await status(dev, { memWrite: { region: spec.region, offset: 0, data: Uint8Array.of(1), dataCrc: crc32(Uint8Array.of(1)) } })).toBe('STATUS_ACCESS_DENIED');
        const data = await read(dev, spec.region, 0, spec.size);
        const d = await dev.session.request({ memDigest: { region: spec.region, offset: 0, length: spec.size } });
        expect(d.memDigest!.crc32).toBe(crc32(data));
      });
    }

    test(`${name}: read and digest bounds (past the end, zero length) are OUT_OF_RANGE`, async () => {
      expect(await status(dev, { memRead: { region: spec.region, offset: spec.size - 4, length: 8 } })).toBe('STATUS_OUT_OF_RANGE');
      expect(await status(dev, { memRead: { region: spec.region, offset: 0, length: 0 } })).toBe('STATUS_OUT_OF_RANGE');
      expect(await status(dev, { memRead: { region: spec.region, offset: spec.size, length: 1 } })).toBe('STATUS_OUT_OF_RANGE');
      expect(await status(dev, { memDigest: { region: spec.region, offset: 0, length: spec.size + 1 } })).toBe('STATUS_OUT_OF_RANGE');
      if (spec.size > dev.info.maxFrame - 64) expect(await status(dev, { memRead: { region: spec.region, offset: 0, length: dev.info.maxFrame - 63 } }), 'longer than max_frame - 64').toBe('STATUS_OUT_OF_RANGE');
    }, needs);
  }

  test('an unknown region is BAD_REGION for read, write and digest', async () => {
    const bad = 99 as Region;
    expect(await status(dev, { memRead: { region: bad, offset: 0, length: 4 } })).toBe('STATUS_BAD_REGION');
    expect(await status(dev, { memWrite: { region: bad, offset: 0, data: Uint8Array.of(1), dataCrc: crc32(Uint8Array.of(1)) } })).toBe('STATUS_BAD_REGION');
    expect(await status(dev, { memDigest: { region: bad, offset: 0, length: 4 } })).toBe('STATUS_BAD_REGION');
  });
});
