import { outletName, type Article } from '../doc/article.js';

/**
 * The label matrix: for each actor and each outlet, which labels the outlet attached to the actor
 * and how often («khalifa_haftar × aljazeera → الانقلابي: 2, مجرم: 1»). The outlet of an article is
 * its metadata's outlet, else its file name (without folder or extension), else its id.
 */
export interface LabelCell {
  readonly key: string;
  readonly kind: string;
  readonly gloss: string | null;
  readonly count: number;
}

export interface LabelMatrixRow {
  readonly actorId: string;
  readonly actorName: string;
  readonly outlet: string;
  readonly labels: readonly LabelCell[];
}

export function outletOf(article: Article): string {
  return outletName(article.meta, article.id);
}

/** Builds the matrix from analysed articles (with `actors` and `mentions` layers), rows sorted by actor then outlet. */
export function buildLabelMatrix(articles: readonly Article[]): LabelMatrixRow[] {
  const cells = new Map<string, Map<string, { kind: string; gloss: string | null; count: number }>>();
  const names = new Map<string, string>();
  for (const article of articles) {
    const outlet = outletOf(article);
    for (const a of article.layers.actors ?? []) if (!names.has(a.id)) names.set(a.id, a.nameAr);
    for (const m of article.layers.mentions ?? []) {
      if (m.labels.length === 0) continue;
      const rowKey = `${m.actorId}\u0000${outlet}`;
      const row = cells.get(rowKey) ?? new Map();
      for (const l of m.labels) {
        const c = row.get(l.key) ?? { kind: l.labelKind, gloss: l.gloss, count: 0 };
        c.count++;
        row.set(l.key, c);
      }
      cells.set(rowKey, row);
    }
  }
  const rows: LabelMatrixRow[] = [];
  for (const [rowKey, row] of cells) {
    const [actorId, outlet] = rowKey.split('\u0000') as [string, string];
    const labels = [...row].map(([key, c]) => ({ key, kind: c.kind, gloss: c.gloss, count: c.count }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    rows.push({ actorId, actorName: names.get(actorId) ?? actorId, outlet, labels });
  }
  return rows.sort((a, b) => a.actorId.localeCompare(b.actorId) || a.outlet.localeCompare(b.outlet));
}

/** Plain-text rendering for `marsad analyze`: one block per actor, one line per outlet. */
export function formatLabelMatrix(rows: readonly LabelMatrixRow[]): string {
  if (rows.length === 0) return 'Label matrix: no labels found.\n';
  const lines: string[] = ['Label matrix (actor × outlet → label: count)'];
  let current = '';
  for (const r of rows) {
    if (r.actorId !== current) {
      lines.push(`${r.actorName} [${r.actorId}]`);
      current = r.actorId;
    }
    const cells = r.labels.map((l) => `${l.key}${l.gloss ? ` (${l.gloss})` : ''} ×${l.count}`).join(', ');
    lines.push(`  ${r.outlet}: ${cells}`);
  }
  return lines.join('\n') + '\n';
}
