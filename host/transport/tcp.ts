import { connect as netConnect } from 'node:net';
import { HacError } from '../errors.js';
import { StreamTransport } from './stream.js';
import type { Transport } from './types.js';

export async function openTcp(host: string, port: number, signal?: AbortSignal): Promise<Transport> {
  const description = `tcp://${host}:${port}`;
  return new Promise<Transport>((resolve, reject) => {
    const sock = netConnect({ host, port, noDelay: true });
    const onAbort = () => {
      sock.destroy();
      reject(new HacError('canceled', `${description}: connect canceled`, { context: { target: description } }));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    sock.once('error', (err: NodeJS.ErrnoException) => {
      signal?.removeEventListener('abort', onAbort);
      const why = err.code === 'ECONNREFUSED' ? 'connection refused (is the device server running?)' : err.message;
      reject(new HacError('disconnected', `cannot connect to ${description}: ${why}`, { cause: err, context: { target: description } }));
    });
    sock.once('connect', () => {
      signal?.removeEventListener('abort', onAbort);
      sock.removeAllListeners('error');
      resolve(
        new StreamTransport({
          description,
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
