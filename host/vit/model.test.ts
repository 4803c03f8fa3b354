import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadImage } from './image.js';
import { erf, floatAttend, forward, klDivergence, topK } from './model.js';
import { DATA_DIR, loadWeights } from './weights.js';

function reference(name: string): Float32Array {
  const b = readFileSync(join(DATA_DIR, 'reference', `${name}_224.logits.f32`));
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

describe('ViT-Ti/16 float forward pass on the host', () => {
  const w = loadWeights();

  it('erf matches known values to 1.5e-7', () => {
    for (const [x, want] of [[0.5, 0.5204998778130465], [-1, -0.8427007929497149], [3, 0.9999779095030014], [0, 0]]) expect(Math.abs(erf(x) - want)).toBeLessThan(1.5e-7);
  });

  // The float16 copy of the weights moves logits by at most ~1e-2 (measured 8.8e-3); top-5 must not move.
  for (const name of ['chelsea', 'coffee']) {
    it(`${name}: float16 weights give the float64 reference's top-5 and logits within 0.02`, async () => {
      const rgb = new Uint8Array(readFileSync(join(DATA_DIR, 'inputs', `${name}_224.rgb`)));
      const { logits } = await forward(w, rgb, floatAttend);
      const ref = reference(name);
      let maxDiff = 0;
      for (let i = 0; i < ref.length; i++) maxDiff = Math.max(maxDiff, Math.abs(ref[i] - logits[i]));
      expect(maxDiff).toBeLessThan(0.02);
      expect(topK(logits, 5).map((r) => r.index)).toEqual(topK(ref, 5).map((r) => r.index));
      expect(klDivergence(ref, logits)).toBeLessThan(1e-5);
    });
  }

  it('the PNG photos decode and crop to within one grey level of the data set crops', () => {
    for (const name of ['chelsea', 'coffee']) {
      const crop = loadImage(join(DATA_DIR, 'images', `${name}.png`)).data;
      const want = readFileSync(join(DATA_DIR, 'inputs', `${name}_224.rgb`));
      let maxDiff = 0;
      for (let i = 0; i < crop.length; i++) maxDiff = Math.max(maxDiff, Math.abs(crop[i] - want[i]));
      expect(maxDiff).toBeLessThanOrEqual(1);
    }
  });
});
