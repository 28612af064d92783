import { alignCorpus, normaliseTag } from './align.js';
import { scoreChunks, type ConllSentence } from './conll.js';
import { sentenceFeatures, type FeatureResources } from './features.js';
import { createTagger, predictWordTags } from './tagger.js';
import type { Token } from '../../doc/token.js';
import { blocks, documentFeatures } from './document.js';
import { allowedTransitions, tagSentence, train, type TaggerModel, type TrainingSentence } from './perceptron.js';
import { buildTagDictionary, type TagDictionary } from './tag-dictionary.js';

/** The tag set, in a fixed order (the model file stores indices into it). */
export const NER_TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;

export interface NerTrainOptions {
  readonly epochs: number;
  readonly seed: number;
  readonly minCount: number;
  /** Perceptrons trained on different shuffles (seed, seed + 1, …) whose weights are averaged. */
  readonly models: number;
  /** Epochs of the fold models that give the training split its honest first-pass tags (0: no document features). */
  readonly firstPassEpochs: number;
  readonly log?: (m: string) => void;
}

export const DEFAULT_TRAIN_OPTIONS: NerTrainOptions = { epochs: 12, seed: 20260101, minCount: 2, models: 3, firstPassEpochs: 8 };

/**
 * Folds of the jackknifed tag dictionary: FOLDS contiguous runs of sentences. Contiguous, because
 * the corpus keeps each article's sentences together: with interleaved folds (i mod FOLDS) a name
 * repeated within one article is in the other folds' dictionary, so in training the dictionary
 * knows names far more often than it will on unseen articles, and the tagger learns to trust it
 * over the context.
 */
const FOLDS = 5;
const foldOf = (i: number, n: number): number => Math.min(FOLDS - 1, Math.floor((i * FOLDS) / n));

/**
 * Features and projected gold tags for every training sentence, and the tag dictionary of the whole
 * split. Each sentence's tag-dictionary features come from the dictionary of the other folds, so
 * in training the feature is as reliable as it will be on unseen text.
 */
export function trainingData(sentences: readonly ConllSentence[], res: FeatureResources): { data: TrainingSentence[]; dictionary: TagDictionary; tokens: Token[][] } {
  const items = alignCorpus(sentences).map(({ aligned, tags }) => ({ tokens: aligned.tokens, tags }));
  const dictionary = buildTagDictionary(items);
  const foldDictionaries = Array.from({ length: FOLDS }, (_, f) => buildTagDictionary(items.filter((_, i) => foldOf(i, items.length) !== f)));
  const data = items.map(({ tokens, tags }, i) => ({
    features: sentenceFeatures(tokens, { ...res, tagDictionary: foldDictionaries[foldOf(i, items.length)]! }),
    tags,
  }));
  return { data, dictionary, tokens: items.map((x) => [...x.tokens]) };
}

/**
 * Adds the document features (document.ts) to the training sentences. They must carry the noise
 * of a first pass on unseen text, so each fold's first-pass tags come from a perceptron trained on
 * the other folds only (cross-validation); documents are runs of CONLL_DOCUMENT_SENTENCES sentences.
 */
export function withDocumentFeatures(data: readonly TrainingSentence[], tokens: readonly (readonly Token[])[],
  opts: { epochs: number; seed: number; minCount: number }): TrainingSentence[] {
  const first: string[][] = new Array(data.length);
  for (let f = 0; f < FOLDS; f++) {
    const model = train(data.filter((_, i) => foldOf(i, data.length) !== f), NER_TAGS, { epochs: opts.epochs, seed: opts.seed + 100 + f, minCount: opts.minCount });
    const allowed = allowedTransitions(model.tags);
    data.forEach((s, i) => {
      if (foldOf(i, data.length) === f) first[i] = s.features.length ? tagSentence(model, allowed, s.features) : [];
    });
  }
  const out: TrainingSentence[] = [];
  for (const b of blocks(data.length)) {
    const doc = documentFeatures(tokens.slice(b.first, b.end), first.slice(b.first, b.end));
    for (let i = b.first; i < b.end; i++) {
      out.push({ features: data[i]!.features.map((g, j) => g.concat(doc[i - b.first]![j]!)), tags: data[i]!.tags });
    }
  }
  return out;
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
 *
 * A perceptron depends on the order it sees the sentences in: two shuffles differ by about a point
 * of F1 on dev. `models` perceptrons are trained on different shuffles and their (averaged) weights
 * averaged again — the same feature table, since it depends on the data only — which removes most
 * of that variance at no cost when tagging.
 */
export function trainNer(trainSet: readonly ConllSentence[], res: FeatureResources, opts: NerTrainOptions,
  dev?: readonly ConllSentence[]): TaggerModel {
  const base = trainingData(trainSet, res);
  const { dictionary } = base;
  const data = opts.firstPassEpochs > 0
    ? withDocumentFeatures(base.data, base.tokens, { epochs: opts.firstPassEpochs, seed: opts.seed, minCount: opts.minCount })
    : base.data;
  opts.log?.(`training data ready (document features: ${opts.firstPassEpochs > 0 ? 'yes' : 'no'})`);
  const members: TaggerModel[] = [];
  for (let m = 0; m < Math.max(1, opts.models); m++) {
    const seed = opts.seed + m;
    members.push(train(data, NER_TAGS, {
      epochs: opts.epochs,
      seed,
      minCount: opts.minCount,
      ...(dev && opts.log
        ? { onEpoch: (e: number, model: TaggerModel) => opts.log!(`seed ${seed} epoch ${e}: dev F1 ${conllF1({ ...model, dictionary }, res, dev).toFixed(4)}`) }
        : {}),
    }));
  }
  return { ...averageModels(members), dictionary };
}

/** The mean of models sharing one tag set and one feature table. */
export function averageModels(models: readonly TaggerModel[]): TaggerModel {
  const first = models[0]!;
  if (models.length === 1) return first;
  const emission = new Float32Array(first.emission.length);
  const transition = new Float32Array(first.transition.length);
  for (const m of models) {
    if (m.index !== first.index && m.index.size !== first.index.size) throw new Error('models with different feature tables');
    for (let i = 0; i < emission.length; i++) emission[i]! += m.emission[i]! / models.length;
    for (let i = 0; i < transition.length; i++) transition[i]! += m.transition[i]! / models.length;
  }
  return { tags: first.tags, index: first.index, emission, transition };
}
