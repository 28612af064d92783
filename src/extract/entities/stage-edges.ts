import type { Token } from '../../doc/token.js';
import { chunks } from './conll.js';

/**
 * A common noun the tagger pulls into the front of a person's name: the noun the name is the
 * complement of («فوز صالح», «بفوز عبد الفتاح»: the victory of Saleh). The tagger reads a name one
 * token at a time against its neighbours, so a noun right before a known name can ride along. Two
 * facts together mark it: the training data knows the word as an ordinary word (its tag-dictionary
 * signature is «O»: at least four in five of its uses in ANERcorp train are outside any name) and no
 * given-name list has it («أمين», «جمال», «عمر» are words and names), and
 * the same article writes the rest of the name alone as a person («ولاية صالح») while the word is in
 * no other person name there. Then the word is not part of the name.
 *
 * Tried and not kept (ANERcorp dev): the dictionary test without the article's evidence (it cut
 * «أيمن» off «أيمن الظواهري», «نور» off «نور الدين البخاري»: first names that are also words), and
 * without the given-name test (6 of 6570 ANERcorp train gold names cut, 1 with it: «الصاعد عبد العاطي إيكيدير»),
 * the vocabulary instead of the dictionary («حسني», «كوفي», «نبيه» are words too); dropping a bare
 * ordinary word after a name before a definite word («سوزان مبارك قرينة الرئيس») cut foreign
 * surnames that are also Arabic words («طومي هامس الرابع», «غونتر غراس الحائز»).
 */

export interface EdgeResources {
  /** matchKeys of name-link particles (data/ner/stage-name-particles.tsv): never cut off. */
  readonly particles: ReadonlySet<string>;
  /** The tagger model's tag dictionary (tag-dictionary.ts): stem key → labels seen in training. */
  readonly tagDictionary?: ReadonlyMap<string, string>;
  /** Keys of listed given names (names.ts): a given name that is also a word («أمين», «جمال») stays. */
  readonly firstNames?: ReadonlySet<string>;
}

const keysOf = (tokens: readonly Token[], first: number, end: number): string => tokens.slice(first, end).map((t) => t.key).join(' ');

/** Tags of an article's sentences with an ordinary word at the front of a person name left out. */
export function trimPersonFronts(sentences: readonly (readonly Token[])[], tags: readonly (readonly string[])[], res: EdgeResources): string[][] {
  const dictionary = res.tagDictionary;
  if (!dictionary) return tags.map((t) => t.slice());
  const common = (t: Token): boolean => t.kind === 'word' && dictionary.get(t.key) === 'O' && !res.particles.has(t.key)
    && !(res.firstNames?.has(t.key) ?? false);
  // The article's person names by their words' keys, and how often each key is used inside one.
  const persons = new Set<string>();
  const nameWords = new Map<string, number>();
  sentences.forEach((tokens, k) => {
    for (const c of chunks(tags[k]!)) {
      if (c.type !== 'PER') continue;
      persons.add(keysOf(tokens, c.first, c.end));
      for (let i = c.first; i < c.end; i++) nameWords.set(tokens[i]!.key, (nameWords.get(tokens[i]!.key) ?? 0) + 1);
    }
  });
  return sentences.map((tokens, k) => {
    const out = tags[k]!.slice();
    for (const c of chunks(tags[k]!)) {
      if (c.type !== 'PER' || c.end - c.first < 2) continue;
      const head = tokens[c.first]!;
      if (!common(head) || !persons.has(keysOf(tokens, c.first + 1, c.end)) || nameWords.get(head.key) !== 1) continue;
      out[c.first] = 'O';
      out[c.first + 1] = 'B-PER';
    }
    return out;
  });
}
