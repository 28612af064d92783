import type { ActorMention, SpeechAct } from '../../doc/annotations.js';
import { contains, overlaps, type Span } from '../../doc/span.js';
import type { Token } from '../../doc/token.js';
import type { QuoteLexicon } from './lexicon.js';
import type { QuotePairs } from './marks.js';
import { MarsadError } from '../../errors.js';
import { readTable } from '../../lexicons/table.js';
import { matchKey, phraseKey, stripMarks } from '../../text/index.js';
import { isWord, phraseAt, quoteMark, tokenIs, withoutConjunction } from './tokens.js';

/** How many words at the head of a content name the attitude an expressive cue voices («أعرب عن قلقه»). */
const HEAD_WORDS = 2;

/** Cue acts that content words may refine: the generic claim and the expressive «أعرب، عبّر، أبدى، وصف». */
const REFINABLE: ReadonlySet<SpeechAct> = new Set(['claim', 'other']);

/** How many words between a cue and its content are read for the stance the speaker voices. */
const LEAD_WORDS = 4;

/** How far before a future verb its subject may stand and still be read as the speaker's side («بلاده ستواصل»). */
const SUBJECT_REACH = 3;

/**
 * Stance nouns («قلق», «رفض», «دعم»), self nouns («بلاد», «حكومة») and the possessive pronouns that tie
 * them to the speaker, from data/ar/speech-stances.tsv (all as match keys).
 */
export interface ActStances {
  readonly stance: ReadonlyMap<string, SpeechAct>;
  readonly self: ReadonlySet<string>;
  /** Longest first, so «هما» is tried before «ها» and «ه». */
  readonly pronouns: readonly string[];
  /** Negators and intent nouns: «ليس لها مطامع» disowns a design (denial). */
  readonly negators: ReadonlySet<string>;
  readonly intents: ReadonlySet<string>;
  /** Deeds against an adversary («إحباط», «نلاحق»): the speaker's own future of one is a threat. */
  readonly hostile: ReadonlySet<string>;
  /** Negative conditions («حال عدم», «إذا لم»), as word lists: a future under one is a threat. */
  readonly conditions: readonly (readonly string[])[];
  /** Words that, first in the content, give it its force («على» + who must act: demand). */
  readonly openers: ReadonlyMap<string, SpeechAct>;
  /** Nouns after which an opener starts a fronted adverbial instead («على الرغم من»). */
  readonly adverbials: ReadonlySet<string>;
  /** First-person verbs that perform the act they name («ندين», «نطالب»). */
  readonly performatives: ReadonlyMap<string, SpeechAct>;
}

export function loadStances(file: string, acts: ReadonlySet<string>): ActStances {
  const t = readTable(file);
  const stance = new Map<string, SpeechAct>();
  const self = new Set<string>();
  const pronouns: string[] = [];
  const negators = new Set<string>();
  const intents = new Set<string>();
  const hostile = new Set<string>();
  const conditions: string[][] = [];
  const openers = new Map<string, SpeechAct>();
  const adverbials = new Set<string>();
  const performatives = new Map<string, SpeechAct>();
  for (const row of t.rows) {
    const word = matchKey(row.cells['word'] ?? '');
    const role = row.cells['role'] ?? '';
    const act = row.cells['act'] ?? '';
    const bad = (detail: string): MarsadError => new MarsadError('MARSAD_DATA_INVALID', { file: t.file, line: row.line, detail });
    if (!word) throw bad('empty column "word"');
    if (role === 'stance' || role === 'opener' || role === 'performative') {
      if (!acts.has(act)) throw bad(`unknown speech act "${act}"`);
      (role === 'stance' ? stance : role === 'opener' ? openers : performatives).set(word, act as SpeechAct);
    } else if (role === 'self') self.add(word);
    else if (role === 'pronoun') pronouns.push(word);
    else if (role === 'negator') negators.add(word);
    else if (role === 'intent') intents.add(word);
    else if (role === 'hostile') hostile.add(word);
    else if (role === 'condition') conditions.push(phraseKey(row.cells['word'] ?? '').split(' '));
    else if (role === 'adverbial') adverbials.add(word);
    else throw bad(`unknown role "${role}"`);
  }
  return { stance, self, pronouns: pronouns.sort((a, b) => b.length - a.length), negators, intents, hostile, conditions, openers, adverbials, performatives };
}

/**
 * The keys a token may be read as, and whether it carries a possessive pronoun: its light stem key,
 * and its surface less a listed pronoun (the text core leaves «أسفه» whole when its stem is rare), the
 * ta marbuta restored where the pronoun had turned it into «ت» («حكومته» → «حكومه»).
 */
function readings(t: Token, st: ActStances): { keys: string[]; owned: boolean } {
  const keys = [t.key, t.norm];
  let owned = t.parts.some((p) => p.role === 'enclitic' && st.pronouns.includes(matchKey(p.form)));
  // Compared on the written letters: matchKey folds ta marbuta to «ه», which is no pronoun («الحكومة»).
  const written = stripMarks(t.text);
  for (const p of st.pronouns) {
    if (t.norm.length - p.length < 2 || !t.norm.endsWith(p) || !written.endsWith(p)) continue;
    const base = t.norm.slice(0, -p.length);
    keys.push(base);
    if (base.endsWith('ت')) keys.push(base.slice(0, -1) + 'ه');
    owned = true;
    break;
  }
  return { keys, owned };
}

const stanceOf = (t: Token, st: ActStances): SpeechAct | null => {
  for (const k of readings(t, st).keys) {
    const act = st.stance.get(k);
    if (act) return act;
  }
  return null;
};

/** A self noun with a possessive pronoun: the speaker's own side («بلاده», «حكومتها», «دولتنا»). */
function isOwnSide(t: Token, st: ActStances): boolean {
  const r = readings(t, st);
  return r.owned && r.keys.some((k) => st.self.has(k));
}

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

/** Particles after which a future is counterfactual or conditional, not something announced («لولا … لكانت ستزداد»). */
const COUNTERFACTUAL: ReadonlySet<string> = new Set(['لو', 'لولا']);

/**
 * Who does the imperfect verb at token `i`: 'first' when the speaker is its subject (first person,
 * or a self noun of the speaker's side just before or right after it: «بلاده ستسخّر», «ستدعم
 * بلاده»); 'other' for anyone else; null when it is no imperfect.
 */
function personOf(tokens: readonly Token[], i: number, first: number, last: number, st: ActStances): 'first' | 'other' | null {
  const t = tokens[i]!;
  const stem = t.parts.find((p) => p.role === 'stem')?.form ?? t.text;
  if (!/^[نتيأا]/u.test(stem)) return null;
  if (stem.startsWith('ن') || stem.startsWith('أ')) return 'first';
  for (let k = Math.max(first, i - SUBJECT_REACH); k < i; k++) if (isOwnSide(tokens[k]!, st)) return 'first';
  if (i + 1 < last && isOwnSide(tokens[i + 1]!, st)) return 'first';
  return 'other';
}

/** A verb with the future proclitic «س» («سنواصل», «سيلتقي»), and who does it (see personOf). */
function futureVerb(tokens: readonly Token[], i: number, first: number, last: number, st: ActStances): 'first' | 'other' | null {
  if (!tokens[i]!.parts.some((p) => p.role === 'proclitic' && p.form === 'س')) return null;
  return personOf(tokens, i, first, last, st);
}

/** A hostile deed at token `i`: its verbal noun («إحباط»), or its imperfect in any person («سيرد» → «نرد»). */
function isHostile(t: Token, st: ActStances): boolean {
  if (readings(t, st).keys.some((k) => st.hostile.has(k))) return true;
  return /^[يتأ]/u.test(t.key) && st.hostile.has('ن' + t.key.slice(1));
}

/**
 * A future deed against an adversary («سنلاحق», «سنواصل إحباط …», «الجيش سيرد بقوة على …»): a
 * threat, outranking the loaded words that name the adversary («المنظمات الإرهابية»). «لن نضرب» is none.
 */
function threatens(tokens: readonly Token[], futures: readonly Future[], last: number, st: ActStances): boolean {
  return futures.some(({ at, negated }) => !negated
    && (isHostile(tokens[at]!, st) || (at + 1 < last && isHostile(tokens[at + 1]!, st))));
}

/** A future under a negative condition («ستستأنف عملياتها حال عدم التزام الطرف الآخر»): a threat. */
function threatConditional(tokens: readonly Token[], futures: readonly Future[], first: number, last: number, st: ActStances): boolean {
  if (futures.length === 0) return false;
  for (let i = first; i < last; i++) if (st.conditions.some((c) => phraseAt(tokens, i, c, last) > 0)) return true;
  return false;
}

/** A verb in the future at token `at`; `negated` after «لن» («لن نتخلى»). */
interface Future { readonly at: number; readonly who: 'first' | 'other'; readonly negated: boolean }

/**
 * The verbs in the future of tokens [first, last), up to a counterfactual particle («لولا … لكانت
 * ستزداد»): «سـ» + imperfect, and «لن» + imperfect when the speaker's side is its subject («بلاده لن
 * تتخلى») — a commitment; «الحل لن يكون عسكريا» is a claim about what will be, not one.
 */
function futuresIn(tokens: readonly Token[], first: number, last: number, st: ActStances): Future[] {
  const out: Future[] = [];
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    const bare = withoutConjunction(t) ?? t.norm;
    if (COUNTERFACTUAL.has(bare)) break;
    const who = futureVerb(tokens, i, first, last, st);
    if (who) out.push({ at: i, who, negated: false });
    else if (st.negators.has(bare) && bare === 'لن' && i + 1 < last) {
      const v = personOf(tokens, i + 1, first, last, st);
      if (v === 'first') out.push({ at: i + 1, who: v, negated: true });
    }
  }
  return out;
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

/** Is there a negator among the `reach` words before token `i` (not before the content's first)? */
function negatedAt(tokens: readonly Token[], i: number, first: number, reach: number, st: ActStances): boolean {
  for (let k = Math.max(first, i - reach); k < i; k++) if (st.negators.has(withoutConjunction(tokens[k]!) ?? tokens[k]!.norm)) return true;
  return false;
}

/**
 * Does the phrase `words` of speech-acts.tsv start at token `i`? As phraseAt, each word also read in
 * the accusative indefinite, its alif written («يعد خرقا واضحا», «تصعيدا خطيرا»).
 */
function actPhraseAt(tokens: readonly Token[], i: number, words: readonly string[], last: number): boolean {
  if (i + words.length > last) return false;
  return words.every((w, k) => {
    const t = tokens[i + k]!;
    const reads = (x: string): boolean => (k === 0 ? tokenIs(t, x) : t.norm === x || t.key === x);
    return reads(w) || (!w.endsWith('ا') && reads(w + 'ا'));
  });
}

/**
 * The speech act: the cue's own act when it has one («نفى» denial, «دعا» demand, «حذّر» warning).
 * A generic or expressive cue («قال», «أكد» → claim; «أعرب عن», «أبدى» → other) takes, in order:
 * 1. the stance voiced between the cue and the content, when `cueEnd` (where the cue ends) is given
 *    («معبرا عن ثقته في أن …»), else at the head of the content («قلقه», «رفضه», «دعم بلاده»), or
 *    the force of its opening word («على المجتمع الدولي التحرك …» demand);
 * 2. the act the speaker performs in the first person («ندين», «نطالب», «نحذر»); denial when the
 *    content disowns an intent («ليس لها مطامع»);
 * 3. warning when the speaker's side will act against an adversary («سنلاحق», «سنواصل إحباط …»)
 *    or a future hangs on a negative condition («… حال عدم التزام الطرف الآخر»);
 * 4. the first act, in the order of speech-acts.tsv, whose phrase occurs anywhere in the content
 *    («يجب» demand, «انتهاكات» accusation …);
 * 5. a verb in the future, unless counterfactual: a promise when the speaker or his side is its
 *    subject («سنعمل», «بلاده ستواصل»), an announcement of what someone will do otherwise («الوفد سيلتقي»).
 */
export function decideAct(
  cueAct: SpeechAct, tokens: readonly Token[], content: Span, lex: QuoteLexicon, cueEnd: number | null = null,
): SpeechAct {
  if (!REFINABLE.has(cueAct)) return cueAct;
  const first = tokens.findIndex((t) => t.end > content.start);
  if (first < 0) return cueAct;
  let last = first;
  while (last < tokens.length && tokens[last]!.start < content.end) last++;
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
  const stance = headStance(tokens, words, cueAct, lex.stances) ?? opening(tokens, words, lex.stances);
  if (stance) return stance;
  const performed = performative(tokens, first, last, lex.stances);
  if (performed) return performed;
  if (disownsIntent(tokens, first, last, lex.stances)) return 'denial';
  const futures = futuresIn(tokens, first, last, lex.stances);
  if (threatens(tokens, futures, last, lex.stances) || threatConditional(tokens, futures, first, last, lex.stances)) return 'warning';
  for (const entry of lex.acts) {
    for (let i = first; i < last; i++) {
      if (!actPhraseAt(tokens, i, entry.words, last)) continue;
      // A performative the speaker negates («لا ندعو إلى الحرب») performs nothing.
      if (entry.words.length === 1 && lex.stances.performatives.has(entry.words[0]!) && negatedAt(tokens, i, first, 1, lex.stances)) continue;
      // A denied accusation is a denial («تركيا لم تنتهك الهدنة», «ليس متورطا»).
      if (entry.act === 'accusation' && negatedAt(tokens, i, first, 1, lex.stances)) return 'denial';
      if (!(NEGATABLE.has(entry.act) && negatedAt(tokens, i, first, NEGATOR_REACH, lex.stances))) return entry.act;
    }
  }
  if (futures.some((f) => f.who === 'first')) return 'promise';
  if (futures.length > 0 && cueAct === 'claim') return 'announcement';
  return cueAct;
}

/**
 * Direct (verbatim) when the whole content sat between quotation marks; 'mixed' when a reported
 * clause contains a quoted passage of its own (not a quoted name inside an actor mention, such as
 * «حكومة «الوفاق»», and not a quoted token with no Arabic word such as «5+5»).
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
    if (mentions.some((m) => contains({ start: m.span.start - 1, end: m.span.end + 1 }, inner) || contains(m.span, inner))) continue;
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
  return (m) => tokens.some((t) => t.start >= m.span.start && t.end <= m.span.end && isOwnSide(t, st));
}

/**
 * The actor the statement is about or addressed to: the cue's object when it names one
 * («اتهم لافروف الولايات المتحدة بـ…», «دعا … جميع الأطراف إلى»), else the first actor named in the
 * content other than the speaker and the speaker's own side (`own`).
 */
export function decideTarget(
  mentions: readonly ActorMention[], content: Span, speaker: string | null, objectZone: Span | null,
  own: (m: ActorMention) => boolean = () => false,
): string | null {
  const pick = (zone: Span): string | null => {
    for (const m of mentions) if (overlaps(m.span, zone) && m.actorId !== speaker && !own(m)) return m.actorId;
    return null;
  };
  if (objectZone && objectZone.end > objectZone.start) {
    const t = pick(objectZone);
    if (t) return t;
  }
  return pick(content);
}
