import type { ArticleActor, PlaceMention } from '../../doc/annotations.js';
import type { Token } from '../../doc/token.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable } from '../../lexicons/table.js';
import { matchKey } from '../../text/normalize.js';
import type { ActorKb } from './kb.js';
import { isClauseBreak, tokenRange } from './view.js';

/**
 * «حرر الجيش الليبي مدينة ترهونة», «عملية عسكرية لاستعادة السيطرة على مدينة سرت», «هجوم أطلقته هذه
 * القوات باتجاه طرابلس»: an assault whose object is a place taken or attacked is aimed at whoever held
 * the place. The text seldom names the holder; in a two-sided conflict (data/actors/sides.tsv) it is
 * the side opposite the attacker. Which words make the place the object is data (seizures.tsv).
 */
export interface Seizures {
  /** Trigger lemmas (key) whose object is a place taken. */
  readonly lemmas: ReadonlySet<string>;
  /** Words (key) between a trigger and a place that make the place the aim or direction of the attack. */
  readonly cues: ReadonlySet<string>;
}

let seizuresCache: Seizures | undefined;

export function loadSeizures(file = dataPath('events', 'seizures.tsv')): Seizures {
  if (seizuresCache && file === dataPath('events', 'seizures.tsv')) return seizuresCache;
  const lemmas = new Set<string>();
  const cues = new Set<string>();
  for (const row of readTable(file).rows) {
    const word = matchKey(row.cells['word'] ?? '');
    if (!word) continue;
    (row.cells['kind'] === 'lemma' ? lemmas : cues).add(word);
  }
  const out: Seizures = { lemmas, cues };
  if (file === dataPath('events', 'seizures.tsv')) seizuresCache = out;
  return out;
}

/** Words after the trigger within which the place must be written (a verb, its subject, a title). */
const REACH = 6;

/**
 * Whether the clause of an assault trigger ending at token `last` names a place it takes or is aimed at: the
 * trigger is a seizure verb and a place follows within reach, or a seizure cue stands between the
 * trigger and that place. A place merely located («قرب قاعدة الوطية», «في ليبيا») does not count.
 */
export function seizesPlace(tokens: readonly Token[], last: number, end: number, lemma: string,
  places: readonly PlaceMention[], s: Seizures): boolean {
  const placeStarts = new Set(places.map((p) => tokenRange(tokens, p.span).first));
  let cued = s.lemmas.has(matchKey(lemma));
  for (let k = last + 1; k < Math.min(end, last + 1 + REACH); k++) {
    const t = tokens[k]!;
    if (isClauseBreak(t)) return false;
    if (placeStarts.has(k)) return cued;
    if (s.cues.has(t.key) || s.cues.has(t.norm)) cued = true;
  }
  return false;
}

interface SideRow {
  readonly conflict: string;
  readonly side: string;
  readonly principal: boolean;
  readonly from: string;
  readonly until: string;
}

let sidesCache: ReadonlyMap<string, readonly SideRow[]> | undefined;

/** data/actors/sides.tsv (owned by the actors stage; read here, never written): actor id → its sides. */
export function loadSides(file = dataPath('actors', 'sides.tsv')): ReadonlyMap<string, readonly SideRow[]> {
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

/**
 * The opposite side of the attackers in the article's two-sided conflict: the article's actors on the
 * other side that are not organs of another actor of that side (the government and its force, not
 * its councils), the principal force first. Empty when the sources are on no side or on both.
 */
export function opposingSide(sources: readonly string[], actors: readonly ArticleActor[], sides: ReadonlyMap<string, readonly SideRow[]>,
  kb: ActorKb, published: string | null): string[] {
  const own = new Set<string>();
  for (const id of sources) {
    for (const holder of [id, ...(kb.officesOf.get(id) ?? [])]) {
      for (const r of sides.get(holder) ?? []) if (applies(r, published)) own.add(`${r.conflict}\t${r.side}`);
    }
  }
  if (own.size !== 1) return [];
  const [conflict, side] = [...own][0]!.split('\t') as [string, string];
  const other = (id: string): SideRow | undefined =>
    (sides.get(id) ?? []).find((r) => r.conflict === conflict && r.side !== side && applies(r, published));
  const onOther = actors.filter((a) => a.type !== 'PER' && other(a.id) !== undefined);
  const ids = new Set(onOther.map((a) => a.id));
  return onOther
    .filter((a) => a.parent === null || !ids.has(a.parent))
    .sort((a, b) => Number(other(b.id)!.principal) - Number(other(a.id)!.principal))
    .map((a) => a.id);
}
