import { describe, expect, it } from 'vitest';
import { linearSimd, simdAvailable } from './gemm.js';
import { linear, linearJs } from './model.js';

function random(n: number, seed: number): Float64Array {
  const a = new Float64Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    a[i] = s / 2 ** 32 - 0.5;
  }
  return a;
}

describe('the WebAssembly SIMD matrix product', () => {
  it('runs on Node 20', () => {
    expect(simdAvailable()).toBe(true);
  });

  // every shape of the ViT (qkv, proj, fc1, fc2, patch embedding, head), odd and even token counts
  for (const [inDim, outDim] of [[192, 576], [192, 192], [192, 768], [768, 192], [192, 1000]]) {
    for (const tokens of [197, 196, 1, 2]) {
      it(`equals the JavaScript loop up to the order of additions: ${tokens} x ${inDim} -> ${outDim}`, () => {
        const x = random(tokens * inDim, inDim + tokens);
        const w = Float32Array.from(random(inDim * outDim, outDim));
        const b = Float32Array.from(random(outDim, 7));
        const want = linearJs(x, tokens, inDim, w, b, outDim);
        const got = linearSimd(x, tokens, inDim, w, b, outDim)!;
        expect(got.length).toBe(want.length);
        let maxDiff = 0;
        for (let i = 0; i < want.length; i++) maxDiff = Math.max(maxDiff, Math.abs(got[i] - want[i]));
        expect(maxDiff).toBeLessThan(1e-12);
        // the second call finds the weights already in the module's memory
        expect(Array.from(linearSimd(x, tokens, inDim, w, b, outDim)!)).toEqual(Array.from(got));
      });
    }
  }

  it('declines shapes it does not handle; linear falls back to the loop', () => {
    const x = random(3 * 5, 1);
    const w = Float32Array.from(random(5 * 6, 2));
    const b = Float32Array.from(random(6, 3));
    expect(linearSimd(x, 3, 5, w, b, 6)).toBeNull();
    expect(Array.from(linear(x, 3, 5, w, b, 6))).toEqual(Array.from(linearJs(x, 3, 5, w, b, 6)));
  });
});
