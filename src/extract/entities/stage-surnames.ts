import type { Token } from '../../doc/token.js';
import { guessedStemKey } from './alt-key.js';
import { vocabularyClass } from './known.js';

/** An entity found so far, over article tokens [first, end). */
export interface FoundSpan {
  readonly first: number;
  readonly end: number;
  readonly type: string;
}

/** A one-word PER added by propagation; `clitic`: the word's first letter is a proclitic left on it («لفيرجسون»). */
export interface PropagatedName {
  readonly index: number;
  readonly clitic: boolean;
}

/**
 * One name, one type per article: a person's surname (the last word of a PER entity, or a one-word
 * PER) found by the tagger is a PER wherever else the article uses it alone and nothing was found
 * there («خليفة حفتر» … «لحفتر»).
 *
 * - A surname the ordinary vocabulary does not know always spreads. One it knows («عزام»,
 *   «صالح», «جابر» are also words) spreads only when the article tags it as a person more often
 *   than it leaves it untagged: then the untagged uses are the same person in a thinner context,
 *   not the common word. A known word with the article («الثاني») never spreads.
 * - A word the text core left with a one-letter proclitic on it («لفيرجسون») is read under its
 *   guessed stem as well (alt-key.ts), by the same majority (the guess may be wrong: «بدراجتي»),
 *   and its entity starts after that letter.
 */
export function propagateSurnames(tokens: readonly Token[], found: readonly FoundSpan[],
  vocabulary: ReadonlySet<string>, nameLetter: (t: Token) => boolean = () => false): PropagatedName[] {
  const perCount = new Map<string, number>();
  const taken = new Uint8Array(tokens.length);
  for (const f of found) {
    taken.fill(1, f.first, f.end);
    const last = tokens[f.end - 1]!;
    if (f.type !== 'PER' || last.kind !== 'word') continue;
    // The word as written and, if it may carry a proclitic, its guessed stem («وكينيون» → كينيون).
    // A surname whose first letter the text core split off as a proclitic («فيرجسون» = ف + «يرجسون»,
    // spans.ts) is also counted whole, as «لفيرجسون» guesses it.
    const keys = [last.key, guessedStemKey(last) ?? last.key, ...(nameLetter(last) ? [last.norm] : [])];
    for (const key of new Set(keys)) {
      if (key.length >= 3) perCount.set(key, (perCount.get(key) ?? 0) + 1);
    }
  }
  // Untagged uses of each candidate key: what the article writes outside any entity.
  const candidates: { index: number; key: string; clitic: boolean }[] = [];
  const untagged = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (taken[i] || t.kind !== 'word') return;
    const alt = guessedStemKey(t);
    const key = perCount.has(t.key) ? t.key : alt !== null && perCount.has(alt) ? alt : null;
    if (key === null) return;
    candidates.push({ index: i, key, clitic: key !== t.key });
    untagged.set(key, (untagged.get(key) ?? 0) + 1);
  });
  return candidates.filter((c) => {
    const t = tokens[c.index]!;
    const known = vocabularyClass(t, vocabulary) === 'known';
    if (!known && !c.clitic) return true;
    // An ordinary word with the article («الثاني») is that word, however often it was tagged.
    if (known && t.parts.some((p) => p.form === 'ال')) return false;
    return (perCount.get(c.key) ?? 0) > (untagged.get(c.key) ?? 0);
  }).map(({ index, clitic }) => ({ index, clitic }));
}
