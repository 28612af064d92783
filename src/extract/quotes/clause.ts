import type { Token } from '../../doc/token.js';
import type { Frame, QuoteLexicon } from './lexicon.js';
import type { QuotePairs } from './marks.js';
import { contentStart, isColon, isComma, isFinalPunct, isWord, phraseAt, proclitics, quoteMark, tokenIs, withoutConjunction } from './tokens.js';

/**
 * Where a cue's content starts: the first marker after the cue that one of its frames allows —
 * a complementizer (أن/إن/بأن…, with or without a pronoun), a colon or an opening quotation mark
 * (direct speech), or the frame's preposition («دعا إلى», «طالب بـ», «شدد على»).
 */
export type Marker =
  | { readonly kind: 'that'; readonly at: number }
  | { readonly kind: 'colon'; readonly at: number }
  | { readonly kind: 'quote'; readonly at: number; readonly close: number }
  | { readonly kind: 'prep'; readonly at: number; readonly from: number; readonly start: number };

/** Is token `t` a complementizer, possibly with a conjunction/preposition and a pronoun («بأنه», «وإنها»)? */
export function isComplementizer(t: Token, lex: QuoteLexicon, enclitics: readonly string[]): boolean {
  if (t.kind !== 'word') return false;
  const forms = [t.norm, withoutConjunction(t) ?? ''];
  for (const f of forms) {
    if (!f) continue;
    if (lex.links.get(f) === 'complementizer') return true;
    for (const e of enclitics) {
      if (f.length > e.length && f.endsWith(e) && lex.links.get(f.slice(0, -e.length)) === 'complementizer') return true;
    }
  }
  return false;
}

/** Does token `t` hold preposition `prep` (a word of its own, or a proclitic) with something after it? */
function prepStart(t: Token, prep: string, lex: QuoteLexicon): number | null {
  if (lex.links.get(t.norm) === 'blocker' && t.norm !== prep) return null; // «باسم», «بقيادة» are not «بـ»
  if (t.norm === prep || withoutConjunction(t) === prep) return -1; // the next token starts the content
  const pro = proclitics(t);
  if (pro.includes(prep) && t.parts.some((p) => p.role === 'stem') && !t.parts.some((p) => p.role === 'enclitic' && isPronounOnly(t))) {
    return contentStart(t);
  }
  return null;
}

/** «به», «إليه»: a preposition carrying only a pronoun has no content after it. */
function isPronounOnly(t: Token): boolean {
  const stem = t.parts.find((p) => p.role === 'stem');
  return !stem || stem.end - stem.start <= 1;
}

export interface MarkerScan {
  readonly marker: Marker | null;
  /** Tokens [from, stop) were scanned; `stop` is where the clause ends for this cue. */
  readonly stop: number;
}

/**
 * Scans from `from` to `limit` (the clause end) for the first marker allowed by `frames`.
 * A short quotation followed by more words («عبر «تويتر» إلى») is a name, not the content.
 */
export function scanMarker(
  tokens: readonly Token[], from: number, limit: number, frames: readonly Frame[], pairs: QuotePairs,
  lex: QuoteLexicon, enclitics: readonly string[], skip: (i: number) => boolean,
): Marker | null {
  const allows = (k: Frame['kind']): boolean => frames.some((f) => f.kind === k);
  const preps = frames.filter((f): f is Extract<Frame, { kind: 'prep' }> => f.kind === 'prep').map((f) => f.prep);
  for (let i = from; i < limit; i++) {
    if (skip(i)) continue;
    const t = tokens[i]!;
    if ((allows('that') || preps.length > 0) && isComplementizer(t, lex, enclitics)) {
      if (allows('that')) return { kind: 'that', at: i };
      const prev = tokens[i - 1];
      if (prev && preps.some((p) => tokenIs(prev, p))) return { kind: 'that', at: i };
    }
    if (allows('direct') && isColon(t) && i + 1 < tokens.length) return { kind: 'colon', at: i };
    if (allows('direct') && quoteMark(t) !== null && pairs.closeOf.has(i)) {
      const close = pairs.closeOf.get(i)!;
      if (isContentQuote(tokens, i, close, lex, enclitics)) return { kind: 'quote', at: i, close };
      i = close; // a quoted name inside the subject or channel
      continue;
    }
    for (const p of preps) {
      const s = prepStart(t, p, lex);
      if (s === null) continue;
      // «أشار إلى أن …»: the complementizer right after the preposition opens the content.
      const after = tokens[i + 1];
      if (after && isComplementizer(after, lex, enclitics)) return { kind: 'that', at: i + 1 };
      if (s === -1) {
        // «مشيراً إلى «قرب صدور قرار…»»: the object may open with a quotation.
        const next = tokens[i + 1];
        if (i + 1 < limit && next && (isWord(next) || (quoteMark(next) !== null && pairs.closeOf.has(i + 1)))) {
          return { kind: 'prep', at: i, from: i + 1, start: isWord(next) ? contentStart(next) : next.end };
        }
        continue;
      }
      return { kind: 'prep', at: i, from: i, start: s };
    }
  }
  return null;
}

function isContentQuote(tokens: readonly Token[], open: number, close: number, lex: QuoteLexicon, enclitics: readonly string[]): boolean {
  let words = 0;
  for (let k = open + 1; k < close; k++) if (isWord(tokens[k]!)) words++;
  if (words === 0) return false;
  const after = tokens[close + 1];
  const afterAfter = tokens[close + 2];
  if (after && isComplementizer(after, lex, enclitics)) return false;
  if (after && isComma(after) && afterAfter && isComplementizer(afterAfter, lex, enclitics)) return false;
  if (words >= 4) return true;
  return !after || isFinalPunct(after) || isComma(after) || isColon(after) || close >= tokens.length - 1;
}

/** True when a link phrase of `role` starts at `i`; returns its end or -1. */
export function linkAt(tokens: readonly Token[], i: number, lex: QuoteLexicon, role: string): number {
  for (const p of lex.linkPhrases) if (p.role === role) {
    const e = phraseAt(tokens, i, p.words);
    if (e > 0) return e;
  }
  const t = tokens[i];
  if (t && lex.links.get(t.norm) === role) return i + 1;
  return -1;
}
