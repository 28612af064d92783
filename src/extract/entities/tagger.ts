import type { Token } from '../../doc/token.js';
import { loadTextTables } from '../../text/index.js';
import { alignSentence, tagsFromSpans } from './align.js';
import { chunks, type ConllSentence } from './conll.js';
import { blocks, documentFeatures } from './document.js';
import { contextFeatures, ownFeatures, tokenSignature, type FeatureResources, type OwnFeatures } from './features.js';
import { loadGazetteer } from './gazetteer.js';
import { loadModel } from './model-file.js';
import { loadNameLists } from './names.js';
import { loadVerbForms } from './verbs.js';
import { loadOrgContext } from './org-context.js';
import { loadConnectors } from './connectors.js';
import { loadLetterNames } from './letter-names.js';
import { allowedTransitions, rowsOf, viterbi, type TaggerModel } from './perceptron.js';

/** The trained sequence tagger: BIO tags (PER/LOC/ORG/MISC) for the core tokens of one sentence. */
export interface NerTagger {
  readonly model: TaggerModel;
  readonly resources: FeatureResources;
  tag(tokens: readonly Token[]): string[];
  /**
   * Tags of every sentence of one document (an article): a first pass per sentence, then a second
   * pass whose features add what the first pass said about the same words elsewhere (document.ts).
   */
  tagDocument(sentences: readonly (readonly Token[])[]): string[][];
  /**
   * The best tag sequence given that a person name starts at token `start` (Viterbi with that tag
   * forced): which following tokens the model continues the name over. Lets the title pattern
   * extend a name over a word the vocabulary also knows («خلوصي أكار»).
   */
  personFrom(tokens: readonly Token[], start: number): string[];
}

/** Distinct tokens whose own features the tagger keeps (a few tens of MB at most). */
const OWN_CACHE_LIMIT = 100_000;

function concatRows(a: Int32Array, b: Int32Array): Int32Array {
  if (b.length === 0) return a;
  const both = new Int32Array(a.length + b.length);
  both.set(a);
  both.set(b, a.length);
  return both;
}

export function defaultResources(): FeatureResources {
  return { gazetteer: loadGazetteer(), vocabulary: loadTextTables().vocabulary, names: loadNameLists(), verbs: loadVerbForms(), orgContext: loadOrgContext(), connectors: loadConnectors(), letters: loadLetterNames() };
}

export function createTagger(model: TaggerModel = loadModel(), base: FeatureResources = defaultResources()): NerTagger {
  const resources: FeatureResources = model.dictionary ? { ...base, tagDictionary: model.dictionary } : base;
  const allowed = allowedTransitions(model.tags);
  const n = model.tags.length;
  // A token's own features and their model rows, per distinct token: news repeats word forms
  // heavily, and hashing feature strings is most of the tagger's time. Cleared when full.
  const cache = new Map<string, { readonly own: OwnFeatures; readonly rows: Int32Array }>();
  const sentenceRows = (tokens: readonly Token[]): Int32Array[] => {
    const owns = tokens.map((t) => {
      const sig = tokenSignature(t);
      let hit = cache.get(sig);
      if (!hit) {
        if (cache.size >= OWN_CACHE_LIMIT) cache.clear();
        const own = ownFeatures(t, resources);
        hit = { own, rows: rowsOf(model.index, own.features) };
        cache.set(sig, hit);
      }
      return hit;
    });
    return contextFeatures(tokens, owns.map((o) => o.own), resources).map((f, i) => concatRows(owns[i]!.rows, rowsOf(model.index, f)));
  };
  return {
    model,
    resources,
    tag: (tokens) => (tokens.length ? viterbi(model.emission, model.transition, allowed, n, sentenceRows(tokens)).map((k) => model.tags[k]!) : []),
    tagDocument: (sentences) => {
      // Feature rows are looked up once; the second pass only adds the document features' rows.
      const rows = sentences.map(sentenceRows);
      const decode = (r: readonly Int32Array[]): string[] => viterbi(model.emission, model.transition, allowed, n, r).map((k) => model.tags[k]!);
      const first = rows.map(decode);
      const doc = documentFeatures(sentences, first);
      return rows.map((r, i) => decode(r.map((row, j) => concatRows(row, rowsOf(model.index, doc[i]![j]!)))));
    },
    personFrom: (tokens, start) => {
      const forced = new Int32Array(tokens.length).fill(-1);
      forced[start] = model.tags.indexOf('B-PER');
      return viterbi(model.emission, model.transition, allowed, n, sentenceRows(tokens), forced).map((k) => model.tags[k]!);
    },
  };
}

/** Entity chunks of core-token tags as character spans (whole tokens; clitic trimming is the stage's job). */
export function tagSpans(tokens: readonly Token[], tags: readonly string[]): { start: number; end: number; type: string }[] {
  return chunks(tags).map((c) => ({ start: tokens[c.first]!.start, end: tokens[c.end - 1]!.end, type: c.type }));
}

/**
 * The tagger's predictions on ANERcorp sentences, as tags on the corpus's own whitespace words.
 * The corpus keeps an article's sentences together but marks no article boundaries: runs of
 * CONLL_DOCUMENT_SENTENCES sentences are tagged as one document.
 */
export function predictWordTags(tagger: NerTagger, sentences: readonly ConllSentence[]): string[][] {
  const aligned = sentences.map((s) => alignSentence(s.words));
  const out: string[][] = [];
  for (const b of blocks(aligned.length)) {
    const doc = aligned.slice(b.first, b.end);
    const tags = tagger.tagDocument(doc.map((a) => a.tokens));
    doc.forEach((a, i) => out.push(tagsFromSpans(a, tagSpans(a.tokens, tags[i]!))));
  }
  return out;
}
