/**
 * A scripted transport (embedded-hal-mock style): the test lists the frames it expects the host
 * to send, in order, and what the "device" answers to each. An unexpected frame fails at once;
 * `verify()` fails if expectations are left over.
 */
import { Cap, PROTOCOL_VERSION, REGISTER_MAP_HASH, SCHEMA_HASH, Status, decodeFrameMessage, encodeFrame, encodeFrameMessage, requestKind, StreamDecoder, type FramingKind, type IResponse, type Request, type RequestKind } from '../../protocol/index.js';
import { ByteQueue } from '../transport/byte-queue.js';
import type { Transport } from '../transport/types.js';

export interface Expectation {
  /** Kind of request expected next. */
  kind: RequestKind;
  /** Extra check on the request (throw or return false to fail). */
  match?: (req: Request, framing: FramingKind) => boolean | void;
  /** Answer: a response (seq filled in when omitted), several, or nothing (the frame is "lost"). */
  reply?: ((req: Request) => IResponse | IResponse[] | undefined) | IResponse | null;
  /** Delay before answering, ms. */
  delayMs?: number;
  /** Expected framing (default: not checked). */
  framing?: FramingKind;
}

export class ScriptedTransport implements Transport {
  readonly description = 'scripted';
  readonly lineBytesPerSec = null;
  readonly sent: { req: Request; framing: FramingKind }[] = [];
  readonly failures: string[] = [];
  private readonly inbox = new ByteQueue();
  private readonly dec = new StreamDecoder();
  private closed = false;
  private readonly script: Expectation[];

  constructor(script: Expectation[]) {
    this.script = [...script];
  }

  /** Appends more expectations. */
  expect(...e: Expectation[]): this {
    this.script.push(...e);
    return this;
  }

  async write(data: Uint8Array): Promise<void> {
    if (this.closed) throw new Error('scripted transport closed');
    for (const d of this.dec.push(data)) {
      if (d.kind !== 'frame') continue;
      const f = decodeFrameMessage(d.payload);
      if (f instanceof Error || !f.request) {
        this.failures.push('host sent an undecodable frame');
        continue;
      }
      const req = f.request as Request;
      this.sent.push({ req, framing: d.framing });
      const exp = this.script.shift();
      const kind = requestKind(req);
      if (!exp) {
        this.failures.push(`unexpected ${kind} (seq ${req.seq}): script is empty`);
        continue;
      }
      if (exp.kind !== kind) {
        this.failures.push(`expected ${exp.kind}, host sent ${kind} (seq ${req.seq})`);
        continue;
      }
      if (exp.framing && exp.framing !== d.framing) this.failures.push(`${kind} (seq ${req.seq}) in ${d.framing} framing, expected ${exp.framing}`);
      try {
        if (exp.match && exp.match(req, d.framing) === false) this.failures.push(`${kind} (seq ${req.seq}) did not match`);
      } catch (e) {
        this.failures.push(`${kind} (seq ${req.seq}): ${e instanceof Error ? e.message : String(e)}`);
      }
      const r = typeof exp.reply === 'function' ? exp.reply(req) : exp.reply;
      if (!r) continue;
      const list = Array.isArray(r) ? r : [r];
      const deliver = () => {
        for (const res of list) this.respond({ seq: req.seq, ...res }, d.framing);
      };
      if (exp.delayMs) setTimeout(deliver, exp.delayMs);
      else queueMicrotask(deliver);
    }
  }

  /** Sends a response (or raw bytes) to the host now. */
  respond(res: IResponse, framing: FramingKind = 'line'): void {
    if (!this.closed) this.inbox.push(encodeFrame(framing, encodeFrameMessage({ response: res })));
  }
  pushRaw(bytes: Uint8Array): void {
    if (!this.closed) this.inbox.push(bytes);
  }

  read(): AsyncIterable<Uint8Array> {
    return this.inbox;
  }

  /** The link drops. */
  cut(): void {
    this.closed = true;
    this.inbox.end();
  }

  async close(): Promise<void> {
    this.cut();
  }

  get pending(): number {
    return this.script.length;
  }

  /** Throws when anything went wrong or expectations are left over. */
  verify(): void {
    const problems = [...this.failures];
    if (this.script.length) problems.push(`${this.script.length} expected request(s) never sent: ${this.script.map((e) => e.kind).join(', ')}`);
    if (problems.length) throw new Error('scripted transport: ' + problems.join('; '));
  }
}

/** A device's OK hello response with the host's own hashes; `over` replaces fields. */
export function helloReply(over: Record<string, unknown> = {}): IResponse {
  return {
    status: Status.STATUS_OK,
    hello: {
      protocolVersion: PROTOCOL_VERSION,
      minProtocolVersion: 1,
      schemaHash: SCHEMA_HASH,
      registerMapHash: REGISTER_MAP_HASH,
      chipId: 0x48414301,
      revision: 0x100,
      capabilities: Cap.BINARY_FRAMING,
      maxFrame: 8192,
      window: 4,
      bootEpoch: 7,
      firmware: 'scripted',
      maxTokens: 512,
      headDim: 64,
      tileTokens: 64,
      heads: 16,
      ...over,
    },
  };
}
