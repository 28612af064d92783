import { alignCorpus, normaliseTag } from './align.js';
import { scoreChunks, type ConllSentence } from './conll.js';
import { sentenceFeatures, type FeatureResources } from './features.js';
import { createTagger, predictWordTags } from './tagger.js';
import { train, type TaggerModel, type TrainingSentence } from './perceptron.js';

/** The tag set, in a fixed order (the model file stores indices into it). */
export const NER_TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;

export interface NerTrainOptions {
  readonly epochs: number;
  readonly seed: number;
  readonly minCount: number;
  readonly log?: (m: string) => void;
}

export const DEFAULT_TRAIN_OPTIONS: NerTrainOptions = { epochs: 15, seed: 20260101, minCount: 1 };

/** Features and projected gold tags for every training sentence. */
export function trainingData(sentences: readonly ConllSentence[], res: FeatureResources): TrainingSentence[] {
  return alignCorpus(sentences).map(({ aligned, tags }) => ({ features: sentenceFeatures(aligned.tokens, res), tags }));
}

/** Entity-level F1 (CoNLL rules) of a model on ANERcorp sentences, on their whitespace words. */
export function conllF1(model: TaggerModel, res: FeatureResources, sentences: readonly ConllSentence[]): number {
  const tagger = createTagger(model, res);
  const { all } = scoreChunks(sentences.map((s) => s.tags.map(normaliseTag)), predictWordTags(tagger, sentences));
  const p = all.tp / Math.max(1, all.tp + all.fp);
  const r = all.tp / Math.max(1, all.tp + all.fn);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/**
 * Trains the tagger on `trainSet` only. When a dev set is given, its F1 is logged after each epoch
 * (for choosing the number of epochs by hand); it never feeds the weights.
 */
export function trainNer(trainSet: readonly ConllSentence[], res: FeatureResources, opts: NerTrainOptions,
  dev?: readonly ConllSentence[]): TaggerModel {
  const data = trainingData(trainSet, res);
  return train(data, NER_TAGS, {
    epochs: opts.epochs,
    seed: opts.seed,
    minCount: opts.minCount,
    ...(dev && opts.log
      ? { onEpoch: (e: number, m: TaggerModel) => opts.log!(`epoch ${e}: dev F1 ${conllF1(m, res, dev).toFixed(4)}`) }
      : {}),
  });
}
