import type { Quote } from '../../doc/annotations.js';
import type { Span } from '../../doc/span.js';
import { decideAct, decideDirect, decideTarget, ownSide } from './acts.js';
import { findChannel } from './channel.js';
import { isComplementizer } from './clause.js';
import { contentSpan, trimmed } from './content.js';
import { findNominalCues, type CueHit } from './cues.js';
import { sentenceEnd, sentenceStart, type QuoteDoc } from './doc.js';
import { contentStart, isColon, isComma, isFinalPunct, isWord, phraseAt, startAfterConjunction } from './tokens.js';

export interface Located {
  readonly quote: Quote;
  /** Token index where the attribution begins (for ordering). */
  readonly at: number;
}

/**
 * «ووفق مصادر مطلعة، فإن …», «…، بحسب بيان لرئاسة الأركان التركية»: attributions without a verb.
 * The source runs from the phrase to the next comma and must hold a speaker; the content is the
 * clause after it when a complementizer or the sentence follows, else the clause before it.
 */
export function nominalQuotes(doc: QuoteDoc, cues: readonly CueHit[]): Located[] {
  const { tokens, lex } = doc;
  const out: Located[] = [];
  for (const hit of findNominalCues(tokens, lex)) {
    const sEnd = sentenceEnd(doc, hit.first);
    const sStart = sentenceStart(doc, hit.first);
    let k = hit.end;
    while (k < sEnd && !isComma(tokens[k]!) && !isFinalPunct(tokens[k]!)) k++;
    const source = doc.candidates.filter((c) => c.first >= hit.end && c.end <= k);
    if (source.length === 0) continue;
    const speaker = source.find((c) => c.person && c.named) ?? source.find((c) => !c.person && c.speaker !== 'unnamed_sources') ?? source[0]!;
    let c = k;
    while (c < sEnd && !isWord(tokens[c]!)) c++;
    const forward = c < sEnd && (isComplementizer(tokens[c]!, lex, doc.enclitics) || hit.first - sStart <= 1);
    let content: Span | null = null;
    if (forward) {
      if (isComplementizer(tokens[c]!, lex, doc.enclitics) || tokens[c]!.norm === 'فقد') c++;
      // «وبحسب بيان حكومي، فقد أكد عماري …»: the verb's own quote carries the statement.
      if (cues.some((q) => q.first >= c && q.first <= c + 1)) continue;
      if (c < sEnd) content = contentSpan(doc, null, c, sEnd, true, cues)?.span ?? null;
    } else {
      let last = hit.first - 1;
      while (last > sStart && !isWord(tokens[last]!)) last--;
      let first = sStart;
      for (let i = last; i >= sStart; i--) {
        if (isColon(tokens[i]!) || isFinalPunct(tokens[i]!)) {
          first = i + 1;
          break;
        }
      }
      first = afterTransition(doc, first, last);
      if (cues.some((q) => q.first >= first && q.first < last)) continue; // a verb already attributes that clause
      if (last >= first) content = trimmed(doc, contentStart(tokens[first]!), tokens[last]!.end, false);
    }
    if (!content) continue;
    const channel = findChannel(doc, hit.end, k);
    out.push({
      at: hit.first,
      quote: {
        kind: 'quote',
        span: { start: Math.min(content.start, tokens[hit.first]!.start), end: Math.max(content.end, tokens[k - 1]!.end) },
        stage: doc.stage, cue: { start: startAfterConjunction(tokens[hit.first]!, lex.nominal.some((n) => n.words[0] === tokens[hit.first]!.norm)), end: tokens[hit.end - 1]!.end }, content,
        speaker: speaker.speaker, speakerSpan: speaker.span,
        direct: decideDirect(tokens, doc.pairs, content, false, doc.mentions),
        act: decideAct(hit.act, tokens, content, lex, null, speaker.speaker), target: decideTarget(doc.mentions, content, speaker.speaker, null, ownSide(tokens, lex.stances)),
        channel: channel ? { start: channel.start, end: channel.endOffset } : null,
      },
    });
  }
  return out;
}

/** How many words may follow a transition before its comma («وفي التطورات أيضاً،»). */
const TRANSITION_TAIL = 2;

/** «وفي التطورات أيضاً، بحث …»: the token after a sentence-opening transition and its comma (quote-bounds.tsv), else `first`. */
function afterTransition(doc: QuoteDoc, first: number, last: number): number {
  for (const b of doc.lex.bounds) {
    if (b.role !== 'transition') continue;
    const e = phraseAt(doc.tokens, first, b.words, last);
    if (e < 0) continue;
    for (let i = e; i <= e + TRANSITION_TAIL && i < last; i++) if (isComma(doc.tokens[i]!)) return i + 1;
  }
  return first;
}

/** Headline style «قالن: حكومة السراج …»: a line opening with a named actor and a colon, no verb. */
export function headlineQuotes(doc: QuoteDoc): Located[] {
  const { tokens, text } = doc;
  const out: Located[] = [];
  for (const c of doc.candidates) {
    const colon = tokens[c.end];
    if (!colon || !isColon(colon) || c.governed || c.speaker === 'unnamed_sources') continue;
    const head = tokens[c.extFirst]!.start;
    if (text.slice(text.lastIndexOf('\n', head - 1) + 1, head).trim() !== '') continue;
    let lineEnd = c.end + 1;
    while (lineEnd < tokens.length && !text.slice(tokens[lineEnd - 1]!.end, tokens[lineEnd]!.start).includes('\n')) lineEnd++;
    if (lineEnd <= c.end + 1) continue;
    const body = contentSpan(doc, { kind: 'colon', at: c.end }, c.end + 1, lineEnd, true, []);
    if (!body) continue;
    out.push({
      at: c.first,
      quote: {
        kind: 'quote', span: { start: c.span.start, end: body.span.end }, stage: doc.stage, cue: null, content: body.span,
        speaker: c.speaker, speakerSpan: c.span,
        direct: decideDirect(tokens, doc.pairs, body.span, body.quoted, doc.mentions),
        act: decideAct('claim', tokens, body.span, doc.lex, null, c.speaker), target: decideTarget(doc.mentions, body.span, c.speaker, null, ownSide(tokens, doc.lex.stances)),
        channel: null,
      },
    });
  }
  return out;
}
