import type { Span } from '../../doc/span.js';
import type { Token } from '../../doc/token.js';
import { vocabularyClass } from './known.js';

/**
 * Where an entity starts inside its first token (gold README): after every proclitic except the
 * article «ال», which belongs to the word («لحفتر» → «حفتر», «والجزائر» → «الجزائر»). After the
 * preposition ل the article is written as a lone «ل» («للجزائر»): no «ال» is on the page to keep,
 * so the span starts at the stem.
 */
export function entityStart(t: Token): number {
  for (const p of t.parts) {
    if (p.role === 'stem') return p.start;
    if (p.role === 'proclitic' && p.form === 'ال' && p.end - p.start >= 2) return p.start;
  }
  return t.start;
}

/** Where an entity ends inside its last token: before a pronoun enclitic («حكومته» → «حكومت»). */
export function entityEnd(t: Token): number {
  let end = t.start;
  for (const p of t.parts) if (p.role !== 'enclitic') end = p.end;
  return end > t.start ? end : t.end;
}

/**
 * The character span of an entity over tokens [first, end), clitics trimmed at both edges.
 * `conjunction`: the first token's leading «و» is the conjunction although the text core left it
 * on the word («وفيدرر», stage-repair.ts decides), so the span starts after it.
 */
export function entitySpan(tokens: readonly Token[], first: number, end: number, conjunction = false, whole = false): Span {
  const t = tokens[first]!;
  return { start: whole ? t.start : conjunction ? t.start + 1 : entityStart(t), end: entityEnd(tokens[end - 1]!) };
}

/** Letters the text core may split off a word as a one-letter proclitic (with the future «س» of verbs). */
const ONE_LETTER = new Set(['ب', 'ف', 'ل', 'ك', 'و', 'س']);

/**
 * Whether the one-letter proclitic the text core split off a name's first word is in fact the
 * name's own first letter («بوش» read as ب + «وش», «فيرجسون» as ف + «يرجسون», «بيتر» as ب + «يتر»):
 * the segmenter splits a letter whenever the rest is a word or an inflected word, and foreign
 * names often begin with those letters. The whole word is the name when a name list has it whole
 * and not the rest («بوش», «بيتر»), or when the rest is neither a listed name nor a word the
 * vocabulary lists as it stands (only an inflection guess: «يرجسون»). A listed name after the
 * letter is the preposition or conjunction on a name («لصالح», «بمحمد»), as is a word the
 * vocabulary knows («بفوز») and a rest the article writes alone in a name (`bareNames`: «كيوتل» …
 * «لكيوتل»).
 */
export function procliticIsNameLetter(t: Token, names: { readonly firstNames: ReadonlySet<string>; readonly lastNames: ReadonlySet<string> },
  vocabulary: ReadonlySet<string>, bareNames: ReadonlySet<string> = new Set()): boolean {
  if (t.kind !== 'word' || t.parts.length !== 2) return false;
  const [clitic, stem] = t.parts;
  if (clitic!.role !== 'proclitic' || !ONE_LETTER.has(clitic!.form) || stem!.role !== 'stem') return false;
  const listed = (k: string): boolean => names.firstNames.has(k) || names.lastNames.has(k);
  if (listed(t.key) || bareNames.has(t.key)) return false;
  if (listed(t.norm)) return true;
  // «و» split off is the conjunction between names far more often («وشيفا», «وجرجي باز»); only a
  // listed name keeps it («وائل», «وليد»).
  return clitic!.form !== 'و' && vocabularyClass(t, vocabulary) !== 'known';
}
