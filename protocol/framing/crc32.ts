/**
 * CRC-32 as in IEEE 802.3 / zlib: reflected polynomial 0xEDB88320, init 0xFFFFFFFF, final XOR
 * 0xFFFFFFFF. Check value: crc32("123456789") = 0xCBF43926. Slicing-by-4 table so 4 KiB frames stay
 * cheap on the hot path.
 */
const T = new Uint32Array(4 * 256);
for (let i = 0; i < 256; i++) {
  let c = i;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  T[i] = c >>> 0;
}
for (let i = 0; i < 256; i++) {
  for (let s = 1; s < 4; s++) T[s * 256 + i] = (T[(s - 1) * 256 + i] >>> 8) ^ T[T[(s - 1) * 256 + i] & 0xff];
}

export const CRC32_CHECK_VALUE = 0xcbf43926;

/** CRC-32 of bytes[start, end). `prev` continues a running CRC (pass the previous result). */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length, prev = 0): number {
  let c = ~prev >>> 0;
  let i = start;
  for (; i + 4 <= end; i += 4) {
    c ^= bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    c = T[768 + (c & 0xff)] ^ T[512 + ((c >>> 8) & 0xff)] ^ T[256 + ((c >>> 16) & 0xff)] ^ T[c >>> 24];
  }
  for (; i < end; i++) c = T[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
