/**
 * The ViT-Ti/16 weights: the repository's packed float16 copy (`weights.f16` + `weights.json`),
 * or the shared data set's float32 `weights/*.bin` (layout in data/vit-tiny-patch16-224/README.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HacError, invalidArgument } from '../errors.js';
import { decodeHalf } from './f16.js';

export const VIT = Object.freeze({ dModel: 192, heads: 3, headDim: 64, layers: 12, mlp: 768, classes: 1000, patch: 16, image: 224, tokens: 197, lnEps: 1e-6 });

/** data/vit-tiny-patch16-224 of this repository. */
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'vit-tiny-patch16-224');

export interface TensorEntry {
  name: string;
  shape: number[];
  /** offset in elements into the packed file */
  offset: number;
}

export interface PackedIndex {
  dtype: 'float16-le';
  source: string;
  tensors: TensorEntry[];
}

export class VitWeights {
  constructor(
    private readonly tensors: Map<string, { shape: number[]; data: Float32Array }>,
    /** where they came from and in which precision (for reports) */
    readonly origin: string,
  ) {}

  /** Shape of a tensor. */
  shape(name: string): number[] {
    this.get(name);
    return [...this.tensors.get(name)!.shape];
  }

  get(name: string, shape?: readonly number[]): Float32Array {
    const t = this.tensors.get(name);
    if (!t) throw new HacError('invalid-argument', `weights: tensor ${name} missing`, { context: { tensor: name } });
    if (shape && (t.shape.length !== shape.length || t.shape.some((s, i) => s !== shape[i]))) throw invalidArgument(`weights: ${name} has shape [${t.shape}], expected [${shape}]`);
    return t.data;
  }

  names(): string[] {
    return [...this.tensors.keys()];
  }
}

/** Rank of each tensor's header in the float32 .bin files (the data README's rule). */
export function headerRank(name: string): number {
  if (name === 'patch_embed_proj_weight') return 4;
  if (name === 'cls_token' || name === 'pos_embed') return 3;
  if (name.endsWith('_bias') || /norm\d?_weight$/.test(name)) return 1;
  return 2;
}

export function tensorNames(): string[] {
  const out = ['patch_embed_proj_weight', 'patch_embed_proj_bias', 'cls_token', 'pos_embed', 'norm_weight', 'norm_bias', 'head_weight', 'head_bias'];
  for (let l = 0; l < VIT.layers; l++) {
    for (const t of ['norm1_weight', 'norm1_bias', 'attn_qkv_weight', 'attn_qkv_bias', 'attn_proj_weight', 'attn_proj_bias', 'norm2_weight', 'norm2_bias', 'mlp_fc1_weight', 'mlp_fc1_bias', 'mlp_fc2_weight', 'mlp_fc2_bias']) out.push(`blocks_${l}_${t}`);
  }
  return out;
}

function readFloat32Bin(path: string, name: string): { shape: number[]; data: Float32Array } {
  const buf = readFileSync(path);
  const rank = headerRank(name);
  const shape: number[] = [];
  for (let i = 0; i < rank; i++) shape.push(buf.readInt32LE(4 * i));
  const n = shape.reduce((a, b) => a * b, 1);
  if (buf.length !== 4 * rank + 4 * n) throw new HacError('invalid-argument', `weights: ${path} has ${buf.length} bytes, expected ${4 * rank + 4 * n} for shape [${shape}]`, { context: { path } });
  const data = new Float32Array(n);
  for (let i = 0; i < n; i++) data[i] = buf.readFloatLE(4 * rank + 4 * i);
  return { shape, data };
}

/** Loads weights from `dir`: packed float16 when `weights.f16` is there, else float32 `weights/*.bin`. */
export function loadWeights(dir = DATA_DIR): VitWeights {
  const packed = join(dir, 'weights.f16');
  const tensors = new Map<string, { shape: number[]; data: Float32Array }>();
  if (existsSync(packed)) {
    const index = JSON.parse(readFileSync(join(dir, 'weights.json'), 'utf8')) as PackedIndex;
    const bytes = readFileSync(packed);
    for (const t of index.tensors) {
      const n = t.shape.reduce((a, b) => a * b, 1);
      tensors.set(t.name, { shape: t.shape, data: decodeHalf(bytes.subarray(2 * t.offset, 2 * (t.offset + n)), n) });
    }
    return new VitWeights(tensors, `${packed} (float16)`);
  }
  const binDir = join(dir, 'weights');
  if (!existsSync(binDir)) throw new HacError('invalid-argument', `no ViT weights in ${dir} (neither weights.f16 nor weights/*.bin)`, { context: { path: dir } });
  for (const name of tensorNames()) tensors.set(name, readFloat32Bin(join(binDir, `${name}.bin`), name));
  return new VitWeights(tensors, `${binDir} (float32)`);
}

export interface ClassName {
  index: number;
  label: string;
}

export function loadClassNames(dir = DATA_DIR): string[] {
  const lines = readFileSync(join(dir, 'imagenet-classes.tsv'), 'utf8').split('\n').filter((l) => l.trim());
  const names: string[] = new Array(VIT.classes).fill('');
  for (const l of lines) {
    const [i, name] = l.split('\t');
    names[Number(i)] = name;
  }
  return names;
}
