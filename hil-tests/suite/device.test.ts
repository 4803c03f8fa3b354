/**
 * The HIL suite: one source, run against every target in targets/ (in-process sim, hac-sim over
 * stdio, TCP and a real pseudo-terminal serial port, and a board when HAC_BOARD names one).
 * Checks are written as a board must pass them: bit-exact where the contract is digital, and
 * within tolerance where the analog core decides.
 */
import { createHash } from 'node:crypto';
import { beforeAll, expect } from 'vitest';
import { ChipModel, digitalAttention } from '../../firmware-sim/model/index.js';
import { isHacError, type HacDevice } from '../../host/index.js';
import { CIM_COLUMNS, PROTOCOL_VERSION, REGISTER_MAP_HASH, Region, SCHEMA_HASH, Status, capabilityNames, registerByName } from '../../protocol/index.js';
import { seededBytes, seededInt8 } from '../support/data.js';
import { forEachTarget } from '../targets/index.js';

const D = 64;

forEachTarget('HIL', (scope) => {
    const { target, test } = scope;
    let dev: HacDevice;
    beforeAll(() => {
      dev = scope.connected ?? (undefined as unknown as HacDevice);
    });

    test('handshake reports the contract this host was built for', async () => {
      const info = dev.info;
      expect(info.protocolVersion).toBe(PROTOCOL_VERSION);
      expect(info.minProtocolVersion).toBeLessThanOrEqual(PROTOCOL_VERSION);
      expect(info.schemaHash).toBe(SCHEMA_HASH);
      expect(info.registerMapHash).toBe(REGISTER_MAP_HASH);
      expect(info.chipId).toBe(registerByName('CHIP_ID')!.reset);
      expect(info.window).toBeGreaterThanOrEqual(1);
      expect(info.maxFrame).toBeGreaterThan(1024);
      // Every capability the target description expects is advertised; a virtual chip advertises exactly those.
      for (const c of target.expects) expect(info.capabilityNames, `${target.name} must advertise ${c}`).toContain(c);
      if (target.kind === 'virtual-chip') expect(capabilityNames(info.capabilities).sort()).toEqual([...target.expects].sort());
      expect(info.framing).toBe(info.capabilityNames.includes('BINARY_FRAMING') ? 'binary' : 'line');
      expect(info.maxTokens * info.headDim).toBe(32768);
      expect(await dev.regs.read('CHIP_ID')).toBe(info.chipId);
    });

    test('register write, read-back, masked update and access rules', async () => {
      await dev.regs.write('SCRATCH', 0xa5a55a5a);
      dev.regs.invalidate('SCRATCH');
      expect(await dev.regs.read('SCRATCH')).toBe(0xa5a55a5a);
      await dev.regs.updateBits('SCRATCH', 0x0000ff00, 0x00001200);
      dev.regs.invalidate('SCRATCH');
      expect(await dev.regs.read('SCRATCH')).toBe(0xa5a5125a);
      const err = await dev.regs.write('CHIP_ID', 1).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isHacError(err)).toBe(true);
      // Either the host refuses before sending (invalid-argument) or the device denies it.
      if (isHacError(err) && err.kind === 'device') expect(err.status).toBe(Status.STATUS_ACCESS_DENIED);
      else expect(isHacError(err) && err.kind).toBe('invalid-argument');
      // IRQ_STATUS is write-one-to-clear: writing ones leaves no bit set.
      await dev.regs.write('IRQ_STATUS', 0x7);
      expect((await dev.regs.read('IRQ_STATUS')) & 0x7).toBe(0);
    });

    test('64 KiB memory write is verified by the device digest and reads back', async () => {
      const k = seededBytes(32768, 11);
      const v = seededBytes(32768, 12);
      await dev.writeMemory(Region.REGION_K_SRAM, 0, k);
      await dev.writeMemory(Region.REGION_V_SRAM, 0, v);
      const dk = await dev.digest(Region.REGION_K_SRAM, 0, k.length);
      const dv = await dev.digest(Region.REGION_V_SRAM, 0, v.length);
      expect(Buffer.from(dk.sha256).toString('hex')).toBe(createHash('sha256').update(k).digest('hex'));
      expect(Buffer.from(dv.sha256).toString('hex')).toBe(createHash('sha256').update(v).digest('hex'));
      expect(Buffer.compare(Buffer.from(await dev.readMemory(Region.REGION_V_SRAM, 0, v.length)), Buffer.from(v))).toBe(0);
    });

    test('digital pass is bit-exact with the documented arithmetic, given the chip\'s own keep mask', async () => {
      const T = 200;
      const keys = seededInt8(T * D, 21, 60);
      const values = seededInt8(T * D, 22, 100);
      await dev.loadContext({ keys, values });
      await dev.regs.writeMany({ MODE: 1, MARGIN: 10, MIN_KEEP: 1, OUTPUT_SHIFT: 4 });
      const scoreScale = await dev.regs.read('SCORE_SCALE');
      for (let j = 0; j < 5; j++) {
        const q = seededInt8(D, 100 + j, 80);
        const r = await dev.query(q);
        expect(r.contextLength).toBe(T);
        const mask = new Uint8Array(T);
        for (const t of r.kept) mask[t] = 1;
        const want = digitalAttention(q, keys, values, { d: D, contextLength: T, keepMask: mask, scoreScale, outputShift: 4 });
        expect(Array.from(r.output)).toEqual(Array.from(want));
        // The analog pass prunes: it keeps something and not everything on random data.
        expect(r.kept.length).toBeGreaterThan(0);
        expect(r.kept.length).toBeLessThan(T);
      }
      // Dense mode (pruning off) equals the dense digital path exactly.
      await dev.regs.writeField('MODE', 'SELECT', 'DENSE');
      const q = seededInt8(D, 999, 80);
      const dense = await dev.query(q);
      expect(dense.kept.length).toBe(T);
      expect(Array.from(dense.output)).toEqual(Array.from(digitalAttention(q, keys, values, { d: D, contextLength: T, scoreScale, outputShift: 4 })));
      await dev.regs.writeField('MODE', 'SELECT', 'RELATIVE');
    });

    test('analog keep decisions agree with the ideal twin within tolerance', async () => {
      // The trace diff a board must pass: the same queries through the ideal (noise-free) twin,
      // computed here on the host, and through the target. Analog noise and offsets may flip
      // tokens near the margin, never the strongest ones. Tolerances: >= 90% of keep decisions
      // agree on average, the exact best-scoring token is kept in every query and the exact top 5
      // in at least 90% of queries. (The typical-noise twin measures ~96% and 19/20.)
      const T = 200;
      const keys = seededInt8(T * D, 41, 60);
      const values = seededInt8(T * D, 42, 100);
      await dev.loadContext({ keys, values });
      await dev.regs.writeMany({ MODE: 1, MARGIN: 10, MIN_KEEP: 1, HEAD: 0 });
      const twin = new ChipModel({ preset: 'ideal' });
      twin.kSram.set(keys);
      twin.vSram.set(values);
      twin.keysChanged(0, T);
      let agreement = 0;
      let top5Kept = 0;
      const N = 20;
      for (let j = 0; j < N; j++) {
        const q = seededInt8(D, 400 + j, 80);
        const r = await dev.query(q);
        const ideal = twin.runQuery({ q, contextLength: T, head: 0, queryIndex: j, selection: { mode: 'relative', threshold: 16, margin: 10, topK: 64, minKeep: 1 }, outputShift: 0, outputInt16: false });
        const kept = new Uint8Array(T);
        for (const t of r.kept) kept[t] = 1;
        let same = 0;
        for (let t = 0; t < T; t++) if (kept[t] === ideal.keepMask[t]) same++;
        agreement += same / T;
        const order = Array.from({ length: T }, (_, t) => {
          let a = 0;
          for (let i = 0; i < D; i++) a += q[i] * keys[t * D + i];
          return { a, t };
        }).sort((x, y) => y.a - x.a);
        expect(kept[order[0].t], `query ${j}: best token ${order[0].t} pruned`).toBe(1);
        if (order.slice(0, 5).every((o) => kept[o.t])) top5Kept++;
      }
      expect(agreement / N).toBeGreaterThanOrEqual(0.9);
      expect(top5Kept / N).toBeGreaterThanOrEqual(0.9);
    });

    test('append-token grows the context and a full context is refused', async () => {
      await dev.resetContext();
      dev.regs.invalidate('CONTEXT_LEN');
      expect(await dev.regs.read('CONTEXT_LEN')).toBe(0);
      const n = await dev.appendToken(seededInt8(D, 5), seededInt8(D, 6));
      expect(n).toBe(1);
      await dev.regs.write('CONTEXT_LEN', dev.info.maxTokens);
      const err = await dev.appendToken(seededInt8(D, 7), seededInt8(D, 8)).catch((e: unknown) => e);
      expect(isHacError(err) && err.status).toBe(Status.STATUS_CONTEXT_FULL);
    }, { caps: ['APPEND_TOKEN'] });

    test('device failures come back through the link as typed errors with the device status', async () => {
      const cases: Array<[string, Parameters<HacDevice['session']['request']>[0], number]> = [
        ['unknown register', { regRead: { addresses: [0xfff0] } }, Status.STATUS_BAD_ADDRESS],
        ['write to read-only', { regWrite: { writes: [{ address: registerByName('CHIP_ID')!.address, value: 1 }] } }, Status.STATUS_ACCESS_DENIED],
        ['value above max', { regWrite: { writes: [{ address: registerByName('MARGIN')!.address, value: 1000 }] } }, Status.STATUS_INVALID_CONFIG],
        ['read past the region', { memRead: { region: Region.REGION_K_SRAM, offset: 32760, length: 64 } }, Status.STATUS_OUT_OF_RANGE],
        ['unknown region', { memRead: { region: 99 as Region, offset: 0, length: 4 } }, Status.STATUS_BAD_REGION],
        ['chunk CRC mismatch', { memWrite: { region: Region.REGION_Q_BUFFER, offset: 0, data: new Uint8Array([1, 2, 3, 4]), dataCrc: 0xdeadbeef } }, Status.STATUS_BAD_CRC],
        ['key of the wrong length', { appendToken: { key: new Uint8Array(3), value: new Uint8Array(64) } }, Status.STATUS_BAD_ARGUMENT],
      ];
      for (const [what, body, status] of cases) {
        const err = await dev.session.request(body).then(
          () => null,
          (e: unknown) => e,
        );
        expect(isHacError(err), what).toBe(true);
        expect(isHacError(err) && err.status, what).toBe(status);
      }
      // The device is intact afterwards.
      expect(await dev.regs.read('CHIP_ID')).toBe(dev.info.chipId);
    });

    test('bad input is a typed invalid-argument error before anything is sent', async () => {
      const before = dev.stats().framesOut;
      for (const bad of [() => dev.query(new Int8Array(3)), () => dev.regs.read('NO_SUCH_REGISTER' as never), () => dev.writeMemory(Region.REGION_Q_BUFFER, 60, new Uint8Array(8))]) {
        const err = await bad().then(
          () => null,
          (e: unknown) => e,
        );
        expect(isHacError(err) && err.kind).toBe('invalid-argument');
      }
      expect(dev.stats().framesOut).toBe(before);
    });

    test('same die seed gives the same keep masks and codes; a trim table moves the decisions', async () => {
      const T = 256;
      await dev.loadContext({ keys: seededInt8(T * D, 31, 90), values: seededInt8(T * D, 32, 90) });
      const q = seededInt8(D, 33, 100);
      const run = async (trim: number) => {
        await dev.regs.write('DIE_SEED', 77);
        await dev.reset(); // query index restarts at 0: the fresh noise stream repeats
        dev.acknowledgeReset();
        await dev.writeMemory(Region.REGION_TRIM, 0, new Uint8Array(CIM_COLUMNS).fill(trim & 0xff));
        await dev.regs.writeMany({ CONTEXT_LEN: T, MODE: 0, THRESHOLD_0: 12 });
        return dev.query(q, { wantCodes: true });
      };
      const a = await run(0);
      const b = await run(0);
      expect(a.codes!.length).toBe(T);
      expect(Array.from(a.keepMask)).toEqual(Array.from(b.keepMask));
      expect(Array.from(a.codes!)).toEqual(Array.from(b.codes!));
      expect(Array.from(a.output)).toEqual(Array.from(b.output));
      const c = await run(-30); // comparator sees offset + 30 mV: codes rise
      const sum = (x: Uint8Array) => x.reduce((s, v) => s + v, 0);
      expect(sum(c.codes!)).toBeGreaterThan(sum(a.codes!));
      expect(c.kept.length).toBeGreaterThanOrEqual(a.kept.length);
    }, { caps: ['VIRTUAL_CHIP', 'ANALOG_CODES', 'OFFSET_TRIM'] });
});
