import type { Token } from '../../doc/token.js';
import { MarsadError } from '../../errors.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable } from '../../lexicons/table.js';
import { matchKey } from '../../text/index.js';
import { chunks } from './conll.js';
import type { PhraseIndex } from './names.js';

/**
 * A city that is also a club or a paper («برشلونة», «مانشستر», «هامبورغ») is the place after a
 * preposition of place: «في برشلونة», «إلى شنغهاي», «بمانشستر». The tagger types such a word from the
 * sports or press context around it and sometimes reads the club where the text names the city;
 * the preposition settles it (ANERcorp train: a one-word listed place after «في», «إلى», «على»,
 * «من» or with «ب» is LOC 657 times of 659; counts per preposition in
 * data/ner/stage-place-prepositions.tsv). Only ORG and MISC readings are changed: a person's name
 * that is also a place name is left to the tagger.
 */

export interface PlacePrepositions {
  /** matchKeys of prepositions written as a separate word. */
  readonly words: ReadonlySet<string>;
  /** Forms of prepositions written on the name (the text core's proclitic morpheme). */
  readonly proclitics: ReadonlySet<string>;
}

let cached: PlacePrepositions | undefined;

/** data/ner/stage-place-prepositions.tsv. */
export function loadPlacePrepositions(): PlacePrepositions {
  if (cached) return cached;
  const file = dataPath('ner', 'stage-place-prepositions.tsv');
  const words = new Set<string>();
  const proclitics = new Set<string>();
  for (const row of readTable(file).rows) {
    const form = row.cells['form'] ?? '';
    const kind = row.cells['kind'] ?? '';
    if (kind === 'word') words.add(matchKey(form));
    else if (kind === 'proclitic') proclitics.add(form);
    else throw new MarsadError('MARSAD_DATA_INVALID', { file, line: row.line, detail: `kind "${kind}" (expected word | proclitic)` });
  }
  cached = { words, proclitics };
  return cached;
}

/** The token is a one-word place of the list, read by its stem key (its article and clitics off). */
const onePlace = (t: Token, places: PhraseIndex): boolean =>
  t.kind === 'word' && (places.byFirst.get(t.key) ?? []).some((p) => p.length === 1);

/** The token carries a preposition of place, or the word before it is one. */
function afterPreposition(tokens: readonly Token[], i: number, preps: PlacePrepositions): boolean {
  const t = tokens[i]!;
  if (t.parts.some((p) => p.role === 'proclitic' && preps.proclitics.has(p.form))) return true;
  const prev = tokens[i - 1];
  return prev !== undefined && prev.kind === 'word' && prev.parts.length === 1 && preps.words.has(prev.norm);
}

/** Tags with one-word ORG or MISC entities that are listed places after a preposition of place made LOC. */
export function placesAfterPrepositions(tokens: readonly Token[], tags: readonly string[], places: PhraseIndex,
  preps: PlacePrepositions = loadPlacePrepositions()): string[] {
  const out = tags.slice();
  for (const c of chunks(tags)) {
    if (c.end - c.first !== 1 || (c.type !== 'ORG' && c.type !== 'MISC')) continue;
    if (onePlace(tokens[c.first]!, places) && afterPreposition(tokens, c.first, preps)) out[c.first] = 'B-LOC';
  }
  return out;
}
