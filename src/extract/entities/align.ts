import type { Sentence, Token } from '../../doc/token.js';
import { analyzeText } from '../../text/index.js';
import type { ConllSentence } from './conll.js';

/**
 * ANERcorp sentences are whitespace tokens with clitics attached; Marsad tags the text core's tokens.
 * An aligned sentence is the ANERcorp words joined by single spaces, analysed by the text core, with
 * each core token knowing which whitespace word it lies in.
 */
export interface AlignedSentence {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** For each core token, the index of the ANERcorp word containing it. */
  readonly wordOf: readonly number[];
  /** For each ANERcorp word, its character span in `text`. */
  readonly wordSpans: readonly { readonly start: number; readonly end: number }[];
}

export function alignSentence(words: readonly string[]): AlignedSentence {
  const wordSpans: { start: number; end: number }[] = [];
  let text = '';
  for (const w of words) {
    if (text) text += ' ';
    wordSpans.push({ start: text.length, end: text.length + w.length });
    text += w;
  }
  const { tokens } = analyzeText(text);
  const wordOf: number[] = [];
  let w = 0;
  for (const t of tokens) {
    while (w < wordSpans.length - 1 && wordSpans[w]!.end <= t.start) w++;
    wordOf.push(w);
  }
  return { text, tokens, wordOf, wordSpans };
}

const isWordLike = (t: Token): boolean => t.kind === 'word' || t.kind === 'number' || t.kind === 'latin';

/**
 * Gold tags on core tokens: a word's tag goes to its first word-like token, its later word-like
 * tokens continue the entity (I-), and punctuation around them is O — the unit ANERcorp tags is the
 * name, and a core token that is only a bracket or a comma never belongs to it.
 */
export function projectTags(a: AlignedSentence, tags: readonly string[]): string[] {
  const out: string[] = [];
  let lastWord = -1;
  a.tokens.forEach((t, i) => {
    const w = a.wordOf[i]!;
    const tag = tags[w] ?? 'O';
    if (!isWordLike(t) || tag === 'O') {
      out.push('O');
      return;
    }
    out.push(w === lastWord ? 'I-' + tag.slice(2) : tag);
    lastWord = w;
  });
  return out;
}

/**
 * Tags on ANERcorp words from entity spans over the sentence text: each span tags the words it
 * touches (B- on the first, I- after). A span starting after a proclitic still tags its whole word.
 */
export function tagsFromSpans(a: AlignedSentence, spans: readonly { start: number; end: number; type: string }[]): string[] {
  const tags = a.wordSpans.map(() => 'O');
  for (const s of spans) {
    let first = true;
    a.wordSpans.forEach((w, i) => {
      if (w.start < s.end && s.start < w.end) {
        tags[i] = (first ? 'B-' : 'I-') + s.type;
        first = false;
      }
    });
  }
  return tags;
}

/** ANERcorp tag names → Marsad's (PERS is PER). */
export function normaliseTag(tag: string): string {
  return tag.endsWith('-PERS') ? tag.slice(0, -4) + 'PER' : tag;
}

export function alignCorpus(sentences: readonly ConllSentence[]): { aligned: AlignedSentence; tags: string[] }[] {
  return sentences.map((s) => {
    const aligned = alignSentence(s.words);
    return { aligned, tags: projectTags(aligned, s.tags.map(normaliseTag)) };
  });
}

/**
 * Aligned sentences read as one document (an article of several sentences), joined by newlines:
 * the text, its sentences (one per aligned sentence) and the sentences' core tokens moved to their
 * place in the joined text; `offsets[i]` is where sentence i starts. Lets the `entities` stage
 * run on a CoNLL corpus with the document context it has on a real article.
 */
export function alignedDocument(sentences: readonly AlignedSentence[]): { text: string; sentences: Sentence[]; tokens: Token[]; offsets: number[] } {
  let text = '';
  const out: Sentence[] = [];
  const tokens: Token[] = [];
  const offsets: number[] = [];
  sentences.forEach((a, k) => {
    if (k > 0) text += '\n';
    const off = text.length;
    offsets.push(off);
    text += a.text;
    const first = tokens.length;
    for (const t of a.tokens) {
      tokens.push({
        ...t, index: tokens.length, start: t.start + off, end: t.end + off,
        parts: t.parts.map((p) => ({ ...p, start: p.start + off, end: p.end + off })),
      });
    }
    out.push({ index: k, start: off, end: off + a.text.length, tokens: { first, end: tokens.length } });
  });
  return { text, sentences: out, tokens, offsets };
}
