import type { Token } from '../../doc/token.js';
import { matchKey } from '../../text/index.js';

/**
 * How far the ordinary-word vocabulary (data/ar/vocabulary.txt, hunspell-ar) knows a word:
 * `known` — its stem is listed; `inflected` — listed once a regular inflection ending is taken off
 * («محترفون» → محترف, «يواصلان» → يواصل); `unknown` — neither, as foreign names mostly are
 * («ألونسو», «شوماخر»). Names that are also words («صالح», «جابر») are `known`: the tagger weighs
 * this against the context, it is never an answer.
 *
 * The vocabulary keeps ta marbuta apart from ha (its keys are matchKey with ta marbuta kept), while
 * `Token.key` folds it; so the stem morpheme's own form is looked up, with ta marbuta kept.
 */
export type VocabularyClass = 'known' | 'inflected' | 'unknown';

/**
 * Regular inflection endings of nouns, adjectives and verbs (sound plurals, duals, feminine,
 * accusative alef, verb agreement), with the shortest base they may leave. The text core's
 * segmenter reads the vocabulary with the same endings.
 */
const ENDINGS: readonly (readonly [ending: string, minBase: number])[] = [
  ['ات', 3], ['ون', 3], ['ين', 3], ['ان', 3], ['وا', 3], ['تم', 3], ['ية', 3], ['يه', 3],
  ['ة', 3], ['ت', 3], ['ا', 3], ['ي', 3], ['ه', 3],
];

export function stemForm(t: Token): string {
  const stem = t.parts.find((p) => p.role === 'stem');
  return matchKey(stem ? stem.form : t.text, { foldTehMarbuta: false });
}

export function vocabularyClass(t: Token, vocabulary: ReadonlySet<string>): VocabularyClass {
  if (t.kind !== 'word') return 'unknown';
  const k = stemForm(t);
  if (vocabulary.has(k)) return 'known';
  for (const [ending, minBase] of ENDINGS) {
    if (k.length - ending.length >= minBase && k.endsWith(ending)) {
      const base = k.slice(0, -ending.length);
      if (vocabulary.has(base) || vocabulary.has(base + 'ة')) return 'inflected';
    }
  }
  return 'unknown';
}

/** Listed as it stands or once inflected: an ordinary word rather than a name. */
export function isKnownWord(t: Token, vocabulary: ReadonlySet<string>): boolean {
  return vocabularyClass(t, vocabulary) !== 'unknown';
}
