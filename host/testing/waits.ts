/** Small waits for session tests: no wall-clock assertions, the test timeout bounds them. */
import type { HacError } from '../errors.js';

/** SCRATCH's address (a free register). */
export const SCRATCH = 0x1c;

/** Lets pending I/O and promise chains run (no timers involved). */
export const ticks = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};
/** Polls a condition on the event loop (never a wall-clock assertion; the test timeout bounds it). */
export const until = async (cond: () => boolean) => {
  while (!cond()) await new Promise((r) => setImmediate(r));
};
/** Tracks whether a promise has settled, and how. */
export function watch<T>(p: Promise<T>) {
  const w: { settled: boolean; value?: T; error?: HacError } = { settled: false };
  p.then(
    (v) => Object.assign(w, { settled: true, value: v }),
    (e: HacError) => Object.assign(w, { settled: true, error: e }),
  );
  return w;
}
/** The rejection of p (undefined when it resolves). */
export const errorOf = async (p: Promise<unknown>) => (await p.then(() => undefined, (e: unknown) => e)) as HacError;
