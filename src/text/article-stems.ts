import type { FormAnalysis } from './clitics.js';

/**
 * One counter per distinct stem key, shared by every analysed form whose stem (or candidate stem)
 * has that key. Counting an article's stems then updates objects the forms already point to,
 * instead of hashing a string into a map for every word of every article.
 */
export interface StemCounter {
  readonly key: string;
  /** The `ArticleStems` that last counted this stem, and how often it saw it. */
  text: number;
  count: number;
}

/**
 * Interns stem keys to counters. Forms are only comparable through counters of the same
 * `StemCounters`: the form cache owns one, and clears it together with its forms.
 */
export class StemCounters {
  private readonly byKey = new Map<string, StemCounter>();

  of(key: string): StemCounter {
    let c = this.byKey.get(key);
    if (!c) this.byKey.set(key, (c = { key, text: 0, count: 0 }));
    return c;
  }

  get size(): number {
    return this.byKey.size;
  }
}

/**
 * Article evidence: the stem of every word of a text as the vocabulary alone segments it («الأزمة»
 * → «أزمة», «ورؤية» → «رؤية», «حفتر» → «حفتر»), counted. A word is no evidence for itself: when
 * «للأزمة» asks whether «لأزمة» stands alone elsewhere, its own occurrences are not counted.
 * The forms must come from one `StemCounters` (as `analyzeText`'s cache guarantees).
 */
export class ArticleStems {
  private static generation = 0;
  /** Stamps the counters and forms of this text: counting without a map per text. */
  private readonly id = ++ArticleStems.generation;

  constructor(forms: Iterable<FormAnalysis | null | undefined>) {
    const id = this.id;
    for (const form of forms) {
      if (!form) continue;
      const seen = form.seen;
      if (seen.text === id) seen.count++;
      else {
        seen.text = id;
        seen.count = 1;
      }
      const stem = form.stemCounter;
      if (stem.text === id) stem.count++;
      else {
        stem.text = id;
        stem.count = 1;
      }
    }
  }

  /** True when `stem` is the stem of some word of the text other than occurrences of `asker`. */
  hasOther(stem: StemCounter, asker: FormAnalysis): boolean {
    if (stem.text !== this.id) return false;
    if (stem !== asker.stemCounter) return true;
    return stem.count > (asker.seen.text === this.id ? asker.seen.count : 0);
  }

  /** Stems seen in the text, occurrences of the asking word included. */
  has(stem: StemCounter): boolean {
    return stem.text === this.id;
  }
}
