import type { Token } from '../../doc/token.js';
import { guessedStemKey } from './alt-key.js';

/**
 * Non-local (document) features, after Ratinov & Roth (2009, "Design challenges and misconceptions
 * in named entity recognition"): a news article names the same entity several times, and some of
 * those mentions have a richer context than others («الرئيس حامد كرزاي» … «وقال كرزاي»). A first
 * tagging pass labels every sentence; the second pass sees, for each word, the labels the first
 * pass gave the same stem key elsewhere in the document, and whether it began or ended a longer
 * entity there. The token's own first-pass label is left out, so the feature never echoes itself.
 */

/** Label slots counted per key: the four entity types and O. */
const LABELS = ['O', 'PER', 'LOC', 'ORG', 'MISC'] as const;
const SLOT_FIRST = LABELS.length; // began an entity of two tokens or more
const SLOT_LAST = LABELS.length + 1; // ended an entity of two tokens or more
const SLOTS = LABELS.length + 2;
/** A label must cover this share of the other occurrences to enter the signature. */
const MIN_SHARE = 0.2;

/** Sentences of a CoNLL corpus read as one document (the corpus has no article boundaries). */
export const CONLL_DOCUMENT_SENTENCES = 20;

const counted = (t: Token): boolean => t.kind === 'word' && t.key.length >= 2;
/**
 * The key a word is counted under: the guessed stem when the text core left a one-letter proclitic
 * on an unknown name (alt-key.ts), so «وفيدرر» and «فيدرر» are one name in the document.
 */
const docKey = (t: Token): string => guessedStemKey(t) ?? t.key;

/** Per token: its label slot and whether it begins / ends a multi-token entity (from BIO tags). */
function slotsOf(tags: readonly string[]): { label: number; first: boolean; last: boolean }[] {
  return tags.map((tag, i) => {
    if (tag === 'O') return { label: 0, first: false, last: false };
    const type = tag.slice(2);
    const label = Math.max(1, LABELS.indexOf(type as (typeof LABELS)[number]));
    const next = tags[i + 1] ?? 'O';
    const cont = next === 'I-' + type;
    const first = tag.startsWith('B-') && cont;
    const last = tag.startsWith('I-') && !cont;
    return { label, first, last };
  });
}

/** Label counts per stem key over the first-pass tags of one document. */
export class DocumentMemory {
  private readonly counts = new Map<string, Int32Array>();

  add(tokens: readonly Token[], tags: readonly string[], sign: 1 | -1 = 1): void {
    const slots = slotsOf(tags);
    tokens.forEach((t, i) => {
      if (!counted(t)) return;
      const key = docKey(t);
      let c = this.counts.get(key);
      if (!c) this.counts.set(key, (c = new Int32Array(SLOTS)));
      const s = slots[i]!;
      c[s.label]! += sign;
      if (s.first) c[SLOT_FIRST]! += sign;
      if (s.last) c[SLOT_LAST]! += sign;
    });
  }

  /**
   * The document features of one sentence's tokens, given the sentence's own first-pass tags
   * (subtracted, so only the other occurrences speak). Empty for a token seen nowhere else.
   */
  features(tokens: readonly Token[], tags: readonly string[]): string[][] {
    const slots = slotsOf(tags);
    const sig: string[] = tokens.map((t, i) => {
      if (!counted(t)) return '-';
      const c = this.counts.get(docKey(t));
      if (!c) return '-';
      const own = slots[i]!;
      let total = 0;
      const n = new Array<number>(LABELS.length);
      for (let l = 0; l < LABELS.length; l++) {
        n[l] = c[l]! - (own.label === l ? 1 : 0);
        total += n[l]!;
      }
      if (total <= 0) return '-';
      const labels = LABELS.filter((_, l) => n[l]! / total >= MIN_SHARE);
      const first = c[SLOT_FIRST]! - (own.first ? 1 : 0) > 0 ? 'F' : '';
      const last = c[SLOT_LAST]! - (own.last ? 1 : 0) > 0 ? 'L' : '';
      return labels.join('+') + (first || last ? ':' + first + last : '');
    });
    return tokens.map((_, i) => {
      const v = sig[i]!;
      const prev = i > 0 ? sig[i - 1]! : '<s>';
      const next = i + 1 < sig.length ? sig[i + 1]! : '</s>';
      const out: string[] = [];
      if (v !== '-') out.push('dm=' + v, 'dm,own=' + v + '|' + tags[i]!.slice(0, 1));
      if (prev !== '-') out.push('dm-1=' + prev);
      if (next !== '-') out.push('dm+1=' + next);
      if (v !== '-' || prev !== '-') out.push('dm-1,dm=' + prev + '|' + v);
      return out;
    });
  }
}

/** Document features for every sentence of one document, from the sentences' first-pass tags. */
export function documentFeatures(sentences: readonly (readonly Token[])[], tags: readonly (readonly string[])[]): string[][][] {
  const memory = new DocumentMemory();
  sentences.forEach((s, i) => memory.add(s, tags[i]!));
  return sentences.map((s, i) => memory.features(s, tags[i]!));
}

/** Consecutive runs of `size` indices over `n` items: the documents of a CoNLL corpus. */
export function blocks(n: number, size = CONLL_DOCUMENT_SENTENCES): { first: number; end: number }[] {
  const out: { first: number; end: number }[] = [];
  for (let first = 0; first < n; first += size) out.push({ first, end: Math.min(n, first + size) });
  return out;
}
