import type { EntityMention, PlaceMention } from '../../doc/annotations.js';
import { overlaps } from '../../doc/span.js';
import type { Token } from '../../doc/token.js';
import type { Draft, LabelDraft, Ref } from './draft.js';
import type { Gazetteer, NameHit } from './gazetteer.js';
import type { ActorKb } from './kb.js';
import type { Lexicons, Phrase } from './lexicon.js';
import { bare, formsOf, isQuoteOrParen, matchPhrase, type PhraseMatch } from './words.js';

/**
 * Finds actor mentions in one article's tokens, in passes from the most to the least specific:
 * names (with the force or government names built on them), role phrases, state organs, nisba
 * adjectives, possessives, then bare heads, epithets and titles used as nouns. A token claimed by
 * one mention is never part of another (gold mentions never overlap).
 */
export interface RecognizeInput {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly entities: readonly EntityMention[];
  readonly places: readonly PlaceMention[];
}

interface Ctx extends RecognizeInput {
  readonly kb: ActorKb;
  readonly gaz: Gazetteer;
  readonly lex: Lexicons;
  readonly claimed: (Draft | null)[];
  readonly drafts: Draft[];
  /** In-article short names: key of a surname → the full name's ref. */
  readonly surnames: Map<string, Ref>;
  readonly entityAt: Map<number, { last: number; type: string; start: number; end: number }>;
  /** First words (without the article) of multi-word organisation names: bare heads that may refer back. */
  readonly headWords: ReadonlySet<string>;
  /** The people actor of a state («الليبيون» → libyans), when the KB has one. */
  readonly peopleOf: ReadonlyMap<string, { id: string }>;
}

interface LexHit<T> extends PhraseMatch {
  readonly first: number;
  readonly value: T;
  readonly text: string;
}

const FUNCTION_WORDS = new Set(['من', 'في', 'علي', 'ضد', 'مع', 'عن', 'الي', 'بين', 'ليس', 'لا', 'مثل', 'و', 'او', 'ان', 'عبر', 'امام', 'بحق', 'قبل', 'بعد']);
const APPOSITION_PUNCT = new Set(['،', ',', '-', '–']);

/** Phrases of a list by the bare key of their first word, so a token looks up only its candidates. */
const phraseIndex = new WeakMap<readonly Phrase<unknown>[], Map<string, Phrase<unknown>[]>>();
function indexOf<T>(list: readonly Phrase<T>[]): Map<string, Phrase<T>[]> {
  let idx = phraseIndex.get(list) as Map<string, Phrase<T>[]> | undefined;
  if (!idx) {
    idx = new Map();
    for (const p of list) {
      const k = bare(p.words[0]!);
      const l = idx.get(k) ?? [];
      l.push(p);
      idx.set(k, l);
    }
    phraseIndex.set(list, idx as Map<string, Phrase<unknown>[]>);
  }
  return idx;
}

const candidateCache = new WeakMap<Token, Map<readonly Phrase<unknown>[], Phrase<unknown>[]>>();
function candidates<T>(list: readonly Phrase<T>[], tok: Token): Phrase<T>[] {
  let perTok = candidateCache.get(tok);
  if (!perTok) candidateCache.set(tok, (perTok = new Map()));
  const hit = perTok.get(list);
  if (hit) return hit as Phrase<T>[];
  const out = computeCandidates(list, tok);
  perTok.set(list, out as Phrase<unknown>[]);
  return out;
}

/** Candidates of a token that may carry the accusative alif («وفدا» → «وفد»). */
function accusativeCandidates<T>(list: readonly Phrase<T>[], tok: Token): Phrase<T>[] {
  const plain = candidates(list, tok);
  if (!tok.norm.endsWith('ا')) return plain;
  const idx = indexOf(list);
  const extra = formsOf(tok).flatMap((f) => idx.get(bare(f.key.slice(0, -1))) ?? []);
  return [...new Set([...plain, ...extra])].sort((a, b) => b.words.length - a.words.length);
}

function computeCandidates<T>(list: readonly Phrase<T>[], tok: Token): Phrase<T>[] {
  const idx = indexOf(list);
  const seen = new Set<Phrase<T>>();
  for (const f of formsOf(tok)) for (const p of idx.get(bare(f.key)) ?? []) seen.add(p);
  return [...seen].sort((a, b) => b.words.length - a.words.length);
}

function lexAt<T>(list: readonly Phrase<T>[], tokens: readonly Token[], i: number, articleOptional = false, accusative = false): LexHit<T> | null {
  if (!tokens[i] || tokens[i]!.kind !== 'word') return null;
  for (const p of accusative ? accusativeCandidates(list, tokens[i]!) : candidates(list, tokens[i]!)) {
    const m = matchPhrase(tokens, i, p.words, { articleOptional, accusative });
    if (m) return { ...m, first: i, value: p.value, text: p.text };
  }
  return null;
}

function free(ctx: Ctx, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (ctx.claimed[k]) return false;
  return true;
}

function push(ctx: Ctx, d: Draft): Draft {
  ctx.drafts.push(d);
  for (let k = d.first; k <= d.last; k++) ctx.claimed[k] = d;
  return d;
}

function draft(first: number, last: number, start: number, end: number, ref: Ref, kind: 'name' | 'nominal', labels: LabelDraft[] = []): Draft {
  return { first, last, start, end, ref, mentionKind: kind, labels, roleInfo: [] };
}

function isLocationUse(ctx: Ctx, hit: NameHit): boolean {
  const s = { start: hit.start, end: hit.end };
  if (ctx.places.some((p) => overlaps(p.span, s))) return true;
  const prev = ctx.tokens[hit.first - 1];
  // Inside the name of a conference, agreement or body («مؤتمر برلين», «اتفاقية أبوظبي»): neither.
  if (prev && prev.kind === 'word' && (ctx.lex.nameHeads.has(prev.norm) || ctx.lex.nameHeads.has(bare(prev.key)))) return true;
  // Coordinated with a place just before («في سورية وليبيا»).
  const own = ctx.tokens[hit.first]!;
  if (own.norm.startsWith('و') && prev && ctx.places.some((p) => p.span.end === prev.end)) return true;
  if (ctx.places.length > 0) return false;
  // No places layer: a locative preposition before the name (or written on it) marks a location.
  const form = formsOf(own).find((f) => f.start === hit.start);
  if (form?.stripped && ctx.lex.locativePreps.has(own.norm.slice(0, 1))) return true;
  return prev !== undefined && ctx.lex.locativePreps.has(prev.norm);
}

/** A name at token j: a KB name (full or short form), an in-article surname, or an entity of the NER layer. */
function nameAt(ctx: Ctx, j: number): { last: number; start: number; end: number; ref: Ref; type: string } | null {
  const tok = ctx.tokens[j];
  // A KB name may start with a number («5+5», «5 زائد 5»); only KB names can.
  if (!tok || (tok.kind !== 'word' && tok.kind !== 'number') || ctx.claimed[j]) return null;
  const hit = ctx.gaz.longestAt(ctx.tokens, j, (e) => e.kind === 'full' || e.kind === 'short' || e.kind === 'capital');
  if (!hit && tok.kind !== 'word') return null;
  const ent = ctx.entityAt.get(j);
  if (hit) {
    const a = ctx.kb.actors.get(hit.entry.actorId)!;
    if (a.type === 'GPE' && isLocationUse(ctx, hit)) return null;
    // A credit line «(رويترز، فرانس برس)» names sources, not actors.
    if (a.kind === 'media' && inParenList(ctx, j)) return null;
    // «المسؤولين الليبيين»: a demonym after a noun whose nisba stands for the state's agents is the
    // state's nisba (README), left to the nisba pass, not the people.
    if (a.kind === 'people' && afterStateHead(ctx, j)) return null;
    return { last: hit.last, start: hit.start, end: hit.end, ref: { type: 'fixed', id: a.id }, type: a.type };
  }
  for (const f of formsOf(tok)) {
    const r = ctx.surnames.get(f.key);
    if (r) return { last: j, start: f.start, end: tok.end, ref: r, type: 'PER' };
  }
  // A tagger's person or organisation over a place mention («بني وليد») is the place.
  if (ent && ctx.places.some((p) => overlaps(p.span, ent))) return null;
  if (ent && (ent.type === 'PER' || ent.type === 'ORG') && free(ctx, j, ent.last)) {
    const words = ctx.tokens.slice(j, ent.last + 1).filter((t) => t.kind === 'word');
    // The tagger's span may wrap a KB name («استعداد حفتر»), an organ («الحكومة الليبية») or start
    // with a title or role word («لواء المتقاعد»): then the KB name, organ or label decides, not a new actor.
    for (let x = j; x <= ent.last; x++) {
      if (ctx.gaz.longestAt(ctx.tokens, x, (e) => e.kind === 'full' || e.kind === 'short')) return null;
    }
    if (lexAt(ctx.lex.titles, ctx.tokens, j, true) || lexAt(ctx.lex.roles, ctx.tokens, j) || lexAt(ctx.lex.organs, ctx.tokens, j) ||
      lexAt(ctx.lex.epithets, ctx.tokens, j, true) || lexAt(ctx.lex.groups, ctx.tokens, j)) return null;
    // A one-word organisation the KB does not know is more often a platform or a common noun
    // («تويتر», «عناصرها») than an actor; one-word actors belong in the KB.
    if (ent.type === 'ORG' && words.length < 2) return null;
    // Likewise a one-word person the KB does not know, tagged once («حسن نوايا», «الفيديو كونفرانس»):
    // news introduces a new person by full name, by a title before a single name («العقيد قنونو»),
    // or keeps calling a well-known one by the one name («ألونسو … ألونسو»).
    if (ent.type === 'PER' && words.length < 2 && !titleEndsAt(ctx, j - 1) && oneWordPersons(ctx).get(tok.key)! < 2) return null;
    if (words.some((t) => t.parts.some((p) => p.role === 'enclitic'))) return null;
    const key = words.map((t) => bare(t.key || t.norm)).join(' ');
    const nameAr = ctx.text.slice(ent.start, ent.end);
    return { last: ent.last, start: ent.start, end: ent.end, ref: { type: 'new', key, nameAr, actorType: ent.type as 'PER' | 'ORG', descriptor: null }, type: ent.type };
  }
  return null;
}

/** Whether token j follows a definite noun whose nisba stands for the state (an adjective agrees in definiteness; «دعم الليبيين» is a genitive). */
function afterStateHead(ctx: Ctx, j: number): boolean {
  const prev = ctx.tokens[j - 1];
  if (!prev || prev.kind !== 'word' || !formsOf(prev).some((f) => f.key.startsWith('ال'))) return false;
  return [bare(prev.key), prev.key, bare(prev.norm)].some((k) => ctx.lex.nisbaHeads.get(k) === 'state');
}

const oneWordCache = new WeakMap<Ctx, Map<string, number>>();
/** How often each one-word person name (stem key) is tagged in the article. */
function oneWordPersons(ctx: Ctx): Map<string, number> {
  let m = oneWordCache.get(ctx);
  if (!m) {
    m = new Map();
    for (const [first, e] of ctx.entityAt) {
      if (e.type !== 'PER' || e.last !== first) continue;
      const k = ctx.tokens[first]!.key;
      m.set(k, (m.get(k) ?? 0) + 1);
    }
    oneWordCache.set(ctx, m);
  }
  return m;
}

function titleEndsAt(ctx: Ctx, k: number): boolean {
  for (let f = Math.max(0, k - 1); f <= k; f++) {
    const t = lexAt(ctx.lex.titles, ctx.tokens, f, true);
    if (t && t.last === k) return true;
  }
  return false;
}

function inParenList(ctx: Ctx, j: number): boolean {
  const before = ctx.tokens.slice(Math.max(0, j - 8), j);
  const after = ctx.tokens.slice(j, j + 8);
  const open = before.some((t) => t.text === '(') && after.some((t) => t.text === ')');
  // «المصدر : الجزيرة + وكالات»: a source line.
  const sourceLine = before.slice(-3).some((t) => t.norm === 'المصدر');
  return open || sourceLine;
}

function registerSurnames(ctx: Ctx, first: number, last: number, ref: Ref, type: string): void {
  if (type !== 'PER') return;
  const words = ctx.tokens.slice(first, last + 1).filter((t) => t.kind === 'word');
  if (words.length < 2) return;
  const lastWord = words[words.length - 1]!;
  if (lastWord.norm.length >= 3) ctx.surnames.set(lastWord.norm, ref);
}

/** Titles and epithets immediately before token `k` (walking back), as labels. */
function labelsBefore(ctx: Ctx, k: number, ends: Map<number, LexHit<unknown> & { kind: 'title' | 'epithet' }>): { labels: LabelDraft[]; first: number } {
  const labels: LabelDraft[] = [];
  let first = k;
  for (;;) {
    const h = ends.get(first - 1);
    if (!h || !free(ctx, h.first, h.last)) break;
    labels.unshift({ kind: h.kind, start: h.start, end: h.end });
    first = h.first;
  }
  return { labels, first };
}

function epithetAfter(ctx: Ctx, k: number): LabelDraft | null {
  const e = lexAt(ctx.lex.epithets, ctx.tokens, k);
  if (!e || !free(ctx, e.first, e.last) || e.value.cls === 'regime') return null;
  return { kind: 'epithet', start: e.start, end: e.end };
}

/** Pass 1: names, and force/government names built on them («قوات حفتر», «مليشيا الجنرال الانقلابي خليفة حفتر», «حكومة السراج»). */
function names(ctx: Ctx, ends: Map<number, LexHit<unknown> & { kind: 'title' | 'epithet' }>): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.claimed[i] || (tokens[i]!.kind !== 'word' && tokens[i]!.kind !== 'number')) continue;
    const g = lexAt(ctx.lex.groups, tokens, i);
    if (g) {
      let j = g.last + 1;
      const labels: LabelDraft[] = [{ kind: 'group', start: g.start, end: g.end }];
      for (;;) {
        const t = lexAt(ctx.lex.titles, tokens, j) ?? lexAt(ctx.lex.epithets, tokens, j);
        if (!t) break;
        labels.push({ kind: ctx.lex.titles.some((x) => x.text === t.text) ? 'title' : 'epithet', start: t.start, end: t.end });
        j = t.last + 1;
      }
      const organ = organOf(ctx, j);
      if (organ) {
        push(ctx, draft(i, organ.last, g.start, organ.end, { type: 'forcesOf', of: organ.ref }, 'name', [...labels, ...organ.labels]));
        i = organ.last;
        continue;
      }
      const n = nameAt(ctx, j);
      if (n && n.type !== 'GPE') {
        const after = epithetAfter(ctx, n.last + 1);
        if (after) labels.push(after);
        push(ctx, draft(i, after ? tokensEndingAt(tokens, after.end) : n.last, g.start, n.end, { type: 'forcesOf', of: n.ref }, 'name', labels));
        i = n.last;
        continue;
      }
    }
    if (bare(formsOf(tokens[i]!).at(-1)!.key) === 'حكومه' && !tokens[i]!.norm.startsWith('ال')) {
      const n = nameAt(ctx, i + 1);
      if (n && n.type === 'PER') {
        push(ctx, draft(i, n.last, formsOf(tokens[i]!).at(-1)!.start, n.end, { type: 'governmentOf', of: n.ref }, 'name'));
        i = n.last;
        continue;
      }
    }
    const n = nameAt(ctx, i);
    if (!n) continue;
    const before = labelsBefore(ctx, i, ends);
    const labels = [...before.labels];
    const after = epithetAfter(ctx, n.last + 1);
    if (after) labels.push(after);
    push(ctx, draft(i, n.last, n.start, n.end, n.ref, 'name', labels));
    registerSurnames(ctx, i, n.last, n.ref, n.type);
    i = n.last;
  }
}

function tokensEndingAt(tokens: readonly Token[], end: number): number {
  let k = 0;
  while (k < tokens.length && tokens[k]!.end < end) k++;
  return k;
}

export { candidates, lexAt, free, push, draft, nameAt, epithetAfter, labelsBefore, names, FUNCTION_WORDS, APPOSITION_PUNCT, type Ctx, type LexHit };

/** Set by nominals.ts (which imports this module): recognises a state organ at a token. */
let organOf: (ctx: Ctx, i: number) => Draft | null = () => null;
export function setOrganRecognizer(f: (ctx: Ctx, i: number) => Draft | null): void {
  organOf = f;
}

const peopleCache = new WeakMap<ActorKb, Map<string, { id: string }>>();
function peopleIndex(kb: ActorKb): Map<string, { id: string }> {
  let m = peopleCache.get(kb);
  if (!m) {
    m = new Map();
    for (const a of kb.actors.values()) if (a.kind === 'people' && a.parent) m.set(a.parent, { id: a.id });
    peopleCache.set(kb, m);
  }
  return m;
}

export function newContext(input: RecognizeInput, kb: ActorKb, gaz: Gazetteer, lex: Lexicons, headWords: ReadonlySet<string>): Ctx {
  const entityAt = new Map<number, { last: number; type: string; start: number; end: number }>();
  for (const e of input.entities) {
    const first = input.tokens.findIndex((t) => t.end > e.span.start);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < input.tokens.length && input.tokens[last + 1]!.start < e.span.end) last++;
    entityAt.set(first, { last, type: e.type, start: e.span.start, end: e.span.end });
  }
  return { ...input, kb, gaz, lex, claimed: new Array(input.tokens.length).fill(null), drafts: [], surnames: new Map(), entityAt, headWords, peopleOf: peopleIndex(kb) };
}

/** Title and epithet phrases by the index of their last token, for walking back from a name. */
export function labelEnds(ctx: Ctx): Map<number, LexHit<unknown> & { kind: 'title' | 'epithet' }> {
  const ends = new Map<number, LexHit<unknown> & { kind: 'title' | 'epithet' }>();
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = lexAt(ctx.lex.titles, ctx.tokens, i, true);
    if (t) ends.set(t.last, { ...t, kind: 'title' });
    const e = lexAt(ctx.lex.epithets, ctx.tokens, i, true);
    if (e && e.value.cls !== 'regime' && e.value.cls !== 'ally') ends.set(e.last, { ...e, kind: 'epithet' });
    if (e && e.value.cls === 'ally') ends.set(e.last, { ...e, kind: 'epithet' });
  }
  return ends;
}
