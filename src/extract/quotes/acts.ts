import type { ActorMention, SpeechAct } from '../../doc/annotations.js';
import { contains, overlaps, type Span } from '../../doc/span.js';
import type { Token } from '../../doc/token.js';
import type { QuoteLexicon } from './lexicon.js';
import type { QuotePairs } from './marks.js';
import { isWord, phraseAt, quoteMark } from './tokens.js';

/** How many words at the head of a content name the attitude an expressive cue voices («أعرب عن قلقه»). */
const HEAD_WORDS = 2;

/** Cue acts that content words may refine: the generic claim and the expressive «أعرب، عبّر، أبدى، وصف». */
const REFINABLE: ReadonlySet<SpeechAct> = new Set(['claim', 'other']);

/** A verb with the future proclitic «س» («سنواصل», «سيلتقي»); 'first' when the speaker is its subject. */
function futureVerb(t: Token): 'first' | 'other' | null {
  if (!t.parts.some((p) => p.role === 'proclitic' && p.form === 'س')) return null;
  const stem = t.parts.find((p) => p.role === 'stem')?.form ?? '';
  if (!/^[نتيأا]/u.test(stem)) return null;
  return stem.startsWith('ن') || stem.startsWith('أ') ? 'first' : 'other';
}

/**
 * The speech act: the cue's own act when it has one («نفى» denial, «دعا» demand, «حذّر» warning).
 * A generic or expressive cue («قال», «أكد» → claim; «أعرب عن», «أبدى» → other) takes, in order:
 * the act of a phrase of speech-acts.tsv at the head of the content (the attitude voiced: «قلقه»,
 * «أسفه», «ترحيبه»); else the first act, in the file's order of acts, whose phrase occurs anywhere in
 * the content («يجب» demand, «انتهاكات» accusation …); else a verb in the future: a promise when the
 * speaker speaks in the first person («سنعمل»), an announcement of what someone will do otherwise
 * («الوفد سيلتقي»).
 */
export function decideAct(cueAct: SpeechAct, tokens: readonly Token[], content: Span, lex: QuoteLexicon): SpeechAct {
  if (!REFINABLE.has(cueAct)) return cueAct;
  const first = tokens.findIndex((t) => t.end > content.start);
  if (first < 0) return cueAct;
  let last = first;
  while (last < tokens.length && tokens[last]!.start < content.end) last++;
  const words: number[] = [];
  for (let i = first; i < last && words.length < HEAD_WORDS; i++) if (isWord(tokens[i]!)) words.push(i);
  // Only an expressive cue voices an attitude named at the head of its words («أعرب عن قلقه»); after
  // «قال»/«أكد» a loaded word at the head («المجرم حفتر …») does not outrank the act of the clause.
  if (cueAct === 'other') {
    for (const entry of lex.acts) {
      for (const i of words) if (phraseAt(tokens, i, entry.words, last) > 0) return entry.act;
    }
  }
  for (const entry of lex.acts) {
    for (let i = first; i < last; i++) if (phraseAt(tokens, i, entry.words, last) > 0) return entry.act;
  }
  let future: 'first' | 'other' | null = null;
  for (let i = first; i < last && future !== 'first'; i++) future = futureVerb(tokens[i]!) ?? future;
  if (future === 'first') return 'promise';
  if (future === 'other' && cueAct === 'claim') return 'announcement';
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
 * The actor the statement is about or addressed to: the cue's object when it names one
 * («اتهم لافروف الولايات المتحدة بـ…», «دعا … جميع الأطراف إلى»), else the first actor named in the
 * content other than the speaker.
 */
export function decideTarget(mentions: readonly ActorMention[], content: Span, speaker: string | null, objectZone: Span | null): string | null {
  const pick = (zone: Span): string | null => {
    for (const m of mentions) if (overlaps(m.span, zone) && m.actorId !== speaker) return m.actorId;
    return null;
  };
  if (objectZone && objectZone.end > objectZone.start) {
    const t = pick(objectZone);
    if (t) return t;
  }
  return pick(content);
}
