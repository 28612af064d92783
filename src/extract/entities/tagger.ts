import type { Token } from '../../doc/token.js';
import { loadTextTables } from '../../text/index.js';
import { alignSentence, tagsFromSpans } from './align.js';
import { chunks, type ConllSentence } from './conll.js';
import { sentenceFeatures, type FeatureResources } from './features.js';
import { loadGazetteer } from './gazetteer.js';
import { loadModel } from './model-file.js';
import { loadNameLists } from './names.js';
import { loadVerbForms } from './verbs.js';
import { allowedTransitions, rowsOf, tagSentence, viterbi, type TaggerModel } from './perceptron.js';

/** The trained sequence tagger: BIO tags (PER/LOC/ORG/MISC) for the core tokens of one sentence. */
export interface NerTagger {
  readonly model: TaggerModel;
  readonly resources: FeatureResources;
  tag(tokens: readonly Token[]): string[];
  /**
   * The best tag sequence given that a person name starts at token `start` (Viterbi with that tag
   * forced): which following tokens the model continues the name over. Lets the title pattern
   * extend a name over a word the vocabulary also knows («خلوصي أكار»).
   */
  personFrom(tokens: readonly Token[], start: number): string[];
}

export function defaultResources(): FeatureResources {
  return { gazetteer: loadGazetteer(), vocabulary: loadTextTables().vocabulary, names: loadNameLists(), verbs: loadVerbForms() };
}

export function createTagger(model: TaggerModel = loadModel(), base: FeatureResources = defaultResources()): NerTagger {
  const resources: FeatureResources = model.dictionary ? { ...base, tagDictionary: model.dictionary } : base;
  const allowed = allowedTransitions(model.tags);
  return {
    model,
    resources,
    tag: (tokens) => (tokens.length ? tagSentence(model, allowed, sentenceFeatures(tokens, resources)) : []),
    personFrom: (tokens, start) => {
      const forced = new Int32Array(tokens.length).fill(-1);
      forced[start] = model.tags.indexOf('B-PER');
      const rows = sentenceFeatures(tokens, resources).map((f) => rowsOf(model.index, f));
      return viterbi(model.emission, model.transition, allowed, model.tags.length, rows, forced).map((k) => model.tags[k]!);
    },
  };
}

/** Entity chunks of core-token tags as character spans (whole tokens; clitic trimming is the stage's job). */
export function tagSpans(tokens: readonly Token[], tags: readonly string[]): { start: number; end: number; type: string }[] {
  return chunks(tags).map((c) => ({ start: tokens[c.first]!.start, end: tokens[c.end - 1]!.end, type: c.type }));
}

/** The tagger's predictions on ANERcorp sentences, as tags on the corpus's own whitespace words. */
export function predictWordTags(tagger: NerTagger, sentences: readonly ConllSentence[]): string[][] {
  return sentences.map((s) => {
    const a = alignSentence(s.words);
    return tagsFromSpans(a, tagSpans(a.tokens, tagger.tag(a.tokens)));
  });
}
