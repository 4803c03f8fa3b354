/** Shared plumbing: a Node readable + writable stream pair as a Transport. */
import type { Readable, Writable } from 'node:stream';
import { HacError } from '../errors.js';
import { ByteQueue } from './byte-queue.js';
import type { Transport } from './types.js';

export interface StreamTransportOptions {
  description: string;
  lineBytesPerSec?: number | null;
  splitLines?: boolean;
  freshDevice?: boolean;
  input: Readable;
  output: Writable;
  /** Called by close(); must release the underlying resource. */
  destroy: () => Promise<void> | void;
}

export class StreamTransport implements Transport {
  readonly description: string;
  readonly lineBytesPerSec: number | null;
  readonly splitLines: boolean;
  readonly freshDevice: boolean;
  private readonly queue: ByteQueue;
  private closed = false;
  private failure: HacError | null = null;
  private readonly drainWaiters = new Set<(err?: HacError) => void>();

  constructor(private readonly opts: StreamTransportOptions) {
    this.description = opts.description;
    this.lineBytesPerSec = opts.lineBytesPerSec ?? null;
    this.splitLines = opts.splitLines ?? false;
    this.freshDevice = opts.freshDevice ?? false;
    this.queue = new ByteQueue(1 << 20, (pause) => (pause ? opts.input.pause() : opts.input.resume()));
    opts.input.on('data', (chunk: Buffer) => this.queue.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length)));
    const gone = (err?: unknown) => this.linkDown(err);
    opts.input.on('end', () => gone());
    opts.input.on('close', () => gone());
    opts.input.on('error', gone);
    opts.output.on('error', gone);
    opts.output.on('close', () => gone());
    opts.output.on('drain', () => this.releaseDrain());
  }

  /** Marks the link down: reads end, writes fail. */
  linkDown(err?: unknown): void {
    if (!this.failure) {
      const why = err instanceof Error ? `: ${err.message}` : '';
      this.failure = new HacError('disconnected', `${this.description}: link closed${why}`, { cause: err, context: { target: this.description } });
    }
    this.queue.end();
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
