/**
 * A transport opener onto a virtual chip in this process: each call is a new connection over an
 * in-memory pair, as a board's USB cable is plugged in again; the chip outlives them all. A link
 * fault that pulls the cable cuts the current connection. The device side feeds and ends its
 * connection through its own handle, so a read loop that ends after the host already reconnected
 * cannot cut the new connection.
 */
import type { Sim } from '../../firmware-sim/index.js';
import { memoryPair, type Transport, type TransportOpener } from '../../host/index.js';

export function inProcessSimOpener(sim: Sim, wrap?: (t: Transport) => Transport): TransportOpener {
  return async () => {
    const [hostEnd, devEnd] = memoryPair();
    const conn = sim.link.connect((b) => void devEnd.write(b).catch(() => {}));
    sim.link.onFault = (e) => {
      if (e.kind === 'disconnect') hostEnd.cut();
    };
    void (async () => {
      for await (const chunk of devEnd.read()) conn.fromHost(chunk);
      conn.disconnect();
    })();
    return wrap ? wrap(hostEnd) : hostEnd;
  };
}
