import type { ActorMention, SpeakerRef, SpeechAct } from '../../doc/annotations.js';
import { contains, overlaps, type Span } from '../../doc/span.js';
import type { Token } from '../../doc/token.js';
import { feltStance, hopesForDeed, setsPrecondition } from './act-conditions.js';
import { futuresIn, isHostile, threatConditional, threatens } from './act-future.js';
import { actPhraseAt, committedBySpeaker, isOwnSide, negatedAt, readings, stanceOf, type ActStances } from './act-words.js';
import type { QuoteLexicon } from './lexicon.js';
import type { QuotePairs } from './marks.js';
import { isWord, quoteMark, withoutConjunction } from './tokens.js';

/** How many words at the head of a content name the attitude an expressive cue voices («أعرب عن قلقه»). */
const HEAD_WORDS = 2;

/** Cue acts that content words may refine: the generic claim and the expressive «أعرب، عبّر، أبدى، وصف». */
const REFINABLE: ReadonlySet<SpeechAct> = new Set(['claim', 'other']);

/** How many words between a cue and its content are read for the stance the speaker voices. */
const LEAD_WORDS = 4;


/**
 * The speaker's own stance at word `i` (`next` the word after it, or -1): the stance noun carries a
 * possessive pronoun («رفضه») or is followed by a self noun with one («حرص حكومته»). «استعداد
 * حفتر …» names someone else's readiness: no stance of the speaker.
 */
function ownStance(tokens: readonly Token[], i: number, next: number, st: ActStances): SpeechAct | null {
  const act = stanceOf(tokens[i]!, st);
  if (!act) return null;
  return readings(tokens[i]!, st).owned || (next >= 0 && isOwnSide(tokens[next]!, st)) ? act : null;
}

/**
 * The stance voiced at the head of a content: after an expressive cue, a stance noun among the
 * first words («أعرب عن قلقه البالغ»); after a generic cue, only the speaker's own stance as the
 * first word («أكد رفضه …»).
 */
function headStance(tokens: readonly Token[], words: readonly number[], cueAct: SpeechAct, st: ActStances): SpeechAct | null {
  if (cueAct === 'other') {
    for (const i of words) {
      const act = stanceOf(tokens[i]!, st);
      if (act) return act;
    }
    return null;
  }
  return words.length > 0 ? ownStance(tokens, words[0]!, words[1] ?? -1, st) : null;
}

/** The force of a clause-opening word («إن على المجتمع الدولي التحرك …» → demand), unless adverbial («على الرغم من»). */
function opening(tokens: readonly Token[], words: readonly number[], st: ActStances): SpeechAct | null {
  const i = words[0];
  if (i === undefined) return null;
  const act = st.openers.get(withoutConjunction(tokens[i]!) ?? tokens[i]!.norm);
  if (!act) return null;
  const next = words[1] !== undefined ? tokens[words[1]]! : null;
  return next && (st.adverbials.has(next.norm) || st.adverbials.has(next.key)) ? null : act;
}

/**
 * The stance named among the words between a cue and its content («معبرا عن ثقته في أن …», «أكد
 * حرص حكومته على "…"»): any stance noun after an expressive cue, the speaker's own after a generic one.
 */
function leadStance(tokens: readonly Token[], lead: readonly number[], cueAct: SpeechAct, st: ActStances): SpeechAct | null {
  for (let k = 0; k < lead.length; k++) {
    const act = cueAct === 'other' ? stanceOf(tokens[lead[k]!]!, st) : ownStance(tokens, lead[k]!, lead[k + 1] ?? -1, st);
    if (act) return act;
  }
  return null;
}

/**
 * The first act the speaker performs by naming it in the first person («ندين», «نطالب», «نحذر»),
 * unless negated («لا نطالب»).
 */
function performative(tokens: readonly Token[], first: number, last: number, st: ActStances): SpeechAct | null {
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    const act = st.performatives.get(withoutConjunction(t) ?? t.norm) ?? st.performatives.get(t.key);
    if (act && !negatedAt(tokens, i, first, 1, st)) return act;
  }
  return null;
}

/** How far before a negator a self noun may stand as its subject («قواته لم تشارك»). */
const CONDUCT_REACH = 3;

/**
 * The speaker's side denies its own conduct: «لا/لم/ليس» before a first-person verb («لا نتدخل»,
 * «لم نشارك»), «لسنا», or a negator after a self noun («قواته لم تشارك»). «لن» commits, it does not deny.
 */
function disownsConduct(tokens: readonly Token[], first: number, last: number, st: ActStances): boolean {
  for (let i = first; i < last; i++) {
    const bare = withoutConjunction(tokens[i]!) ?? tokens[i]!.norm;
    if (!st.negators.has(bare) || bare === 'لن' || bare === 'غير') continue;
    if (bare === 'لسنا') return true;
    const next = tokens[i + 1];
    if (next && i + 1 < last && /^ن/u.test(next.parts.find((p) => p.role === 'stem')?.form ?? next.text)) {
      if (!st.knowing.has(next.key) && !st.knowing.has(next.norm)) return true;
      continue;
    }
    // «حكومته لا تملك معلومات» describes; «قواته لم تشارك» denies a deed.
    if (bare === 'لا') continue;
    for (let k = Math.max(first, i - CONDUCT_REACH); k < i; k++) if (isOwnSide(tokens[k]!, st)) return true;
  }
  return false;
}

/** How many words after a negator an intent noun may stand («ليس لها مطامع», «لم تكن لدينا نية»). */
const NEGATION_REACH = 3;

/** A negated intent noun in tokens [first, last): the speaker disowns a design imputed to his side. */
function disownsIntent(tokens: readonly Token[], first: number, last: number, st: ActStances): boolean {
  for (let i = first; i < last; i++) {
    if (!st.negators.has(withoutConjunction(tokens[i]!) ?? tokens[i]!.norm)) continue;
    for (let k = i + 1; k < last && k <= i + NEGATION_REACH; k++) {
      if (readings(tokens[k]!, st).keys.some((key) => st.intents.has(key))) return true;
    }
  }
  return false;
}

/**
 * Acts whose words a negator just before undoes: «لم يكن مستعدا» is no promise, «غير إيجابية» no
 * praise; an accusation word right after a negator («لم تنتهك») is a denial. A negated call or
 * threat («لا يجب», «لن نسمح») keeps its force, and phrases that hold their own negator («لم يلتزم»,
 * «لا صحة») are matched whole.
 */
const NEGATABLE: ReadonlySet<SpeechAct> = new Set(['promise', 'praise']);

/** How far before a promise or praise word a negator undoes it («لم يكن مستعدا»). */
const NEGATOR_REACH = 2;

type ActEntries = QuoteLexicon['acts'];

/** speech-acts.tsv entries by the forms of their first word (also with the accusative alif), built once per lexicon. */
const FIRST_WORD_INDEX = new WeakMap<ActEntries, ReadonlyMap<string, readonly number[]>>();

function firstWordIndex(acts: ActEntries): ReadonlyMap<string, readonly number[]> {
  let index = FIRST_WORD_INDEX.get(acts);
  if (index) return index;
  const built = new Map<string, number[]>();
  const add = (w: string, e: number): void => {
    const list = built.get(w) ?? [];
    if (list[list.length - 1] !== e) list.push(e);
    built.set(w, list);
  };
  acts.forEach((entry, e) => {
    const w = entry.words[0]!;
    add(w, e);
    if (!w.endsWith('ا')) add(w + 'ا', e);
  });
  index = built;
  FIRST_WORD_INDEX.set(acts, index);
  return index;
}

/**
 * Every occurrence of a speech-acts.tsv phrase in tokens [first, last) as [entry, token] pairs, in
 * the file's order of entries, then in text order: the order in which the decision weighs them.
 */
function actPhrasesIn(
  tokens: readonly Token[], first: number, last: number, acts: ActEntries, interposed: (t: Token) => boolean,
): [number, number][] {
  const index = firstWordIndex(acts);
  const hits: [number, number][] = [];
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    const seen = new Set<number>();
    for (const form of [t.norm, t.key, withoutConjunction(t)]) {
      if (form === null) continue;
      for (const e of index.get(form) ?? []) {
        if (seen.has(e)) continue;
        seen.add(e);
        if (actPhraseAt(tokens, i, acts[e]!.words, last, interposed)) hits.push([e, i]);
      }
    }
  }
  return hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * The speech act: the cue's own act when it has one («نفى» denial, «دعا» demand, «حذّر» warning) —
 * but a condition set on the other side («لا مفاوضات … قبل سحب …») is a demand under a generic or
 * announcing cue.
 * A generic or expressive cue («قال», «أكد» → claim; «أعرب عن», «أبدى» → other) takes, in order:
 * 1. the stance voiced between the cue and the content, when `cueEnd` (where the cue ends) is given
 *    («معبرا عن ثقته في أن …»), else at the head of the content («قلقه», «رفضه», «دعم بلاده»), or
 *    the force of its opening word («على المجتمع الدولي التحرك …» demand);
 * 2. the act the speaker performs in the first person («ندين», «نطالب», «نحذر»); a demand when the
 *    speaker hopes that a party acts («يأمل أن تواصل المحكمة …», `actorAt` tells mentions); denial
 *    when the content disowns an intent («ليس لها مطامع»);
 * 3. warning when the speaker's side will act against an adversary («سنلاحق», «سنواصل إحباط …»)
 *    or a future hangs on a negative condition («… حال عدم التزام الطرف الآخر»);
 * 4. the first act, in the order of speech-acts.tsv, whose phrase occurs anywhere in the content
 *    («يجب» demand, «انتهاكات» accusation …; a contact reported by unnamed sources is no announcement);
 * 5. denial when the speaker's side disowns its conduct («لا نتدخل», «قواته لم تشارك»);
 * 6. a verb in the future, unless counterfactual: a promise when the speaker or his side is its
 *    subject («سنعمل», «بلاده ستواصل»), an announcement of what someone will do otherwise («الوفد سيلتقي»).
 */
export function decideAct(
  cueAct: SpeechAct, tokens: readonly Token[], content: Span, lex: QuoteLexicon, cueEnd: number | null = null,
  speaker: SpeakerRef = null, actorAt: (i: number) => boolean = () => false,
): SpeechAct {
  // Only a party announces: what sources without a name «announce» («إعلان وسائل إعلام محلية اعتقاله») is
  // reported as a claim, refined by its words like any claim (what is to come is still an announcement).
  if (cueAct === 'announcement' && speaker === 'unnamed_sources') cueAct = 'claim';
  if (!REFINABLE.has(cueAct) && cueAct !== 'announcement') return cueAct;
  const first = tokens.findIndex((t) => t.end > content.start);
  if (first < 0) return cueAct;
  let last = first;
  while (last < tokens.length && tokens[last]!.start < content.end) last++;
  // A condition set on the other side («أعلن … لا مفاوضات … قبل سحب …») is a demand, even when announced.
  if (setsPrecondition(tokens, first, last, lex.stances)) return 'demand';
  if (!REFINABLE.has(cueAct)) return cueAct;
  // The words between the cue and its content («أعرب عن ثقته في أن …», «أكد حرص حكومته على "…"»):
  // a stance named there is the one the speaker voices about the content.
  if (cueEnd !== null) {
    const lead: number[] = [];
    for (let i = first - 1; i >= 0 && tokens[i]!.start >= cueEnd && lead.length < LEAD_WORDS; i--) if (isWord(tokens[i]!)) lead.unshift(i);
    const voiced = leadStance(tokens, lead, cueAct, lex.stances);
    if (voiced) return voiced;
  }
  const words: number[] = [];
  for (let i = first; i < last && words.length < HEAD_WORDS; i++) if (isWord(tokens[i]!)) words.push(i);
  // A loaded word at the head of a claim («المجرم حفتر …») is no stance: it does not outrank the act
  // of the clause; only the speaker's own attitude does.
  const stance = headStance(tokens, words, cueAct, lex.stances) ?? feltStance(tokens, first, last, lex.stances)
    ?? opening(tokens, words, lex.stances);
  if (stance) return stance;
  const performed = performative(tokens, first, last, lex.stances);
  if (performed) return performed;
  if (hopesForDeed(tokens, first, last, lex.stances, actorAt)) return 'demand';
  if (disownsIntent(tokens, first, last, lex.stances)) return 'denial';
  const futures = futuresIn(tokens, first, last, lex.stances);
  if (threatens(tokens, futures, last, lex.stances) || threatConditional(tokens, futures, first, last, lex.stances)) return 'warning';
  // A word of time may sit inside a phrase («الكرة الآن في ملعب …»): quote-links.tsv, role time.
  const interposed = (t: Token): boolean => lex.links.get(t.norm) === 'time';
  for (const [e, i] of actPhrasesIn(tokens, first, last, lex.acts, interposed)) {
    const entry = lex.acts[e]!;
    // A performative the speaker negates («لا ندعو إلى الحرب») performs nothing.
    if (entry.words.length === 1 && lex.stances.performatives.has(entry.words[0]!) && negatedAt(tokens, i, first, 1, lex.stances)) continue;
    // A denied accusation is a denial («تركيا لم تنتهك الهدنة», «ليس متورطا»).
    if (entry.act === 'accusation' && negatedAt(tokens, i, first, 1, lex.stances)) return 'denial';
    // The enemy fought («الذين يحاربون الإرهابيين», «محاربة المرتزقة») is named, not charged.
    if (entry.act === 'accusation' && i > first && isHostile(tokens[i - 1]!, lex.stances)) continue;
    if (NEGATABLE.has(entry.act) && negatedAt(tokens, i, first, NEGATOR_REACH, lex.stances)) continue;
    if (entry.words.length === 1 && lex.stances.commitments.has(entry.words[0]!) && !committedBySpeaker(tokens, i, first, lex.stances)) continue;
    // Sources without a name report contacts that took place; only a party announces them (what
    // such sources say is to come is still announced: the future rule below).
    if (entry.act === 'announcement' && speaker === 'unnamed_sources') continue;
    // Nor do they condemn: a loaded word in what they are said to report («المحتل التركي») is the outlet's wording.
    if (entry.act === 'condemnation' && speaker === 'unnamed_sources') continue;
    return entry.act;
  }
  if (disownsConduct(tokens, first, last, lex.stances)) return 'denial';
  if (futures.some((f) => f.who === 'first')) return 'promise';
  if (futures.length > 0 && cueAct === 'claim') return 'announcement';
  return cueAct;
}

/** The token of the first speech-acts.tsv phrase of `act` in the content («… يواصل حفتر انتهاك …»), or -1. */
export function firstActWord(tokens: readonly Token[], content: Span, lex: QuoteLexicon, act: SpeechAct): number {
  const first = tokens.findIndex((t) => t.end > content.start);
  if (first < 0) return -1;
  let last = first;
  while (last < tokens.length && tokens[last]!.start < content.end) last++;
  const interposed = (t: Token): boolean => lex.links.get(t.norm) === 'time';
  let at = -1;
  for (const [e, i] of actPhrasesIn(tokens, first, last, lex.acts, interposed)) {
    if (lex.acts[e]!.act === act && (at < 0 || i < at)) at = i;
  }
  return at;
}

/**
 * Direct (verbatim) when the whole content sat between quotation marks; 'mixed' when a reported
 * clause contains a quoted passage of its own (not a quoted name inside an actor name mention, such
 * as «حكومة «الوفاق»», and not a quoted token with no Arabic word such as «5+5»).
 */
export function decideDirect(
  tokens: readonly Token[], pairs: QuotePairs, content: Span, quoted: boolean, mentions: readonly ActorMention[],
): boolean | 'mixed' {
  if (quoted) return true;
  for (const [open, close] of pairs.closeOf) {
    const o = tokens[open]!;
    if (o.start < content.start - 1 || o.start >= content.end) continue;
    if (quoteMark(o) === null) continue;
    const inner: Span = { start: o.end, end: tokens[Math.min(close, tokens.length - 1)]!.start };
    if (inner.end <= inner.start) continue;
    // A quoted name («حكومة «الوفاق»», «“جبهة النصرة”») is no quoting; a quoted nominal mention is the
    // speaker's own wording of a party («لطرد "المحتل التركي"»).
    if (mentions.some((m) => m.mentionKind === 'name'
      && (contains({ start: m.span.start - 1, end: m.span.end + 1 }, inner) || contains(m.span, inner)))) continue;
    const words = tokens.slice(open + 1, close).filter((t) => isWord(t) && /[\u0600-\u06FF]/u.test(t.text));
    if (words.length === 0) continue;
    return 'mixed';
  }
  return false;
}

/**
 * Mentions that name the speaker's own side with a possessive self noun («بلاده», «قوات بلاده»,
 * «حكومته»): the side a statement speaks for, not what it is about or addressed to.
 */
export function ownSide(tokens: readonly Token[], st: ActStances): (m: ActorMention) => boolean {
  return (m) => {
    // The first token at or after the mention's start (tokens are in text order).
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < m.span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && tokens[i]!.end <= m.span.end; i++) if (isOwnSide(tokens[i]!, st)) return true;
    return false;
  };
}

/**
 * The actor the statement is about or addressed to: the cue's object when it names one
 * («اتهم لافروف الولايات المتحدة بـ…», «دعا … جميع الأطراف إلى», «متهماً حكومة طرابلس بأنها …»:
 * `objectZone`, the words between the cue or its subject and the content), else the first actor
 * named in the content — never the speaker, its mention (`speakerSpan`) or its own side (`own`).
 */
export function decideTarget(
  mentions: readonly ActorMention[], content: Span, speaker: string | null, objectZone: Span | null,
  own: (m: ActorMention) => boolean = () => false, speakerSpan: Span | null = null,
): string | null {
  const pick = (zone: Span): string | null => {
    for (const m of mentions) {
      if (!overlaps(m.span, zone) || m.actorId === speaker || own(m) || (speakerSpan && overlaps(m.span, speakerSpan))) continue;
      return m.actorId;
    }
    return null;
  };
  if (objectZone && objectZone.end > objectZone.start) {
    const t = pick(objectZone);
    if (t) return t;
  }
  return pick(content);
}
