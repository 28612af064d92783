import type { Token } from '../../doc/token.js';

/**
 * Letters that are also one-letter proclitics (conjunctions و ف, prepositions ب ل ك). The text core
 * splits them only when the rest is a word it has evidence for, so an unknown name keeps them:
 * «وفيدرر», «لفيرجسون», «وجيرماين» stay whole, with the clitic inside the key.
 */
const PROCLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
/** A guessed stem shorter than this is too likely a word that merely starts with the letter. */
const MIN_STEM = 3;

/**
 * The stem key a token would have if its first letter (and an article after it) were a proclitic:
 * only for words the text core left unsplit. The tagger reads it as a second key, so an unseen
 * «وفيدرر» shares the weights of «فيدرر»; it never changes the token or its span.
 */
export function guessedStemKey(t: Token): string | null {
  if (t.kind !== 'word' || t.parts.some((p) => p.role === 'proclitic')) return null;
  const k = t.key;
  if (!PROCLITIC_LETTERS.has(k[0]!)) return null;
  let rest = k.slice(1);
  if (rest.startsWith('ل') && k[0] === 'ل' && rest.length - 1 >= MIN_STEM) rest = rest.slice(1); // «لل» = ل + ال
  else if (rest.startsWith('ال') && rest.length - 2 >= MIN_STEM) rest = rest.slice(2);
  return rest.length >= MIN_STEM ? rest : null;
}
