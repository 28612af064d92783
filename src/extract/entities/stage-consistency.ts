import type { Token } from '../../doc/token.js';
import { chunks } from './conll.js';

/**
 * One name, one reading per article (document consistency after decoding). A news article writes a
 * full name several times and the tagger, reading each sentence's context, sometimes tags it once
 * and misses it, or only part of it, elsewhere («نجيب محفوظ» … «زرت نجيب محفوظ» tagged «محفوظ»).
 * A name of two words or more that the article tags as an entity is tagged with the same type at
 * its other occurrences, where the tagger found nothing there or only a part of it. Words are
 * compared by stem key, so «لنجيب محفوظ» is the same name after the preposition.
 *
 * Only multi-word names are spread: a one-word name is far more often also an ordinary word
 * (the stage's surname rule handles person surnames with a vocabulary check), while a sequence of
 * two or more words the tagger called a name is specific.
 */

interface Name {
  readonly keys: readonly string[];
  readonly type: string;
}

const keyOf = (t: Token): string => t.key;

/** The multi-word names of a document's tags, each with the type the article gives it most often. */
function documentNames(sentences: readonly (readonly Token[])[], tags: readonly (readonly string[])[]): Name[] {
  const votes = new Map<string, Map<string, number>>();
  sentences.forEach((tokens, k) => {
    for (const c of chunks(tags[k]!)) {
      if (c.end - c.first < 2) continue;
      const span = tokens.slice(c.first, c.end);
      if (span.some((t) => t.kind !== 'word')) continue;
      const id = span.map(keyOf).join(' ');
      let v = votes.get(id);
      if (!v) votes.set(id, (v = new Map()));
      v.set(c.type, (v.get(c.type) ?? 0) + 1);
    }
  });
  const out: Name[] = [];
  for (const [id, v] of votes) {
    const [type] = [...v.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    out.push({ keys: id.split(' '), type });
  }
  // Longest first, so a longer name claims its words before a shorter one inside it.
  return out.sort((a, b) => b.keys.length - a.keys.length);
}

/**
 * Tags with the article's multi-word names completed at their other occurrences: an occurrence
 * whose words are all O, or that covers whole entities of the same type only (a part of the name),
 * becomes one entity of the name's type. An occurrence that crosses an entity boundary is left.
 */
export function completeNames(sentences: readonly (readonly Token[])[], tags: readonly (readonly string[])[]): string[][] {
  const names = documentNames(sentences, tags);
  return sentences.map((tokens, k) => {
    const out = tags[k]!.slice();
    if (names.length === 0) return out;
    for (let i = 0; i < tokens.length; i++) {
      for (const n of names) {
        const end = i + n.keys.length;
        if (end > tokens.length || !n.keys.every((key, j) => keyOf(tokens[i + j]!) === key)) continue;
        if (!fits(out, i, end, n.type)) continue;
        out[i] = 'B-' + n.type;
        for (let j = i + 1; j < end; j++) out[j] = 'I-' + n.type;
        i = end - 1;
        break;
      }
    }
    return out;
  });
}

/**
 * Whether [first, end) may be retagged as one entity of `type`: every entity touching it lies inside
 * it and has that type, and something in it is still O or split (an exact match changes nothing).
 */
function fits(tags: readonly string[], first: number, end: number, type: string): boolean {
  if (first > 0 && tags[first]!.startsWith('I-')) return false;
  if (end < tags.length && tags[end]!.startsWith('I-')) return false;
  for (let j = first; j < end; j++) if (tags[j] !== 'O' && tags[j]!.slice(2) !== type) return false;
  const whole = tags[first] === 'B-' + type && tags.slice(first + 1, end).every((t) => t === 'I-' + type);
  return !whole;
}

/**
 * One name, one type per article: an entity the article writes with the same words several times
 * takes the type most of its occurrences have, when one type has more than all others together
 * («كيوتل» typed ORG twice and PER once is ORG). Ties are left as the tagger read them.
 */
export function unifyTypes(sentences: readonly (readonly Token[])[], tags: readonly (readonly string[])[]): string[][] {
  const votes = new Map<string, Map<string, number>>();
  const idOf = (tokens: readonly Token[], first: number, end: number): string => tokens.slice(first, end).map(keyOf).join(' ');
  sentences.forEach((tokens, k) => {
    for (const c of chunks(tags[k]!)) {
      const id = idOf(tokens, c.first, c.end);
      let v = votes.get(id);
      if (!v) votes.set(id, (v = new Map()));
      v.set(c.type, (v.get(c.type) ?? 0) + 1);
    }
  });
  const winner = new Map<string, string>();
  for (const [id, v] of votes) {
    if (v.size < 2) continue;
    let total = 0;
    for (const n of v.values()) total += n;
    for (const [type, n] of v) if (n * 2 > total) winner.set(id, type);
  }
  return sentences.map((tokens, k) => {
    const out = tags[k]!.slice();
    for (const c of chunks(out)) {
      const type = winner.get(idOf(tokens, c.first, c.end));
      if (type === undefined || type === c.type) continue;
      for (let i = c.first; i < c.end; i++) out[i] = (i === c.first ? 'B-' : 'I-') + type;
    }
    return out;
  });
}
