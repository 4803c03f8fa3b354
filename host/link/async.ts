/** Small waiting helpers of the session: an abortable opener wait and an abortable sleep. */
import { abortError } from '../errors.js';
import type { Transport } from '../transport/types.js';

/**
 * Waits for an opener, but no longer than the signal allows (an opener that ignores the signal
 * cannot hold up open/close); a transport that arrives after the abort is closed.
 */
export function untilAborted(opening: Promise<Transport>, signal: AbortSignal): Promise<Transport> {
  const late = () =>
    void opening.then(
      (t) => t.close().catch(() => {}),
      () => {},
    );
  if (signal.aborted) {
    late();
    return Promise.reject(abortError(signal));
  }
  return new Promise<Transport>((resolve, reject) => {
    const onAbort = () => {
      late();
      reject(abortError(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    opening.then(
      (t) => {
        signal.removeEventListener('abort', onAbort);
        if (!signal.aborted) resolve(t);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

export function prefixDelimiter(frame: Uint8Array): Uint8Array {
  const out = new Uint8Array(frame.length + 1);
  out.set(frame, 1);
  return out;
}
