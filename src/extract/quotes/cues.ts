import type { Token } from '../../doc/token.js';
import type { CueEntry, QuoteLexicon } from './lexicon.js';
import { hasConjunction, isComma, mayStart, phraseAt, withoutConjunction } from './tokens.js';

/** A reporting cue found on tokens: one verb/participle/verbal noun, or an «according to» phrase. */
export interface CueHit {
  /** First token of the cue and one past its last («استطرد قائلاً» is one cue of two tokens). */
  readonly first: number;
  readonly end: number;
  readonly entry: CueEntry;
  /** The cue opens a new statement in the sentence: a participle, a written «و/ف», or a comma before it. */
  readonly opensClause: boolean;
}

export interface NominalHit {
  readonly first: number;
  readonly end: number;
  readonly act: CueEntry['act'];
}

/** The cue entry a token spells, matching the whole surface (never the light stem: «أعلنها» is no cue). */
export function cueEntryOf(t: Token, lex: QuoteLexicon): CueEntry | undefined {
  if (t.kind !== 'word') return undefined;
  return lex.cues.get(t.norm) ?? (withoutConjunction(t) !== null ? lex.cues.get(withoutConjunction(t)!) : undefined);
}

export function findCues(tokens: readonly Token[], lex: QuoteLexicon): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const entry = cueEntryOf(tokens[i]!, lex);
    if (!entry) continue;
    let end = i + 1;
    let used = entry;
    // «وتابع قائلاً:», «استطرد قائلاً»: the verb and the participle of قال are one cue; the participle's frames decide.
    const next = tokens[i + 1];
    const nextEntry = next ? cueEntryOf(next, lex) : undefined;
    if (nextEntry && nextEntry.kind === 'participle' && nextEntry.lemma === 'قال' && entry.kind === 'verb') {
      end = i + 2;
      used = { ...entry, frames: nextEntry.frames };
    }
    const prev = tokens[i - 1];
    const opensClause = entry.kind === 'participle' || hasConjunction(tokens[i]!) || (prev !== undefined && isComma(prev));
    hits.push({ first: i, end, entry: used, opensClause });
    i = end - 1;
  }
  return hits;
}

export function findNominalCues(tokens: readonly Token[], lex: QuoteLexicon): NominalHit[] {
  const hits: NominalHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStart(tokens[i]!, lex.nominalHeads)) continue;
    for (const n of lex.nominal) {
      const end = phraseAt(tokens, i, n.words);
      if (end > 0) {
        hits.push({ first: i, end, act: n.act });
        i = end - 1;
        break;
      }
    }
  }
  return hits;
}
