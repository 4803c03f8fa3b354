/**
 * Buffer between a push-style byte source (stream 'data' events) and one async-iterating reader.
 * When more than `highWater` bytes wait, `onPressure(true)` asks the source to pause; it resumes
 * below half of that. Keeps receive buffering bounded.
 */
export class ByteQueue implements AsyncIterable<Uint8Array> {
  private chunks: Uint8Array[] = [];
  private bytes = 0;
  private ended = false;
  private failure: unknown = undefined;
  private waiter: (() => void) | null = null;
  private paused = false;
  private iterating = false;

  constructor(
    private readonly highWater = 1 << 20,
    private readonly onPressure: (pause: boolean) => void = () => {},
  ) {}

  push(chunk: Uint8Array): void {
    if (this.ended) return;
    this.chunks.push(chunk);
    this.bytes += chunk.length;
    if (!this.paused && this.bytes > this.highWater) {
      this.paused = true;
      this.onPressure(true);
    }
    this.wake();
  }

  end(err?: unknown): void {
    if (this.ended) return;
    this.ended = true;
    this.failure = err;
    this.wake();
  }

  get isEnded(): boolean {
    return this.ended;
  }

  private wake(): void {
    const w = this.waiter;
    this.waiter = null;
    w?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    if (this.iterating) throw new Error('ByteQueue has one reader');
    this.iterating = true;
    for (;;) {
      if (this.chunks.length > 0) {
        const c = this.chunks.length === 1 ? this.chunks[0] : concat(this.chunks, this.bytes);
        this.chunks = [];
        this.bytes = 0;
        if (this.paused) {
          this.paused = false;
          this.onPressure(false);
        }
        yield c;
        continue;
      }
      if (this.ended) {
        if (this.failure !== undefined) throw this.failure;
        return;
      }
      await new Promise<void>((r) => (this.waiter = r));
    }
  }
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
