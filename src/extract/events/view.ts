import type { ActorMention, ArticleActor } from '../../doc/annotations.js';
import type { Span } from '../../doc/span.js';
import type { Token } from '../../doc/token.js';
import type { ActorKb } from './kb.js';
import type { EventLexicon, PrepRole } from './lexicon.js';

/**
 * Token-level view of an article for the event rules: which token each actor mention covers, which
 * tokens end a clause, and actors written together («بين الجيش وقوات الوفاق», «فرنسا ومصر والإمارات»)
 * gathered into one group, as PLOVER allows compound actors.
 */

/** Punctuation that closes a clause for the syntax-light rules (quote marks open a speaker's words). */
const CLAUSE_BREAKS = new Set(['.', '،', ',', '؛', ';', ':', '(', ')', '!', '؟', '?', '"', '«', '»', '“', '”', '-', '–']);

export interface MentionAt {
  readonly mention: ActorMention;
  readonly first: number;
  /** Inclusive last token. */
  readonly last: number;
  /** What a preposition before the mention makes of it (null: none, e.g. a subject or direct object). */
  readonly prep: PrepRole | null;
  /** The preposition itself (its key, «من», «ل»), for the frames of particular verbs. */
  readonly prepWord: string | null;
}

export interface ActorGroup {
  readonly ids: readonly string[];
  readonly first: number;
  readonly last: number;
  readonly prep: PrepRole | null;
  readonly prepWord: string | null;
}

/** Index of the token containing `offset` (or the first after it). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function tokenRange(tokens: readonly Token[], s: Span): { first: number; last: number } {
  const first = tokenAt(tokens, s.start);
  const last = Math.max(first, tokenAt(tokens, Math.max(s.start, s.end - 1)));
  return { first, last };
}

export function isClauseBreak(t: Token): boolean {
  return (t.kind === 'punct' || t.kind === 'symbol') && [...t.text].some((c) => CLAUSE_BREAKS.has(c));
}

/** The preposition governing a mention: a proclitic on its first token before the span, or the word before it. */
function prepositionOf(tokens: readonly Token[], first: number, span: Span, lex: EventLexicon): { role: PrepRole; word: string } | null {
  const t = tokens[first]!;
  for (const p of t.parts) {
    if (p.role !== 'proclitic' || p.end > span.start) continue;
    const role = lex.prepositions.get(p.form);
    if (role) return { role, word: p.form };
  }
  const before = tokens[first - 1];
  if (before && before.kind === 'word') {
    const key = lex.prepositions.has(before.key) ? before.key : before.norm;
    const role = lex.prepositions.get(key);
    if (role) return { role, word: key };
    // «مع المسؤولين الليبيين»: a nisba adjective agreeing with a definite head noun takes the head's
    // preposition (written before the head, or on it).
    // Not after a masdar trigger: «يشار إلى الدعم التركي لحكومة الوفاق» — the nisba is the masdar's agent
    // and the preposition governs the masdar.
    if (hasArticle(t) && hasArticle(before) && span.end <= t.end && !isMasdarTrigger(before, lex)) {
      const head = prepositionOf(tokens, first - 1, { start: before.start, end: before.end }, lex);
      if (head) return head;
    }
  }
  return null;
}

function isMasdarTrigger(t: Token, lex: EventLexicon): boolean {
  return (lex.triggers.get(t.key) ?? []).some((f) => f.form === 'noun' && f.keys.length === 1);
}

function hasArticle(t: Token): boolean {
  return t.parts.some((p) => p.role === 'proclitic' && p.form === 'ال');
}

export function mentionsAt(tokens: readonly Token[], mentions: readonly ActorMention[], lex: EventLexicon): MentionAt[] {
  return mentions
    .map((mention) => {
      const range = tokenRange(tokens, mention.span);
      const { last } = range;
      // «(خليفة) حفتر»: a name whose first part the outlet sets in parentheses starts at the opening one.
      const first = tokens[range.first - 1]?.text === '(' && tokens.slice(range.first, last + 1).some((t) => t.text === ')')
        ? range.first - 1 : range.first;
      const p = prepositionOf(tokens, range.first, mention.span, lex);
      return { mention, first, last, prep: p?.role ?? null, prepWord: p?.word ?? null };
    })
    .sort((a, b) => a.first - b.first || a.last - b.last);
}

/** Joins mentions written as one coordinated phrase: adjacent, or separated only by «و» / a comma. */
export function groupMentions(tokens: readonly Token[], ms: readonly MentionAt[]): ActorGroup[] {
  const groups: { ids: string[]; first: number; last: number; prep: PrepRole | null; prepWord: string | null }[] = [];
  for (const m of ms) {
    const g = groups[groups.length - 1];
    if (g && m.first > g.last && joins(tokens, g.last, m)) {
      if (!g.ids.includes(m.mention.actorId)) g.ids.push(m.mention.actorId);
      g.last = Math.max(g.last, m.last);
      continue;
    }
    groups.push({ ids: [m.mention.actorId], first: m.first, last: m.last, prep: m.prep, prepWord: m.prepWord });
  }
  return groups;
}

function joins(tokens: readonly Token[], prevLast: number, m: MentionAt): boolean {
  const conj = tokens[m.first]!.parts[0]?.form === 'و';
  const between = tokens.slice(prevLast + 1, m.first);
  // Adjacent names join only when the second is coordinated («الجيش وقوات الوفاق»); «زار الوزير أنقرة»
  // is a subject and an object.
  if (between.length === 0) return conj;
  // «مصر، والإمارات» / «فرنسا و مصر»: only list separators between the two names
  return between.every((t) => t.text === '،' || t.text === ',' || t.text === 'و') && (conj || between.length <= 2);
}

/**
 * A person's affiliation: the state or body a minister or spokesperson speaks for. The actor's
 * parent when the actors stage gives one; else a state or organisation mentioned right before the
 * person inside the same phrase («وزير الدفاع التركي خلوصي أكار» → Turkey), first seen in the article.
 */
/** Tokens between a body's name and the person speaking for it («المتحدثة باسم»). */
const AFFILIATION_REACH = 4;

export function affiliations(tokens: readonly Token[], ms: readonly MentionAt[], actors: readonly ArticleActor[],
  kb?: ActorKb): Map<string, string[]> {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const out = new Map<string, string[]>();
  const add = (id: string, aff: string): void => {
    if (aff === id) return;
    const list = out.get(id) ?? [];
    if (!list.includes(aff)) list.push(aff);
    out.set(id, list);
  };
  for (const a of actors) if (a.parent) add(a.id, a.parent);
  // A person's offices (roles.tsv) and state, when the body or state takes part in the article: the
  // minister speaks for his state, the spokesperson for her body, even where the text names only him.
  if (kb) {
    for (const a of actors) {
      if (a.type !== 'PER') continue;
      const offices = (kb.officesOf.get(a.id) ?? []).filter((of) => byId.has(of) && byId.get(of)!.type !== 'PER');
      offices.forEach((of) => add(a.id, of));
      // The state only when no office body is in play (a Libyan minister speaks for his government,
      // not for a state two authorities contend for).
      const country = kb.countryOf.get(a.id);
      const state = country ? kb.stateOf.get(country) : undefined;
      if (offices.length === 0 && state && byId.has(state)) add(a.id, state);
    }
  }
  // Every state or body named in the phrase right before a person («المتحدثة باسم الخارجية الروسية
  // ماريا زاخاروفا», «السفير الأميركي لدى ليبيا ريتشارد نورلاند»): extra sources cost nothing when
  // one of them is right, so all of them are kept.
  ms.forEach((m, k) => {
    const actor = byId.get(m.mention.actorId);
    // A person after a preposition («تتفق مصر مع حفتر») is no appositive of the name before it.
    if (!actor || actor.type !== 'PER' || m.prep !== null) return;
    // The phrase is the person's role or title as the actors stage labelled it: a name with no label
    // («دعت روسيا أحمد معيتيق») is an object, and words outside the labels («برئاسة», «في ليبيا
    // ويتوعد», «تحقيقها في جرائم») are another phrase.
    const labels = m.mention.labels;
    if (labels.length === 0) return;
    const labelled = (t: Token): boolean => labels.some((l) => l.span.start <= t.start && t.end <= l.span.end);
    for (let j = k - 1; j >= 0; j--) {
      const prev = ms[j]!;
      if (prev.last >= m.first || m.first - prev.last > AFFILIATION_REACH) break;
      if (tokens.slice(prev.last + 1, m.first).some((t) => t.kind !== 'word' || !labelled(t))) break;
      const other = byId.get(prev.mention.actorId);
      if (other && other.type !== 'PER') add(m.mention.actorId, other.id);
    }
  });
  return out;
}
