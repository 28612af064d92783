/**
 * A character trigram language model (interpolated, Witten–Bell smoothing) over word keys. Two of
 * them — one trained on ordinary words (the hunspell vocabulary), one on names (person, organisation
 * and place name lists) — give each word a log-likelihood ratio per letter: transliterated foreign
 * names («ألونسو», «يانكوفيتش», «سوغياما») spell letter sequences ordinary Arabic words rarely have,
 * so an unseen name scores as name-like even when no list and no training sentence has it.
 */
export interface CharLm {
  /** Mean log-probability per letter of `key` (word boundaries included). */
  logProb(key: string): number;
}

const BOS = '^';
const EOS = '$';

export function trainCharLm(words: Iterable<string>): CharLm {
  // counts[h] maps the next letter to its count, for every history h of length 0, 1 and 2.
  const counts = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  const add = (h: string, c: string): void => {
    let m = counts.get(h);
    if (!m) counts.set(h, (m = new Map()));
    m.set(c, (m.get(c) ?? 0) + 1);
    totals.set(h, (totals.get(h) ?? 0) + 1);
  };
  for (const w of words) {
    const s = BOS + BOS + w + EOS;
    for (let i = 2; i < s.length; i++) {
      const c = s[i]!;
      add('', c);
      add(s[i - 1]!, c);
      add(s.slice(i - 2, i), c);
    }
  }
  const alphabet = Math.max(1, counts.get('')?.size ?? 1) + 1;
  // Witten–Bell: P(c|h) = (n(h,c) + T(h)·P(c|h')) / (n(h) + T(h)), T(h) = distinct letters after h.
  const prob = (h: string, c: string): number => {
    const lower = h.length === 0 ? 1 / alphabet : prob(h.slice(1), c);
    const m = counts.get(h);
    if (!m) return lower;
    const n = totals.get(h)!;
    const t = m.size;
    return ((m.get(c) ?? 0) + t * lower) / (n + t);
  };
  // Log-probabilities by trigram, computed on first use: at most (letters + 2)³ entries, whatever
  // the text, so tagging cost does not depend on how often words repeat.
  const memo = new Map<string, number>();
  const logP = (h: string, c: string): number => {
    const k = h + c;
    let v = memo.get(k);
    if (v === undefined) memo.set(k, (v = Math.log(prob(h, c))));
    return v;
  };
  return {
    logProb(key) {
      const s = BOS + BOS + key + EOS;
      let sum = 0;
      for (let i = 2; i < s.length; i++) sum += logP(s.slice(i - 2, i), s[i]!);
      return sum / (s.length - 2);
    },
  };
}

/**
 * The name-likeness of a word as a coarse bucket of the per-letter log-likelihood ratio
 * (names model − ordinary-words model): 'n2' clearly name-like … 'w2' clearly word-like.
 */
export function nameLikeness(names: CharLm, words: CharLm, key: string): string {
  const r = names.logProb(key) - words.logProb(key);
  if (r >= 0.6) return 'n3';
  if (r >= 0.3) return 'n2';
  if (r >= 0) return 'n1';
  if (r >= -0.4) return 'w1';
  if (r >= -0.8) return 'w2';
  return 'w3';
}
