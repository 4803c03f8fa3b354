/** Shared plumbing: a Node readable + writable stream pair as a Transport. */
import type { Readable, Writable } from 'node:stream';
import { HacError } from '../errors.js';
import { ByteQueue } from './byte-queue.js';
import type { Transport } from './types.js';

export interface StreamTransportOptions {
  description: string;
  lineBytesPerSec?: number | null;
  latencyMs?: number;
  splitLines?: boolean;
  freshDevice?: boolean;
  input: Readable;
  output: Writable;
  /** Called by close(); must release the underlying resource. */
  destroy: () => Promise<void> | void;
  /**
   * Called when the input ends or closes on its own: the link goes down with the error it
   * resolves to (e.g. a child's exit status and stderr), which beats a bare "link closed".
   */
  inputEnded?: () => Promise<Error | undefined>;
}

export class StreamTransport implements Transport {
  readonly description: string;
  readonly lineBytesPerSec: number | null;
  readonly latencyMs: number;
  readonly splitLines: boolean;
  readonly freshDevice: boolean;
  private readonly queue: ByteQueue;
  private closed = false;
  private failure: HacError | null = null;
  private readonly drainWaiters = new Set<(err?: HacError) => void>();

  constructor(private readonly opts: StreamTransportOptions) {
    this.description = opts.description;
    this.lineBytesPerSec = opts.lineBytesPerSec ?? null;
    this.latencyMs = opts.latencyMs ?? 0;
    this.splitLines = opts.splitLines ?? false;
    this.freshDevice = opts.freshDevice ?? false;
    this.queue = new ByteQueue(1 << 20, (pause) => (pause ? opts.input.pause() : opts.input.resume()));
    opts.input.on('data', (chunk: Buffer) => this.queue.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length)));
    const gone = (err?: unknown) => this.linkDown(err);
    let ending = false;
    // With inputEnded (a child process), a pipe that closes or fails (EPIPE) waits for the reason.
    const ended = (err?: unknown) => {
      if (!opts.inputEnded || this.closed) return gone(err);
      if (ending) return;
      ending = true;
      void opts.inputEnded().then(
        (why) => this.linkDown(why ?? err),
        () => this.linkDown(err),
      );
    };
    opts.input.on('end', () => ended());
    opts.input.on('close', () => ended());
    opts.input.on('error', ended);
    opts.output.on('error', ended);
    opts.output.on('close', () => ended());
    opts.output.on('drain', () => this.releaseDrain());
  }

  /** Marks the link down: reads end, writes fail. */
  linkDown(err?: unknown): void {
    // A reason beats a bare close that came first.
    if (!this.failure || (this.failure.cause === undefined && err !== undefined)) {
      const why = err instanceof Error ? `: ${err.message}` : '';
      this.failure = new HacError('disconnected', `${this.description}: link closed${why}`, { cause: err, context: { target: this.description } });
    }
    // The reader sees the reason (our own close() ends reads quietly).
    this.queue.end(this.closed ? undefined : err);
    this.releaseDrain(this.failure);
  }

  private releaseDrain(err?: HacError): void {
    const ws = [...this.drainWaiters];
    this.drainWaiters.clear();
    for (const w of ws) w(err);
  }

  write(data: Uint8Array): Promise<void> {
    if (this.closed || this.failure) {
      return Promise.reject(this.failure ?? new HacError('disconnected', `${this.description}: closed`, { context: { target: this.description } }));
    }
    const ok = this.opts.output.write(data);
    if (ok) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.drainWaiters.add((err) => (err ? reject(err) : resolve()));
    });
  }

  read(): AsyncIterable<Uint8Array> {
    return this.queue;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.linkDown();
    await this.opts.destroy();
  }
}
