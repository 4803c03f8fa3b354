/**
 * Host-visible memory regions (SPEC.md section 5). K/V SRAM and the trim table are the model's own
 * arrays, so a write here is what the chip computes with; the Q buffer, output buffer and keep mask
 * belong to the firmware. Sizes and writability come from protocol/constants.
 */
import { REGION_SIZE, Region, Status, WRITABLE_REGIONS } from '../../protocol/index.js';

export interface RegionFailure {
  status: Status;
  detail: string;
}

export interface RegionBacking {
  kSram: Int8Array;
  vSram: Int8Array;
  trim: Int8Array;
  qBuffer: Int8Array;
  output: Uint8Array;
  keepMask: Uint8Array;
}

export class MemoryRegions {
  constructor(
    private readonly backing: RegionBacking,
    /** Regions this target lacks (e.g. TRIM without CAP_OFFSET_TRIM). */
    private readonly hidden: ReadonlySet<number> = new Set(),
  ) {}

  /** Byte view of a region, or null when the id is unknown on this target. */
  view(region: number): Uint8Array | null {
    if (this.hidden.has(region)) return null;
    const b = this.backing;
    switch (region) {
      case Region.REGION_K_SRAM:
        return bytes(b.kSram, REGION_SIZE[1]);
      case Region.REGION_V_SRAM:
        return bytes(b.vSram, REGION_SIZE[2]);
      case Region.REGION_Q_BUFFER:
        return bytes(b.qBuffer, REGION_SIZE[3]);
      case Region.REGION_OUTPUT:
        return b.output.subarray(0, REGION_SIZE[4]);
      case Region.REGION_TRIM:
        return bytes(b.trim, REGION_SIZE[5]);
      case Region.REGION_KEEP_MASK:
        return b.keepMask.subarray(0, REGION_SIZE[6]);
      default:
        return null;
    }
  }

  checkRange(region: number, offset: number, length: number, opts: { write: boolean; allowEmpty: boolean; maxLength: number; skipBounds?: boolean }): RegionFailure | null {
    const v = this.view(region);
    if (!v) return { status: Status.STATUS_BAD_REGION, detail: `unknown region ${region}` };
    if (opts.write && !WRITABLE_REGIONS.has(region)) return { status: Status.STATUS_ACCESS_DENIED, detail: 'region is read-only' };
    if (length === 0 && !opts.allowEmpty) {
      return opts.write
        ? { status: Status.STATUS_BAD_ARGUMENT, detail: 'empty data' }
        : { status: Status.STATUS_OUT_OF_RANGE, detail: 'zero length' };
    }
    if (length > opts.maxLength) return { status: Status.STATUS_OUT_OF_RANGE, detail: `length above ${opts.maxLength}` };
    if (opts.skipBounds) return null;
    if (offset > v.length || length > v.length - offset) {
      return { status: Status.STATUS_OUT_OF_RANGE, detail: `[${offset}, +${length}) outside ${v.length} bytes` };
    }
    return null;
  }
}

function bytes(a: Int8Array, size: number): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, Math.min(size, a.length));
}
