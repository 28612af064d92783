import type { Token } from '../../doc/token.js';
import { matchKey } from '../../text/index.js';

/**
 * Token-level tests shared by the quote finder. Everything compares match keys (never raw text),
 * so data entries and tokens are folded by the same function.
 */

const CONJUNCTIONS = new Set(['و', 'ف']);

/** Opening / closing quotation marks (the symmetric «"» opens or closes by position; see marks.ts). */
const OPENING = new Set(['«', '“', '‘', '„', '‹']);
const CLOSING = new Set(['»', '”', '’', '›']);
const SYMMETRIC = new Set(['"', '″']);

export type MarkKind = 'open' | 'close' | 'symmetric' | null;

export function quoteMark(t: Token): MarkKind {
  if (t.kind !== 'punct' && t.kind !== 'symbol') return null;
  if (OPENING.has(t.text)) return 'open';
  if (CLOSING.has(t.text)) return 'close';
  if (SYMMETRIC.has(t.text)) return 'symmetric';
  return null;
}

export const isWord = (t: Token): boolean => t.kind === 'word' || t.kind === 'number' || t.kind === 'latin';

/** The token's match key without a written conjunction «و»/«ف» in front (when the token has one). */
export function withoutConjunction(t: Token): string | null {
  const first = t.parts[0];
  if (first && first.role === 'proclitic' && CONJUNCTIONS.has(matchKey(first.form))) return t.norm.slice(1);
  if (t.norm.length > 2 && CONJUNCTIONS.has(t.norm[0]!)) return t.norm.slice(1);
  return null;
}

/** True when the token carries a written conjunction «و»/«ف» (as split by the text core). */
export function hasConjunction(t: Token): boolean {
  const first = t.parts[0];
  return !!first && first.role === 'proclitic' && CONJUNCTIONS.has(matchKey(first.form));
}

/** Does token `t` read as word `w` (a match key)? Whole surface, light stem key, or surface without «و/ف». */
export function tokenIs(t: Token, w: string): boolean {
  return t.norm === w || t.key === w || withoutConjunction(t) === w;
}

/** If the phrase `words` starts at token `i`, the index after its last token; else -1. */
export function phraseAt(tokens: readonly Token[], i: number, words: readonly string[], limit = tokens.length): number {
  if (i + words.length > limit) return -1;
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k]!;
    const w = words[k]!;
    const ok = k === 0 ? tokenIs(t, w) : t.norm === w || t.key === w;
    if (!ok) return -1;
  }
  return i + words.length;
}

/** The proclitics written on a token, as match keys («بالتصريحات» → ب, ال). */
export function proclitics(t: Token): string[] {
  return t.parts.filter((p) => p.role === 'proclitic').map((p) => matchKey(p.form));
}

/** Proclitics that belong to the word in a span (gold convention): the article, and the future «س» of a verb («سيلتقي»). */
const KEPT_PROCLITICS = new Set(['ال', 'س']);

/** Where a span over this token should start: the stem, or the article «ال» / future «س» when written. */
export function contentStart(t: Token): number {
  for (const p of t.parts) {
    if (p.role === 'stem') return p.start;
    if (p.role === 'proclitic' && KEPT_PROCLITICS.has(matchKey(p.form))) return p.start;
  }
  return t.start;
}

/**
 * Start of a cue span: after a written «و/ف» only, even when the text core left it on the stem
 * («ووفق»); a letter the text core took for another proclitic belongs to the cue word («لافتاً»,
 * «بحسب»: gold cues are the whole word). `whole`: the surface as written is the cue form.
 */
export function startAfterConjunction(t: Token, whole = false): number {
  // «وصف», «وفق»: the word itself is the cue; its «و» is a root letter.
  if (whole) return t.start;
  const first = t.parts[0];
  if (first && first.role === 'proclitic' && CONJUNCTIONS.has(matchKey(first.form))) return t.parts[1]?.start ?? first.end;
  if (withoutConjunction(t) !== null) return t.start + 1;
  return t.start;
}

/** A comma or semicolon, also doubled by a typo («،،»). */
export const isComma = (t: Token): boolean => t.kind === 'punct' && /^[،,؛;]+$/u.test(t.text);
export const isColon = (t: Token): boolean => t.text === ':';
export const isFinalPunct = (t: Token): boolean => t.text === '.' || t.text === '؟' || t.text === '?' || t.text === '!' || t.text === '…';

/**
 * Can a phrase whose first word is in `heads` start at token `t`? The same readings as tokenIs
 * (surface, light stem key, surface without a written «و/ف»), tested on the surface only: a cheap
 * filter before phraseAt, which would otherwise read the token's parts (its morphology) for every
 * entry of a lexicon at every token.
 */
export function mayStart(t: Token, heads: ReadonlySet<string>): boolean {
  if (heads.has(t.norm) || heads.has(t.key)) return true;
  return t.norm.length > 2 && CONJUNCTIONS.has(t.norm[0]!) && heads.has(t.norm.slice(1));
}
