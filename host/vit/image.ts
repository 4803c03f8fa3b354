/**
 * Photos -> the model's 224 x 224 RGB crop, the way the data set's inputs were made: shorter side
 * resized to 224 / 0.875 = 256 (bilinear, half-pixel centres, no antialias), then the centre crop.
 * PNG and JPEG are decoded by pngjs and jpeg-js; a `.rgb` file is taken as an already-made crop.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { HacError, invalidArgument } from '../errors.js';
import { VIT } from './weights.js';

export interface RgbImage {
  width: number;
  height: number;
  /** HWC, 3 bytes per pixel */
  data: Uint8Array;
}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

function startsWith(b: Uint8Array, magic: number[]): boolean {
  return magic.every((m, i) => b[i] === m);
}

/** RGBA (4 bytes per pixel) -> RGB, compositing transparency over white. */
function dropAlpha(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height * 3);
  for (let p = 0; p < width * height; p++) {
    const a = rgba[4 * p + 3] / 255;
    for (let c = 0; c < 3; c++) out[3 * p + c] = Math.round(rgba[4 * p + c] * a + 255 * (1 - a));
  }
  return out;
}

/** Decodes PNG or JPEG bytes (by content, not by name). */
export function decodeImage(bytes: Uint8Array, what = 'image'): RgbImage {
  try {
    if (startsWith(bytes, PNG_MAGIC)) {
      const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      return { width: png.width, height: png.height, data: dropAlpha(png.data, png.width, png.height) };
    }
    if (startsWith(bytes, JPEG_MAGIC)) {
      const j = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 512 });
      return { width: j.width, height: j.height, data: dropAlpha(j.data, j.width, j.height) };
    }
  } catch (err) {
    throw new HacError('invalid-argument', `${what}: cannot decode: ${err instanceof Error ? err.message : String(err)}`, { cause: err, context: { path: what } });
  }
  throw invalidArgument(`${what}: not a PNG or JPEG file (nor a .rgb crop)`, { path: what });
}

/** Bilinear resize with half-pixel centres and no antialias (what the data set's crops used). */
export function resizeBilinear(img: RgbImage, width: number, height: number): RgbImage {
  const out = new Uint8Array(width * height * 3);
  const sx = img.width / width;
  const sy = img.height / height;
  for (let y = 0; y < height; y++) {
    const fy = Math.min(Math.max((y + 0.5) * sy - 0.5, 0), img.height - 1);
    const y0 = Math.floor(fy);
    const y1 = Math.min(y0 + 1, img.height - 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(Math.max((x + 0.5) * sx - 0.5, 0), img.width - 1);
      const x0 = Math.floor(fx);
      const x1 = Math.min(x0 + 1, img.width - 1);
      const wx = fx - x0;
      for (let c = 0; c < 3; c++) {
        const a = img.data[(y0 * img.width + x0) * 3 + c] * (1 - wx) + img.data[(y0 * img.width + x1) * 3 + c] * wx;
        const b = img.data[(y1 * img.width + x0) * 3 + c] * (1 - wx) + img.data[(y1 * img.width + x1) * 3 + c] * wx;
        out[(y * width + x) * 3 + c] = Math.min(255, Math.max(0, Math.round(a * (1 - wy) + b * wy)));
      }
    }
  }
  return { width, height, data: out };
}

export function centreCrop(img: RgbImage, size: number): RgbImage {
  const left = Math.floor((img.width - size) / 2);
  const top = Math.floor((img.height - size) / 2);
  const out = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++) out.set(img.data.subarray(((top + y) * img.width + left) * 3, ((top + y) * img.width + left + size) * 3), y * size * 3);
  return { width: size, height: size, data: out };
}

/** Any photo -> the model's crop: shorter side to size/0.875, centre crop size x size. */
export function modelCrop(img: RgbImage, size = VIT.image): RgbImage {
  if (img.width < 1 || img.height < 1) throw invalidArgument('image is empty');
  const short = Math.round(size / 0.875);
  const scale = short / Math.min(img.width, img.height);
  const w = img.width <= img.height ? short : Math.round(img.width * scale);
  const h = img.height < img.width ? short : Math.round(img.height * scale);
  return centreCrop(resizeBilinear(img, w, h), size);
}

/** Reads a PNG/JPEG photo (any size) or a raw 224 x 224 x 3 `.rgb` crop and returns the model's crop. */
export function loadImage(path: string): RgbImage {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (err) {
    throw new HacError('invalid-argument', `cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`, { cause: err, context: { path } });
  }
  if (extname(path).toLowerCase() === '.rgb') {
    const want = VIT.image * VIT.image * 3;
    if (bytes.length !== want) throw invalidArgument(`${path}: a .rgb crop must be ${VIT.image}x${VIT.image}x3 = ${want} bytes, got ${bytes.length}`, { path });
    return { width: VIT.image, height: VIT.image, data: bytes };
  }
  return modelCrop(decodeImage(bytes, path));
}

/** Mirror image (left-right): a cheap extra calibration input. */
export function flipHorizontal(img: RgbImage): RgbImage {
  const out = new Uint8Array(img.data.length);
  for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) for (let c = 0; c < 3; c++) out[(y * img.width + x) * 3 + c] = img.data[(y * img.width + img.width - 1 - x) * 3 + c];
  return { width: img.width, height: img.height, data: out };
}
