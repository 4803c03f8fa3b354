import { describe, expect, it } from 'vitest';
import { htmlPage, lineChart, passFailGrid, toCsv } from './index.js';

/** Axis titles and the number of point symbols in a vega SVG. */
function inspect(svg: string) {
  const axes = [...svg.matchAll(/class="mark-group role-axis"/g)].length;
  const titles = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  const symbols = (/<g class="mark-symbol role-mark[^"]*"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1].match(/<path/g) ?? []).length;
  const rects = (/<g class="mark-rect role-mark[^"]*"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1].match(/<path/g) ?? []).length;
  return { axes, titles, symbols, rects };
}

describe('report plots (vega-lite, headless SVG)', () => {
  it('a line chart has both axes with titles and one point per data row', async () => {
    const svg = await lineChart('t', [{ x: 1, y: 2 }, { x: 2, y: 3 }, { x: 3, y: 1 }], { field: 'x', title: 'margin (codes)' }, [{ field: 'y', title: 'keep ratio' }]);
    expect(svg.startsWith('<svg')).toBe(true);
    const s = inspect(svg);
    expect(s.axes).toBeGreaterThanOrEqual(2);
    expect(s.titles).toContain('margin (codes)');
    expect(s.titles).toContain('keep ratio');
    expect(s.symbols).toBe(3);
  });
  it('a pass/fail grid has one cell per point', async () => {
    const pts = [1000, 1100].flatMap((v) => [1100, 1200].map((f) => ({ v, f, ok: f <= 1100 })));
    const s = inspect(await passFailGrid('g', pts, { field: 'f', title: 'clock (MHz)' }, { field: 'v', title: 'core supply (mV)' }, 'ok'));
    expect(s.rects).toBe(4);
    expect(s.titles).toContain('clock (MHz)');
  });
  it('HTML escapes text; CSV quotes cells', () => {
    const html = htmlPage('<x>', [{ heading: 'a&b', svg: '<svg></svg>', table: { columns: ['c'], rows: [['<i>']] } }]);
    expect(html).toContain('&lt;x&gt;');
    expect(html).toContain('a&amp;b');
    expect(html).toContain('<svg></svg>');
    expect(toCsv([{ a: 'x,y', b: 1 }], ['a', 'b'])).toBe('a,b\n"x,y",1\n');
  });
});
