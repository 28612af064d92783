import type { Token } from '../../doc/token.js';
import { matchKey } from '../../text/normalize.js';

/**
 * How the actors stage sees a token: the keys it may match data under, each with the offset where
 * a mention starting with this token would start. Proclitics (و ف ب ل ك) are tried off the written
 * form rather than trusted from the segmenter, because the data decides: «ويليامز» is a name, «وحفتر»
 * is و + a name. The gold rule keeps the article: «للسفارة» → «لسفارة» (ل + article whose alef is
 * not written), so its key is «السفاره» and its start is the second ل.
 */
export interface Form {
  readonly key: string;
  readonly start: number;
  /** True when a conjunction or preposition was stripped. */
  readonly stripped: boolean;
}

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);
const QUOTE_OR_PAREN = new Set(['«', '»', '"', '“', '”', '(', ')', "'", '‹', '›', '„']);

/** Offset just after the first `n` letters of a token's text (marks stay with their letter). */
function offsetAfterLetters(tok: Token, n: number): number {
  let letters = 0;
  for (let i = 0; i < tok.text.length; i++) {
    const k = matchKey(tok.text[i]!);
    if (k.length === 0) continue;
    if (letters === n) return tok.start + i;
    letters++;
  }
  return tok.end;
}

const formCache = new WeakMap<Token, readonly Form[]>();

export function formsOf(tok: Token): readonly Form[] {
  const cached = formCache.get(tok);
  if (cached) return cached;
  const out: Form[] = [];
  if (tok.kind !== 'word' && tok.kind !== 'number') out.push({ key: tok.norm, start: tok.start, stripped: false });
  if (tok.kind === 'word' || tok.kind === 'number') {
    const norm = tok.norm;
    out.push({ key: norm, start: tok.start, stripped: false });
    const add = (n: number, key: string): void => {
      if (key.length >= 2) out.push({ key, start: offsetAfterLetters(tok, n), stripped: true });
    };
    const tryPrep = (n: number): void => {
      const rest = norm.slice(n);
      if (rest.length > 2 && PREP.has(rest[0]!)) {
        const r = rest.slice(1);
        add(n + 1, r);
        // ل + article with its alef dropped («للسفارة»): the article starts at the second ل.
        if (rest[0] === 'ل' && r.startsWith('ل')) {
          add(n + 1, 'ا' + r);
          add(n + 1, 'ال' + r);
        }
      }
    };
    if (norm.length > 2 && CONJ.has(norm[0]!)) {
      add(1, norm.slice(1));
      tryPrep(1);
    }
    tryPrep(0);
  }
  formCache.set(tok, out);
  return out;
}

/** The key without the article, for comparing with data written either way. */
export function bare(key: string): string {
  return key.startsWith('ال') && key.length > 3 ? key.slice(2) : key;
}

export function isQuoteOrParen(tok: Token): boolean {
  return tok.kind === 'punct' && QUOTE_OR_PAREN.has(tok.text);
}

export interface PhraseMatch {
  /** Index of the last token matched (inclusive). */
  readonly last: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Matches data words (phraseKey, split) against tokens from index `i`. The first word may carry
 * proclitics; later words may carry a conjunction/preposition only when `looseInner`. Quote marks and
 * parentheses between words are skipped («حكومة «الوفاق»», «(ستيفاني) ويليامز»); the span keeps a
 * closing mark that balances one opened inside it.
 */
export function matchPhrase(tokens: readonly Token[], i: number, words: readonly string[], opts: { articleOptional?: boolean; accusative?: boolean } = {}): PhraseMatch | null {
  let start = -1;
  let k = i;
  let opened = 0;
  let leadingOpen = -1;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      while (k < tokens.length && isQuoteOrParen(tokens[k]!)) {
        const t = tokens[k]!.text;
        if (t === '«' || t === '(' || t === '“') opened++;
        else if (t === '»' || t === ')' || t === '”') opened--;
        else opened = opened > 0 ? opened - 1 : opened + 1;
        k++;
      }
    }
    const tok = tokens[k];
    if (!tok) return null;
    const want = words[w]!;
    const forms = w === 0 ? formsOf(tok) : formsOf(tok).slice(0, 1);
    let hit: Form | undefined = forms.find((f) => f.key === want);
    // «وزير دفاعها»: a possessive pronoun on a data word's token («دفاع» + ها).
    if (!hit && w > 0 && tok.parts.some((p) => p.role === 'enclitic') && tok.key === want) hit = forms[0];
    if (!hit && opts.articleOptional) hit = forms.find((f) => bare(f.key) === bare(want));
    // An indefinite accusative writes the alif of tanween on every word («وفدا أمنيا» for «وفد أمني»).
    if (!hit && opts.accusative && !want.startsWith('ال')) hit = forms.find((f) => f.key === want + 'ا');
    if (!hit) return null;
    if (w === 0) start = hit.start;
    k++;
  }
  let last = k - 1;
  let end = tokens[last]!.end;
  if (opened > 0 && tokens[k] && isQuoteOrParen(tokens[k]!)) {
    end = tokens[k]!.end;
    last = k;
  }
  void leadingOpen;
  return { last, start, end };
}
