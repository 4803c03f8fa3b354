import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, Status } from '../../protocol/index.js';
import { attachHost, createSim } from '../index.js';
import { FaultInjector, formatFaultSpec, parseFaultSpec, NO_LINK_FAULTS } from './faults.js';

describe('--faults syntax', () => {
  it('parses every key and round-trips', () => {
    const s = parseFaultSpec('seed=7,flip=1e-5,drop=2e-5,dup=3e-5,delay=0.001:5,disconnect=200000,reset=300000,sramwrite=0.01,dir=in');
    expect(s).toEqual({ seed: 7, flip: 1e-5, drop: 2e-5, dup: 3e-5, delay: 0.001, delayMs: 5, disconnectAfter: 200000, resetAfter: 300000, sramWrite: 0.01, dir: 'in' });
    expect(parseFaultSpec(formatFaultSpec(s))).toEqual(s);
    expect(parseFaultSpec('')).toEqual(NO_LINK_FAULTS);
  });

  it.each([
    ['flip=2', /flip/],
    ['drop=-1', /drop/],
    ['delay=0.1', /PROBABILITY:MS/],
    ['wobble=1', /unknown key "wobble"/],
    ['seed=1.5', /integer/],
    ['dir=up', /dir/],
    ['flip', /key=value/],
  ])('rejects %s with one clear line', (text, msg) => {
    expect(() => parseFaultSpec(text)).toThrow(msg);
  });
});

describe('FaultInjector', () => {
  const data = new Uint8Array(1 << 20).map((_, i) => i * 31);
  const joined = (spec: string, stream = 1) => {
    const pieces = new FaultInjector(parseFaultSpec(spec), stream).apply(data);
    return Buffer.concat(pieces.map((p) => p.bytes));
  };

  it('is deterministic for a seed and differs between seeds', () => {
    expect(joined('seed=3,flip=1e-4,drop=1e-4,dup=1e-4').equals(joined('seed=3,flip=1e-4,drop=1e-4,dup=1e-4'))).toBe(true);
    expect(joined('seed=3,flip=1e-4').equals(joined('seed=4,flip=1e-4'))).toBe(false);
  });

  it('hits the configured rates', () => {
    const inj = new FaultInjector(parseFaultSpec('seed=9,flip=1e-4,drop=1e-3,dup=5e-4,delay=2e-4:3'), 1);
    const pieces = inj.apply(data);
    const bits = data.length * 8;
    expect(inj.counts.flippedBits).toBeGreaterThan(bits * 1e-4 * 0.85);
    expect(inj.counts.flippedBits).toBeLessThan(bits * 1e-4 * 1.15);
    expect(inj.counts.droppedBytes).toBeGreaterThan(data.length * 1e-3 * 0.85);
    expect(inj.counts.droppedBytes).toBeLessThan(data.length * 1e-3 * 1.15);
    expect(inj.counts.duplicatedBytes).toBeGreaterThan(data.length * 5e-4 * 0.8);
    expect(inj.counts.delays).toBeGreaterThan(data.length * 2e-4 * 0.7);
    const delivered = pieces.reduce((n, p) => n + p.bytes.length, 0);
    expect(delivered).toBe(data.length - inj.counts.droppedBytes + inj.counts.duplicatedBytes);
    expect(pieces.filter((p) => p.delayMs === 3).length).toBe(inj.counts.delays);
  });

  it('passes bytes untouched without faults', () => {
    expect(joined('seed=1').equals(Buffer.from(data))).toBe(true);
  });
});

describe('link faults on a DeviceLink', () => {
  it('disconnect after N bytes drops the connection; a new connection works, state kept', async () => {
    const sim = createSim({ faults: 'disconnect=300' });
    const events: string[] = [];
    sim.link.onFault = (e) => events.push(e.kind);
    const host = attachHost(sim.link);
    expect((await host.hello()).response.status).toBe(Status.STATUS_OK);
    for (let i = 0; i < 10 && events.length === 0; i++) host.send({ ping: { data: new Uint8Array(20) } });
    await sim.chip.idle();
    expect(events).toEqual(['disconnect']);
    sim.link.setFaults('');
    const again = attachHost(sim.link);
    expect((await again.hello()).response.hello!.bootEpoch).toBe(1);
  });

  it('reset after N received bytes resets the device once', async () => {
    const sim = createSim({ faults: 'reset=200' });
    const host = attachHost(sim.link);
    await host.hello();
    for (let i = 0; i < 6; i++) host.send({ ping: { data: new Uint8Array(20) } });
    await sim.chip.idle();
    expect(sim.control.state().bootEpoch).toBe(2);
    expect(host.events.some((e) => e.event.log?.text?.includes('device reset'))).toBe(true);
    expect((await host.hello()).response.hello!.bootEpoch).toBe(2);
    for (let i = 0; i < 6; i++) host.send({ ping: { data: new Uint8Array(20) } });
    await sim.chip.idle();
    expect(sim.control.state().bootEpoch).toBe(2);
  });

  it('with bit flips, damaged frames are dropped and never answered wrongly; the device survives', async () => {
    const sim = createSim({ faults: 'seed=5,flip=2e-3,dir=in' });
    const host = attachHost(sim.link);
    host.keep = 1000;
    let answered = 0;
    for (let i = 0; i < 300; i++) {
      const data = new Uint8Array(32).fill(i & 0xff);
      host.send({ seq: 0, hello: { protocolVersion: PROTOCOL_VERSION, maxFrame: 8192 } }, 'line');
      host.send({ ping: { data } });
      await sim.chip.idle();
    }
    for (const r of host.take()) {
      answered++;
      if (r.response.ping) expect(r.response.ping.data!.every((b) => b === r.response.ping!.data![0])).toBe(true);
    }
    expect(answered).toBeGreaterThan(0);
    expect(sim.control.state().decoder.crcErrors + sim.control.state().decoder.malformed).toBeGreaterThan(0);
    sim.link.setFaults('');
    expect((await host.hello()).response.status).toBe(Status.STATUS_OK);
  });
});
