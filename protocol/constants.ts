/** Protocol-wide constants (see protocol/SPEC.md). */
export const PROTOCOL_VERSION = 2;
/** v2 changed the ordering contract (SPEC section 4): a v1 host is refused. */
export const MIN_PROTOCOL_VERSION = 2;
/** Queries in one run_queries request. */
export const MAX_BATCH_QUERIES = 32;

/** Capability bits in HelloRequest/HelloResponse.capabilities. */
export const Cap = {
  /** COBS binary framing (both sides must advertise it to switch). */
  BINARY_FRAMING: 1 << 0,
  /** RunQuery can return the analog codes (debug). */
  ANALOG_CODES: 1 << 1,
  /** The target is the virtual chip: SIM registers exist. */
  VIRTUAL_CHIP: 1 << 2,
  /** BOARD block drives supplies, clock and the chip reset line. */
  BOARD_CONTROL: 1 << 3,
  /** AppendToken is implemented. */
  APPEND_TOKEN: 1 << 4,
  /** TRIM registers / region are implemented. */
  OFFSET_TRIM: 1 << 5,
  /** OUTPUT_INT16 mode is implemented. */
  INT16_OUTPUT: 1 << 6,
  /** Unsolicited events (job done, fault, log) are sent. */
  EVENTS: 1 << 7,
  /** mem_digest.expect_sha256, STATUS_VERIFY_FAILED, STATUS_FENCED and clear_fence (SPEC section 4b). */
  VERIFY_FENCE: 1 << 8,
} as const;
export type CapName = keyof typeof Cap;

export function capabilityNames(bits: number): CapName[] {
  return (Object.keys(Cap) as CapName[]).filter((k) => (bits & Cap[k]) !== 0);
}

/** Geometry of the reference chip (also reported in the handshake). */
export const HEAD_DIM = 64;
export const MAX_TOKENS = 512;
export const TILE_TOKENS = 64;
export const HEADS = 16;

/** Bytes in each memory region (indexed by the Region enum value). */
export const REGION_SIZE: Readonly<Record<number, number>> = {
  1: MAX_TOKENS * HEAD_DIM, // K SRAM
  2: MAX_TOKENS * HEAD_DIM, // V SRAM
  3: HEAD_DIM, // Q buffer
  4: HEAD_DIM * 2, // output, INT16 LE
  5: TILE_TOKENS, // trim table
  6: MAX_TOKENS / 8, // keep mask bitmap
};
/** Regions the host may write. */
export const WRITABLE_REGIONS: ReadonlySet<number> = new Set([1, 2, 3, 5]);

/** Smallest max_frame a host may ask for: every response but memory/ping data fits in it. */
export const MIN_MAX_FRAME = 2048;

/** Limits on bulk requests. */
export const MAX_REGS_PER_REQUEST = 256;
export const DEFAULT_WINDOW = 8;
