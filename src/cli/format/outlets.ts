import type { Article } from '../../doc/article.js';
import { outletOf } from '../../ingest/read-input.js';

/**
 * Label matrix across the analysed articles: for each actor, the labels each outlet attached to it,
 * with counts (outlet = article metadata, else the file name). Empty when no actor stage ran.
 */
export function formatOutletReport(articles: readonly Article[]): string {
  const matrix = new Map<string, { name: string; byOutlet: Map<string, Map<string, number>> }>();
  for (const a of articles) {
    const outlet = outletOf(a.meta);
    const names = new Map((a.layers.actors ?? []).map((x) => [x.id, x.nameAr]));
    for (const m of a.layers.mentions ?? []) {
      if (m.labels.length === 0) continue;
      const row = matrix.get(m.actorId) ?? { name: names.get(m.actorId) ?? m.actorId, byOutlet: new Map() };
      const cell = row.byOutlet.get(outlet) ?? new Map<string, number>();
      for (const l of m.labels) {
        const text = a.text.slice(l.span.start, l.span.end);
        cell.set(text, (cell.get(text) ?? 0) + 1);
      }
      row.byOutlet.set(outlet, cell);
      matrix.set(m.actorId, row);
    }
  }
  if (matrix.size === 0) return '';
  const lines = ['Label matrix (actor × outlet → labels used, with counts):'];
  const rows = [...matrix.entries()].sort((x, y) => y[1].byOutlet.size - x[1].byOutlet.size || x[0].localeCompare(y[0]));
  for (const [id, row] of rows) {
    lines.push(`  ${row.name} (${id})`);
    for (const [outlet, cell] of [...row.byOutlet].sort()) {
      const labels = [...cell].sort((x, y) => y[1] - x[1]).map(([l, n]) => (n > 1 ? `«${l}» ×${n}` : `«${l}»`));
      lines.push(`    ${outlet}: ${labels.join('، ')}`);
    }
  }
  return lines.join('\n');
}
