import type { Quote } from '../../doc/annotations.js';
import { contains, type Span } from '../../doc/span.js';
import type { Token } from '../../doc/token.js';
import type { EventLexicon } from './lexicon.js';
import { cueAt } from './triggers.js';
import { tokenRange } from './view.js';

/**
 * How a trigger stands to the statements (quotes) of its article: inside a speaker's words, on a
 * statement's cue, at the head of the words (the attitude a cue voices), or in reported words whose
 * pronoun subject resumes the speaker.
 */

/** The quote whose words contain the span, innermost first. */
export function quoteAround(quotes: readonly Quote[], s: Span): number | null {
  let best: number | null = null;
  quotes.forEach((q, i) => {
    if (contains(q.content, s) && (best === null || q.content.end - q.content.start < quotes[best]!.content.end - quotes[best]!.content.start)) best = i;
  });
  return best;
}

export function quoteByCue(quotes: readonly Quote[], s: Span): number | null {
  const i = quotes.findIndex((q) => q.cue !== null && q.cue.start < s.end && s.start < q.cue.end);
  return i >= 0 ? i : null;
}

/** Tokens after a cue within which «عن X» names what the statement is about («وقال عن حفتر»). */
export const ABOUT_REACH = 3;

/** Words at the head of a statement's content that name the attitude its cue voices («قلقه», «ترحيبه»). */
const HEAD_WORDS = 2;

/** The offset where the content's head words end. */
export function headOf(tokens: readonly Token[], content: Span): number {
  const { first, last } = tokenRange(tokens, content);
  let n = 0;
  for (let i = first; i <= last; i++) {
    if (tokens[i]!.kind === 'word' && ++n === HEAD_WORDS) return tokens[i]!.end;
  }
  return content.end;
}

/**
 * Reported words whose subject is a pronoun resuming the speaker («مشيرة إلى أنها توفر …», «قال إنه
 * سيزور …»): the self cue stands right before the words or opens them.
 */
export function opensWithSelf(tokens: readonly Token[], content: Span, lex: EventLexicon): boolean {
  const { first } = tokenRange(tokens, content);
  return [first - 1, first].some((k) => k >= 0 && cueAt(tokens, k, tokens.length, lex)?.kind === 'self');
}


/**
 * «أعرب عن قلقه … والتدخل الخارجي المباشر في انتهاك لحظر الأمم المتحدة»: a second accusation in the
 * words of a statement already coded as one, by the same sources and naming no party of its own, is
 * the same act.
 */
export function repeatsAccusation<D extends { type: string; quote: number | null; target: readonly string[]; source: readonly string[]; trigger: Span }>(
  drafts: readonly D[], d: D): boolean {
  return d.type === 'ACCUSE' && d.quote !== null && d.target.length === 0
    && drafts.some((o) => o !== d && o.type === d.type && o.quote === d.quote && o.trigger.start < d.trigger.start
      && o.source.length === d.source.length && o.source.every((id) => d.source.includes(id)));
}
