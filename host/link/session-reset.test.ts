/** Resets: the host's own (reset(), CONTROL.SOFT_RESET) are expected; an epoch check gates what goes out. */
import { describe, expect, it } from 'vitest';
import { Status } from '../../protocol/index.js';
import { HacDevice } from '../device/device.js';
import { fakeLink, fakeSession } from '../testing/harness.js';
import { ScriptedTransport, helloReply } from '../testing/scripted.js';
import { SCRATCH, errorOf } from '../testing/waits.js';
import { Session } from './session.js';

describe('host-caused resets', () => {
  it('regs.write(CONTROL, SOFT_RESET) is an expected reset: no device-reset error, new epoch, one hello', async () => {
    const link = fakeLink();
    const dev = await HacDevice.open(link.opener, {});
    const epoch = dev.info.bootEpoch;
    await dev.regs.write('SCRATCH', 5);
    await dev.regs.write('CONTROL', 2);
    expect(dev.info.bootEpoch).toBe(epoch + 1);
    expect(link.device.helloSessionIds.length).toBe(2);
    expect(await dev.regs.read('SCRATCH')).toBe(0); // cache dropped, device value is the reset value
    await dev.regs.updateBits('CONTROL', 2, 2);
    await dev.regs.writeField('CONTROL', 'SOFT_RESET', 1);
    expect(dev.info.bootEpoch).toBe(epoch + 3);
    expect(dev.session.resetUnacknowledged).toBe(false);
    expect(dev.stats().deviceResets).toBe(0);
    await dev.close();
  });

  it('requests pipelined behind reset wait for the re-hello instead of failing NOT_READY', async () => {
    const { session, device } = await fakeSession({ window: 8 });
    const r = session.request({ reset: {} });
    const others = [session.request({ readCounters: {} }), session.request({ regRead: { addresses: [0] } }), session.request({ regWrite: { writes: [{ address: SCRATCH, value: 9 }] } })];
    await r;
    const [, rr] = await Promise.all(others);
    expect(rr.regRead!.values).toEqual([0x48414301]);
    expect(device.regs.get(SCRATCH)).toBe(9);
    expect(session.resetUnacknowledged).toBe(false);
    await session.close();
  });

  it('a request issued after our own reset waits for the re-hello and takes the next seq (v2: nothing overtakes the reset)', async () => {
    let readSeq = 0;
    let resetSeq = 0;
    const t = new ScriptedTransport([
      { kind: 'hello', reply: helloReply() },
      { kind: 'reset', reply: (r) => ((resetSeq = r.seq), { status: Status.STATUS_OK, reset: { bootEpoch: 8 } }) },
      { kind: 'hello', reply: helloReply({ bootEpoch: 8 }) },
      { kind: 'regRead', reply: (r) => ((readSeq = r.seq), { status: Status.STATUS_OK, regRead: { values: [1] } }) },
    ]);
    const s = await Session.open(async () => t, { reconnect: false });
    const r = s.request({ reset: {} });
    const a = s.request({ regRead: { addresses: [0] } });
    expect((await a).regRead!.values).toEqual([1]);
    await r;
    expect(readSeq).toBe(resetSeq + 1);
    expect(t.sent.filter((x) => x.req.hello).map((x) => [x.req.seq, x.req.hello!.nextSeq])).toEqual([[0, 1], [0, resetSeq + 1]]);
    expect(s.info.bootEpoch).toBe(8);
    expect(s.resetUnacknowledged).toBe(false);
    await s.close();
    t.verify();
  });

  it('device.reset() sends exactly one hello', async () => {
    const link = fakeLink();
    const dev = await HacDevice.open(link.opener, {});
    const before = link.device.helloSessionIds.length;
    const info = await dev.reset();
    expect(link.device.helloSessionIds.length - before).toBe(1);
    expect(info.bootEpoch).toBe(link.device.bootEpoch);
    await dev.close();
  });
});

describe('epoch verification gates the pump', () => {
  it('a request issued while the epoch check runs does not execute on the reset device', async () => {
    const { session, device } = await fakeSession();
    device.reboot();
    let late: Promise<unknown> | null = null;
    let hellos = 0;
    device.faults.decide = (k, seq) => {
      // The verification hello reaches the device: issue a write right now.
      if (k === 'hello' && ++hellos === 1) late = session.request({ regWrite: { writes: [{ address: SCRATCH, value: 5 }] } });
      return undefined;
    };
    const e = await errorOf(session.request({ regRead: { addresses: [0] } }));
    expect(e.kind).toBe('device-reset');
    expect(late).not.toBeNull();
    expect((await errorOf(late!)).kind).toBe('device-reset');
    expect(device.regs.get(SCRATCH)).toBe(0);
    await session.close();
  });
});
