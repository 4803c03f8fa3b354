/**
 * What the session's collaborators (connection, attempts, answers, resets, reconnect) may use of
 * the session: the state they share and the request lifecycle. The session builds one of these
 * from closures, so none of it becomes part of Session's public API.
 */
import type { Response } from '../../protocol/index.js';
import type { HacError } from '../errors.js';
import type { Transport } from '../transport/types.js';
import type { LinkAdapter } from './adapt.js';
import type { Connection } from './connection.js';
import type { DeviceInfo } from './hello.js';
import type { ResolvedOptions } from './options.js';
import type { Pending, RequestQueue } from './request-queue.js';
import type { LinkCounters, RttWindow } from './stats.js';

export type SessionState = 'connecting' | 'ready' | 'reconnecting' | 'down' | 'closed';

export interface SessionCore {
  readonly opts: ResolvedOptions;
  /** Every request not yet settled (request-queue.ts). */
  readonly q: RequestQueue;
  readonly counters: LinkCounters;
  readonly rtt: RttWindow;
  readonly adapter: LinkAdapter;
  /** The attached transport and what goes over it. */
  readonly conn: Connection;
  /** The last handshake's answer (with the boot epoch the session believes in); null before the first. */
  info: DeviceInfo | null;
  readonly state: SessionState;
  readonly target: string;
  isClosed(): boolean;
  setState(s: SessionState): void;
  /** Lets out whatever may go out now (hellos, then ordered requests within the window). */
  pump(): void;
  /** Writes one attempt of p (its first, or a resend under the same number). */
  send(p: Pending): void;
  fail(p: Pending, err: HacError): void;
  succeed(p: Pending, r: Response): void;
  /** Rejects every pending request (on the wire, waiting, backing off, parked). */
  failAll(err: HacError): void;
  /** Makes t the link and greets the device on it. */
  attach(t: Transport, signal?: AbortSignal): Promise<DeviceInfo>;
  /** Says hello on t (the link now attached) and checks the answer. */
  handshake(t: Transport, signal?: AbortSignal): Promise<DeviceInfo>;
}
