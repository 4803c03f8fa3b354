/**
 * Every status code of SPEC.md section 6, each reached by sending the offending request through a
 * real framed link: encode -> frame -> DeviceLink -> VirtualChip -> bytes -> decode.
 */
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { Cap, Region, Status, crc32, encodeFrame, statusName, type FramingKind, type IRequest } from '../../protocol/index.js';
import { ALL_CAPABILITIES, attachHost, createSim } from '../index.js';
import { addr, ready } from '../testing/testkit.js';
import type { WireHost } from '../testing/wire-host.js';

const seen = new Set<number>();



async function expectStatus(host: WireHost, req: IRequest, status: Status, framing: FramingKind = 'binary') {
  const r = await host.request(req, framing);
  expect(statusName(r.response.status), r.response.detail).toBe(statusName(status));
  expect(r.framing).toBe(framing);
  seen.add(r.response.status);
  return r.response;
}

describe('status codes through a framed link', () => {
  it('OK', async () => {
    const { host } = await ready();
    await expectStatus(host, { ping: { data: new Uint8Array([1, 2, 3]) } }, Status.STATUS_OK);
  });

  it('UNKNOWN_REQUEST: a request without a body', async () => {
    const { host } = await ready();
    // Ordered like any request (a newer host's request kind must not stall the order): it takes its turn.
    const seq = host.nextSeq;
    const r = await expectStatus(host, {}, Status.STATUS_UNKNOWN_REQUEST);
    expect(r.seq).toBe(seq);
    expect((await host.request({ ping: {} })).response.status).toBe(Status.STATUS_OK);
  });

  it('BAD_REGION: region id unknown', async () => {
    const { host } = await ready();
    await expectStatus(host, { memRead: { region: 0, offset: 0, length: 4 } }, Status.STATUS_BAD_REGION);
    await expectStatus(host, { memRead: { region: 42 as Region, offset: 0, length: 4 } }, Status.STATUS_BAD_REGION);
  });

  it('OUT_OF_RANGE: past the end of a region, too many registers, zero length', async () => {
    const { host } = await ready();
    await expectStatus(host, { memRead: { region: Region.REGION_K_SRAM, offset: 32768 - 32, length: 64 } }, Status.STATUS_OUT_OF_RANGE);
    await expectStatus(host, { memRead: { region: Region.REGION_Q_BUFFER, offset: 0, length: 0 } }, Status.STATUS_OUT_OF_RANGE);
    await expectStatus(host, { regRead: { addresses: new Array(257).fill(0) } }, Status.STATUS_OUT_OF_RANGE);
    await expectStatus(host, { regRead: { addresses: [] } }, Status.STATUS_OUT_OF_RANGE);
  });

  it('CONTEXT_FULL: append beyond max_tokens', async () => {
    const { host } = await ready();
    await expectStatus(host, { regWrite: { writes: [{ address: addr('CONTEXT_LEN'), value: 512 }] } }, Status.STATUS_OK);
    await expectStatus(host, { appendToken: { key: new Uint8Array(64), value: new Uint8Array(64) } }, Status.STATUS_CONTEXT_FULL);
  });

  it('BUSY: more than `window` requests in one write', async () => {
    const { sim, host } = await ready();
    const frames = Array.from({ length: 20 }, () => host.frame({ ping: {} }, 'binary'));
    const all = new Uint8Array(frames.reduce((n, f) => n + f.bytes.length, 0));
    let at = 0;
    for (const f of frames) {
      all.set(f.bytes, at);
      at += f.bytes.length;
    }
    const answers = frames.map((f) => host.waitFor(f.seq));
    sim.link.fromHost(all);
    const rs = await Promise.all(answers);
    const busy = rs.filter((r) => r.response.status === Status.STATUS_BUSY);
    expect(busy.length).toBe(20 - sim.chip.window);
    expect(rs.filter((r) => r.response.status === Status.STATUS_OK).length).toBe(sim.chip.window);
    seen.add(Status.STATUS_BUSY);
  });

  it('UNSUPPORTED: analog codes on a target without CAP_ANALOG_CODES', async () => {
    const { host } = await ready({ capabilities: ALL_CAPABILITIES & ~Cap.ANALOG_CODES & ~Cap.INT16_OUTPUT });
    await expectStatus(host, { appendToken: { key: new Uint8Array(64), value: new Uint8Array(64) } }, Status.STATUS_OK);
    await expectStatus(host, { runQuery: { query: new Uint8Array(64), wantCodes: true } }, Status.STATUS_UNSUPPORTED);
    await expectStatus(host, { regWrite: { writes: [{ address: addr('MODE'), value: 0x11 }] } }, Status.STATUS_UNSUPPORTED);
  });

  it('BAD_CRC: data_crc does not match', async () => {
    const { host } = await ready();
    const data = new Uint8Array([1, 2, 3, 4]);
    await expectStatus(host, { memWrite: { region: Region.REGION_Q_BUFFER, offset: 0, data, dataCrc: crc32(data) ^ 1 } }, Status.STATUS_BAD_CRC);
  });

  it('INVALID_CONFIG: value above max, CONTEXT_LEN = 0, TOPK = 0 in top-k mode', async () => {
    const { host } = await ready();
    await expectStatus(host, { regWrite: { writes: [{ address: addr('HEAD'), value: 16 }] } }, Status.STATUS_INVALID_CONFIG);
    await expectStatus(host, { runQuery: { query: new Uint8Array(64) } }, Status.STATUS_INVALID_CONFIG);
    await expectStatus(host, { appendToken: { key: new Uint8Array(64), value: new Uint8Array(64) } }, Status.STATUS_OK);
    await expectStatus(
      host,
      { regWrite: { writes: [{ address: addr('MODE'), value: 2 }, { address: addr('TOPK'), value: 0 }, { address: addr('MIN_KEEP'), value: 0 }] } },
      Status.STATUS_OK,
    );
    await expectStatus(host, { runQuery: { query: new Uint8Array(64) } }, Status.STATUS_INVALID_CONFIG);
  });

  it('BAD_ADDRESS: no register there; SIM block on a board profile', async () => {
    const { host } = await ready();
    await expectStatus(host, { regRead: { addresses: [0x0ffc] } }, Status.STATUS_BAD_ADDRESS);
    await expectStatus(host, { regWrite: { writes: [{ address: 0x0002, value: 1 }] } }, Status.STATUS_BAD_ADDRESS);
    const board = await ready({ capabilities: ALL_CAPABILITIES & ~Cap.VIRTUAL_CHIP });
    await expectStatus(board.host, { regRead: { addresses: [addr('DIE_SEED')] } }, Status.STATUS_BAD_ADDRESS);
  });

  it('ACCESS_DENIED: read of wo, write of ro, write to a read-only region', async () => {
    const { host } = await ready();
    await expectStatus(host, { regRead: { addresses: [addr('CONTROL')] } }, Status.STATUS_ACCESS_DENIED);
    await expectStatus(host, { regWrite: { writes: [{ address: addr('CHIP_ID'), value: 0 }] } }, Status.STATUS_ACCESS_DENIED);
    const data = new Uint8Array(2);
    await expectStatus(host, { memWrite: { region: Region.REGION_OUTPUT, offset: 0, data, dataCrc: crc32(data) } }, Status.STATUS_ACCESS_DENIED);
  });

  it('BAD_ARGUMENT: wrong key length, empty data, odd query length', async () => {
    const { host } = await ready();
    await expectStatus(host, { appendToken: { key: new Uint8Array(10), value: new Uint8Array(64) } }, Status.STATUS_BAD_ARGUMENT);
    await expectStatus(host, { memWrite: { region: Region.REGION_K_SRAM, offset: 0, data: new Uint8Array(0), dataCrc: 0 } }, Status.STATUS_BAD_ARGUMENT);
    await expectStatus(host, { runQuery: { query: new Uint8Array(63) } }, Status.STATUS_BAD_ARGUMENT);
  });

  it('NOT_READY: before hello, chip held in reset, no result yet', async () => {
    const sim = createSim();
    const host = attachHost(sim.link);
    await expectStatus(host, { ping: {} }, Status.STATUS_NOT_READY, 'line');
    expect((await host.hello()).response.status).toBe(Status.STATUS_OK);
    await expectStatus(host, { readResult: {} }, Status.STATUS_NOT_READY);
    await expectStatus(host, { appendToken: { key: new Uint8Array(64), value: new Uint8Array(64) } }, Status.STATUS_OK);
    await expectStatus(host, { regWrite: { writes: [{ address: addr('CHIP_RESET'), value: 1 }] } }, Status.STATUS_OK);
    await expectStatus(host, { runQuery: { query: new Uint8Array(64) } }, Status.STATUS_NOT_READY);
  });

  it('VERSION_MISMATCH: hello with an unsupported version still carries the body', async () => {
    const sim = createSim();
    const host = attachHost(sim.link);
    const r = await expectStatus(host, { seq: 0, hello: { protocolVersion: 99, maxFrame: 8192 } }, Status.STATUS_VERSION_MISMATCH, 'line');
    expect(r.hello?.protocolVersion).toBe(2);
    expect(r.hello?.minProtocolVersion).toBe(2);
    // a v1 host is refused: v2 changed the ordering contract
    expect((await host.request({ seq: 0, hello: { protocolVersion: 1, maxFrame: 8192 } }, 'line')).response.status).toBe(Status.STATUS_VERSION_MISMATCH);
    await expectStatus(host, { ping: {} }, Status.STATUS_NOT_READY, 'line');
  });

  it('DECODE_ERROR: valid CRC, junk payload, in both framings', async () => {
    const { sim, host } = await ready();
    for (const framing of ['line', 'binary'] as const) {
      const answer = host.waitFor(0);
      sim.link.fromHost(encodeFrame(framing, new Uint8Array([0xff, 0xff, 0xff, 0xff])));
      const r = await answer;
      expect(statusName(r.response.status)).toBe('STATUS_DECODE_ERROR');
      expect(r.response.seq).toBe(0);
      expect(r.framing).toBe(framing);
      seen.add(r.response.status);
    }
  });

  it('INTERNAL: a firmware fault has no effect', async () => {
    const { sim, host } = await ready();
    sim.control.injectInternalErrors(1);
    await expectStatus(host, { appendToken: { key: new Uint8Array(64), value: new Uint8Array(64) } }, Status.STATUS_INTERNAL);
    expect(sim.control.register('CONTEXT_LEN')).toBe(0);
    await expectStatus(host, { appendToken: { key: new Uint8Array(64), value: new Uint8Array(64) } }, Status.STATUS_OK);
  });

  it('VERIFY_FAILED and FENCED: a digest that differs from expect_sha256 fences the device until clear_fence (SPEC 4b)', async () => {
    const { sim, host } = await ready();
    const data = new Uint8Array(64).fill(7);
    await expectStatus(host, { memWrite: { region: Region.REGION_K_SRAM, offset: 0, data, dataCrc: crc32(data) } }, Status.STATUS_OK);
    const good = new Uint8Array(createHash('sha256').update(data).digest());
    // Equal: OK, no fence.
    const ok = await expectStatus(host, { memDigest: { region: Region.REGION_K_SRAM, offset: 0, length: 64, expectSha256: good } }, Status.STATUS_OK);
    expect(Buffer.from(ok.memDigest!.sha256!).equals(Buffer.from(good))).toBe(true);
    await expectStatus(host, { clearFence: {} }, Status.STATUS_OK);
    // Different: VERIFY_FAILED with the body, then nothing executes until clear_fence.
    const bad = good.slice();
    bad[0] ^= 1;
    const failed = await expectStatus(host, { memDigest: { region: Region.REGION_K_SRAM, offset: 0, length: 64, expectSha256: bad } }, Status.STATUS_VERIFY_FAILED);
    expect(Buffer.from(failed.memDigest!.sha256!).equals(Buffer.from(good))).toBe(true);
    const other = new Uint8Array(64).fill(9);
    const seq = host.nextSeq;
    await expectStatus(host, { memWrite: { region: Region.REGION_K_SRAM, offset: 0, data: other, dataCrc: crc32(other) } }, Status.STATUS_FENCED);
    await expectStatus(host, { regWrite: { writes: [{ address: addr('CONTEXT_LEN'), value: 3 }] } }, Status.STATUS_FENCED);
    expect(sim.control.register('CONTEXT_LEN')).toBe(0);
    // A resend of a refused request replays FENCED: it is never executed.
    expect((await host.request({ seq, memWrite: { region: Region.REGION_K_SRAM, offset: 0, data: other, dataCrc: crc32(other) } })).response.status).toBe(Status.STATUS_FENCED);
    const cleared = await expectStatus(host, { clearFence: {} }, Status.STATUS_OK);
    expect(cleared.clearFence?.refused).toBe(2);
    const read = await expectStatus(host, { memRead: { region: Region.REGION_K_SRAM, offset: 0, length: 64 } }, Status.STATUS_OK);
    expect(Buffer.from(read.memRead!.data!).equals(Buffer.from(data))).toBe(true);
    // A wrong-length expectation is refused and does not fence.
    await expectStatus(host, { memDigest: { region: Region.REGION_K_SRAM, offset: 0, length: 64, expectSha256: new Uint8Array(31) } }, Status.STATUS_BAD_ARGUMENT);
    await expectStatus(host, { ping: {} }, Status.STATUS_OK);
  });

  it('VERIFY_FENCE: a new session lifts the fence, a refused reset does not; a device without the capability ignores expect_sha256', async () => {
    const { sim, host } = await ready();
    const bad = new Uint8Array(32);
    await expectStatus(host, { memDigest: { region: Region.REGION_K_SRAM, offset: 0, length: 64, expectSha256: bad } }, Status.STATUS_VERIFY_FAILED);
    await expectStatus(host, { ping: {} }, Status.STATUS_FENCED);
    // A reset refused behind the fence does not run: no new epoch, and the fence stays.
    const epoch = sim.chip.bootEpoch;
    await expectStatus(host, { reset: {} }, Status.STATUS_FENCED);
    expect(sim.chip.bootEpoch).toBe(epoch);
    await expectStatus(host, { ping: {} }, Status.STATUS_FENCED);
    expect((await host.hello('line', 8192, 0x5eed)).response.status).toBe(Status.STATUS_OK);
    await expectStatus(host, { ping: {} }, Status.STATUS_OK);

    const plain = createSim({ capabilities: ALL_CAPABILITIES & ~Cap.VERIFY_FENCE });
    const old = attachHost(plain.link);
    expect((await old.hello()).response.status).toBe(Status.STATUS_OK);
    await expectStatus(old, { memDigest: { region: Region.REGION_K_SRAM, offset: 0, length: 64, expectSha256: bad } }, Status.STATUS_OK);
    await expectStatus(old, { clearFence: {} }, Status.STATUS_UNKNOWN_REQUEST);
    await expectStatus(old, { ping: {} }, Status.STATUS_OK);
  });

  afterAll(() => {
    const all = Object.values(Status).filter((v): v is number => typeof v === 'number');
    const missing = all.filter((s) => !seen.has(s)).map(statusName);
    expect(missing).toEqual([]);
  });
});
