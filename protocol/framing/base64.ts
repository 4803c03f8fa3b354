/** Standard base64 (RFC 4648, with padding), runtime-agnostic: protocol/ uses no Node Buffer. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENC = new Uint8Array(64);
const DEC = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  ENC[i] = ALPHABET.charCodeAt(i);
  DEC[ALPHABET.charCodeAt(i)] = i;
}

/** Encodes to ASCII bytes (not a JS string), so frames are built without string churn. */
export function base64Encode(src: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(src.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 3 <= src.length; i += 3) {
    const v = (src[i] << 16) | (src[i + 1] << 8) | src[i + 2];
    out[o++] = ENC[v >>> 18];
    out[o++] = ENC[(v >>> 12) & 63];
    out[o++] = ENC[(v >>> 6) & 63];
    out[o++] = ENC[v & 63];
  }
  const rest = src.length - i;
  if (rest > 0) {
    const v = (src[i] << 16) | (rest === 2 ? src[i + 1] << 8 : 0);
    out[o++] = ENC[v >>> 18];
    out[o++] = ENC[(v >>> 12) & 63];
    out[o++] = rest === 2 ? ENC[(v >>> 6) & 63] : 61;
    out[o++] = 61;
  }
  return out;
}

/** Decodes ASCII base64 bytes[start, end). Returns null on any invalid character or length. */
export function base64Decode(src: Uint8Array, start = 0, end = src.length): Uint8Array | null {
  const n = end - start;
  if (n % 4 !== 0) return null;
  let pad = 0;
  if (n > 0 && src[end - 1] === 61) pad++;
  if (n > 1 && src[end - 2] === 61) pad++;
  const out = new Uint8Array((n / 4) * 3 - pad);
  let o = 0;
  for (let i = start; i < end; i += 4) {
    const last = i + 4 === end;
    const a = DEC[src[i]];
    const b = DEC[src[i + 1]];
    const c = last && pad >= 2 ? 0 : DEC[src[i + 2]];
    const d = last && pad >= 1 ? 0 : DEC[src[i + 3]];
    if ((a | b | c | d) < 0) return null;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = v >>> 16;
    if (o < out.length) out[o++] = (v >>> 8) & 0xff;
    if (o < out.length) out[o++] = v & 0xff;
  }
  return out;
}
