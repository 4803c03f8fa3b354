/**
 * SVG plots for the vit report: Vega-Lite specs compiled to Vega and rendered headless
 * (`renderer: 'none'`, no canvas, no browser).
 */
import type * as vl from 'vega-lite';
export { renderSvg } from '../../report/plot.js';

export type Row = Record<string, number | string | boolean>;

const FONT = { config: { font: 'sans-serif', axis: { labelFontSize: 11, titleFontSize: 12 } } };

/** Keep ratio per layer, one bar per head (the budget the policy gave each head). */
export function keepPerHeadSpec(keep: number[][], title: string): vl.TopLevelSpec {
  const values: Row[] = [];
  keep.forEach((row, layer) => row.forEach((k, head) => values.push({ layer, head: `head ${head}`, keep: k })));
  return {
    ...FONT,
    title,
    width: 420,
    height: 220,
    data: { values },
    mark: 'bar',
    encoding: {
      x: { field: 'layer', type: 'ordinal', title: 'layer' },
      xOffset: { field: 'head' },
      y: { field: 'keep', type: 'quantitative', title: 'keep ratio', scale: { domain: [0, 1] } },
      color: { field: 'head', type: 'nominal', title: null },
    },
  } as vl.TopLevelSpec;
}

/** Analog code vs exact score (softmax units) for sampled tokens, coloured by the keep decision. */
export function scoresSpec(points: { exact: number; code: number; kept: boolean; layer: number }[], title: string): vl.TopLevelSpec {
  return {
    ...FONT,
    title,
    width: 420,
    height: 260,
    data: { values: points.map((p) => ({ ...p, decision: p.kept ? 'kept' : 'pruned' })) },
    mark: { type: 'point', filled: true, size: 14, opacity: 0.6 },
    encoding: {
      x: { field: 'exact', type: 'quantitative', title: 'exact score q.k/sqrt(d) (centred keys)' },
      y: { field: 'code', type: 'quantitative', title: 'analog code' },
      color: { field: 'decision', type: 'nominal', title: null, scale: { domain: ['kept', 'pruned'], range: ['#1f77b4', '#d62728'] } },
    },
  } as vl.TopLevelSpec;
}

export interface CurvePoint {
  rule: string;
  photo: string;
  keep: number;
  kl: number;
}

/** Keep-vs-KL curves of several rules (log KL axis). */
export function keepKlSpec(points: CurvePoint[], title: string): vl.TopLevelSpec {
  return {
    ...FONT,
    title,
    width: 420,
    height: 280,
    data: { values: points.map((p) => ({ ...p, kl: Math.max(p.kl, 1e-5) })) },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'keep', type: 'quantitative', title: 'average keep ratio' },
      y: { field: 'kl', type: 'quantitative', title: 'KL to the float reference (nats)', scale: { type: 'log' } },
      color: { field: 'rule', type: 'nominal', title: null },
      strokeDash: { field: 'photo', type: 'nominal', title: null },
      detail: { field: 'photo' },
    },
  } as vl.TopLevelSpec;
}
