/** Session options are validated. */
import { describe, expect, it } from 'vitest';
import { fakeLink } from '../testing/harness.js';
import { errorOf } from '../testing/waits.js';
import { Session, type SessionOptions } from './session.js';

describe('options are validated', () => {
  it.each<[string, SessionOptions]>([
    ['window 0', { window: 0 }],
    ['window 1.5', { window: 1.5 }],
    ['retries -1', { retries: -1 }],
    ['busyRetries NaN', { busyRetries: Number.NaN }],
    ['timeoutMultiplier 0', { timeoutMultiplier: 0 }],
    ['timeoutMultiplier Infinity', { timeoutMultiplier: Infinity }],
    ['timeouts.ping NaN', { timeouts: { ping: Number.NaN } }],
    ['reconnect.attempts -2', { reconnect: { attempts: -2 } }],
  ])('%s -> invalid-argument', async (_n, opts) => {
    const e = await errorOf(Session.open(fakeLink().opener, opts));
    expect(e.kind).toBe('invalid-argument');
  });
});
