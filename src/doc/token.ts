import type { Span, TokenRange } from './span.js';

/** What a token is made of. Decided by the tokenizer from the code points it contains. */
export type TokenKind = 'word' | 'number' | 'latin' | 'punct' | 'symbol';

/**
 * One morpheme of a token. `start`/`end` mark the surface letters in the original text;
 * `form` is the restored morpheme: in «للحكومة» the second ل is the article, form «ال»;
 * in «حكومته» the stem's surface is «حكومت» and its form is «حكومة».
 */
export interface Morpheme {
  readonly role: 'proclitic' | 'stem' | 'enclitic';
  readonly form: string;
  readonly start: number;
  readonly end: number;
}

export interface Token extends Span {
  readonly index: number;
  /** Always `article.text.slice(start, end)`. */
  readonly text: string;
  readonly kind: TokenKind;
  /** `matchKey(text)`: the whole surface, normalised for matching. */
  readonly norm: string;
  /** Light stem key: normalised stem with proclitics, the article and pronoun enclitics removed. */
  readonly key: string;
  /** Proclitics, the stem and enclitics, in order, covering the token. */
  readonly parts: readonly Morpheme[];
}

export interface Sentence extends Span {
  readonly index: number;
  readonly tokens: TokenRange;
}
