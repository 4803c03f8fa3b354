/**
 * A minimal host for the sim's own tests, fuzzers and benches: request -> Frame -> framing ->
 * bytes, and bytes -> frames -> responses/events, with nothing else (no retries, no window). The
 * real host stack lives in host/; firmware-sim may not import it.
 */
import {
  PROTOCOL_VERSION,
  REGISTER_MAP_HASH,
  SCHEMA_HASH,
  StreamDecoder,
  decodeFrameMessage,
  encodeFrame,
  encodeFrameMessage,
  type Event,
  type FramingKind,
  type IRequest,
  type Response,
} from '../../protocol/index.js';
import type { DeviceConnection, DeviceLink } from '../link/device-link.js';

export interface WireResponse {
  framing: FramingKind;
  response: Response;
}

export interface WireEvent {
  framing: FramingKind;
  event: Event;
}

let sessions = 0;

export class WireHost {
  /**
   * This host's session id (SPEC section 4), sent in every hello: nonzero and different for every
   * WireHost of the process (deterministic: a counter through a multiplicative hash), so a new
   * WireHost on the same device is a new session and one WireHost's hellos are a reconnect.
   */
  readonly sessionId = (Math.imul(++sessions, 0x9e3779b1) >>> 0) || 1;
  readonly decoder = new StreamDecoder();
  readonly responses: WireResponse[] = [];
  readonly events: WireEvent[] = [];
  readonly logLines: string[] = [];
  /** Frames from the device that did not decode (should never happen). */
  undecodable = 0;
  /** The seq the next ordered request takes (tests may set it to resend under an earlier number). */
  nextSeq = 1;
  private waiters: Array<{ seq: number; resolve: (r: WireResponse) => void }> = [];
  /** Keep at most this many unclaimed responses/events (fuzzers: bounded memory). */
  keep = Infinity;

  constructor(private readonly write: (bytes: Uint8Array) => void) {}

  /** Bytes from the device. */
  onBytes = (bytes: Uint8Array): void => {
    for (const d of this.decoder.push(bytes)) {
      if (d.kind === 'log') {
        this.logLines.push(d.text);
        if (this.logLines.length > this.keep) this.logLines.shift();
        continue;
      }
      const f = decodeFrameMessage(d.payload);
      if (f instanceof Error) {
        this.undecodable++;
        continue;
      }
      if (f.response) {
        const r = { framing: d.framing, response: f.response as Response };
        const w = this.waiters.findIndex((x) => x.seq === r.response.seq);
        if (w >= 0) {
          const [x] = this.waiters.splice(w, 1);
          x.resolve(r);
        } else {
          this.responses.push(r);
          if (this.responses.length > this.keep) this.responses.shift();
        }
      } else if (f.event) {
        this.events.push({ framing: d.framing, event: f.event as Event });
        if (this.events.length > this.keep) this.events.shift();
      }
    }
  };

  /** Assigns the next seq unless the request has one. */
  seq(req: IRequest): IRequest {
    if (req.seq == null) {
      req = { ...req, seq: this.nextSeq };
      this.nextSeq = this.nextSeq >= 0xffffffff ? 1 : this.nextSeq + 1;
    }
    return req;
  }

  /** The framed bytes of a request (seq assigned). */
  frame(req: IRequest, framing: FramingKind = 'binary'): { seq: number; bytes: Uint8Array } {
    const r = this.seq(req);
    return { seq: r.seq ?? 0, bytes: encodeFrame(framing, encodeFrameMessage({ request: r })) };
  }

  send(req: IRequest, framing: FramingKind = 'binary'): number {
    const { seq, bytes } = this.frame(req, framing);
    this.write(bytes);
    return seq;
  }

  /** Sends and resolves with the response of the same seq (already received ones count too). */
  request(req: IRequest, framing: FramingKind = 'binary'): Promise<WireResponse> {
    const { seq, bytes } = this.frame(req, framing);
    const p = this.waitFor(seq);
    this.write(bytes);
    return p;
  }

  waitFor(seq: number): Promise<WireResponse> {
    const i = this.responses.findIndex((r) => r.response.seq === seq);
    if (i >= 0) return Promise.resolve(this.responses.splice(i, 1)[0]);
    return new Promise((resolve) => this.waiters.push({ seq, resolve }));
  }

  /** Takes every response received so far. */
  take(): WireResponse[] {
    return this.responses.splice(0, this.responses.length);
  }

  /** A hello at seq 0 (not ordered); `next_seq` is the number this host's next ordered request takes. */
  hello(framing: FramingKind = 'line', maxFrame = 8192, sessionId = this.sessionId): Promise<WireResponse> {
    return this.request(
      { seq: 0, hello: { protocolVersion: PROTOCOL_VERSION, schemaHash: SCHEMA_HASH, registerMapHash: REGISTER_MAP_HASH, capabilities: 0xff, maxFrame, sessionId, client: 'firmware-sim test', nextSeq: this.nextSeq } },
      framing,
    );
  }
}

/** A WireHost on its own connection of a DeviceLink, as a transport holds one: its bytes go through the handle. */
export function connectHost(link: Pick<DeviceLink, 'connect'>): { host: WireHost; connection: DeviceConnection } {
  let connection: DeviceConnection | null = null;
  const host = new WireHost((b) => connection!.fromHost(b));
  connection = link.connect(host.onBytes);
  return { host, connection };
}

/**
 * A WireHost wired to a DeviceLink: its bytes go to whichever connection is current, so a test
 * may re-plug the link (e.g. to watch the device's output) and keep using it.
 */
export function attachHost(link: Pick<DeviceLink, 'connect' | 'fromHost'>): WireHost {
  const host = new WireHost((b) => link.fromHost(b));
  link.connect(host.onBytes);
  return host;
}
