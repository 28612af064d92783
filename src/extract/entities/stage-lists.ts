import type { Token } from '../../doc/token.js';
import { guessedStemKey } from './alt-key.js';
import { chunks } from './conll.js';

/**
 * Lists of persons joined by «و» («… ويحيى شاهين ونور الشريف وأحمد مظهر …»). News writes credits,
 * line-ups and guest lists as names joined by the conjunction, each member a name of one to three
 * words. When the tagger tags the members on both sides of a short stretch that itself begins with
 * «و», that stretch is one more member: ANERcorp train has 46 such stretches (one to three words,
 * each after a person name, optionally a comma, and before a person name that begins with «و»)
 * tagged as a person and 2 left untagged («وإخراج», «وأحياناً»), so the stretch is read as a
 * person. A bracketed aside after a member («توريس ( 20 ) وديفد فيا ( 44 )»: a minute, an age, a
 * country) does not break the list.
 */

/** Longest stretch read as one member: ANERcorp train's list members are one to three words. */
const MAX_MEMBER = 3;
/** Longest bracketed aside skipped between members. */
const MAX_ASIDE = 10;

/** A word whose first letter may be the conjunction «و»: split off by the text core, or left on an unknown word. */
export function conjunctionWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const first = t.parts[0];
  if (first?.role === 'proclitic') return first.form === 'و';
  return t.key.startsWith('و') && guessedStemKey(t) !== null;
}

/** Where the next list member may start after position `i`: past a comma or a bracketed aside. */
function pastSeparator(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t?.kind !== 'punct') return i;
  if (t.text === '،' || t.text === ',') return i + 1;
  if (t.text === '(') {
    for (let j = i + 1; j < Math.min(tokens.length, i + 2 + MAX_ASIDE); j++) if (tokens[j]!.text === ')') return j + 1;
  }
  return i;
}

/**
 * Tags with untagged list members between two person names made persons. `waw`, when given,
 * receives the members' first tokens whose «و» the text core left on the word (the span starts
 * after it). Never changes a tagged token.
 */
export function fillPersonLists(tokens: readonly Token[], tags: readonly string[], waw?: Set<number>): string[] {
  const out = tags.slice();
  const cs = chunks(tags);
  const startsAt = new Map(cs.map((c) => [c.first, c]));
  for (const prev of cs) {
    if (prev.type !== 'PER') continue;
    const a = pastSeparator(tokens, prev.end);
    if (!conjunctionWord(tokens[a]) || out[a] !== 'O') continue;
    for (let len = 1; len <= MAX_MEMBER; len++) {
      const b = a + len;
      const t = tokens[b - 1];
      if (!t || t.kind !== 'word' || out[b - 1] !== 'O' || (len > 1 && conjunctionWord(t))) break;
      const next = startsAt.get(pastSeparator(tokens, b));
      if (!next || next.type !== 'PER' || !conjunctionWord(tokens[next.first])) continue;
      for (let i = a; i < b; i++) out[i] = (i === a ? 'B-' : 'I-') + 'PER';
      if (tokens[a]!.parts[0]?.role !== 'proclitic') waw?.add(a);
      break;
    }
  }
  return out;
}
