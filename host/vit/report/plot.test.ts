import { describe, expect, it } from 'vitest';
import { keepKlSpec, keepPerHeadSpec, renderSvg, scoresSpec } from './plot.js';

/** A minimal SVG reader: checks the tags nest properly and returns every element with its attributes. */
function parseSvg(svg: string): { name: string; attrs: Record<string, string> }[] {
  const out: { name: string; attrs: Record<string, string> }[] = [];
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = tag.exec(svg))) {
    if (svg.slice(last, m.index).includes('<')) throw new Error(`unparsed markup near ${svg.slice(last, m.index).slice(0, 40)}`);
    last = tag.lastIndex;
    const [, close, name, attrText, selfClose] = m;
    if (close) {
      if (stack.pop() !== name) throw new Error(`</${name}> does not close the open element`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1]] = a[2];
    out.push({ name, attrs });
    if (!selfClose) stack.push(name);
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('>, <')}>`);
  return out;
}

const hasClass = (e: { attrs: Record<string, string> }, c: string) => (e.attrs.class ?? '').split(/\s+/).includes(c);
type El = { name: string; attrs: Record<string, string> };
/** Axes: vega draws each axis's domain line as a mark-rule of role axis-domain, with labels and a title. */
const axes = (els: El[]) => ({ domains: els.filter((e) => hasClass(e, 'role-axis-domain')).length, titles: els.filter((e) => hasClass(e, 'role-axis-title')).length });
/** Data marks: vega labels every mark item with its role description (point, bar, line). */
const items = (els: El[], kind: string) => els.filter((e) => e.attrs.role === 'graphics-symbol' && e.attrs['aria-roledescription'] === kind);

describe('vit report plots (vega-lite rendered headless)', () => {
  it('scores plot: an SVG with two axes and one symbol per sampled token', async () => {
    const pts = Array.from({ length: 30 }, (_, i) => ({ exact: i / 3, code: Math.min(31, 8 + i), kept: i > 20, layer: 0 }));
    const els = parseSvg(await renderSvg(scoresSpec(pts, 'scores')));
    expect(els[0].name).toBe('svg');
    expect(axes(els)).toEqual({ domains: 2, titles: 2 });
    const points = items(els, 'point');
    expect(points.length).toBe(30);
    expect(points.filter((p) => p.attrs.fill === '#1f77b4').length).toBe(9); // kept tokens in blue
  });

  it('keep-per-head plot: axes and one bar per layer and head', async () => {
    const keep = Array.from({ length: 12 }, (_, l) => [0.1 + l / 50, 0.2, 0.3]);
    const els = parseSvg(await renderSvg(keepPerHeadSpec(keep, 'keep')));
    expect(axes(els)).toEqual({ domains: 2, titles: 2 });
    expect(items(els, 'bar').length).toBe(36);
  });

  it('keep-vs-KL plot: axes, a line per rule and photo, and its points', async () => {
    const pts = ['policy', 'top-k'].flatMap((rule) => ['chelsea', 'coffee'].flatMap((photo) => [0.2, 0.3, 0.4].map((keep) => ({ rule, photo, keep, kl: keep / 10 }))));
    const els = parseSvg(await renderSvg(keepKlSpec(pts, 'curve')));
    expect(axes(els)).toEqual({ domains: 2, titles: 2 });
    expect(items(els, 'line mark').length).toBe(4); // 2 rules x 2 photos
    expect(items(els, 'point').length).toBe(12);
  });
});
