/**
 * The session's side of the verification fence (SPEC section 4b, fence.ts) against the fake
 * device: what a failed verification does to the requests issued behind it.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Cap, crc32, Region, Status } from '../../protocol/index.js';
import { HacError } from '../errors.js';
import { fakeSession } from '../testing/harness.js';
import type { RequestBody } from './session.js';

const FENCE_CAPS = Cap.BINARY_FRAMING | Cap.VIRTUAL_CHIP | Cap.VERIFY_FENCE;
const sha = (b: Uint8Array) => new Uint8Array(createHash('sha256').update(b).digest());
const write = (offset: number, data: Uint8Array): RequestBody => ({ memWrite: { region: Region.REGION_K_SRAM, offset, data, dataCrc: crc32(data) } });
const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as HacError);

describe('verification fence, host side', () => {
  it('the repair runs at the digest\'s place and the refused requests go out again after it, in call order', async () => {
    const { session: s, device } = await fakeSession({ capabilities: FENCE_CAPS }, { reconnect: false });
    const want = new Uint8Array(64).fill(7);
    const bad = new Uint8Array(64).fill(6);
    const owner = Symbol('load');
    const repaired: number[] = [];
    let late: Promise<unknown> | null = null;
    // A write that landed wrong, its digest expecting the right bytes, then two more calls unawaited.
    const w1 = s.request(write(0, bad), { owner });
    const digest = s.request(
      { memDigest: { region: Region.REGION_K_SRAM, offset: 0, length: 64, expectSha256: sha(want) } },
      {
        owner,
        verify: {
          repair: async (answer, send) => {
            expect(answer.status).toBe(Status.STATUS_VERIFY_FAILED);
            // A call made now, not through the repair's send: it waits for the repair and the refused.
            late = s.request({ regRead: { addresses: [4] } });
            const r = await send(write(0, want));
            repaired.push(r.seq);
          },
        },
      },
    );
    const after1 = s.request(write(64, new Uint8Array(64).fill(1)));
    const after2 = s.request({ regRead: { addresses: [0] } });
    await w1;
    await expect(digest).resolves.toBeTruthy();
    const [a1, a2] = await Promise.all([after1, after2]);
    // Refused once (not executed), then sent again under new numbers after the repair.
    expect(device.fencedSeqs.length).toBeGreaterThanOrEqual(2);
    expect(a1.seq).toBeGreaterThan(repaired[0]);
    expect(a2.seq).toBeGreaterThan(a1.seq);
    await late;
    const order = device.executed.filter((e) => e.kind !== 'hello').map((e) => e.kind);
    expect(order).toEqual(['memWrite', 'memDigest', 'clearFence', 'memWrite', 'memWrite', 'regRead', 'regRead']);
    expect(Array.from(device.mem.get(Region.REGION_K_SRAM)!.subarray(0, 65))).toEqual([...Array.from(want), 1]);
    expect(s.stats().verifyFailures).toBe(1);
    expect(s.stats().fenced).toBeGreaterThanOrEqual(2);
    await s.close();
  });

  it('a repair that fails drops the failing call\'s own refused requests; other calls\' still run', async () => {
    const { session: s, device } = await fakeSession({ capabilities: FENCE_CAPS }, { reconnect: false });
    const owner = Symbol('load');
    const digest = s.request(
      { memDigest: { region: Region.REGION_K_SRAM, offset: 0, length: 64, expectSha256: new Uint8Array(32) } },
      { owner, verify: { repair: async () => Promise.reject(new HacError('device', 'verification failed: cannot repair')) } },
    );
    const commit = s.request({ regWrite: { writes: [{ address: 0x0100, value: 5 }] } }, { owner });
    const other = s.request(write(0, new Uint8Array(64).fill(3)));
    const [e1, e2] = await Promise.all([errorOf(digest), errorOf(commit)]);
    expect(e1?.message).toMatch(/cannot repair/);
    expect(e2?.kind).toBe('device');
    expect(e2?.message).toMatch(/regWrite not executed: the verification before it failed/);
    await expect(other).resolves.toBeTruthy();
    expect(device.executed.map((e) => e.kind)).not.toContain('regWrite');
    expect(device.mem.get(Region.REGION_K_SRAM)![0]).toBe(3);
    await s.close();
  });

  it('giving up during a repair fails the refused requests as not executed; the session goes on', async () => {
    const { session: s, device } = await fakeSession({ capabilities: FENCE_CAPS }, { reconnect: false, timeouts: { clearFence: 20, hello: 200 }, giveUpAfterMs: 120 });
    // The clear_fence never reaches the device: the repair cannot start, the session gives up.
    device.faults.decide = (kind) => (kind === 'clearFence' ? 'drop-request' : undefined);
    const digest = s.request(
      { memDigest: { region: Region.REGION_K_SRAM, offset: 0, length: 64, expectSha256: new Uint8Array(32) } },
      { verify: { repair: async () => {} } },
    );
    const behind = s.request(write(0, new Uint8Array(64).fill(9)));
    const e = await errorOf(behind);
    expect(e?.kind).toBe('timeout');
    expect(e?.message).toMatch(/not executed/);
    await errorOf(digest);
    expect(device.mem.get(Region.REGION_K_SRAM)![0]).toBe(0);
    device.faults.decide = undefined;
    await expect(s.request({ ping: {} })).resolves.toBeTruthy();
    await s.close();
  });

  it('VERIFY_FAILED to a digest sent without a repair fails it typed (protocol), and the calls behind it fail rather than hang', async () => {
    const { session: s } = await fakeSession({ capabilities: FENCE_CAPS }, { reconnect: false });
    const digest = errorOf(s.request({ memDigest: { region: Region.REGION_K_SRAM, offset: 0, length: 64, expectSha256: new Uint8Array(32) } }));
    const behind = errorOf(s.request({ ping: {} }));
    const e = await digest;
    expect(e?.kind).toBe('protocol');
    expect(e?.message).toMatch(/VERIFY_FAILED but the caller gave no repair/);
    expect((await behind)?.kind).toBe('protocol');
    await s.close();
  });

  it('FENCED with no verification pending is a protocol error, never a silent success', async () => {
    const { session: s, device } = await fakeSession({ capabilities: FENCE_CAPS }, { reconnect: false });
    device.fenced = true; // as if a digest of another host had fenced it
    const e = await errorOf(s.request({ ping: {} }));
    expect(e?.kind).toBe('protocol');
    expect(e?.message).toMatch(/FENCED/);
    await s.close();
  });
});
