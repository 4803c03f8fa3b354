/**
 * Byte carriers between the host and the sim's DeviceLink: stdio, TCP (one client at a time) and
 * a serial tty. None of them knows about frames; the device state outlives every connection.
 */
import { createServer, type Socket } from 'node:net';
import type { Sim } from '../index.js';

type Log = (msg: string) => void;

/** Above this many bytes queued towards the chip a transport stops reading (the line is slow). */
const INBOUND_HIGH_WATER = 64 * 1024;

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

export function serveTcp(sim: Sim, port: number, log: Log): Promise<number | null> {
  return new Promise((resolve) => {
    let active: Socket | null = null;
    let waiting: { sock: Socket; timer: NodeJS.Timeout } | null = null;

    const admit = (sock: Socket): void => {
      active = sock;
      sock.setNoDelay(true);
      log(`client connected (boot epoch ${sim.chip.bootEpoch})`);
      sim.link.connect((b) => {
        if (!sock.destroyed) sock.write(b);
      });
      sock.on('data', (chunk: Buffer) => pump(sim, sock, chunk));
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
      log(`refused a second client from ${sock.remoteAddress ?? '?'}:${sock.remotePort ?? '?'} (one client at a time)`);
      sock.destroy();
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
    log(`the serialport package is not available: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  const port = new SerialPort({ path, baudRate, autoOpen: false });
  const opened = await new Promise<Error | null>((resolve) => port.open((err) => resolve(err ?? null)));
  if (opened) {
    log(`cannot open ${path}: ${opened.message}`);
    return 1;
  }
  log(`serving on ${path} at ${baudRate} baud`);
  sim.link.connect((b) => {
    port.write(Buffer.from(b.buffer, b.byteOffset, b.length));
  });
  port.on('data', (chunk: Buffer) => pump(sim, port, chunk));
  port.on('error', (err) => log(`serial error: ${err.message}`));
  sim.link.onFault = (e) => {
    log(`link fault: ${e.kind} after ${e.afterBytes} bytes`);
    if (e.kind === 'disconnect') port.close();
  };
  return new Promise((resolve) => {
    port.on('close', () => {
      log(`${path} closed`);
      sim.link.close();
      resolve(0);
    });
  });
}
