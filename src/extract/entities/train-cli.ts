/**
 * `npm run train:ner [-- --train FILE] [--dev FILE] [--epochs N] [--seed N] [--out FILE] [--quiet]`
 * Trains the NER perceptron on the ANERcorp train split (only), reports dev F1 per epoch, and writes
 * the pruned model to data/models/ner-perceptron.json. Deterministic for a given seed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { readConll } from './conll.js';
import { MODEL_FILE, parseModel, saveModel, serializeModel } from './model-file.js';
import { defaultResources } from './tagger.js';
import { conllF1, DEFAULT_TRAIN_OPTIONS, trainNer } from './train.js';

// The training data lives beside the repository, in ../shared (not copied into the repo).
const NER_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', '..', 'shared', 'data', 'ner-anercorp');
const program = new Command('train:ner')
  .description('Train the entities stage tagger (averaged perceptron) on ANERcorp train.txt.')
  .option('--train <file>', 'CoNLL `token TAG` training file', join(NER_DIR, 'train.txt'))
  .option('--dev <file>', 'dev file for per-epoch F1 (never trained on)', join(NER_DIR, 'dev.txt'))
  .option('--epochs <n>', 'training epochs', String(DEFAULT_TRAIN_OPTIONS.epochs))
  .option('--seed <n>', 'shuffle seed', String(DEFAULT_TRAIN_OPTIONS.seed))
  .option('--models <n>', 'perceptrons on different shuffles, weights averaged', String(DEFAULT_TRAIN_OPTIONS.models))
  .option('--first-pass-epochs <n>', 'epochs of the cross-validation models giving first-pass tags for document features (0: none)', String(DEFAULT_TRAIN_OPTIONS.firstPassEpochs))
  .option('--min-count <n>', 'leave out features seen fewer times than this in training', String(DEFAULT_TRAIN_OPTIONS.minCount))
  .option('--min-weight <w>', 'drop weights smaller than this in the saved model', '0.01')
  .option('--out <file>', 'model file to write', MODEL_FILE)
  .option('--quiet', 'no per-epoch dev scores (faster)')
  .parse();
const o = program.opts<{ train: string; dev: string; epochs: string; seed: string; models: string; firstPassEpochs: string; minCount: string; minWeight: string; out: string; quiet?: boolean }>();

const log = (m: string): void => {
  process.stderr.write(m + '\n');
};
const started = Date.now();
const res = defaultResources();
const trainSet = readConll(o.train);
const devSet = readConll(o.dev);
log(`train: ${trainSet.length} sentences from ${o.train}`);
const opts = { ...DEFAULT_TRAIN_OPTIONS, epochs: Number(o.epochs), seed: Number(o.seed), minCount: Number(o.minCount), models: Number(o.models), firstPassEpochs: Number(o.firstPassEpochs), log };
const model = trainNer(trainSet, res, opts, o.quiet ? undefined : devSet);
const sha = createHash('sha256').update(readFileSync(o.train)).digest('hex').slice(0, 16);
const text = serializeModel(model, {
  train_file: basename(o.train), train_sha256_16: sha, sentences: trainSet.length,
  epochs: opts.epochs, seed: opts.seed, models: opts.models, first_pass_epochs: opts.firstPassEpochs, min_count: opts.minCount, min_weight: Number(o.minWeight),
}, Number(o.minWeight));
saveModel(o.out, text);
const saved = parseModel(o.out, text);
log(`wrote ${o.out}: ${saved.index.size} features, ${(text.length / 1048576).toFixed(2)} MB (chars); `
  + `dev F1 of the saved model ${conllF1(saved, res, devSet).toFixed(4)}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
