import type { Token } from '../../doc/token.js';
import type { Cue, CueKind, EventLexicon, TriggerForm } from './lexicon.js';
import { isClauseBreak } from './view.js';

/** A trigger found in a sentence: tokens `[first, last]` matching one lexicon form. */
export interface TriggerHit {
  readonly first: number;
  readonly last: number;
  readonly form: TriggerForm;
  /** The verb carries the future proclitic «س» or follows «سوف». */
  readonly future: boolean;
  /** The first token carries a conjunction the text core did not split off («ووصل»): one letter to skip. */
  readonly conjunction: boolean;
}

function keysMatch(tokens: readonly Token[], i: number, end: number, keys: readonly string[]): boolean {
  if (i + keys.length > end) return false;
  return keys.every((k, n) => tokens[i + n]!.key === k || tokens[i + n]!.norm === k);
}

/** The key without a leading و/ف when the text core kept the conjunction on the word («ووصل» → وصل). */
function conjunctionLess(t: Token): string | null {
  if (t.parts.some((p) => p.role === 'proclitic') || t.key.length < 4) return null;
  return t.key[0] === 'و' || t.key[0] === 'ف' ? t.key.slice(1) : null;
}

/** Words a future verb may stand before the masdar it governs («سيجري محادثات», «ستظل منخرطة في دعم»). */
const FUTURE_GOVERN_REACH = 3;

/**
 * A masdar governed by a future verb is a future act too: «سيجري محادثات» is a promise of talks
 * (README: promises and future meetings are AGREE). The verb stands within a few words before the
 * masdar, in the same clause, with no other masdar trigger between (the caller sees triggers in order).
 */
function governedByFuture(tokens: readonly Token[], first: number, i: number): boolean {
  for (let k = i - 1; k >= Math.max(first, i - FUTURE_GOVERN_REACH); k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (hasFuturePrefix(t)) return true;
  }
  return false;
}

/** A preposition written as a word («في», «من», «على»; prepositions.tsv), which only a noun follows. */
function isPrepositionWord(t: Token, lex: EventLexicon): boolean {
  return t.kind === 'word' && t.norm.length > 1 && !t.parts.some((p) => p.role !== 'stem') && lex.prepositions.has(t.norm);
}

/** Proclitics only a noun takes: the article and the prepositions «بـ», «لـ», «كـ». */
const NOMINAL_PROCLITICS: ReadonlySet<string> = new Set(['ال', 'ب', 'ل', 'ك']);

function hasFuturePrefix(t: Token): boolean {
  return t.parts.some((p) => p.role === 'proclitic' && p.form === 'س');
}

/**
 * Every trigger in tokens `[first, end)`, longest form first, skipping tokens inside actor mentions
 * («قوات الدعم السريع» is a name, not support).
 */
export function findTriggers(tokens: readonly Token[], first: number, end: number, lex: EventLexicon,
  inMention: (i: number) => boolean): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || inMention(i)) continue;
    const forms = [...(lex.triggers.get(t.key) ?? []), ...(t.norm !== t.key ? lex.triggers.get(t.norm) ?? [] : [])]
      .sort((a, b) => b.keys.length - a.keys.length);
    let form = forms.find((f) => keysMatch(tokens, i, end, f.keys));
    let conjunction = false;
    // «ووصل», «فالتقى»: a conjunction the text core left on a verb starting with و (ambiguous for it).
    const bare = conjunctionLess(t);
    if (!form && bare) {
      form = (lex.triggers.get(bare) ?? []).find((f) => keysMatch(tokens, i + 1, end, f.keys.slice(1)));
      conjunction = form !== undefined;
    }
    if (!form) continue;
    // «التعاون», «لطرد», «بقطع»: a word with the article or a preposition is a noun (masdar) even where
    // it is spelt like a verb form; verbs take neither.
    // «في طرد الانقلابيين», «من طرد»: nor does a verb follow a separate preposition.
    if (form.form !== 'noun' && (t.parts.some((p) => p.role === 'proclitic' && NOMINAL_PROCLITICS.has(p.form))
      || (i > first && isPrepositionWord(tokens[i - 1]!, lex)))) form = { ...form, form: 'noun' };
    const last = i + form.keys.length - 1;
    const prev = tokens[i - 1];
    const future = form.form !== 'noun'
      ? hasFuturePrefix(t) || (prev !== undefined && i - 1 >= first && cueAt(tokens, i - 1, end, lex)?.kind === 'future')
      : governedByFuture(tokens, first, i);
    hits.push({ first: i, last, form, future, conjunction });
    i = last;
  }
  return hits;
}

/** The cue starting at token `i`, if any. */
export function cueAt(tokens: readonly Token[], i: number, end: number, lex: EventLexicon): Cue | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  const list = [...(lex.cues.get(t.key) ?? []), ...(lex.cues.get(t.norm) ?? [])];
  return list.sort((a, b) => b.keys.length - a.keys.length).find((c) => keysMatch(tokens, i, end, c.keys));
}

export type Polarity = 'fact' | 'negated' | 'hypothetical' | 'denied';

/**
 * Whether a trigger reports a happening: a negation particle within its reach before it («لم يعقد»,
 * «لن ينسحب», «عدم إرسال»), a conditional opening its clause («إذا هاجمت»), or a verb of denial
 * earlier in the sentence («تنفي موسكو … تقديم دعم عسكري») make it no event.
 */
export function polarityOf(tokens: readonly Token[], sentFirst: number, sentEnd: number, hit: Pick<TriggerHit, 'first'>,
  lex: EventLexicon): Polarity {
  let clauseOpen = true;
  for (let k = hit.first - 1; k >= sentFirst; k--) {
    const t = tokens[k]!;
    if (isClauseBreak(t)) clauseOpen = false;
    const cue = cueAt(tokens, k, sentEnd, lex);
    if (!cue) continue;
    const kind: CueKind = cue.kind;
    if (kind === 'negation' && hit.first - (k + cue.keys.length - 1) <= cue.reach) return 'negated';
    // «بأي وعد», «كل دعوة أطلقها»: a quantified masdar is generic, no particular happening.
    if (kind === 'generic' && hit.first - (k + cue.keys.length - 1) <= cue.reach) return 'hypothetical';
    // «على هذه الجرائم», «هذا الاتفاق»: a demonstrative refers back to a happening already reported.
    if (kind === 'anaphoric' && hit.first - (k + cue.keys.length - 1) <= cue.reach) return 'hypothetical';
    if (kind === 'hypothetical' && clauseOpen) return 'hypothetical';
    if (kind === 'denial') return 'denied';
  }
  return 'fact';
}

/** «كانت هناك دعوة لوقف إطلاق النار»: the masdar is said to exist, right after an existential cue, with no agent. */
export function isExistential(tokens: readonly Token[], hit: TriggerHit, lex: EventLexicon): boolean {
  for (let k = hit.first - 1; k >= 0 && k >= hit.first - 3; k--) {
    const cue = cueAt(tokens, k, hit.first, lex);
    if (cue?.kind === 'existential' && hit.first - (k + cue.keys.length - 1) <= cue.reach) return true;
  }
  return false;
}

/** An announcement cue earlier in the sentence («أعلن … انسحاب»): a declared, not implemented, act. */
export function isAnnounced(tokens: readonly Token[], sentFirst: number, sentEnd: number, hit: TriggerHit, lex: EventLexicon): boolean {
  for (let k = hit.first - 1; k >= sentFirst; k--) if (cueAt(tokens, k, sentEnd, lex)?.kind === 'announce') return true;
  return false;
}

function hasProclitic(t: Token, forms: readonly string[]): boolean {
  return t.parts.some((p) => p.role === 'proclitic' && forms.includes(p.form));
}

/**
 * A nominal act that is the object of an announcement in its sentence («أعلن المسماري، اليوم، إعادة
 * تمركز وحدات»): an announcement cue before it with no other trigger and no purpose or object
 * preposition («لـ», «بـ») between them or on the noun («مباحثات وقف إطلاق النار», «تأييده لوقف
 * إطلاق النار», «الالتزام بوقف إطلاق النار» name a topic, not the act declared).
 */
export function isAnnouncedObject(tokens: readonly Token[], sentFirst: number, sentEnd: number, hit: TriggerHit,
  lex: EventLexicon, hits: readonly TriggerHit[]): boolean {
  if (hasProclitic(tokens[hit.first]!, ['ل', 'ب'])) return false;
  for (let k = hit.first - 1; k >= sentFirst; k--) {
    if (cueAt(tokens, k, sentEnd, lex)?.kind === 'announce') return true;
    if (hits.some((h) => h !== hit && h.first <= k && k <= h.last)) return false;
    if (hasProclitic(tokens[k]!, ['ل', 'ب'])) return false;
  }
  return false;
}

/** A perfect-verb reading spelt like a masdar of the same lemma («دعم»: he supported / support). */
export function alsoNoun(tokens: readonly Token[], hit: TriggerHit, lex: EventLexicon): boolean {
  if (hit.form.form !== 'perfect') return false;
  const t = tokens[hit.first]!;
  return [...(lex.triggers.get(t.key) ?? [])].some((f) => f.form === 'noun' && f.entry === hit.form.entry && f.keys.length === 1);
}

/** Words between a ceasefire noun and the relative pronoun of the clause announcing it (an adjective). */
const ANNOUNCED_AFTER_GAP = 1;

/**
 * «الهدنة الإنسانية التي أعلنها الجيش الوطني»: a nominal act that a relative clause says was announced
 * (a relative pronoun, then an announcement verb carrying the pronoun resuming the act) is a declared act.
 */
export function isAnnouncedAfter(tokens: readonly Token[], sentEnd: number, hit: TriggerHit, lex: EventLexicon): boolean {
  for (let k = hit.last + 1; k <= hit.last + 1 + ANNOUNCED_AFTER_GAP && k + 1 < sentEnd; k++) {
    if (tokens[k]!.kind !== 'word') return false;
    if (cueAt(tokens, k, sentEnd, lex)?.kind !== 'relative') continue;
    const verb = tokens[k + 1]!;
    return cueAt(tokens, k + 1, sentEnd, lex)?.kind === 'announce' && verb.parts.some((p) => p.role === 'enclitic');
  }
  return false;
}
