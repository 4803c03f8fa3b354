/** Test helpers: a session or device wired to a FakeDevice over in-memory pairs. */
import { Session, type SessionOptions } from '../link/session.js';
import { memoryPair, type MemoryEnd } from '../transport/memory.js';
import type { TransportOpener } from '../transport/types.js';
import { FakeDevice, type FakeDeviceOptions } from './fake-device.js';

export interface FakeLink {
  device: FakeDevice;
  opener: TransportOpener;
  /** Host ends opened so far (the last is the live one). */
  hostEnds: MemoryEnd[];
  /** Make the next N opens fail (device unplugged). */
  failOpens: number;
  cut(): void;
}

export function fakeLink(deviceOptions: FakeDeviceOptions = {}, device = new FakeDevice(deviceOptions)): FakeLink {
  const link: FakeLink = {
    device,
    hostEnds: [],
    failOpens: 0,
    opener: async () => {
      if (link.failOpens > 0) {
        link.failOpens--;
        throw new Error('device not present');
      }
      const [h, d] = memoryPair({}, ['memory:host', 'memory:device']);
      device.serve(d);
      link.hostEnds.push(h);
      return h;
    },
    cut() {
      link.hostEnds[link.hostEnds.length - 1]?.cut();
    },
  };
  return link;
}

export async function fakeSession(deviceOptions: FakeDeviceOptions = {}, sessionOptions: SessionOptions = {}): Promise<{ session: Session; link: FakeLink; device: FakeDevice }> {
  const link = fakeLink(deviceOptions);
  const session = await Session.open(link.opener, { reconnect: { attempts: 4, minDelayMs: 5, maxDelayMs: 20 }, ...sessionOptions });
  return { session, link, device: link.device };
}
