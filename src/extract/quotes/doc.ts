import type { ActorMention } from '../../doc/annotations.js';
import type { Sentence, Token } from '../../doc/token.js';
import type { QuoteLexicon } from './lexicon.js';
import type { QuotePairs } from './marks.js';
import type { Candidate } from './speakers.js';

/** Everything the quote finder needs about one article, computed once per article. */
export interface QuoteDoc {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Sentence index of every token. */
  readonly sentenceOf: readonly number[];
  readonly sentences: readonly Sentence[];
  readonly pairs: QuotePairs;
  readonly candidates: readonly Candidate[];
  readonly mentions: readonly ActorMention[];
  readonly lex: QuoteLexicon;
  /** Pronoun enclitics (match keys, longest first), for «أنه», «بأنها». */
  readonly enclitics: readonly string[];
  readonly stage: string;
}

export function sentenceEnd(doc: QuoteDoc, i: number): number {
  return doc.sentences[doc.sentenceOf[i]!]?.tokens.end ?? doc.tokens.length;
}

export function sentenceStart(doc: QuoteDoc, i: number): number {
  return doc.sentences[doc.sentenceOf[i]!]?.tokens.first ?? 0;
}
