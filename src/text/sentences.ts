import type { RawToken } from './tokens.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from './chars.js';
import { matchKey } from './normalize.js';

/** A sentence as a half-open range of raw tokens, with its character span. */
export interface SentenceRange {
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number; // exclusive
}

const FINAL = new Set(['.', '!', '?', '؟', '۔', '!!', '?!', '؟!']);
const CLOSERS = new Set([...CLOSING_QUOTES, ')', ']', '}', '"', "'"]);

export interface SentenceOptions {
  /** Words after which a full stop is an abbreviation, not an end («د.», «م.»): match keys. */
  readonly abbreviations?: ReadonlySet<string>;
}

/**
 * Splits tokens into sentences. Ordered rules, each for a reason:
 * 1. A line break always ends a sentence: headlines and lines without final punctuation stand alone.
 * 2. «.», «!», «?», «؟» end a sentence, with any closing quotes or brackets right after them.
 * 3. …unless a «…» quotation opened in this line is still open and closes later in the line:
 *    a quotation spanning clauses stays one sentence (the quotes stage reads it whole).
 * 4. A full stop after a listed abbreviation or a lone letter («د.») ends nothing.
 * 5. Numbers keep their inner points («2.5») because the tokenizer made them one token; «…» and «...»
 *    are pauses, not ends, unless a line break follows.
 */
export function splitSentences(text: string, tokens: readonly RawToken[], options: SentenceOptions = {}): SentenceRange[] {
  const out: SentenceRange[] = [];
  let first = 0;
  const quoteCloses = closingQuoteIndex(text, tokens);
  let openQuoteUntil = -1; // token index of the » that closes the currently open quote
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > first && hasLineBreak(text, tokens[i - 1]!.end, t.start)) {
      first = close(out, tokens, first, i);
      openQuoteUntil = -1;
    }
    if (t.kind !== 'punct') continue; // only marks end sentences or open quotes: slice nothing else
    const s = text.slice(t.start, t.end);
    if (OPENING_QUOTES.has(s)) {
      const closing = quoteCloses.get(i) ?? -1;
      if (closing > openQuoteUntil) openQuoteUntil = closing;
      continue;
    }
    if (!FINAL.has(s)) continue;
    if (i <= openQuoteUntil) continue;
    if (s === '.' && i > 0 && isAbbreviation(text, tokens[i - 1]!, t, options)) continue;
    let end = i + 1;
    while (end < tokens.length && CLOSERS.has(text.slice(tokens[end]!.start, tokens[end]!.end)) &&
      !hasLineBreak(text, tokens[end - 1]!.end, tokens[end]!.start)) end++;
    first = close(out, tokens, first, end);
    i = end - 1;
  }
  close(out, tokens, first, tokens.length);
  return out;
}

/** Ends the sentence open at token `first` before token `lastExclusive`; returns the next sentence's first token. */
function close(out: SentenceRange[], tokens: readonly RawToken[], first: number, lastExclusive: number): number {
  if (lastExclusive <= first) return first;
  out.push({ start: tokens[first]!.start, end: tokens[lastExclusive - 1]!.end, first, last: lastExclusive });
  return lastExclusive;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** For each opening quote token, the index of its closing quote on the same line (or absent). */
function closingQuoteIndex(text: string, tokens: readonly RawToken[]): Map<number, number> {
  const result = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && hasLineBreak(text, tokens[i - 1]!.end, t.start)) stack.length = 0;
    if (t.kind !== 'punct') continue;
    const s = text.slice(t.start, t.end);
    if (OPENING_QUOTES.has(s)) stack.push(i);
    else if (CLOSING_QUOTES.has(s) && stack.length > 0) result.set(stack.pop()!, i);
  }
  return result;
}

function isAbbreviation(text: string, prev: RawToken, dot: RawToken, options: SentenceOptions): boolean {
  if (prev.end !== dot.start) return false;
  const word = text.slice(prev.start, prev.end);
  if (prev.kind === 'word' && word.length === 1) return true;
  if (prev.kind === 'latin' && word.length === 1) return true;
  return options.abbreviations?.has(matchKey(word)) ?? false;
}
