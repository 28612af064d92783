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

function isWordInner(cp: number): boolean {
  // Marks, tatweel and joiners continue an Arabic word; they never start one.
  return isArabicMark(cp) || isTatweel(cp) || cp === ZWNJ || cp === ZWJ;
}

function isNumberSeparator(cp: number): boolean {
  return cp === 0x2e || cp === 0x2c || cp === ARABIC_DECIMAL_SEPARATOR || cp === ARABIC_THOUSANDS_SEPARATOR;
}

const PUNCT_KIND_SYMBOL = /[\p{S}]/u;

/**
 * Splits text into word, number, Latin, punctuation and symbol tokens with exact offsets.
 * Whitespace and stray invisible controls are skipped. Runs of the same punctuation mark
 * («...», «!!») form one token. Surrogate pairs (emoji) stay whole.
 */
export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.charCodeAt(i);
    if (isWhitespace(cp) || isInvisibleControl(cp) || isWordInner(cp)) {
      i++;
      continue;
    }
    const start = i;
    if (isArabicLetter(cp)) {
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isArabicLetter(c) || isWordInner(c)) i++;
        else break;
      }
      // A trailing joiner belongs to no letter: leave it outside the token.
      while (i > start + 1 && (text.charCodeAt(i - 1) === ZWNJ || text.charCodeAt(i - 1) === ZWJ)) i--;
      out.push({ start, end: i, kind: 'word' });
      continue;
    }
    if (isDigit(cp)) {
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) i++;
        else if (isNumberSeparator(c) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      out.push({ start, end: i, kind: 'number' });
      continue;
    }
    if (isLatinLetter(cp)) {
      i++;
      while (i < n && (isLatinLetter(text.charCodeAt(i)) || isDigit(text.charCodeAt(i)))) i++;
      out.push({ start, end: i, kind: 'latin' });
      continue;
    }
    // Punctuation or symbol: one code point (two units for a surrogate pair), runs of the same mark merged.
    const width = cp >= 0xd800 && cp <= 0xdbff && i + 1 < n ? 2 : 1;
    const ch = text.slice(i, i + width);
    i += width;
    while (i + width <= n && text.slice(i, i + width) === ch && width === 1) i += width;
    out.push({ start, end: i, kind: PUNCT_KIND_SYMBOL.test(ch) ? 'symbol' : 'punct' });
  }
  return out;
}
