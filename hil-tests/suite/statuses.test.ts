/**
 * Every status code of protocol/SPEC.md section 6, each for its documented cause, on every target
 * that can produce it; recovery after a soft reset (boot epoch). The first test speaks raw frames
 * on a fresh link before any session exists (DECODE_ERROR, VERSION_MISMATCH, NOT_READY before a
 * hello, UNKNOWN_REQUEST); the rest go through a session, unchecked by the host
 * (dev.session.request). BUSY is checked by the burst test in link garbage (serial-garbage.test.ts).
 */
import { afterAll, expect } from 'vitest';
import { isHacError, type HacDevice } from '../../host/index.js';
import { PROTOCOL_VERSION, Region, StreamDecoder, crc32, decodeFrameMessage, encodeFrame, encodeFrameMessage, registerByName, statusName, type IRequest, type IResponse } from '../../protocol/index.js';
import { seededInt8 } from '../support/data.js';
import { status, type RequestBody as Body } from '../support/status.js';
import { forEachTarget } from '../targets/index.js';


const addr = (name: string) => registerByName(name)!.address;

forEachTarget(
  'status codes',
  (scope) => {
    const { target, test } = scope;
    let dev: HacDevice | null = null;
    const device = async () => (dev ??= await scope.running.connect());
    afterAll(async () => {
      await dev?.close();
    });

    test('raw frames on a fresh link: NOT_READY before a hello, DECODE_ERROR, VERSION_MISMATCH, UNKNOWN_REQUEST', async () => {
      const raw = await scope.running.opener();
      const decoder = new StreamDecoder();
      const answers: IResponse[] = [];
      const reading = (async () => {
        try {
          for await (const c of raw.read())
            for (const d of decoder.push(c)) {
              if (d.kind !== 'frame') continue;
              const f = decodeFrameMessage(d.payload);
              if (!(f instanceof Error) && f.response) answers.push(f.response);
            }
        } catch {
          /* link closed */
        }
      })();
      const send = async (req: IRequest | Uint8Array) => {
        const n = answers.length;
        const payload = req instanceof Uint8Array ? req : encodeFrameMessage({ request: req });
        await raw.write(Uint8Array.of(0, ...encodeFrame('line', payload)));
        const deadline = Date.now() + scope.ms(3000);
        while (answers.length === n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
        return answers[n] ?? null;
      };
      const st = (r: IResponse | null) => (r ? statusName(r.status ?? 0) : 'no answer');
      try {
        if (target.kind === 'virtual-chip') {
          // A fresh virtual chip has had no hello since power-on (a board may have had one).
          expect(st(await send({ seq: 1, regRead: { addresses: [addr('CHIP_ID')] } }))).toBe('STATUS_NOT_READY');
        }
        const notAFrame = Uint8Array.of(0xff, 0xff, 0xff, 0xff);
        const dec = await send(notAFrame);
        expect(st(dec)).toBe('STATUS_DECODE_ERROR');
        expect(dec?.seq ?? 0).toBe(0);
        const vm = await send({ seq: 0, hello: { protocolVersion: 99, sessionId: 7, nextSeq: 1 } as IRequest['hello'] });
        expect(st(vm)).toBe('STATUS_VERSION_MISMATCH');
        expect(vm?.hello?.protocolVersion, 'the body is filled on VERSION_MISMATCH').toBe(PROTOCOL_VERSION);
        const ok = await send({ seq: 0, hello: { protocolVersion: PROTOCOL_VERSION, sessionId: 7, nextSeq: 1 } as IRequest['hello'] });
        expect(st(ok)).toBe('STATUS_OK');
        expect(st(await send({ seq: 1 }))).toBe('STATUS_UNKNOWN_REQUEST');
      } finally {
        await raw.close();
        await reading;
      }
    });

    const cases: Array<[string, string, Body]> = [
      ['BAD_REGION', 'region id unknown', { memRead: { region: 42 as Region, offset: 0, length: 4 } }],
      ['OUT_OF_RANGE', 'read past the end of K SRAM', { memRead: { region: Region.REGION_K_SRAM, offset: 32760, length: 64 } }],
      ['OUT_OF_RANGE', 'more than 256 registers in one read', { regRead: { addresses: Array.from({ length: 257 }, () => addr('SCRATCH')) } }],
      ['BAD_CRC', 'mem_write data_crc does not match', { memWrite: { region: Region.REGION_Q_BUFFER, offset: 0, data: Uint8Array.of(1, 2, 3, 4), dataCrc: 0xdeadbeef } }],
      ['INVALID_CONFIG', 'MARGIN above its max', { regWrite: { writes: [{ address: addr('MARGIN'), value: 1000 }] } }],
      ['INVALID_CONFIG', 'SCORE_SCALE below its min', { regWrite: { writes: [{ address: addr('SCORE_SCALE'), value: 0 }] } }],
      ['BAD_ADDRESS', 'register address not in the map', { regRead: { addresses: [0xfff0] } }],
      ['ACCESS_DENIED', 'write to a read-only register', { regWrite: { writes: [{ address: addr('CHIP_ID'), value: 1 }] } }],
      ['ACCESS_DENIED', 'read of a write-only register', { regRead: { addresses: [addr('CONTROL')] } }],
      ['ACCESS_DENIED', 'write to a read-only region', { memWrite: { region: Region.REGION_OUTPUT, offset: 0, data: Uint8Array.of(1), dataCrc: crc32(Uint8Array.of(1)) } }],
      ['BAD_ARGUMENT', 'query not 64 bytes', { runQuery: { query: new Uint8Array(3) } }],
      ['BAD_ARGUMENT', 'writes after a SOFT_RESET strobe', { regWrite: { writes: [{ address: addr('CONTROL'), value: 2 }, { address: addr('SCRATCH'), value: 1 }] } }],
    ];
    for (const [code, cause, body] of cases) {
      test(`STATUS_${code}: ${cause}`, async () => {
        const d = await device();
        if (body.runQuery) await d.loadContext({ keys: seededInt8(64 * 64, 1), values: seededInt8(64 * 64, 2) });
        expect(await status(d, body)).toBe(`STATUS_${code}`);
        expect(await d.regs.read('CHIP_ID'), 'the device is intact afterwards').toBe(d.info.chipId);
      });
    }

    test('STATUS_CONTEXT_FULL: append beyond max_tokens', async () => {
      const d = await device();
      await d.regs.write('CONTEXT_LEN', d.info.maxTokens);
      expect(await status(d, { appendToken: { key: new Uint8Array(64), value: new Uint8Array(64) } })).toBe('STATUS_CONTEXT_FULL');
      expect((await d.regs.read('STATUS')) & 0x8, 'STATUS.CONTEXT_FULL').toBe(0x8);
      expect(await d.regs.read('ERROR_CODE')).toBe(4);
      await d.resetContext();
    }, { caps: ['APPEND_TOKEN'] });

    test('STATUS_UNSUPPORTED: analog codes asked of a device without ANALOG_CODES', async (t) => {
      const d = await device();
      if (d.hasCapability('ANALOG_CODES')) t.skip(`${target.name} has ANALOG_CODES: nothing to refuse`);
      await d.loadContext({ keys: seededInt8(64 * 64, 1), values: seededInt8(64 * 64, 2) });
      expect(await status(d, { runQuery: { query: new Uint8Array(64), wantCodes: true } })).toBe('STATUS_UNSUPPORTED');
    });

    test('STATUS_NOT_READY: no result since reset; a chip held in reset (BOARD.CHIP_RESET)', async () => {
      const d = await device();
      await d.reset();
      d.acknowledgeReset();
      expect(await status(d, { readResult: {} })).toBe('STATUS_NOT_READY');
      if (d.hasCapability('BOARD_CONTROL')) {
        await d.loadContext({ keys: seededInt8(64 * 64, 1), values: seededInt8(64 * 64, 2) });
        await d.regs.write('CHIP_RESET', 1);
        try {
          expect(await status(d, { runQuery: { query: new Uint8Array(64) } })).toBe('STATUS_NOT_READY');
        } finally {
          await d.regs.write('CHIP_RESET', 0);
        }
        // A chip that was held in reset has lost its engine state (CONTEXT_LEN): load again.
        await d.loadContext({ keys: seededInt8(64 * 64, 1), values: seededInt8(64 * 64, 2) });
        expect(await status(d, { runQuery: { query: new Uint8Array(64) } })).toBe('STATUS_OK');
      }
    });

    test('STATUS_INTERNAL: an injected firmware fault answers INTERNAL and has no effect', async () => {
      const d = await device();
      await d.regs.write('SCRATCH', 11);
      scope.running.sim!.control.injectInternalErrors(1);
      expect(await status(d, { regWrite: { writes: [{ address: addr('SCRATCH'), value: 22 }] } })).toBe('STATUS_INTERNAL');
      d.regs.invalidate('SCRATCH');
      expect(await d.regs.read('SCRATCH')).toBe(11);
    }, { control: true });

    test('soft reset: registers back to reset values, boot epoch + 1, the device works again', async () => {
      const d = await device();
      const epoch = d.info.bootEpoch;
      await d.regs.writeMany({ SCRATCH: 0x55, MARGIN: 3, OUTPUT_SHIFT: 5 });
      const info = await d.reset();
      d.acknowledgeReset();
      expect(info.bootEpoch).toBe((epoch + 1) >>> 0);
      d.regs.invalidate();
      expect(await d.regs.readMany(['SCRATCH', 'MARGIN', 'OUTPUT_SHIFT', 'IRQ_ENABLE'])).toEqual({ SCRATCH: 0, MARGIN: 10, OUTPUT_SHIFT: 0, IRQ_ENABLE: 6 });
      await d.loadContext({ keys: seededInt8(64 * 64, 3), values: seededInt8(64 * 64, 4) });
      const r = await d.query(seededInt8(64, 5, 80));
      expect(r.contextLength).toBe(64);
    });

    test('a device reset the host did not ask for: typed device-reset error, new boot epoch, then recovery', async () => {
      const d = await device();
      const epoch = d.info.bootEpoch;
      scope.running.sim!.control.resetDevice('HIL test');
      const err = await d.regs.read('CHIP_ID').then(
        () => null,
        (e: unknown) => e,
      );
      // The next request meets NOT_READY, the host greets again and sees the new epoch.
      expect(isHacError(err) && err.kind).toBe('device-reset');
      d.acknowledgeReset();
      expect(d.info.bootEpoch).not.toBe(epoch);
      expect(await d.regs.read('CHIP_ID')).toBe(d.info.chipId);
    }, { control: true });
  },
  { connect: false },
);
