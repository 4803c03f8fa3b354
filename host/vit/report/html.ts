/**
 * The `hac vit --report DIR` page: one self-contained index.html (inline SVG, the photo as a PNG
 * data URI) plus the numbers as result.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { HacError } from '../../errors.js';
import type { RgbImage } from '../image.js';
import { VIT } from '../weights.js';
import { keepKlSpec, keepPerHeadSpec, renderSvg, scoresSpec, type CurvePoint } from './plot.js';

export interface ReportInput {
  title: string;
  photo: RgbImage;
  /** [layer][head] keep ratio */
  keepPerHead: number[][];
  /** [layer][token]: fraction of (head, query) pairs that kept the token */
  keptFraction: number[][];
  samples: { layer: number; head: number; codes: number[]; exact: number[]; kept: boolean[] }[];
  /** rows of the summary table: label -> value */
  summary: [string, string][];
  curve?: CurvePoint[];
  json: unknown;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function pngDataUri(img: RgbImage): string {
  const png = new PNG({ width: img.width, height: img.height });
  for (let p = 0; p < img.width * img.height; p++) {
    for (let c = 0; c < 3; c++) png.data[4 * p + c] = img.data[3 * p + c];
    png.data[4 * p + 3] = 255;
  }
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}

/** The photo with one layer's pruning drawn over it: a patch is darkened by the share of queries that pruned it. */
export function overlaySvg(photoUri: string, kept: number[], layer: number, size = 168): string {
  const side = VIT.image / VIT.patch;
  const cell = size / side;
  const rects: string[] = [];
  for (let t = 1; t < kept.length; t++) {
    const p = t - 1;
    const x = (p % side) * cell;
    const y = Math.floor(p / side) * cell;
    rects.push(`<rect x="${x.toFixed(2)}" y="${y.toFixed(2)}" width="${cell.toFixed(2)}" height="${cell.toFixed(2)}" fill="black" fill-opacity="${(0.85 * (1 - Math.min(1, kept[t] * 2))).toFixed(3)}"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size + 16}" viewBox="0 0 ${size} ${size + 16}"><image href="${photoUri}" width="${size}" height="${size}"/>${rects.join('')}<text x="2" y="${size + 12}" font-size="11" font-family="sans-serif">layer ${layer}: CLS kept by ${(kept[0] * 100).toFixed(0)}%</text></svg>`;
}

export async function writeReport(dir: string, r: ReportInput): Promise<string[]> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new HacError('invalid-argument', `cannot create report directory ${dir}: ${err instanceof Error ? err.message : String(err)}`, { cause: err, context: { path: dir } });
  }
  const keepSvg = r.keepPerHead.length ? await renderSvg(keepPerHeadSpec(r.keepPerHead, 'Keep ratio per layer and head')) : '';
  const points = r.samples.flatMap((s) => s.codes.map((code, j) => ({ exact: s.exact[j], code, kept: s.kept[j], layer: s.layer })));
  const scoreSvg = points.length ? await renderSvg(scoresSpec(points, 'Analog code vs exact score (CLS query of every head)')) : '';
  const curveSvg = r.curve?.length ? await renderSvg(keepKlSpec(r.curve, 'Keep vs KL')) : '';
  const uri = pngDataUri(r.photo);
  // Patches darken with the share of queries that pruned them (kept by half or more: clear).
  const overlays = r.keptFraction.map((k, l) => overlaySvg(uri, k, l)).join('\n');
  const rows = r.summary.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('\n');
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(r.title)}</title>
<style>body{font-family:sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:3px 8px;text-align:left}.grid{display:flex;flex-wrap:wrap;gap:8px}</style>
</head><body>
<h1>${escapeHtml(r.title)}</h1>
<table>${rows}</table>
${keepSvg ? `<h2>Keep ratio per layer and head</h2>\n${keepSvg}` : ''}
${scoreSvg ? `<h2>Analog score vs exact score</h2>
<p>Each point is one token seen by the CLS query of one head: the chip's analog code (y) against the exact score the digital pass computes (x). Kept tokens are blue.</p>
${scoreSvg}` : ''}
${overlays ? `<h2>Kept patches per layer</h2>
<p>A patch is darker the more of the queries (all heads) pruned it.</p>
<div class="grid">
${overlays}
</div>` : ''}
${curveSvg ? `<h2>Keep vs KL</h2>\n${curveSvg}` : ''}
</body></html>
`;
  const files: [string, string][] = [
    ['index.html', html],
    ['result.json', JSON.stringify(r.json, null, 1) + '\n'],
  ];
  if (keepSvg) files.push(['keep-per-head.svg', keepSvg]);
  if (scoreSvg) files.push(['scores.svg', scoreSvg]);
  if (curveSvg) files.push(['keep-vs-kl.svg', curveSvg]);
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return files.map(([name]) => join(dir, name));
}
