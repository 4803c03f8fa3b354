/**
 * A broken or hostile device never hangs the host, and nothing it sends passes unchecked (issue 8,
 * part 3). Each test is a scripted device doing exactly one bad thing.
 */
import { describe, expect, it } from 'vitest';
import { Status, encodeFrame, encodeFrameMessage, type IResponse } from '../../protocol/index.js';
import { HacDevice } from '../device/device.js';
import { deviceText } from '../device-text.js';
import { HacError } from '../errors.js';
import { memoryPair } from '../transport/memory.js';
import { ScriptedTransport, helloReply } from '../testing/scripted.js';
import { Session } from './session.js';

const ok = (body: IResponse = {}): IResponse => ({ status: Status.STATUS_OK, ...body });
const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as HacError);

describe('a device that drops the link', () => {
  it('answering the hello, then dropping the link at every request: typed error, no endless reconnects', async () => {
    let opens = 0;
    const opener = async () => {
      opens++;
      const t = new ScriptedTransport([{ kind: 'hello', reply: helloReply() }, { kind: 'ping', reply: () => (queueMicrotask(() => t.cut()), undefined) }]);
      return t;
    };
    const s = await Session.open(opener, { reconnect: { attempts: 50, minDelayMs: 0, maxDelayMs: 1 }, timeouts: { ping: 200, hello: 200 } });
    const e = await errorOf(s.request({ ping: {} }));
    expect(e).toBeInstanceOf(HacError);
    expect(e!.kind).toBe('disconnected');
    expect(e!.message).toMatch(/dropped \d+ times/);
    expect(opens).toBeLessThanOrEqual(8);
    await s.close();
  });

  it('dropping the link a moment after every hello, while idle: the session goes down instead of reconnecting for ever', async () => {
    let opens = 0;
    const opener = async () => {
      opens++;
      const t = new ScriptedTransport([{ kind: 'hello', reply: () => (setTimeout(() => t.cut(), 5), helloReply()) }]);
      return t;
    };
    const s = await Session.open(opener, { reconnect: { attempts: 50, minDelayMs: 0, maxDelayMs: 1 } });
    await new Promise((r) => setTimeout(r, 300));
    expect(s.state).toBe('down');
    expect(opens).toBeLessThanOrEqual(8);
    await s.close();
  });
});

describe('hello fields are checked', () => {
  it.each([
    ['max_frame 0', { maxFrame: 0 }, /max_frame 0/],
    ['max_frame 1024', { maxFrame: 1024 }, /max_frame 1024/],
    ['window 0', { window: 0 }, /window 0/],
    ['max_tokens 2^32-1', { maxTokens: 0xffffffff }, /max_tokens 4294967295/],
    ['max_tokens 0', { maxTokens: 0 }, /max_tokens 0/],
    ['head_dim 0', { headDim: 0 }, /head_dim 0/],
    ['tile_tokens 0', { tileTokens: 0 }, /tile_tokens 0/],
    ['heads 2^32-1', { heads: 0xffffffff }, /heads 4294967295/],
  ])('%s is refused as a protocol error at connect time', async (_n, over, re) => {
    const t = new ScriptedTransport([{ kind: 'hello', reply: helloReply(over) }]);
    const e = await errorOf(Session.open(async () => t, { reconnect: false }));
    expect(e?.kind).toBe('protocol');
    expect(e?.message).toMatch(re);
  });

  it('a hello answer that does not decode is named as such, not as a plain timeout', async () => {
    const [host, dev] = memoryPair();
    void (async () => {
      // Good CRC, invalid UTF-8 inside the firmware string: protobuf decoding fails.
      const body = encodeFrameMessage({ response: { seq: 0, status: 0, hello: { ...helloReply().hello, firmware: 'x' } } });
      const i = body.lastIndexOf(0x78); // the 'x'
      body[i] = 0xff;
      for await (const _chunk of dev.read()) await dev.write(encodeFrame('line', body));
    })();
    const e = await errorOf(Session.open(async () => host, { reconnect: false, timeouts: { hello: 30 }, retries: 1 }));
    expect(e?.kind).toBe('protocol');
    expect(e?.message).toMatch(/could not be decoded/);
  });
});

describe('answers that are not what was asked', () => {
  it('a reg_write answered OK with a ping body, or with count 0, is not a write done', async () => {
    const t = new ScriptedTransport([
      { kind: 'hello', reply: helloReply() },
      { kind: 'regWrite', reply: ok({ ping: {} }) },
      { kind: 'regWrite', reply: ok({ regWrite: { count: 0 } }) },
    ]);
    const dev = await HacDevice.open(async () => t, { reconnect: false });
    const e1 = await errorOf(dev.regs.write('SCRATCH', 0x55));
    expect([e1?.kind, e1?.message]).toEqual(['protocol', 'regWrite answered STATUS_OK with a ping body']);
    const e2 = await errorOf(dev.regs.write('SCRATCH', 0x55));
    expect(e2?.kind).toBe('protocol');
    expect(e2?.message).toMatch(/count 0/);
    await dev.close();
    t.verify();
  });
});

describe('device text is escaped', () => {
  it('control characters in a status detail, the firmware string and log lines reach no terminal raw', async () => {
    const evil = 'ok\x1b]0;pwned\x07\x1b[2J\rhac: error: fake\n';
    const t = new ScriptedTransport([{ kind: 'hello', reply: helloReply({ firmware: evil }) }, { kind: 'ping', reply: { status: Status.STATUS_BAD_ARGUMENT, detail: evil } }]);
    const s = await Session.open(async () => t, { reconnect: false });
    expect(s.info.firmware).toBe(deviceText(evil));
    expect(s.info.firmware).not.toMatch(/[\x00-\x1f\x7f]/);
    const e = await errorOf(s.request({ ping: {} }));
    expect(e?.message).not.toMatch(/[\x00-\x1f\x7f]/);
    expect(e?.message).toContain('\\x1b]0;pwned\\x07');
    await s.close();
  });

  it('deviceText escapes C0, DEL, C1 and lone surrogates, and leaves printable text alone', () => {
    expect(deviceText('a\tb\u009b\u007f\ud800 ü €')).toBe('a\\tb\\x9b\\x7f\\ud800 ü €');
  });
});

describe('device-reset wording', () => {
  it('an epoch that went 1000 -> 1001 on the same device is a reset with the right previous epoch', async () => {
    const t = new ScriptedTransport([
      { kind: 'hello', reply: helloReply({ bootEpoch: 1000 }) },
      { kind: 'ping', reply: { status: Status.STATUS_NOT_READY } },
      { kind: 'hello', reply: helloReply({ bootEpoch: 1001 }) },
    ]);
    const s = await Session.open(async () => t, { reconnect: false });
    const e = await errorOf(s.request({ ping: {} }));
    expect(e?.kind).toBe('device-reset');
    expect(e?.message).toMatch(/boot epoch 1000 -> 1001/);
    expect(e?.context.previousBootEpoch).toBe(1000);
    await s.close();
  });
});
