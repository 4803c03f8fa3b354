/**
 * Consistent Overhead Byte Stuffing (Cheshire & Baker): removes every 0x00 from a block so 0x00
 * can delimit frames. Overhead: at most 1 byte per 254 bytes, plus 1.
 */
export function cobsMaxEncodedLength(n: number): number {
  return n + Math.ceil(n / 254) + 1;
}

/** Encodes src into a new array (no trailing delimiter). */
export function cobsEncode(src: Uint8Array): Uint8Array {
  const out = new Uint8Array(cobsMaxEncodedLength(src.length));
  let codeIdx = 0;
  let o = 1;
  let code = 1;
  for (let i = 0; i < src.length; i++) {
    const b = src[i];
    if (b === 0) {
      out[codeIdx] = code;
      codeIdx = o++;
      code = 1;
    } else {
      out[o++] = b;
      code++;
      if (code === 0xff) {
        out[codeIdx] = code;
        codeIdx = o++;
        code = 1;
      }
    }
  }
  out[codeIdx] = code;
  return out.subarray(0, o);
}

/** Decodes one COBS block (without delimiter). Returns null if the block is malformed. */
export function cobsDecode(src: Uint8Array, start = 0, end = src.length): Uint8Array | null {
  const out = new Uint8Array(Math.max(0, end - start));
  let o = 0;
  let i = start;
  while (i < end) {
    const code = src[i++];
    if (code === 0) return null;
    const n = code - 1;
    if (i + n > end) return null;
    for (let k = 0; k < n; k++) {
      const b = src[i++];
      if (b === 0) return null;
      out[o++] = b;
    }
    if (code !== 0xff && i < end) out[o++] = 0;
  }
  return out.subarray(0, o);
}
