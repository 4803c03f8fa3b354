/**
 * Packs the shared data set's float32 ViT-Ti/16 weights (weights/*.bin) into the repository's
 * float16 copy: data/vit-tiny-patch16-224/weights.f16 (raw little-endian float16, tensors back to
 * back) and weights.json (name, shape, element offset). Halves the size (22.9 -> 11.4 MB); the
 * check that predictions stay the same is host/vit/model.test.ts.
 *   npx tsx scripts/vit-pack-weights.ts [SHARED_DIR]   (default ../shared/data/vit-tiny-patch16-224)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeHalf } from '../host/vit/f16.js';
import { DATA_DIR, loadWeights, tensorNames, type PackedIndex } from '../host/vit/weights.js';

const src = process.argv[2] ?? join(DATA_DIR, '..', '..', '..', 'shared', 'data', 'vit-tiny-patch16-224');
const w = loadWeights(src);
const index: PackedIndex = { dtype: 'float16-le', source: 'shared data set weights/*.bin (float32), rounded to nearest float16', tensors: [] };
const parts: Uint8Array[] = [];
let offset = 0;
for (const name of tensorNames()) {
  const data = w.get(name);
  const shape = w.shape(name);
  index.tensors.push({ name, shape, offset });
  parts.push(encodeHalf(data));
  offset += data.length;
}
writeFileSync(join(DATA_DIR, 'weights.f16'), Buffer.concat(parts));
writeFileSync(join(DATA_DIR, 'weights.json'), JSON.stringify(index, null, 1) + '\n');
process.stdout.write(`wrote ${offset} float16 values (${(offset * 2 / 1e6).toFixed(1)} MB) from ${src}\n`);
