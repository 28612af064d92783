import type { TokenKind } from '../doc/token.js';
import {
  ARABIC_DECIMAL_SEPARATOR, ARABIC_THOUSANDS_SEPARATOR, isArabicLetter, isArabicMark, isDigit,
  isInvisibleControl, isLatinLetter, isTatweel, isWhitespace, ZWJ, ZWNJ,
} from './chars.js';

/** A raw token: its kind and span. Clitic segmentation and keys are added by `analyzeText`. */
export interface RawToken {
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
}

/**
 * Character classes of every UTF-16 code unit, as bit flags, built once from the predicates of
 * chars.ts. The scanner runs over every character of every article: one table load per character
 * is several times cheaper than the chains of range comparisons the predicates evaluate.
 */
const SKIP = 1; // whitespace, invisible controls, and word-inner units when no word is open
const LETTER = 2; // Arabic letter: starts and continues a word
const INNER = 4; // marks, tatweel and joiners continue an Arabic word; they never start one
const DIGIT = 8;
const LATIN = 16;
const NUMBER_SEPARATOR = 32; // . , ٫ ٬ between digits
/** Punctuation or symbol, for the kind of a one-unit mark: 0 not yet known, then one of these. */
const PUNCT = 1;
const SYMBOL = 2;

const PUNCT_KIND_SYMBOL = /[\p{S}]/u;

function isWordInner(cp: number): boolean {
  return isArabicMark(cp) || isTatweel(cp) || cp === ZWNJ || cp === ZWJ;
}

function buildClasses(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let cp = 0; cp < 0x10000; cp++) {
    let f = 0;
    const inner = isWordInner(cp);
    if (isWhitespace(cp) || isInvisibleControl(cp) || inner) f |= SKIP;
    if (inner) f |= INNER;
    if (isArabicLetter(cp)) f |= LETTER;
    if (isDigit(cp)) f |= DIGIT;
    if (isLatinLetter(cp)) f |= LATIN;
    if (cp === 0x2e || cp === 0x2c || cp === ARABIC_DECIMAL_SEPARATOR || cp === ARABIC_THOUSANDS_SEPARATOR) f |= NUMBER_SEPARATOR;
    table[cp] = f;
  }
  return table;
}

let classes: Uint8Array | undefined;
/** Punctuation-or-symbol per code unit, filled on first sight (the regex is the slow part). */
const markKinds = new Uint8Array(0x10000);

function markKind(text: string, i: number, width: number): TokenKind {
  if (width === 1) {
    const cp = text.charCodeAt(i);
    let k = markKinds[cp]!;
    if (k === 0) markKinds[cp] = k = PUNCT_KIND_SYMBOL.test(text[i]!) ? SYMBOL : PUNCT;
    return k === SYMBOL ? 'symbol' : 'punct';
  }
  return PUNCT_KIND_SYMBOL.test(text.slice(i, i + width)) ? 'symbol' : 'punct';
}

/**
 * Token spans and kinds as parallel arrays (small integers and interned kind strings: no object
 * per token). `analyzeText` builds its tokens from these directly.
 */
export interface TokenColumns {
  readonly starts: number[];
  readonly ends: number[];
  readonly kinds: TokenKind[];
}

/**
 * Splits text into word, number, Latin, punctuation and symbol tokens with exact offsets.
 * Whitespace and stray invisible controls are skipped. Runs of the same punctuation mark
 * («...», «!!») form one token. Surrogate pairs (emoji) stay whole.
 */
export function scanTokens(text: string): TokenColumns {
  const cls = (classes ??= buildClasses());
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: TokenKind[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.charCodeAt(i);
    const f = cls[cp]!;
    if (f & SKIP) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (f & LETTER) {
      i++;
      while (i < n && cls[text.charCodeAt(i)]! & (LETTER | INNER)) i++;
      // A trailing joiner belongs to no letter: leave it outside the token.
      while (i > start + 1) {
        const last = text.charCodeAt(i - 1);
        if (last === ZWNJ || last === ZWJ) i--;
        else break;
      }
      kind = 'word';
    } else if (f & DIGIT) {
      i++;
      while (i < n) {
        const c = cls[text.charCodeAt(i)]!;
        if (c & DIGIT) i++;
        else if (c & NUMBER_SEPARATOR && i + 1 < n && cls[text.charCodeAt(i + 1)]! & DIGIT) i += 2;
        else break;
      }
      kind = 'number';
    } else if (f & LATIN) {
      i++;
      while (i < n && cls[text.charCodeAt(i)]! & (LATIN | DIGIT)) i++;
      kind = 'latin';
    } else if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      // A surrogate pair (emoji) is one token, never merged with the next.
      kind = markKind(text, i, 2);
      i += 2;
    } else {
      // Punctuation or symbol: runs of the same mark merged.
      i++;
      while (i < n && text.charCodeAt(i) === cp) i++;
      kind = markKind(text, start, 1);
    }
    starts.push(start);
    ends.push(i);
    kinds.push(kind);
  }
  return { starts, ends, kinds };
}

/** `scanTokens` as one record per token. */
export function tokenize(text: string): RawToken[] {
  const { starts, ends, kinds } = scanTokens(text);
  const out: RawToken[] = new Array(starts.length);
  for (let k = 0; k < starts.length; k++) out[k] = { start: starts[k]!, end: ends[k]!, kind: kinds[k]! };
  return out;
}
