import type { ArticleActor } from '../../doc/annotations.js';
import type { Token } from '../../doc/token.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable } from '../../lexicons/table.js';
import { wordKey } from './forms.js';
import type { ActorKb } from './kb.js';
import { isClauseBreak } from './view.js';

/**
 * The two sides of a two-sided armed conflict (data/actors/sides.tsv, owned by the actors stage; read
 * here, never written), for acts whose parties the text leaves to the reader: the side that held a
 * place taken (seizures.ts), the two sides of talks «بين طرفي الأزمة» or of a ceasefire reached.
 */
export interface SideRow {
  readonly conflict: string;
  readonly side: string;
  readonly principal: boolean;
  readonly from: string;
  readonly until: string;
}

export type Sides = ReadonlyMap<string, readonly SideRow[]>;

let sidesCache: Sides | undefined;

/** Actor id → the sides it belongs to. */
export function loadSides(file = dataPath('actors', 'sides.tsv')): Sides {
  if (sidesCache && file === dataPath('actors', 'sides.tsv')) return sidesCache;
  const out = new Map<string, SideRow[]>();
  for (const row of readTable(file).rows) {
    const c = row.cells;
    const actor = c['actor'];
    if (!actor || !c['conflict'] || !c['side']) continue;
    const list = out.get(actor) ?? [];
    list.push({ conflict: c['conflict'], side: c['side'], principal: c['principal'] === '1', from: c['from'] ?? '', until: c['until'] ?? '' });
    out.set(actor, list);
  }
  if (file === dataPath('actors', 'sides.tsv')) sidesCache = out;
  return out;
}

/** A row applies on the publication date when that date is known and inside its bounds; an undated article takes every row. */
function applies(r: SideRow, published: string | null): boolean {
  if (!published) return true;
  return (!r.from || published >= r.from) && (!r.until || published.slice(0, r.until.length) <= r.until);
}

function rowOf(sides: Sides, id: string, conflict: string, side: string, published: string | null): SideRow | undefined {
  return (sides.get(id) ?? []).find((r) => r.conflict === conflict && r.side === side && applies(r, published));
}

/**
 * The actor that stands for one side in this article: the side's principal force, or the body it is
 * an organ of on the same side (the government, not its forces: «حكومة الوفاق»), when the article
 * names it; else the article's actors of that side that are no organ of another of them.
 */
function representatives(conflict: string, side: string, actors: readonly ArticleActor[], sides: Sides, published: string | null): string[] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const onSide = actors.filter((a) => a.type !== 'PER' && rowOf(sides, a.id, conflict, side, published) !== undefined);
  const ids = new Set(onSide.map((a) => a.id));
  const principal = onSide.find((a) => rowOf(sides, a.id, conflict, side, published)!.principal);
  let top = principal;
  while (top && top.parent && ids.has(top.parent)) top = byId.get(top.parent);
  if (top) return [top.id];
  return onSide.filter((a) => a.parent === null || !ids.has(a.parent)).map((a) => a.id);
}

/** The conflict and side of the sources (a person through the bodies he holds office in), when they are on exactly one. */
function sideOf(sources: readonly string[], sides: Sides, kb: ActorKb, published: string | null): { conflict: string; side: string } | null {
  const own = new Set<string>();
  for (const id of sources) {
    for (const holder of [id, ...(kb.officesOf.get(id) ?? [])]) {
      for (const r of sides.get(holder) ?? []) if (applies(r, published)) own.add(`${r.conflict}\t${r.side}`);
    }
  }
  if (own.size !== 1) return null;
  const [conflict, side] = [...own][0]!.split('\t') as [string, string];
  return { conflict, side };
}

/** The side opposite the sources in their two-sided conflict; empty when they are on no side or on both. */
export function opposingSide(sources: readonly string[], actors: readonly ArticleActor[], sides: Sides,
  kb: ActorKb, published: string | null): string[] {
  const own = sideOf(sources, sides, kb, published);
  if (!own) return [];
  const others = new Set<string>();
  for (const a of actors) for (const r of sides.get(a.id) ?? []) if (r.conflict === own.conflict && r.side !== own.side) others.add(r.side);
  return [...others].flatMap((s) => representatives(own.conflict, s, actors, sides, published));
}

/**
 * Both sides of the article's two-sided conflict — the one whose sides both have actors in the
 * article (the most such actors, if several) — one representative each; empty when none is.
 */
export function bothSides(actors: readonly ArticleActor[], sides: Sides, published: string | null): string[] {
  const present = new Map<string, Set<string>>();
  const count = new Map<string, number>();
  for (const a of actors) {
    for (const r of sides.get(a.id) ?? []) {
      if (!applies(r, published)) continue;
      present.set(r.conflict, (present.get(r.conflict) ?? new Set()).add(r.side));
      count.set(r.conflict, (count.get(r.conflict) ?? 0) + 1);
    }
  }
  const conflict = [...present].filter(([, s]) => s.size === 2).sort((a, b) => count.get(b[0])! - count.get(a[0])!)[0];
  if (!conflict) return [];
  return [...conflict[1]].sort().flatMap((s) => representatives(conflict[0], s, actors, sides, published));
}

let phrasesCache: readonly (readonly string[])[] | undefined;

/** data/events/two-sides.tsv: phrases for both sides («طرفي الأزمة»), as token keys. */
export function loadTwoSidesPhrases(file = dataPath('events', 'two-sides.tsv')): readonly (readonly string[])[] {
  if (phrasesCache && file === dataPath('events', 'two-sides.tsv')) return phrasesCache;
  const out = readTable(file).rows.map((r) => (r.cells['phrase'] ?? '').split(/\s+/u).filter(Boolean).map(wordKey)).filter((k) => k.length > 0);
  if (file === dataPath('events', 'two-sides.tsv')) phrasesCache = out;
  return out;
}

/** Words after a trigger within which the phrase naming its parties is written («المحادثات بين ممثلين عن طرفي الأزمة»). */
const REACH = 5;

/** Whether a two-sides phrase starts within reach after token `last`, in its clause. */
export function namesBothSides(tokens: readonly Token[], last: number, end: number, phrases: readonly (readonly string[])[]): boolean {
  for (let k = last + 1; k < Math.min(end, last + 1 + REACH); k++) {
    if (isClauseBreak(tokens[k]!)) return false;
    if (phrases.some((p) => k + p.length <= end && p.every((w, n) => tokens[k + n]!.key === w || wordKey(tokens[k + n]!.norm) === w))) return true;
  }
  return false;
}

/** Words between an agreement trigger and the ceasefire it reaches («التوصل إلى وقف لإطلاق النار»). */
const CEASEFIRE_REACH = 2;

/**
 * Whether an agreement trigger `[., last]` concludes a ceasefire (a trigger of mode ceasefire right
 * after it): with no party written, a ceasefire reached in a two-sided conflict is between its sides.
 */
export function reachesCeasefire(hits: readonly { first: number; form: { entry: { mode: string | null } } }[], last: number): boolean {
  return hits.some((h) => h.form.entry.mode === 'ceasefire' && h.first > last && h.first <= last + 1 + CEASEFIRE_REACH);
}
