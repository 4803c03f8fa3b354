/**
 * The handshake as the device answers it (SPEC section 4): versions, hashes, identity, limits,
 * geometry; the session (E and the replay cache, through the sequencer) and the host's frame limit.
 */
import {
  HEADS,
  HEAD_DIM,
  MAX_TOKENS,
  MIN_MAX_FRAME,
  MIN_PROTOCOL_VERSION,
  PROTOCOL_VERSION,
  REGISTER_MAP_HASH,
  SCHEMA_HASH,
  Status,
  TILE_TOKENS,
  type IRequest,
  type IResponse,
} from '../../protocol/index.js';
import type { Outcome } from './query-engine.js';
import type { RegisterFile } from './registers.js';
import type { Sequencer } from './sequencer.js';

export const FIRMWARE_NAME = 'hac-sim 0.2.0';

type IHelloResponse = NonNullable<IResponse['hello']>;

export class Handshake {
  /** A hello was answered OK since power-on or the last reset. */
  ready = false;
  /** The host's max_frame (its refusal leaves the device's own limit in force). */
  hostMaxFrame: number;

  constructor(
    private readonly d: { registers: RegisterFile; sequencer: Sequencer; capabilities: number; maxFrame: number; window: number; epoch: () => number },
  ) {
    this.hostMaxFrame = d.maxFrame;
  }

  get effectiveMaxFrame(): number {
    return Math.min(this.d.maxFrame, this.hostMaxFrame);
  }

  /** After any reset: a new hello is required and the device's own limit applies. */
  reset(): void {
    this.ready = false;
    this.hostMaxFrame = this.d.maxFrame;
  }

  hello(h: NonNullable<IRequest['hello']>): Outcome {
    const v = h.protocolVersion ?? 0;
    const ok = v >= MIN_PROTOCOL_VERSION && v <= PROTOCOL_VERSION;
    const body: IHelloResponse = {
      protocolVersion: PROTOCOL_VERSION,
      minProtocolVersion: MIN_PROTOCOL_VERSION,
      schemaHash: SCHEMA_HASH,
      registerMapHash: REGISTER_MAP_HASH,
      chipId: this.d.registers.peekByName('CHIP_ID'),
      revision: this.d.registers.peekByName('REVISION'),
      capabilities: this.d.capabilities,
      maxFrame: this.d.maxFrame,
      window: this.d.window,
      bootEpoch: this.d.epoch(),
      firmware: FIRMWARE_NAME,
      maxTokens: MAX_TOKENS,
      headDim: HEAD_DIM,
      tileTokens: TILE_TOKENS,
      heads: HEADS,
    };
    if (!ok) return { status: Status.STATUS_VERSION_MISMATCH, detail: `protocol ${v} outside [${MIN_PROTOCOL_VERSION}, ${PROTOCOL_VERSION}]`, body: { hello: body } };
    const hostMax = (h.maxFrame ?? 0) >>> 0;
    if (hostMax !== 0 && hostMax < MIN_MAX_FRAME) {
      // Refused: the device's own limit stays in force, and `ready` and the session as they were.
      this.hostMaxFrame = this.d.maxFrame;
      return { status: Status.STATUS_BAD_ARGUMENT, detail: `max_frame ${hostMax} below ${MIN_MAX_FRAME} (0: the device's limit)`, body: { hello: body } };
    }
    // Only an accepted hello opens or resumes a session (a refused one leaves E and the cache).
    this.d.sequencer.hello((h.sessionId ?? 0) >>> 0, (h.nextSeq ?? 0) >>> 0);
    this.ready = true;
    this.hostMaxFrame = hostMax > 0 ? Math.min(hostMax, this.d.maxFrame) : this.d.maxFrame;
    return { status: Status.STATUS_OK, body: { hello: body } };
  }
}
