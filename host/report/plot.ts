/**
 * SVG plots for reports, rendered headless: a Vega-Lite spec compiled to Vega and rendered with
 * the 'none' renderer (no canvas, no browser). Every plot has axes with titles and one point mark
 * per data point, so a test can parse the SVG and find them.
 */
import type { TopLevelSpec } from 'vega-lite';

export type Row = object;

/**
 * Renders a Vega-Lite spec to an SVG string. Vega and Vega-Lite are loaded on the first plot, not
 * when the CLI starts (a third of its start-up time, on every command that never plots).
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export interface Series {
  field: string;
  title: string;
}

/** One line chart (with points) per y series, stacked, sharing the x axis. */
export function lineChartSpec(title: string, data: readonly Row[], x: Series, ys: Series[], opts: { xType?: 'quantitative' | 'ordinal' } = {}): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    data: { values: data as object[] },
    vconcat: ys.map((y) => ({
      width: 420,
      height: 160,
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: x.field, type: opts.xType ?? 'quantitative', title: x.title },
        y: { field: y.field, type: 'quantitative', title: y.title, scale: { zero: false } },
      },
    })),
  } as TopLevelSpec;
}

export function lineChart(title: string, data: readonly Row[], x: Series, ys: Series[], opts: { xType?: 'quantitative' | 'ordinal' } = {}): Promise<string> {
  return renderSvg(lineChartSpec(title, data, x, ys, opts));
}

/**
 * Several curves in one chart: y against x, one colour per `series` value. An ordinal x axis
 * keeps the data's order (e.g. swept rates that include 0, which a log axis cannot show).
 */
export function multiLineChart(title: string, data: readonly Row[], x: Series, y: Series, series: Series, opts: { xType?: 'quantitative' | 'ordinal' } = {}): Promise<string> {
  return renderSvg({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    width: 480,
    height: 300,
    data: { values: data as object[] },
    mark: { type: 'line', point: true },
    encoding: {
      x: opts.xType === 'ordinal' ? { field: x.field, type: 'ordinal', title: x.title, sort: null } : { field: x.field, type: 'quantitative', title: x.title },
      y: { field: y.field, type: 'quantitative', title: y.title },
      color: { field: series.field, type: 'nominal', title: series.title },
    },
  } as TopLevelSpec);
}

/** A pass/fail grid (shmoo plot): one cell per (x, y), green pass, red fail. */
export function passFailGrid(title: string, data: readonly Row[], x: Series, y: Series, pass: string): Promise<string> {
  return renderSvg({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    data: { values: data.map((r) => ({ ...r, result: (r as Record<string, unknown>)[pass] ? 'pass' : 'fail' })) },
    width: { step: 36 },
    height: { step: 24 },
    mark: { type: 'rect', stroke: 'white' },
    encoding: {
      x: { field: x.field, type: 'ordinal', title: x.title, sort: 'ascending' },
      y: { field: y.field, type: 'ordinal', title: y.title, sort: 'descending' },
      color: { field: 'result', type: 'nominal', title: 'known-answer test', scale: { domain: ['pass', 'fail'], range: ['#2ca02c', '#d62728'] } },
      tooltip: [{ field: x.field }, { field: y.field }, { field: 'result' }],
    },
  } as TopLevelSpec);
}
