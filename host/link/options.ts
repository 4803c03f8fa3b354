/**
 * Session options: what a caller may set, their defaults and checks, and the per-kind timeouts
 * with the link's transfer allowance (SPEC section 4, timeouts).
 */
import { DEFAULT_MAX_FRAME, MIN_MAX_FRAME, REQUEST_KINDS, type RequestKind, type Response } from '../../protocol/index.js';
import { invalidArgument } from '../errors.js';
import type { Transport } from '../transport/types.js';
import type { AdapterConfig } from './adapt.js';
import type { RequestBody } from './request-body.js';

export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * The request resets the device (the device layer says so: `reset`, a CONTROL.SOFT_RESET
   * strobe): nothing else goes out until the device has been greeted again. The link never
   * decodes a body to find out.
   */
  resetsDevice?: boolean;
  /** Overrides the per-kind timeout (ms) for each attempt. */
  timeoutMs?: number;
  /** Extra context for errors (register name, region, ...). */
  context?: Record<string, unknown>;
  /**
   * The call this request belongs to (a verified load): when a verification of that call fails
   * and cannot be repaired, its requests that the device refused (FENCED) or that were not sent
   * yet are dropped with the repair's error instead of being sent again (SPEC section 4b).
   */
  owner?: symbol;
  /** A mem_digest with expect_sha256: how to repair when the device answers VERIFY_FAILED (fence.ts). */
  verify?: VerifyHooks;
}

/** What a verified digest's caller gives the session for the case the device answers VERIFY_FAILED. */
export interface VerifyHooks {
  /**
   * Repairs what the digest covered. Its requests go through `send`: they are the only ones that
   * go out until it settles (behind the session's clear_fence), then the refused requests are
   * sent again in call order. Resolves when the range holds the intended bytes; rejects otherwise.
   */
  repair: (answer: Response, send: (body: RequestBody, opts?: RequestOptions) => Promise<Response>) => Promise<void>;
}

export interface ReconnectOptions {
  /** Attempts before giving up (each request that arrives later starts a new round). */
  attempts: number;
  minDelayMs: number;
  maxDelayMs: number;
}

export interface SessionOptions {
  /** Largest payload the host accepts, MIN_MAX_FRAME (2048) .. 8192 (default 8192). */
  maxFrame?: number;
  /** Upper bound on outstanding requests; the device's window applies too. */
  window?: number;
  /** Use binary framing when the device supports it (default true). */
  binary?: boolean;
  /** Per-kind base timeouts in ms (before the link transfer allowance). */
  timeouts?: Partial<Record<RequestKind, number>>;
  /** Multiplies every timeout (slow targets). Default 1. */
  timeoutMultiplier?: number;
  /**
   * Resends of an unanswered hello before the handshake fails (default 3). Ordered requests are
   * not limited by a count: see giveUpAfterMs.
   */
  retries?: number;
  /**
   * Time budget without progress (ms): the oldest request on the wire is given up (with everything
   * sent behind it, and the session resynchronises) when no ordered request was answered for this
   * long since it first went out. Default: max(5000, (retries + 1) x its per-kind timeout), times
   * timeoutMultiplier. A noisy link that still lets frames through keeps going.
   */
  giveUpAfterMs?: number;
  /**
   * Adapt the memory chunk size, the requests in flight and the attempt timeouts to what the link
   * does (default true). false: largest chunk, the device's window, the configured timeouts.
   */
  adaptive?: boolean;
  /** Pin the data bytes per memory request (bench baselines); clamped to max_frame - 64. */
  chunkSize?: number;
  /** Retries after STATUS_BUSY, with backoff (default 50). */
  busyRetries?: number;
  /** Reconnect when the link drops (default on). false: a drop fails pending calls. */
  reconnect?: Partial<ReconnectOptions> | false;
  /** Line rate in bytes/s for timeout allowances when the transport does not know it. */
  lineBytesPerSec?: number | null;
  /**
   * Latency each way in ms of the link (e.g. a USB-serial adapter, a slow network), added to
   * every timeout (twice the round trip) when the transport does not know a larger one. Default 0.
   */
  latencyMs?: number;
  client?: string;
  /** The target's name for messages before the link is open (connect() passes the selector). */
  target?: string;
  /** Aborts Session.open (opening the link and the handshake). */
  signal?: AbortSignal;
  /**
   * Overall deadline for Session.open in ms (default 20000 plus two hello round trips at the
   * line rate and latency the options name, times timeoutMultiplier).
   */
  openTimeoutMs?: number;
}

/** Options with every default filled in. */
export type ResolvedOptions = Required<Omit<SessionOptions, 'reconnect' | 'signal' | 'timeouts' | 'lineBytesPerSec' | 'openTimeoutMs' | 'target' | 'giveUpAfterMs' | 'chunkSize'>> & {
  openTimeoutMs: number | null;
  giveUpAfterMs: number | null;
  chunkSize: number | null;
  reconnect: ReconnectOptions | false;
  timeouts: Record<RequestKind, number>;
  lineBytesPerSec: number | null;
};

export const BASE_TIMEOUT_MS: Record<RequestKind, number> = {
  hello: 1000,
  regRead: 500,
  regWrite: 500,
  memWrite: 1000,
  memRead: 1000,
  memDigest: 1000,
  runQuery: 5000,
  appendToken: 500,
  resetContext: 500,
  readResult: 500,
  readCounters: 500,
  reset: 2000,
  ping: 500,
  runQueries: 5000,
  clearFence: 500,
};
/** Default no-progress budget floor (ms, before timeoutMultiplier). */
export const MIN_GIVE_UP_MS = 5000;
/** Assumed rate when neither transport nor options know one (fast links: pipes, TCP). */
export const ASSUMED_BYTES_PER_SEC = 1_000_000;
/** A hello reply is small (line framed, about 250 bytes): its allowance, not max_frame's. */
export const HELLO_REPLY_BYTES = 1024;
export const DEFAULT_OPEN_TIMEOUT_MS = 20_000;

export function resolveOptions(options: SessionOptions): ResolvedOptions {
  validateOptions(options);
  return {
    maxFrame: options.maxFrame ?? DEFAULT_MAX_FRAME,
    window: options.window ?? 64,
    binary: options.binary ?? true,
    timeouts: { ...BASE_TIMEOUT_MS, ...definedOnly(options.timeouts ?? {}) },
    timeoutMultiplier: options.timeoutMultiplier ?? 1,
    retries: options.retries ?? 3,
    giveUpAfterMs: options.giveUpAfterMs ?? null,
    adaptive: options.adaptive ?? true,
    chunkSize: options.chunkSize ?? null,
    busyRetries: options.busyRetries ?? 50,
    reconnect: options.reconnect === false ? false : { attempts: 6, minDelayMs: 50, maxDelayMs: 2000, ...definedOnly(options.reconnect ?? {}) },
    lineBytesPerSec: options.lineBytesPerSec ?? null,
    latencyMs: options.latencyMs ?? 0,
    client: options.client ?? 'hac-host 0.2.0',
    openTimeoutMs: options.openTimeoutMs ?? null,
  };
}

/**
 * Time for `bytes` to cross the link both ways (rate) plus twice the round-trip latency, scaled
 * by the multiplier: the allowance on top of a request's base timeout (SPEC section 4).
 */
export function linkAllowanceMs(o: ResolvedOptions, t: Transport | null, bytes: number): number {
  const rate = t?.lineBytesPerSec ?? o.lineBytesPerSec ?? ASSUMED_BYTES_PER_SEC;
  const latency = Math.max(t?.latencyMs ?? 0, o.latencyMs);
  return (2 * ((bytes * 1000) / rate) + 4 * latency) * o.timeoutMultiplier;
}

/** Session.open's deadline: the option, else 20 s plus two hello attempts on this link, scaled. */
export function openDeadlineMs(o: ResolvedOptions, t: Transport | null): number {
  if (o.openTimeoutMs !== null) return o.openTimeoutMs;
  const hello = linkAllowanceMs(o, t, 128 + HELLO_REPLY_BYTES) / o.timeoutMultiplier;
  return (DEFAULT_OPEN_TIMEOUT_MS + 2 * (o.timeouts.hello + hello)) * o.timeoutMultiplier;
}

/** The link adaptation's limits from the options, the link and the device's hello (null before the first). */
export function adapterConfig(o: ResolvedOptions, t: Transport | null, device: { maxFrame: number; window: number } | null): AdapterConfig {
  const maxFrame = device?.maxFrame ?? o.maxFrame;
  return {
    maxChunk: Math.max(1, maxFrame - 64),
    maxWindow: device?.window ?? 1,
    lineBytesPerSec: t?.lineBytesPerSec ?? o.lineBytesPerSec ?? ASSUMED_BYTES_PER_SEC,
    latencyMs: Math.max(t?.latencyMs ?? 0, o.latencyMs),
    fixedChunk: o.chunkSize,
    adaptive: o.adaptive,
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function validateOptions(o: SessionOptions): void {
  const int = (name: string, v: unknown, min: number, max = Number.MAX_SAFE_INTEGER) => {
    if (v === undefined) return;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw invalidArgument(`option ${name} must be an integer in [${min}, ${max}], got ${String(v)}`, { flag: name });
  };
  const pos = (name: string, v: unknown, allowZero = false) => {
    if (v === undefined) return;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (!allowZero && v === 0)) throw invalidArgument(`option ${name} must be a ${allowZero ? 'non-negative' : 'positive'} finite number, got ${String(v)}`, { flag: name });
  };
  int('maxFrame', o.maxFrame, MIN_MAX_FRAME, DEFAULT_MAX_FRAME);
  int('window', o.window, 1);
  int('retries', o.retries, 0);
  int('busyRetries', o.busyRetries, 0);
  pos('giveUpAfterMs', o.giveUpAfterMs);
  int('chunkSize', o.chunkSize, 1);
  if (o.adaptive !== undefined && typeof o.adaptive !== 'boolean') throw invalidArgument(`option adaptive must be a boolean, got ${String(o.adaptive)}`, { flag: 'adaptive' });
  pos('timeoutMultiplier', o.timeoutMultiplier);
  pos('openTimeoutMs', o.openTimeoutMs);
  pos('latencyMs', o.latencyMs, true);
  if (o.lineBytesPerSec !== null) pos('lineBytesPerSec', o.lineBytesPerSec);
  if (o.timeouts !== undefined) {
    if (o.timeouts === null || typeof o.timeouts !== 'object') throw invalidArgument('option timeouts must be an object', { flag: 'timeouts' });
    for (const [k, v] of Object.entries(o.timeouts)) {
      if (!(REQUEST_KINDS as readonly string[]).includes(k)) throw invalidArgument(`option timeouts: unknown request kind '${k}'`, { flag: 'timeouts' });
      pos(`timeouts.${k}`, v);
    }
  }
  if (o.reconnect !== undefined && o.reconnect !== false) {
    if (o.reconnect === null || typeof o.reconnect !== 'object') throw invalidArgument('option reconnect must be an object or false', { flag: 'reconnect' });
    int('reconnect.attempts', o.reconnect.attempts, 0);
    pos('reconnect.minDelayMs', o.reconnect.minDelayMs, true);
    pos('reconnect.maxDelayMs', o.reconnect.maxDelayMs, true);
  }
}

