import type { Token } from '../../doc/token.js';
import { matchKey } from '../../text/normalize.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';

/** A stretch of tokens whose spelling the gazetteer knows, before any decision about its use. */
export interface PlaceCandidate {
  /** Span start: after proclitics, keeping the article ال (README convention). */
  readonly start: number;
  readonly end: number;
  /** Token range [first, end). */
  readonly first: number;
  readonly last: number;
  readonly key: string;
  readonly entries: readonly GazetteerEntry[];
  /** The proclitics written on the first word, as restored forms («ب», «و», «ل»), excluding ال. */
  readonly proclitics: readonly string[];
}

/**
 * The ways the first word of a name can start: the whole token, then after each proclitic. The
 * segmenter may take a name's first letter for a proclitic («بنغازي» → ب + نغازي), so the earliest
 * start the gazetteer knows wins. A proclitic ال written as ل after ل («للقاهرة») is restored.
 */
function starts(text: string, t: Token): { start: number; key: string; proclitics: string[] }[] {
  const out: { start: number; key: string; proclitics: string[] }[] = [];
  const parts = t.parts;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i]!.role !== 'proclitic' && i > 0) {
      if (parts[i - 1]!.role !== 'proclitic') break;
    }
    if (i > 0 && parts[i - 1]!.role !== 'proclitic') break;
    const p = parts[i]!;
    const rest = parts.slice(i).map((m, k) => (k === 0 && m.role === 'proclitic' ? m.form : text.slice(m.start, m.end))).join('');
    out.push({
      start: p.start,
      key: matchKey(rest),
      proclitics: parts.slice(0, i).map((m) => m.form).filter((f) => f !== 'ال'),
    });
    if (p.role !== 'proclitic') break;
  }
  return out;
}

/** Longest gazetteer matches over word tokens, left to right, never overlapping. */
export function findPlaceCandidates(text: string, tokens: readonly Token[], gaz: Gazetteer): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      i++;
      continue;
    }
    let best: PlaceCandidate | null = null;
    for (const s of starts(text, t)) {
      let phrase = s.key;
      let j = i;
      // Extend word by word; remember the longest phrase the gazetteer lists.
      for (let n = 1; n <= gaz.maxWords; n++) {
        if (n > 1) {
          const next = tokens[j + 1];
          if (!next || next.kind !== 'word') break;
          j++;
          phrase += ' ' + next.norm;
        }
        const entries = gaz.byKey.get(phrase);
        if (entries && (!best || j + 1 > best.last)) {
          best = { start: s.start, end: tokens[j]!.end, first: i, last: j + 1, key: phrase, entries, proclitics: s.proclitics };
        }
      }
      if (best) break;
    }
    if (best) {
      out.push(best);
      i = best.last;
    } else i++;
  }
  return out;
}
