/** What a VirtualChip is built with, and the statistics it keeps. */
import { Cap } from '../../protocol/index.js';
import type { ChipModelOptions, NoisePreset } from '../model/index.js';

/** Everything the virtual chip implements. */
export const ALL_CAPABILITIES =
  Cap.BINARY_FRAMING | Cap.ANALOG_CODES | Cap.VIRTUAL_CHIP | Cap.BOARD_CONTROL | Cap.APPEND_TOKEN | Cap.OFFSET_TRIM | Cap.INT16_OUTPUT | Cap.EVENTS | Cap.VERIFY_FENCE;

export type ByteSink = (bytes: Uint8Array) => void;

export interface VirtualChipOptions {
  /** Die seed (default: SIM.DIE_SEED reset value, 1). */
  dieSeed?: number;
  /** Noise preset (default: SIM.NOISE_PRESET reset value, typical). */
  preset?: NoisePreset;
  /** Capability bits this device advertises and implements (default: all). Fewer emulate a board. */
  capabilities?: number;
  /** Window: ordered requests the host may have outstanding (default 8). */
  window?: number;
  /**
   * Boot epoch at power-on (uint32, default 1; every reset adds 1). The `hac-sim` program starts
   * from a time-derived value so a respawned device can be told from a reconnected one.
   */
  bootEpoch?: number;
  /** Largest payload accepted and sent (default and upper bound 8192). */
  maxFrame?: number;
  /** Runs the next request later (default setImmediate: one request per event-loop turn). */
  schedule?: (fn: () => void) => void;
  /** Extra options for the chip model (geometry must stay the reference one). */
  model?: Omit<ChipModelOptions, 'dieSeed' | 'preset'>;
}

/** Device-side statistics (read-only view through the control API). */
export interface ChipStats {
  bytesIn: number;
  bytesOut: number;
  requests: number;
  responses: number;
  busy: number;
  decodeErrors: number;
  replays: number;
  /** Copies of a request already held (a resend that crossed the first copy). */
  duplicates: number;
  events: number;
  ignoredFrames: number;
  internalErrors: number;
}

