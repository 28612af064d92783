import type { Token } from '../../doc/token.js';

/**
 * What the training data says about a word: the labels its stem key was tagged with, as a
 * signature («PER», «LOC+ORG», «O+PER», «O» for a word never part of a name). Every word seen in
 * training is listed, once is enough: read jackknifed over contiguous folds, a word seen once
 * elsewhere is evidence the tagger learns to weigh as it will find it on new articles (leaving out
 * words seen once cost about a point of F1 on ANERcorp dev).
 *
 * Used as a feature, such a dictionary must not be computed on the sentences it describes — there
 * it always holds the gold answer and the tagger learns to trust it blindly. Training therefore
 * reads it jackknifed (each fold's sentences see the dictionary of the other folds; see train.ts);
 * the shipped model carries the dictionary of the whole training split for tagging.
 */
export type TagDictionary = ReadonlyMap<string, string>;

/** Occurrences a word needs in the training split to be listed. */
const MIN_SEEN = 1;
/** A label must cover this share of a word's occurrences to enter its signature. */
const MIN_SHARE = 0.2;

export function buildTagDictionary(items: readonly { readonly tokens: readonly Token[]; readonly tags: readonly string[] }[]): TagDictionary {
  const counts = new Map<string, Map<string, number>>();
  for (const { tokens, tags } of items) {
    tokens.forEach((t, i) => {
      if (t.kind !== 'word') return;
      const tag = tags[i] ?? 'O';
      const label = tag === 'O' ? 'O' : tag.slice(2);
      let c = counts.get(t.key);
      if (!c) counts.set(t.key, (c = new Map()));
      c.set(label, (c.get(label) ?? 0) + 1);
    });
  }
  const out = new Map<string, string>();
  for (const [key, c] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    let total = 0;
    for (const n of c.values()) total += n;
    if (total < MIN_SEEN) continue;
    const labels = [...c.entries()].filter(([, n]) => n / total >= MIN_SHARE).map(([l]) => l).sort();
    if (labels.length === 0) continue;
    out.set(key, labels.join('+'));
  }
  return out;
}
