/** Per-token BIO marks of the phrases a sentence contains, for the gazetteer and name-list features. */
export type PhraseMark = 'B' | 'I' | null;

/**
 * Marks the tokens covered by a listed phrase: 'B' on the first word, 'I' after. Phrases are found
 * through their first word (`byFirst`, longest first) and matched left to right, longest first; a
 * token matches a phrase word when that word is one of the token's candidate keys.
 */
export function longestPhraseMarks(byFirst: ReadonlyMap<string, readonly (readonly string[])[]>,
  cands: readonly (readonly string[])[]): PhraseMark[] {
  const marks: PhraseMark[] = new Array(cands.length).fill(null);
  for (let i = 0; i < cands.length; i++) {
    let phrases: readonly (readonly string[])[] | undefined;
    for (const k of cands[i]!) if ((phrases = byFirst.get(k))) break;
    if (!phrases) continue;
    for (const words of phrases) {
      if (i + words.length > cands.length) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = cands[i + k]!.includes(words[k]!);
      if (!ok) continue;
      marks[i] = 'B';
      for (let k = 1; k < words.length; k++) marks[i + k] = 'I';
      i += words.length - 1;
      break;
    }
  }
  return marks;
}
