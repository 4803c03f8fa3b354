/**
 * DeviceLink across connections: a connection that dies in the middle of a frame must not leave
 * its partial frame in the device's receiver, where it would swallow the next connection's
 * line-framed hello (a binary segment ends only at 0x00, which a line frame never contains).
 */
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, Status, crc32, pb } from '../../protocol/index.js';
import { attachHost, createSim, type Sim } from '../index.js';
import { connectHost, type WireHost } from '../testing/wire-host.js';

/** A binary mem_write of `n` bytes (larger than one chunk, so a disconnect can cut it). */
function memWrite(host: WireHost, n: number, fill: number): Uint8Array {
  const data = new Uint8Array(n).map((_, i) => (i * 7 + fill) & 0xff);
  return host.frame({ memWrite: { region: pb.Region.REGION_K_SRAM, offset: 0, data, dataCrc: crc32(data) } }, 'binary').bytes;
}

/** Line-framed hello, resent (as a host does after a timeout) until answered; true when answered. */
async function helloAnswered(sim: Sim, host: WireHost, attempts: number): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    const seq = host.send({ seq: 0, hello: { protocolVersion: PROTOCOL_VERSION, maxFrame: 8192, client: 'device-link.test' } }, 'line');
    await sim.link.drained();
    if (host.take().some((r) => r.response.seq === seq && r.response.status === Status.STATUS_OK)) return true;
  }
  return false;
}

describe('DeviceLink: a dropped connection leaves no partial frame behind', () => {
  it('a disconnect in the middle of a binary frame: the next connection is answered', async () => {
    const sim = createSim({ faults: 'seed=1,disconnect=3000' });
    const faults: string[] = [];
    sim.link.onFault = (e) => faults.push(e.kind);
    const a = attachHost(sim.link);
    expect((await a.hello()).response.status).toBe(Status.STATUS_OK);
    const frame = memWrite(a, 4000, 1);
    // Like TCP segments: the budget runs out inside the frame; the chip has seen its first part.
    for (let i = 0; i < frame.length && faults.length === 0; i += 500) sim.link.fromHost(frame.subarray(i, i + 500));
    expect(faults).toEqual(['disconnect']);
    await sim.link.drained();

    sim.link.setFaults('');
    const b = attachHost(sim.link);
    expect(await helloAnswered(sim, b, 1)).toBe(true);
    const st = sim.control.state();
    expect(st.bootEpoch).toBe(1); // a reconnect, not a reset
    expect(st.decoder.malformed).toBeGreaterThan(0); // the cut frame was counted and forgotten
  });

  it('seeded fault mix (flip, drop, dup, delay, disconnect): every new connection gets its hello answered', async () => {
    const sim = createSim({ faults: 'seed=1,flip=2e-5,drop=2e-5,dup=2e-5,delay=0.0002:2,disconnect=40000' });
    let disconnects = 0;
    sim.link.onFault = (e) => {
      if (e.kind === 'disconnect') disconnects++;
    };
    for (let conn = 0; conn < 6; conn++) {
      const host = attachHost(sim.link);
      host.keep = 64;
      // A hello may itself be damaged by a flip or drop: a few attempts, as the host retries.
      expect(await helloAnswered(sim, host, 4), `hello on connection ${conn + 1}`).toBe(true);
      // Binary traffic in 1400-byte segments until the injected disconnect cuts it (mostly inside
      // a frame: the chip then holds that frame's first part).
      const before = disconnects;
      for (let k = 0; disconnects === before && k < 100; k++) {
        const frame = memWrite(host, 3000 + 97 * k + 331 * conn, k);
        for (let i = 0; i < frame.length && disconnects === before; i += 1400) {
          sim.link.fromHost(frame.subarray(i, i + 1400));
          await sim.link.drained();
        }
      }
      expect(disconnects).toBe(before + 1);
      sim.link.disconnect(); // the transport notices the closed connection
    }
    expect(sim.control.state().bootEpoch).toBe(1);
  }, 10_000);
});

describe('DeviceLink: an old connection ending late leaves the new one alone', () => {
  it("an old handle's late bytes and disconnect, after the host reconnected, neither reach nor cut the new connection", async () => {
    // A transport's read loop can end after the host already opened its next connection (the
    // in-process targets under load): its tail must not run and its disconnect must not silence
    // the new connection.
    const sim = createSim();
    const { host: a, connection: oldConn } = connectHost(sim.link);
    expect(await helloAnswered(sim, a, 1)).toBe(true);
    const { host: b, connection: newConn } = connectHost(sim.link); // the host reconnects
    expect(oldConn.current).toBe(false);
    oldConn.fromHost(memWrite(a, 100, 3)); // the old stream's tail: a whole request
    oldConn.disconnect(); // the old read loop ends
    expect(newConn.current).toBe(true);
    expect(await helloAnswered(sim, b, 1)).toBe(true);
    expect(sim.control.memory(pb.Region.REGION_K_SRAM)[0]).toBe(0); // the old tail never ran
    newConn.disconnect();
    expect(newConn.current).toBe(false);
  });
});
