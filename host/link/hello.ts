/**
 * The handshake's content (SPEC section 4): what the host says in its hello, and what it accepts
 * of the device's answer. Nothing the device says is used unchecked.
 */
import {
  Cap,
  capabilityNames,
  DEFAULT_MAX_FRAME,
  HEAD_DIM,
  MAX_TOKENS,
  MIN_MAX_FRAME,
  pb,
  PROTOCOL_VERSION,
  REGISTER_MAP_HASH,
  SCHEMA_HASH,
  Status,
  type CapName,
  type FramingKind,
  type IRequest,
  type Response,
} from '../../protocol/index.js';
import { deviceText } from '../device-text.js';
import { HacError } from '../errors.js';
import type { ResolvedOptions } from './options.js';

const HOST_CAPS = Cap.BINARY_FRAMING | Cap.ANALOG_CODES | Cap.VIRTUAL_CHIP | Cap.BOARD_CONTROL | Cap.APPEND_TOKEN | Cap.OFFSET_TRIM | Cap.INT16_OUTPUT | Cap.EVENTS;

/** What the handshake told us about the device (plus what the session negotiated). */
export interface DeviceInfo {
  target: string;
  protocolVersion: number;
  minProtocolVersion: number;
  schemaHash: number;
  registerMapHash: number;
  chipId: number;
  revision: number;
  capabilities: number;
  capabilityNames: CapName[];
  /** Effective largest payload: min(host, device). */
  maxFrame: number;
  deviceMaxFrame: number;
  /** Effective window: min(host option, device). */
  window: number;
  bootEpoch: number;
  firmware: string;
  maxTokens: number;
  headDim: number;
  tileTokens: number;
  heads: number;
  framing: FramingKind;
}

/** The host's hello: seq 0, outside the ordered stream; `nextSeq` is where the ordered stream goes on. */
export function helloBody(o: ResolvedOptions, sessionId: number, nextSeq: number): NonNullable<IRequest['hello']> {
  return {
    protocolVersion: PROTOCOL_VERSION,
    schemaHash: SCHEMA_HASH,
    registerMapHash: REGISTER_MAP_HASH,
    capabilities: o.binary ? HOST_CAPS : HOST_CAPS & ~Cap.BINARY_FRAMING,
    maxFrame: o.maxFrame,
    client: o.client,
    sessionId,
    nextSeq,
  };
}

export function encodeHello(hello: NonNullable<IRequest['hello']>): Uint8Array {
  return pb.Request.encode({ hello }).finish();
}

/** Why a hello answer cannot be used (SPEC section 8 limits, the geometry this host supports), or null. */
export function helloProblem(h: { maxFrame: number; window: number; maxTokens: number; headDim: number; tileTokens: number; heads: number }): string | null {
  if (!(h.maxFrame >= MIN_MAX_FRAME && h.maxFrame <= DEFAULT_MAX_FRAME)) return `max_frame ${h.maxFrame} outside ${MIN_MAX_FRAME}..${DEFAULT_MAX_FRAME}`;
  if (!(h.window >= 1 && h.window <= 256)) return `window ${h.window} outside 1..256`;
  if (h.headDim !== HEAD_DIM) return `head_dim ${h.headDim} (this host supports ${HEAD_DIM})`;
  if (!(h.maxTokens >= 1 && h.maxTokens <= MAX_TOKENS)) return `max_tokens ${h.maxTokens} outside 1..${MAX_TOKENS}`;
  if (!(h.tileTokens >= 1 && h.tileTokens <= h.maxTokens)) return `tile_tokens ${h.tileTokens} outside 1..max_tokens`;
  if (!(h.heads >= 1 && h.heads <= 256)) return `heads ${h.heads} outside 1..256`;
  return null;
}

/** The device's hello answer as DeviceInfo, or a typed protocol error saying what does not fit. */
export function deviceInfoFromHello(r: Response, o: ResolvedOptions, target: string): DeviceInfo {
  const context = { request: 'hello', target };
    const h = r.hello as InstanceType<typeof pb.HelloResponse> | null | undefined;
    if (!h) throw new HacError('protocol', 'hello response without a body', { context });
    const hex = (n: number) => '0x' + (n >>> 0).toString(16).padStart(8, '0');
    if (r.status === Status.STATUS_VERSION_MISMATCH || PROTOCOL_VERSION < h.minProtocolVersion || PROTOCOL_VERSION > h.protocolVersion) {
      throw new HacError('protocol', `protocol version mismatch: host speaks ${PROTOCOL_VERSION}, device accepts ${h.minProtocolVersion}..${h.protocolVersion}`, {
        status: r.status || undefined,
        context: { ...context, hostVersion: PROTOCOL_VERSION, deviceVersion: h.protocolVersion, deviceMinVersion: h.minProtocolVersion },
      });
    }
    if (h.schemaHash >>> 0 !== SCHEMA_HASH >>> 0) {
      throw new HacError('protocol', `schema mismatch: host hac.proto hash ${hex(SCHEMA_HASH)}, device ${hex(h.schemaHash)} (update host or firmware)`, { context: { ...context, hostSchemaHash: SCHEMA_HASH, deviceSchemaHash: h.schemaHash } });
    }
    if (h.registerMapHash >>> 0 !== REGISTER_MAP_HASH >>> 0) {
      throw new HacError('protocol', `register map mismatch: host ${hex(REGISTER_MAP_HASH)}, device ${hex(h.registerMapHash)} (update host or firmware)`, {
        context: { ...context, hostRegisterMapHash: REGISTER_MAP_HASH, deviceRegisterMapHash: h.registerMapHash },
      });
    }
    // Nothing the device says is used unchecked (SPEC section 8 limits).
    const insane = helloProblem(h);
    if (insane) throw new HacError('protocol', `the device's hello is not usable: ${insane}`, { context: { ...context, firmware: deviceText(h.firmware) } });
    const binary = o.binary && (h.capabilities & Cap.BINARY_FRAMING) !== 0;
    const info: DeviceInfo = {
      target: target,
      protocolVersion: h.protocolVersion,
      minProtocolVersion: h.minProtocolVersion,
      schemaHash: h.schemaHash >>> 0,
      registerMapHash: h.registerMapHash >>> 0,
      chipId: h.chipId >>> 0,
      revision: h.revision,
      capabilities: h.capabilities,
      capabilityNames: capabilityNames(h.capabilities),
      maxFrame: Math.min(o.maxFrame, h.maxFrame),
      deviceMaxFrame: h.maxFrame,
      window: Math.max(1, Math.min(o.window, h.window || 1)),
      bootEpoch: h.bootEpoch,
      firmware: deviceText(h.firmware),
      maxTokens: h.maxTokens,
      headDim: h.headDim,
      tileTokens: h.tileTokens,
      heads: h.heads,
      framing: binary ? 'binary' : 'line',
    };
  return info;
}
