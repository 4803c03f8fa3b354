/** Report helpers: SVG plots (vega-lite, headless), HTML pages, CSV. */
export { lineChart, lineChartSpec, multiLineChart, passFailGrid, renderSvg } from './plot.js';
export type { Row, Series } from './plot.js';
export { escapeHtml, htmlPage } from './html.js';
export type { ReportSection } from './html.js';
export { toCsv } from './csv.js';
