/**
 * The in-process target (`sim:inproc[ ARGS]`): a device that lives in this process and moves bytes
 * by function call, with no pipe, socket or child in between. The host cannot import the virtual
 * chip (dependency direction: host/ imports only protocol/), so a composition root registers a
 * factory for it: the package entry (index.ts at the repository root) registers the virtual chip.
 */
import { HacError } from '../errors.js';
import { ByteQueue } from './byte-queue.js';
import type { Transport } from './types.js';

/** One connection to an in-process device (firmware-sim's DeviceConnection has this shape). */
export interface InProcessConnection {
  /** Bytes from the host on this connection. */
  fromHost(bytes: Uint8Array): void;
  /** This connection ends (the device stays); a no-op on the device once a newer one started. */
  disconnect(): void;
}

/** A device reachable by function call. */
export interface InProcessDevice {
  /**
   * Starts a connection: the device's bytes go to `write`; `drop` ends it from the device side (a
   * pulled cable). The handle feeds and ends this connection only, so a late end of an old
   * connection cannot cut a newer one.
   */
  connect(write: (bytes: Uint8Array) => void, drop: () => void): InProcessConnection;
}

export type InProcessFactory = (args: readonly string[]) => InProcessDevice;

let factory: InProcessFactory | null = null;

/** Registers the in-process device (done by the package entry; tests may register their own). */
export function registerInProcessDevice(f: InProcessFactory | null): void {
  factory = f;
}

/**
 * Opens a connection to a new in-process device (one per opener: reconnects reach the same
 * device, as a board outlives its cable).
 */
export function inProcessOpener(args: readonly string[]): (signal?: AbortSignal) => Promise<Transport> {
  let device: InProcessDevice | null = null;
  return async () => {
    if (!factory) {
      throw new HacError('unsupported', "the in-process virtual chip is not loaded: import connect() from the package entry ('hac', index.ts), which registers it, not from host/index.ts", { context: { target: 'sim:inproc' } });
    }
    device ??= factory(args);
    const dev = device;
    const inbox = new ByteQueue();
    let open = true;
    let conn: InProcessConnection | null = null;
    const drop = () => {
      if (!open) return;
      open = false;
      conn?.disconnect();
      inbox.end();
    };
    conn = dev.connect(
      (bytes) => {
        if (open) inbox.push(bytes);
      },
      drop,
    );
    const connection = conn;
    const description = args.length ? `sim:inproc ${args.join(' ')}` : 'sim:inproc';
    return {
      description,
      lineBytesPerSec: null,
      async write(data: Uint8Array) {
        if (!open) throw new HacError('disconnected', `${description}: link is down`, { context: { target: description } });
        connection.fromHost(data);
      },
      read() {
        return inbox;
      },
      async close() {
        drop();
      },
    };
  };
}
