import { connect as netConnect, type Socket } from 'node:net';
import { abortError, HacError } from '../errors.js';
import { StreamTransport } from './stream.js';
import type { Transport } from './types.js';

/** How long a TCP connect may take before it fails (times the session's timeoutMultiplier). */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5000;

export interface TcpOptions {
  /** Connect deadline in ms (default 5000). */
  timeoutMs?: number;
  /** Line rate in bytes/s behind the connection (a proxied serial line), else null. */
  lineBytesPerSec?: number | null;
  /** Creates the socket (tests). */
  connect?: (opts: { host: string; port: number; noDelay: boolean }) => Socket;
}

export async function openTcp(host: string, port: number, signal?: AbortSignal, opts: TcpOptions = {}): Promise<Transport> {
  const description = `tcp://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const context = { target: description };
  if (signal?.aborted) throw abortError(signal, context);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  return new Promise<Transport>((resolve, reject) => {
    const sock = (opts.connect ?? netConnect)({ host, port, noDelay: true });
    let done = false;
    const finish = (err: HacError | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (err) {
        sock.destroy();
        reject(err);
      }
    };
    const onAbort = () => finish(abortError(signal!, context));
    const timer = setTimeout(() => finish(new HacError('timeout', `cannot connect to ${description}: no answer within ${Math.round(timeoutMs)} ms`, { context })), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    sock.once('error', (err: NodeJS.ErrnoException) => {
      const why = err.code === 'ECONNREFUSED' ? 'connection refused (is the device server running?)' : err.message;
      finish(new HacError('disconnected', `cannot connect to ${description}: ${why}`, { cause: err, context }));
    });
    sock.once('connect', () => {
      if (done) return;
      finish(null);
      sock.removeAllListeners('error');
      resolve(
        new StreamTransport({
          description,
          lineBytesPerSec: opts.lineBytesPerSec ?? null,
          input: sock,
          output: sock,
          destroy: () => {
            sock.destroy();
          },
        }),
      );
    });
  });
}
