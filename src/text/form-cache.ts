import { StemCounters } from './article-stems.js';
import { analyzeForm, type CliticTable, type FormAnalysis, type StemEvidence } from './clitics.js';

/**
 * Word forms repeat heavily in news, and everything about a form except the article evidence is
 * fixed, so each distinct surface is analysed once per tables object. Bounded: cleared when full.
 */
const FORM_CACHE_LIMIT = 200_000;
const INITIAL_CAPACITY = 1 << 14;

/**
 * The per-process cache of analysed word forms, looked up by a span of the text itself: hashing
 * the span in place spares a `text.slice` (a new string per word) and the map's own hashing of
 * it, and a hit hands back the cached surface string for the token's `text`. Open addressing with
 * linear probing over a power-of-two table; a slot holds the form and its hash.
 */
export class FormCache {
  private slots: (FormAnalysis | undefined)[] = new Array(INITIAL_CAPACITY);
  private hashes = new Int32Array(INITIAL_CAPACITY);
  private size = 0;
  /** Stem counters of the cached forms (article evidence compares forms through them). */
  private counters = new StemCounters();
  private readonly evidence: StemEvidence;

  constructor(private readonly clitics: CliticTable, vocabulary: ReadonlySet<string>, functionWords: ReadonlySet<string>) {
    this.evidence = { vocabulary, functionWords };
    this.slots.fill(undefined);
  }

  /**
   * Called before each text: a full cache is emptied here, never in the middle of a text, so
   * that all forms of one text share one set of stem counters.
   */
  beginText(): void {
    if (this.size < FORM_CACHE_LIMIT) return;
    this.slots = new Array(INITIAL_CAPACITY).fill(undefined);
    this.hashes = new Int32Array(INITIAL_CAPACITY);
    this.size = 0;
    this.counters = new StemCounters();
  }

  /** The analysis of the word `text.slice(start, end)`. */
  formAt(text: string, start: number, end: number): FormAnalysis {
    // FNV-1a over the code units.
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const len = end - start;
    const slots = this.slots;
    const mask = slots.length - 1;
    let at = h & mask;
    for (;;) {
      const form = slots[at];
      if (form === undefined) break;
      if (this.hashes[at] === h && form.surface.length === len && text.startsWith(form.surface, start)) return form;
      at = (at + 1) & mask;
    }
    const form = analyzeForm(text.slice(start, end), this.clitics, this.evidence, this.counters);
    slots[at] = form;
    this.hashes[at] = h;
    if (++this.size * 2 > slots.length) this.grow();
    return form;
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldHashes = this.hashes;
    const capacity = oldSlots.length * 2;
    const mask = capacity - 1;
    this.slots = new Array(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    for (let k = 0; k < oldSlots.length; k++) {
      const form = oldSlots[k];
      if (form === undefined) continue;
      const h = oldHashes[k]!;
      let at = h & mask;
      while (this.slots[at] !== undefined) at = (at + 1) & mask;
      this.slots[at] = form;
      this.hashes[at] = h;
    }
  }
}
