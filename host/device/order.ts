/**
 * Call order = execution order, on the host side (SPEC section 4 is the device side).
 *
 * The device executes requests in `seq` order and the session numbers them in the order they are
 * requested, so a public call that puts its requests to the session at the moment it is called
 * takes effect in call order without the caller awaiting anything. Two kinds of calls need help:
 * - a call that needs several round trips (a memory read in chunks, a verified context load) runs
 *   as an exclusive operation: calls made while it runs wait and are issued, in call order, when
 *   it ends, or when it says it has issued all it will (releaseEarly: a load verified behind the
 *   device's fence, SPEC section 4b); its own requests (in its async context) go straight through;
 * - coalesced register reads: reads made in one tick are merged into one request, so every other
 *   call first flushes the pending batch, which thereby keeps its place before that call.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** A call waiting for an exclusive operation to end. */
type Job = { start: () => void };

/**
 * One store for every gate: each AsyncLocalStorage instance stays registered for the life of the
 * process and taxes every later promise, so one per device would slow a program that opens many.
 */
const inside = new AsyncLocalStorage<symbol>();

export class OrderGate {
  private readonly inside = inside;
  /** The exclusive operation running now (its async context carries this token). */
  private running: symbol | null = null;
  private readonly queue: Job[] = [];
  private readonly flushers = new Set<() => void>();

  /** Registers a flush that must run before any later call is issued (a read batch). */
  addFlusher(fn: () => void): void {
    this.flushers.add(fn);
  }

  /** Calls waiting for an exclusive operation to end. */
  get waiting(): number {
    return this.queue.length;
  }

  private passThrough(): boolean {
    const store = this.inside.getStore();
    return store !== undefined && store === this.running;
  }

  /**
   * Issues `fn` now when nothing is ahead of it (its requests take their place at once), else
   * after the operations before it. `fn` must put its requests to the session before its first
   * await. `flush: false` is for the read batch itself.
   */
  run<T>(fn: () => Promise<T>, opts: { flush?: boolean } = {}): Promise<T> {
    if (opts.flush !== false) this.flush();
    if (this.passThrough()) return fn();
    if (this.running === null && this.queue.length === 0) return fn();
    return new Promise<T>((resolve, reject) => this.queue.push({ start: () => void fn().then(resolve, reject) }));
  }

  /** Runs `fn` alone: later calls wait until its promise settles, then go out in call order. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    this.flush();
    if (this.passThrough()) return fn();
    return new Promise<T>((resolve, reject) => {
      const job: Job = {
        start: () => {
          const token = Symbol('exclusive');
          this.running = token;
          let p: Promise<T>;
          try {
            p = this.inside.run(token, fn);
          } catch (err) {
            p = Promise.reject(err);
          }
          p.then(resolve, reject).finally(() => {
            if (this.running === token) this.running = null;
            this.drain();
          });
        },
      };
      if (this.running === null && this.queue.length === 0) job.start();
      else this.queue.push(job);
    });
  }

  /**
   * Called from inside the running exclusive operation once it has issued every request it will
   * make in call order (what it still does cannot be overtaken: a fenced verification, SPEC
   * section 4b): the calls waiting behind it go out now, before its answers. No-op elsewhere.
   */
  releaseEarly(): void {
    if (!this.passThrough()) return;
    this.running = null;
    this.drain();
  }

  /** Issues waiting calls in order up to (and including) the next exclusive one. */
  private drain(): void {
    while (this.running === null && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.flush(); // a read batch started by the job before keeps its place
      job.start();
    }
  }

  private flush(): void {
    for (const f of this.flushers) f();
  }
}
