/** Seeded test data (xorshift32): the same seed gives the same bytes on every run and target. */
export function seededBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

export function seededInt8(n: number, seed: number, amplitude = 127): Int8Array {
  const b = seededBytes(n, seed);
  const out = new Int8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.round(((b[i] - 127.5) / 127.5) * amplitude);
  return out;
}
