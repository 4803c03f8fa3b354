/**
 * Byte carriers between the host and the sim's DeviceLink: stdio, TCP (one client at a time) and
 * a serial tty. None of them knows about frames; the device state outlives every connection.
 */
import { existsSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import type { Sim } from '../index.js';

type Log = (msg: string) => void;

/** Above this many bytes queued towards the chip a transport stops reading (the line is slow). */
const INBOUND_HIGH_WATER = 64 * 1024;

/** An error's message without the "Error: " prefixes some libraries (serialport) put inside it. */
export function errorText(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/^(?:Error:\s*)+/, '');
}

function u8(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.length);
}

/** Feeds a readable into the link with backpressure against the paced inbound line. */
function pump(sim: Sim, source: { pause(): unknown; resume(): unknown }, chunk: Buffer): void {
  sim.link.fromHost(u8(chunk));
  if (sim.link.inboundQueuedBytes > INBOUND_HIGH_WATER) {
    source.pause();
    sim.link.onInboundLow = () => {
      sim.link.onInboundLow = null;
      source.resume();
    };
  }
}

export function serveStdio(sim: Sim, log: Log): Promise<number> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    const stdout = process.stdout;
    stdout.on('error', () => resolve(0)); // the host closed the pipe
    sim.link.connect((b) => {
      stdout.write(b);
    });
    sim.link.onFault = (e) => {
      log(`link fault: ${e.kind} after ${e.afterBytes} bytes`);
      if (e.kind === 'disconnect') {
        stdin.pause();
        stdout.end(() => resolve(0));
      }
    };
    stdin.on('data', (chunk: Buffer) => pump(sim, stdin, chunk));
    stdin.on('end', () => {
      // Answer what already arrived, then leave.
      void sim.link.drained().then(() => {
        sim.link.close();
        stdout.write(new Uint8Array(0), () => resolve(0));
      });
    });
    stdin.on('error', () => resolve(0));
  });
}

/**
 * A client that connects while another is still active waits this long for it to go away before it
 * is refused: a host that hangs up and reconnects at once may be accepted before the server has
 * seen the old socket's close.
 */
const TCP_HANDOVER_GRACE_MS = 200;

export interface TcpServeOptions {
  /**
   * Disconnect the client after this many ms without traffic in either direction (0: never), so
   * an idle or hung client cannot hold the one client slot forever.
   */
  idleTimeoutMs?: number;
}

/** How long a refused client gets to read the busy line before its socket is destroyed. */
const REFUSE_LINGER_MS = 1000;

export function serveTcp(sim: Sim, port: number, log: Log, opts: TcpServeOptions = {}): Promise<number | null> {
  const idleMs = opts.idleTimeoutMs ?? 0;
  return new Promise((resolve) => {
    let active: Socket | null = null;
    let activeSince = '';
    let activePeer = '';
    let waiting: { sock: Socket; timer: NodeJS.Timeout } | null = null;
    const peer = (sock: Socket) => `${sock.remoteAddress ?? '?'}:${sock.remotePort ?? '?'}`;

    const admit = (sock: Socket): void => {
      active = sock;
      activeSince = new Date().toISOString();
      activePeer = peer(sock);
      sock.setNoDelay(true);
      log(`client connected (boot epoch ${sim.chip.bootEpoch})`);
      sim.link.connect((b) => {
        if (!sock.destroyed) sock.write(b);
      });
      sock.on('data', (chunk: Buffer) => {
        if (active === sock) pump(sim, sock, chunk);
      });
      if (idleMs > 0) {
        sock.setTimeout(idleMs);
        sock.on('timeout', () => {
          sock.setTimeout(0);
          if (active !== sock) return;
          log(`client ${activePeer} idle for ${idleMs / 1000} s: disconnecting it (--idle-timeout)`);
          // A text line is log output to a host (SPEC section 2); the 0x00 ends any partial frame first.
          sock.end(`\0hac-sim: idle for ${idleMs / 1000} s, disconnecting (--idle-timeout)\n`);
          setTimeout(() => sock.destroy(), REFUSE_LINGER_MS).unref();
          retire(sock);
        });
      }
      sock.resume();
    };
    const retire = (sock: Socket): void => {
      if (active !== sock) return;
      active = null;
      sim.link.onInboundLow = null;
      sim.link.disconnect();
      log('client disconnected');
      if (waiting) {
        const next = waiting;
        waiting = null;
        clearTimeout(next.timer);
        if (!next.sock.destroyed) admit(next.sock);
      }
    };
    const refuse = (sock: Socket): void => {
      log(`refused a second client from ${peer(sock)} (one client at a time; ${activePeer} connected since ${activeSince})`);
      // Tell it why, in one log line (no frame marker), before closing: its host can then say
      // "busy" instead of a bare "link dropped". Its own bytes are read and discarded so the
      // close is an orderly FIN (unread data would turn it into a reset that loses the line).
      sock.on('data', () => {});
      sock.resume();
      sock.end(`hac-sim: busy: another client (${activePeer}) is connected since ${activeSince}\n`);
      setTimeout(() => sock.destroy(), REFUSE_LINGER_MS).unref();
    };

    const server = createServer((sock) => {
      sock.on('error', () => {});
      sock.on('close', () => {
        if (waiting?.sock === sock) {
          clearTimeout(waiting.timer);
          waiting = null;
        }
        retire(sock);
      });
      if (!active) return admit(sock);
      if (waiting) return refuse(sock);
      sock.pause(); // nothing reaches the device before it is admitted
      waiting = {
        sock,
        timer: setTimeout(() => {
          if (waiting?.sock !== sock) return;
          waiting = null;
          refuse(sock);
        }, TCP_HANDOVER_GRACE_MS),
      };
    });
    sim.link.onFault = (e) => {
      log(`link fault: ${e.kind} after ${e.afterBytes} bytes`);
      if (e.kind === 'disconnect' && active) active.destroy();
    };
    server.on('error', (err: NodeJS.ErrnoException) => {
      log(`cannot listen on 127.0.0.1:${port}: ${err.code ?? err.message}`);
      resolve(1);
    });
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      log(`listening tcp://127.0.0.1:${p}`);
      resolve(null);
    });
  });
}

export async function serveSerial(sim: Sim, path: string, baudRate: number, log: Log): Promise<number | null> {
  let SerialPort: typeof import('serialport').SerialPort;
  try {
    ({ SerialPort } = await import('serialport'));
  } catch (err) {
    log(`the serialport package is not available: ${errorText(err)}`);
    return 1;
  }
  const port = new SerialPort({ path, baudRate, autoOpen: false });
  const opened = await new Promise<Error | null>((resolve) => port.open((err) => resolve(err ?? null)));
  if (opened) {
    log(`cannot open ${path}: ${errorText(opened)}`);
    return 1;
  }
  log(`serving on ${path} at ${baudRate} baud`);
  sim.link.connect((b) => {
    port.write(Buffer.from(b.buffer, b.byteOffset, b.length));
  });
  port.on('data', (chunk: Buffer) => pump(sim, port, chunk));
  port.on('error', (err) => log(`serial error: ${errorText(err)}`));
  sim.link.onFault = (e) => {
    log(`link fault: ${e.kind} after ${e.afterBytes} bytes`);
    if (e.kind === 'disconnect') port.close();
  };
  // A signal is a normal end: close the port (releasing it), exit 0.
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => (port.isOpen ? port.close() : process.exit(0)));
  // serialport does not always report a hang-up (one before its first read can go unnoticed):
  // the tty's path disappearing (an unplugged adapter, the other end of a pty pair gone) is one too.
  let wentAway = false;
  const watch = setInterval(() => {
    if (existsSync(path)) return;
    clearInterval(watch);
    wentAway = true;
    if (port.isOpen) port.close();
  }, 250);
  watch.unref();
  return new Promise((resolve) => {
    // serialport passes a DisconnectedError when the port went away under us (adapter unplugged,
    // the other end of a pty pair closed): that is a failure. A close we asked for is not.
    port.on('close', (err?: { disconnected?: boolean } | null) => {
      clearInterval(watch);
      sim.link.close();
      if (err?.disconnected || wentAway) {
        log(`${path} went away (device unplugged or the other end of the pty closed)`);
        resolve(1);
      } else {
        log(`${path} closed`);
        resolve(0);
      }
    });
  });
}
