/** A self-contained HTML report page: headings, inline SVG plots, tables. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface ReportSection {
  heading: string;
  text?: string;
  /** Inline SVG (trusted: produced by host/report/plot.ts). */
  svg?: string;
  table?: { columns: string[]; rows: (string | number)[][] };
}

export function htmlPage(title: string, sections: readonly ReportSection[], meta: Record<string, string> = {}): string {
  const metaRows = Object.entries(meta)
    .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
    .join('');
  const body = sections
    .map((s) => {
      const table = s.table
        ? `<table><thead><tr>${s.table.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>${s.table.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(String(c))}</td>`).join('')}</tr>`).join('')}</tbody></table>`
        : '';
      return `<section><h2>${escapeHtml(s.heading)}</h2>${s.text ? `<p>${escapeHtml(s.text)}</p>` : ''}${s.svg ? `<figure>${s.svg}</figure>` : ''}${table}</section>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:sans-serif;margin:2em;max-width:60em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}</style>
</head><body><h1>${escapeHtml(title)}</h1>${metaRows ? `<table class="meta">${metaRows}</table>` : ''}
${body}
</body></html>
`;
}
