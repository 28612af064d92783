import type { Token } from '../../doc/token.js';
import { hasArticle, triggersOf, type Gazetteer } from './gazetteer.js';
import { vocabularyClass } from './known.js';

/** A pattern match over tokens [first, end) of one sentence. */
export interface PatternMatch {
  readonly type: 'PER' | 'ORG';
  readonly first: number;
  readonly end: number;
}

export interface PatternResources {
  readonly gazetteer: Gazetteer;
  readonly vocabulary: ReadonlySet<string>;
}

/** (name start, token index) → true where the tagger, told a name starts there, continues it (asked lazily). */
export type PersonEvidence = (start: number, index: number) => boolean;

/** Complements a role noun takes before the name: definite words («وزير الدفاع التركي»). */
const MAX_COMPLEMENTS = 3;
const MAX_NAME_WORDS = 3;

const hasProclitic = (t: Token): boolean => t.parts.some((p) => p.role === 'proclitic' && p.form !== 'ال');

/**
 * A word that can be part of a personal name right after a title: an Arabic word with no clitic,
 * no article, not itself a trigger, and unknown to the ordinary-word vocabulary even once a regular
 * inflection is taken off (names mostly are; «قال», «إن» after a title are not names, nor are
 * inflected words: «متحدث عسكري», «مجلس محافظي»). Names that look inflected («خلوصي») are left to
 * the tagger, which reads titles as features: on ANERcorp dev the pattern's inflected-word matches
 * were all false (3 of 3) and the tagger found every name they would have given.
 */
function nameLike(t: Token, res: PatternResources): boolean {
  return t.kind === 'word' && !hasArticle(t) && !hasProclitic(t) && t.parts.length === 1
    && triggersOf(res.gazetteer, t).length === 0 && vocabularyClass(t, res.vocabulary) === 'unknown' && !INFLECTED.test(t.key);
}

/**
 * Adjective and plural endings (feminine ة, sound plurals, duals, adverbial -ًا): an unknown word
 * ending so is far more often an inflected common word («جديدة», «هاتفيين», «رسميا») than a name.
 */
const INFLECTED = /(?:ه|ات|ين|ون|ان|يا|يا|ا)$/u;

/** nameLike without the vocabulary test. */
function nameShaped(t: Token, res: PatternResources): boolean {
  return t.kind === 'word' && !hasArticle(t) && !hasProclitic(t) && t.parts.length === 1
    && triggersOf(res.gazetteer, t).length === 0 && !INFLECTED.test(t.key);
}

/** A definite complement of a role or organisation head: «الدفاع», «التركي», «الوطني». */
function complement(t: Token, res: PatternResources): boolean {
  return t.kind === 'word' && hasArticle(t) && !hasProclitic(t) && triggersOf(res.gazetteer, t).length === 0;
}

/**
 * Contextual patterns from data/ar/ner-triggers.tsv:
 * - title or role (+ up to three definite complements) + unknown words → PER on the words
 *   («وزير الدفاع التركي خلوصي أكار» → «خلوصي أكار»);
 * - organisation head + one unknown name → ORG on the whole («قوات حفتر»).
 * They only propose; the stage keeps a pattern match only where the tagger found nothing.
 */
export function findPatterns(tokens: readonly Token[], res: PatternResources, person: PersonEvidence = () => false): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const kinds = triggersOf(res.gazetteer, tokens[i]!);
    if (kinds.length === 0) continue;
    let j = i + 1;
    if (kinds.includes('org_head') && !hasArticle(tokens[i]!)) {
      // A possessed head («قواته», «حكومتها») is a description of someone's body, not a name.
      if (tokens[i]!.parts.some((p) => p.role === 'enclitic')) continue;
      // Only a head followed by a proper name is an organisation's name here («قوات حفتر»,
      // «حركة طالبان»). A head with common-noun complements («وزارة الخارجية», «مجلس الوزراء»,
      // «وكالة الأنباء القطرية») describes a body rather than naming it: ANERcorp leaves such
      // phrases untagged (on its dev split the complement rule proposed 46 of them, 2 tagged
      // ORG), and the actors stage recognises state organs from its own lexicon.
      if (j < tokens.length && nameLike(tokens[j]!, res)) j++;
      if (j > i + 1) {
        out.push({ type: 'ORG', first: i, end: j });
        i = j - 1;
      }
      continue;
    }
    // A place head («مدينة», «منطقة») is only a feature for the tagger: no pattern of its own.
    if (!kinds.includes('title') && !kinds.includes('person_role')) continue;
    if (kinds.includes('person_role')) {
      while (j < tokens.length && j - i - 1 < MAX_COMPLEMENTS && complement(tokens[j]!, res)) j++;
    }
    const nameStart = j;
    // The first word must look like a name on its own; later ones may be vocabulary words the
    // tagger continues as part of the name once told one starts here («أكار» is also a common noun).
    while (j < tokens.length && j - nameStart < MAX_NAME_WORDS
      && (nameLike(tokens[j]!, res) || (j > nameStart && person(nameStart, j) && nameShaped(tokens[j]!, res)))) j++;
    if (j > nameStart) {
      out.push({ type: 'PER', first: nameStart, end: j });
      i = j - 1;
    }
  }
  return out;
}
