import type { ActorMention, ArticleActor, Quote, SpeechAct } from '../../doc/annotations.js';
import type { Span } from '../../doc/span.js';
import type { Sentence, Token } from '../../doc/token.js';
import { decideAct, decideDirect, decideTarget, firstActWord, ownSide } from './acts.js';
import { headlineQuotes, nominalQuotes, type Located } from './attributions.js';
import { findChannel } from './channel.js';
import { linkAt, scanMarker } from './clause.js';
import { contentSpan } from './content.js';
import { findCues, type CueHit } from './cues.js';
import { sentenceEnd, type QuoteDoc } from './doc.js';
import { cleftFocus } from './act-conditions.js';
import { markRelays, withoutCitedPositions } from './relay.js';
import { ownedStance, stanceClause } from './stance-clause.js';
import type { QuoteLexicon } from './lexicon.js';
import { pairQuotes } from './marks.js';
import { collectCandidates } from './speakers.js';
import { adjacentSubject, anaphoricSubject, backwardSubject, forwardSubject, latestPerson, sentenceSubject } from './subject.js';
import { hasConjunction, isComma, isWord, phraseAt, startAfterConjunction } from './tokens.js';

/** Longest stretch of tokens scanned after a cue for its content marker. */
const MAX_MARKER_DISTANCE = 32;

/**
 * Every quotation and reported statement of an article, in text order: verbal cues (قال، أكد،
 * مشيراً، طلبه…), «according to» phrases (بحسب، وفق) and headline-style «Name: …» lines.
 */
export function findQuotes(
  text: string, sentences: readonly Sentence[], tokens: readonly Token[], mentions: readonly ActorMention[],
  actors: readonly ArticleActor[], lex: QuoteLexicon, enclitics: readonly string[], stage = 'quotes',
): Quote[] {
  const sentenceOf: number[] = new Array<number>(tokens.length).fill(0);
  sentences.forEach((s, k) => {
    for (let i = s.tokens.first; i < s.tokens.end; i++) sentenceOf[i] = k;
  });
  const doc: QuoteDoc = {
    text, tokens, sentenceOf, sentences, pairs: pairQuotes(text, tokens),
    candidates: collectCandidates(tokens, mentions, actors, lex), mentions, lex, enclitics, stage,
  };
  const cues = findCues(tokens, lex);
  const found: Located[] = [];
  let outer: Previous | null = null;
  let latest: Previous | null = null;
  for (const cue of cues) {
    const sentence = sentenceOf[cue.first]!;
    // Within a sentence a participle continues the main statement; a new sentence's bare verb continues
    // the last one reported, nested or not («وأوضح حافظ أن الوزير أشار إلى … كما أكد …»: the minister).
    const carry = outer && outer.sentence === sentence ? outer : latest;
    const q = quoteForCue(doc, cue, cues, carry);
    if (!q) continue;
    found.push({ quote: q, at: cue.first });
    const here: Previous = { speaker: q.speaker, speakerSpan: q.speakerSpan, sentence };
    const nested = found.some((f) => f.quote !== q && f.quote.content.start <= q.span.start && q.span.start < f.quote.content.end);
    if (!nested) outer = here;
    // A person reported inside a statement becomes the topic («الوزير أشار إلى … كما أكد»); a body named in passing does not.
    if (!nested || doc.candidates.some((c) => c.speaker === q.speaker && c.person)) latest = here;
  }
  found.push(...nominalQuotes(doc, cues), ...headlineQuotes(doc));
  found.sort((a, b) => a.quote.content.start - b.quote.content.start || a.at - b.at);
  const isPerson = (speaker: string): boolean => doc.candidates.some((c) => c.speaker === speaker && c.person);
  // «جدد الرئيس دعوته إلى …»: the verb and its owned verbal noun report one statement — keep the verb's.
  const once = found.filter((f, k) => !found.slice(0, k).some((e) => e.quote.speaker === f.quote.speaker
    && e.quote.content.start === f.quote.content.start && e.quote.content.end === f.quote.content.end));
  found.splice(0, found.length, ...once);
  const kept = withoutCitedPositions(found.map((f) => f.quote), isPerson);
  const kept2 = found.filter((f) => kept.includes(f.quote));
  const generic = kept2.map((f) => cues.some((c) => c.first === f.at && c.entry.act === 'claim'));
  return markRelays(kept, generic, tokens, isPerson);
}

interface Previous {
  readonly speaker: string | null;
  readonly speakerSpan: Span | null;
  readonly sentence: number;
}

/** Where a cue's object starts: the first word after commas, a channel and words of time, or null. */
function firstObjectWord(doc: QuoteDoc, from: number, limit: number, inChannel: (i: number) => boolean): number | null {
  const { tokens, lex } = doc;
  let k = from;
  while (k < limit && (isComma(tokens[k]!) || inChannel(k) || lex.links.get(tokens[k]!.norm) === 'time')) k++;
  return k < limit && isWord(tokens[k]!) ? k : null;
}

/** Acts that blame a party: a party a cleft singles out in the content is their target. */
const BLAMING: ReadonlySet<SpeechAct> = new Set(['accusation', 'condemnation']);

/**
 * The party a blaming statement is aimed at, never the speaker: the one a cleft singles out
 * («حكومة طرابلس هي التي لا تريد …»), or for an accusation the doer named just before the deed.
 */
function blamed(doc: QuoteDoc, content: Span, speaker: string | null, act: SpeechAct): string | null {
  const { tokens } = doc;
  const first = tokens.findIndex((t) => t.start >= content.start);
  if (first < 0) return null;
  let last = first;
  while (last < tokens.length && tokens[last]!.start < content.end) last++;
  const endingAt = (i: number): string | null => {
    const t = tokens[i]!;
    const m = doc.mentions.find((x) => x.span.end === t.end && x.actorId !== speaker);
    return m ? m.actorId : null;
  };
  const singled = cleftFocus(tokens, first, last, doc.lex.stances, endingAt);
  if (singled || act !== 'accusation') return singled;
  // The accused is the doer named just before the deed («فيما يواصل حفتر انتهاك …»).
  const deed = firstActWord(tokens, content, doc.lex, 'accusation');
  let words = 0;
  for (let i = deed - 1; i >= first && words < AGENT_REACH; i--) {
    if (!isWord(tokens[i]!)) continue;
    words++;
    const who = endingAt(i);
    if (who) return who;
  }
  return null;
}

/** How many words before an accusation word its doer may be named («يواصل حفتر انتهاك», «قوات حفتر ارتكبت جرائم»). */
const AGENT_REACH = 2;

/** Does token `i` lie in an actor mention? */
function mentionAt(doc: QuoteDoc, i: number): boolean {
  const t = doc.tokens[i]!;
  return doc.mentions.some((m) => m.span.start < t.end && t.start < m.span.end);
}

/** The next cue in the same sentence that opens its own statement («، مشيراً», «وأضاف»): it ends this content. */
function clauseLimit(doc: QuoteDoc, cue: CueHit, cues: readonly CueHit[]): number {
  const end = sentenceEnd(doc, cue.first);
  for (const c of cues) if (c.first > cue.first && c.first < end && c.opensClause) return c.first;
  return end;
}

/** «في حال أبدى المجتمع الدولي رغبة …»: a conditional phrase (quote-bounds.tsv) ending right before the cue. */
function conditionalBefore(doc: QuoteDoc, cueFirst: number): boolean {
  return doc.lex.bounds.some((b) => b.role === 'conditional' && cueFirst - b.words.length >= 0
    && phraseAt(doc.tokens, cueFirst - b.words.length, b.words, cueFirst) === cueFirst);
}

/**
 * «وكان باشاغا الذي قال إنه سيلتقي …، أبرم اتفاقاً …»: a cue right after a relative pronoun speaks in a
 * relative clause; the sentence resumes its own predicate after the next comma (outside quotation
 * marks), where the content ends. Else `limit`.
 */
function relativeEnd(doc: QuoteDoc, cueFirst: number, from: number, limit: number): number {
  const relative = doc.lex.bounds.some((b) => b.role === 'relative' && cueFirst - b.words.length >= 0
    && phraseAt(doc.tokens, cueFirst - b.words.length, b.words, cueFirst) === cueFirst);
  if (!relative) return limit;
  for (let i = from; i < limit; i++) {
    const close = doc.pairs.closeOf.get(i);
    if (close !== undefined) i = close;
    else if (isComma(doc.tokens[i]!)) return i;
  }
  return limit;
}

function quoteForCue(doc: QuoteDoc, cue: CueHit, cues: readonly CueHit[], previous: Previous | null): Quote | null {
  const { tokens, lex } = doc;
  // Hypothetical speech is no statement.
  if (conditionalBefore(doc, cue.first)) return null;
  const sEnd = sentenceEnd(doc, cue.first);
  const clauseEnd = clauseLimit(doc, cue, cues);
  // «وأكد شهود عيان وجود قوات … فيما ذكر سكان أن …»: a marker past another reporting verb is that verb's.
  const nextVerb = cues.find((c) => c.first >= cue.end && (c.entry.kind === 'verb' || c.entry.kind === 'participle'));
  const limit = Math.min(clauseEnd, cue.end + MAX_MARKER_DISTANCE, nextVerb ? nextVerb.first : Infinity);
  const preps = cue.entry.frames.flatMap((f) => (f.kind === 'prep' ? [f.prep] : []));
  const channel = findChannel(doc, cue.end, limit, preps);
  const inChannel = (i: number): boolean => channel !== null && i >= channel.first && i < channel.end;

  // SVO: a free mention right before the verb is its subject; what follows the verb is then its object.
  // «وطالب السفير …» after «… النظام التركي»: a written «و» starts a new clause, so nothing before it is its subject.
  const before = cue.entry.kind === 'verb' && !hasConjunction(tokens[cue.first]!) ? adjacentSubject(doc, cue.first) : null;
  // A participle («مشيراً», «متهماً حكومة طرابلس») never has its subject after it: what follows is its object.
  // Nor an owned verbal noun («طلبه», «وجّه … تحذيرا لحفتر»): its speaker is the pronoun or the support verb's subject.
  let subject = before || cue.entry.kind === 'participle' || cue.entry.kind === 'owned' ? null : forwardSubject(doc, cue.end, limit, inChannel);
  // «أكدت الخارجية الروسية على لسان المتحدثة باسمها، ماريا زاخاروفا»: the one who spoke is named after the mouthpiece.
  const mouth = linkAt(tokens, subject ? subject.after : cue.end, lex, 'mouthpiece');
  if (mouth > 0) subject = forwardSubject(doc, mouth, limit, inChannel) ?? subject;
  // A bare verbal noun is a cue only with its speaker in genitive right after it («إعلان وزير الخارجية … أن»).
  // A bare verbal noun is a cue only with a person or unnamed source in genitive right after it
  // («إعلان وزير الخارجية … أن»); «دعوة الجيش للانسحاب» names the one called on, not the caller.
  if (cue.entry.kind === 'noun' && !(subject && subject.first === cue.end && (subject.speaker.person || subject.speaker.speaker === 'unnamed_sources'))) return null;

  const scanFrom = subject ? subject.after : mouth > 0 ? mouth : cue.end;
  let marker = scanMarker(tokens, scanFrom, limit, cue.entry.frames, doc.pairs, lex, doc.enclitics, inChannel);
  // «أعرب عن أسفه لأن …»: the speaker's attitude joins the cue, the clause after it is what was said.
  let cueLast = cue.end - 1;
  if (marker?.kind === 'prep') {
    const that = stanceClause(tokens, marker.from, clauseEnd, lex, doc.enclitics);
    if (that >= 0) {
      // «معرباً عن أسفه»: one cue when nothing stands between (never over a subject named in between).
      if (marker.at === cue.end) cueLast = marker.from;
      marker = { kind: 'that', at: that };
    }
  }
  // «أكد حرص حكومته على "…"»: the speaker's attitude as the object of a cue that takes one; the
  // preposition after it is the noun's («حرص على»), not the cue's — the whole object is the content.
  const objectAt = firstObjectWord(doc, scanFrom, limit, inChannel);
  if (marker && (marker.kind === 'prep' || marker.kind === 'quote') && objectAt !== null && marker.at > objectAt
    && cue.entry.frames.some((f) => f.kind === 'obj') && ownedStance(tokens, objectAt, lex)) {
    const that = stanceClause(tokens, objectAt, clauseEnd, lex, doc.enclitics);
    marker = that >= 0 ? { kind: 'that', at: that } : null;
  }
  let contentFrom: number | null = null;
  if (marker) {
    contentFrom = marker.kind === 'prep' ? marker.from : marker.at + 1;
  } else if (cue.entry.frames.some((f) => f.kind === 'obj')) {
    contentFrom = objectAt;
  }
  if (contentFrom === null || contentFrom >= tokens.length) return null;
  const end = relativeEnd(doc, cue.first, contentFrom, clauseEnd);
  const body = contentSpan(doc, marker, contentFrom, end, end === sEnd, cues);
  if (!body) return null;

  // The speaker: the subject around the cue; for a participle the sentence's speaker; else the previous one.
  let speaker: string | null;
  let speakerSpan: Span | null;
  // A participle follows a comma: what precedes it ends the previous clause, it is not its subject.
  const found = before ?? subject?.speaker ?? (cue.entry.kind === 'participle' ? null : backwardSubject(doc, cue.first, cue.entry.kind === 'owned'));
  const sentence = doc.sentenceOf[cue.first]!;
  const ofSentence = !found && cue.entry.kind === 'participle' ? sentenceSubject(doc, cue.first) : null;
  const latter = !found && cue.entry.kind === 'verb' ? anaphoricSubject(doc, cue.first, cue.end) : null;
  if (found) {
    speaker = found.speaker;
    speakerSpan = found.span;
  } else if (latter) {
    speaker = latter.speaker;
    speakerSpan = latter.span;
  } else if (cue.entry.kind === 'participle' && previous && previous.sentence === sentence) {
    speaker = previous.speaker;
    speakerSpan = previous.speakerSpan;
  } else if (ofSentence) {
    speaker = ofSentence.speaker;
    speakerSpan = ofSentence.span;
  } else {
    speaker = previous ? previous.speaker : latestPerson(doc, cue.first);
    speakerSpan = null;
  }
  // A participle has no subject of its own: what stands between it and the content is its object («متهماً حكومة طرابلس بأنها …»).
  // Nor does an owned verbal noun («وجّه … تحذيرا لحفتر وداعميه من مغبة …»): who it is addressed to stands there too.
  const participleObject = cue.entry.kind === 'participle' || cue.entry.kind === 'owned'
    ? { start: tokens[cue.end - 1]!.end, end: body.span.start } : null;
  const objectZone = subject && marker && marker.at > subject.after
    ? { start: tokens[subject.after]!.start, end: tokens[marker.at]!.start } : null;
  const act = decideAct(cue.entry.act, tokens, body.span, lex, tokens[cue.end - 1]!.end, speaker, (i) => mentionAt(doc, i));
  return {
    kind: 'quote',
    span: { start: tokens[cue.first]!.start, end: body.span.end },
    stage: doc.stage,
    cue: { start: startAfterConjunction(tokens[cue.first]!, lex.cues.has(tokens[cue.first]!.norm)), end: tokens[cueLast]!.end },
    content: body.span,
    speaker,
    speakerSpan,
    direct: decideDirect(tokens, doc.pairs, body.span, body.quoted, doc.mentions),
    act,
    target: (BLAMING.has(act) ? blamed(doc, body.span, speaker, act) : null)
      ?? decideTarget(doc.mentions, body.span, speaker, objectZone ?? participleObject, ownSide(tokens, lex.stances), speakerSpan),
    channel: channel ? { start: channel.start, end: channel.endOffset } : null,
  };
}
