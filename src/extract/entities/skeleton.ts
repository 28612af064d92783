import type { Token } from '../../doc/token.js';
import { candidateKeys, type NameLists } from './names.js';

/**
 * Transliteration skeletons. A foreign name has no fixed Arabic spelling: long vowels come and go
 * («شنغهاي» / «شانغهاي», «مانشيستر» / «مانشستر») and the g-sound is written غ, ج, ك or ق
 * («فيرغسون» / «فيرجسون»). The skeleton drops the long vowels and hamza carriers between the first
 * and the last letter (a final vowel tells «أستانا» from «أساتياني») and writes the g-letters alike, so a spelling the name lists do not have still meets the
 * listed one. The tagger reads the hit as a feature (never as an answer), only for words the
 * ordinary-word vocabulary does not know (a native word's skeleton meets too many names).
 */
const DROPPED = new Set(['ا', 'و', 'ي', 'ى', 'ء', 'ئ', 'ؤ']);
const G_LETTERS = new Set(['غ', 'ج', 'ك', 'ق']);
/** Skeletons shorter than this meet too many unrelated names. */
const MIN_SKELETON = 4;

export function skeletonOf(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const c = key[i]!;
    if (i > 0 && i < key.length - 1 && DROPPED.has(c)) continue;
    out += G_LETTERS.has(c) ? 'G' : c;
  }
  return out;
}

/** Skeletons of one-word places and of the first and last words of listed person names. */
export interface SkeletonIndex {
  readonly places: ReadonlySet<string>;
  readonly persons: ReadonlySet<string>;
}

export function buildSkeletonIndex(lists: NameLists): SkeletonIndex {
  const add = (set: Set<string>, key: string): void => {
    const s = skeletonOf(key);
    if (s.length >= MIN_SKELETON) set.add(s);
  };
  const places = new Set<string>();
  for (const k of lists.placeTiers.keys()) add(places, k);
  const persons = new Set<string>();
  for (const k of lists.firstNames) add(persons, k);
  for (const k of lists.lastNames) add(persons, k);
  return { places, persons };
}

const indexes = new WeakMap<NameLists, SkeletonIndex>();

function indexFor(lists: NameLists): SkeletonIndex {
  let ix = indexes.get(lists);
  if (!ix) indexes.set(lists, (ix = buildSkeletonIndex(lists)));
  return ix;
}

/**
 * Which lists a word unknown to the vocabulary meets through its skeleton, but not through its
 * exact keys: 'L' a place, 'P' a person name word, 'LP' both, '-' none.
 */
export function skeletonHit(lists: NameLists, t: Token, alt: string | null): string {
  if (t.kind !== 'word') return '-';
  const ix = indexFor(lists);
  const keys = candidateKeys(t, alt);
  const exactPlace = keys.some((k) => lists.placeTiers.has(k));
  const exactPerson = keys.some((k) => lists.firstNames.has(k) || lists.lastNames.has(k));
  let place = false;
  let person = false;
  for (const k of keys) {
    const s = skeletonOf(k);
    if (s.length < MIN_SKELETON) continue;
    if (!exactPlace && ix.places.has(s)) place = true;
    if (!exactPerson && ix.persons.has(s)) person = true;
  }
  return (place ? 'L' : '') + (person ? 'P' : '') || '-';
}
