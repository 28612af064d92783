import type { Token } from '../../doc/token.js';
import { loadTextTables } from '../../text/index.js';
import { alignSentence, tagsFromSpans } from './align.js';
import { chunks, type ConllSentence } from './conll.js';
import { sentenceFeatures, type FeatureResources } from './features.js';
import { loadGazetteer } from './gazetteer.js';
import { loadModel } from './model-file.js';
import { allowedTransitions, tagSentence, type TaggerModel } from './perceptron.js';

/** The trained sequence tagger: BIO tags (PER/LOC/ORG/MISC) for the core tokens of one sentence. */
export interface NerTagger {
  readonly model: TaggerModel;
  readonly resources: FeatureResources;
  tag(tokens: readonly Token[]): string[];
}

export function defaultResources(): FeatureResources {
  return { gazetteer: loadGazetteer(), vocabulary: loadTextTables().vocabulary };
}

export function createTagger(model: TaggerModel = loadModel(), resources: FeatureResources = defaultResources()): NerTagger {
  const allowed = allowedTransitions(model.tags);
  return {
    model,
    resources,
    tag: (tokens) => (tokens.length ? tagSentence(model, allowed, sentenceFeatures(tokens, resources)) : []),
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
