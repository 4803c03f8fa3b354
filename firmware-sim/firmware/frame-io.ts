/**
 * The virtual chip's byte face: frames in (decoded, sorted into requests and what is refused or
 * ignored), responses and events out (encoded, bounded to the negotiated max_frame, framed),
 * counting both directions in the chip's statistics. What a request means is the chip's job.
 */
import { Cap, Status, StreamDecoder, decodeFrameMessage, encodeFrame, encodeFrameMessage, type FramingKind, type IResponse, type Request } from '../../protocol/index.js';
import type { ByteSink, ChipStats } from './chip-options.js';
import type { Outcome } from './query-engine.js';

// protocol/hac.options bounds the detail string at 96 bytes including nanopb's NUL.
const MAX_DETAIL = 95;

export function clip(s: string): string {
  return s.length > MAX_DETAIL ? s.slice(0, MAX_DETAIL - 3) + '...' : s;
}

export class FrameIO {
  private readonly decoder: StreamDecoder;

  /**
   * `maxFrame` bounds what the decoder accepts; `effectiveMaxFrame` (negotiated by the handshake)
   * bounds what is sent.
   */
  constructor(
    public sink: ByteSink,
    private readonly stats: ChipStats,
    maxFrame: number,
    private readonly capabilities: number,
    private readonly effectiveMaxFrame: () => number,
  ) {
    this.decoder = new StreamDecoder(maxFrame);
  }

  /** Bytes from the host: each request decoded goes to `onRequest`; the rest is answered or counted here. */
  receive(bytes: Uint8Array, onRequest: (framing: FramingKind, request: Request) => void): void {
    this.stats.bytesIn += bytes.length;
    for (const d of this.decoder.push(bytes)) {
      if (d.kind !== 'frame') continue; // text to the device is ignored (SPEC section 2)
      if (d.framing === 'binary' && (this.capabilities & Cap.BINARY_FRAMING) === 0) {
        this.stats.ignoredFrames++;
        continue;
      }
      const msg = decodeFrameMessage(d.payload);
      this.stats.requests++;
      if (msg instanceof Error) {
        this.stats.decodeErrors++;
        this.send(d.framing, { seq: 0, status: Status.STATUS_DECODE_ERROR, detail: clip(`payload is not a Frame: ${msg.message}`) });
      } else if (msg.request) {
        onRequest(d.framing, msg.request as Request);
      } else if (msg.response || msg.event) {
        this.stats.requests--;
        this.stats.ignoredFrames++; // a device's own traffic looped back: never answer it
      } else {
        this.send(d.framing, { seq: 0, status: Status.STATUS_UNKNOWN_REQUEST, detail: 'frame carries no request' });
      }
    }
  }

  /** Forgets a partial frame (the byte stream was broken, or the device reset). */
  resync(): void {
    this.decoder.reset();
  }

  get decoderStats() {
    return { ...this.decoder.stats };
  }

  /** Sends a handler's outcome as the response to `seq`; returns the payload sent. */
  answer(framing: FramingKind, seq: number, out: Outcome): Uint8Array {
    return this.send(framing, { seq, status: out.status, detail: out.detail ? clip(out.detail) : '', ...(out.body ?? {}) });
  }

  /** Encodes, bounds and frames a response; returns the payload sent (for the replay cache). */
  send(framing: FramingKind, response: IResponse): Uint8Array {
    const limit = this.effectiveMaxFrame();
    let payload = encodeFrameMessage({ response });
    if (payload.length > limit) {
      // The replacement is at most ~45 bytes and the limit at least 256: it always fits.
      payload = encodeFrameMessage({ response: { seq: response.seq, status: Status.STATUS_OUT_OF_RANGE, detail: 'response exceeds max_frame' } });
    }
    this.stats.responses++;
    this.sendPayload(framing, payload);
    return payload;
  }

  sendPayload(framing: FramingKind, payload: Uint8Array): void {
    const bytes = encodeFrame(framing, payload);
    this.stats.bytesOut += bytes.length;
    this.sink(bytes);
  }
}
