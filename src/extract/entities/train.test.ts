import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../text/index.js';
import { parseConll } from './conll.js';
import { parseModel, serializeModel } from './model-file.js';
import { createTagger, defaultResources } from './tagger.js';
import { trainNer } from './train.js';

const TINY = `قال O
الرئيس O
التركي O
رجب B-PERS
طيب I-PERS
أردوغان I-PERS
في O
أنقرة B-LOC

وصل O
وزير O
الخارجية O
سامح B-PERS
شكري I-PERS
إلى O
القاهرة B-LOC

أعلنت O
وزارة B-ORG
الدفاع I-ORG
الروسية I-ORG
في O
موسكو B-LOC
`;

describe('trainNer', () => {
  const sentences = parseConll('tiny.txt', TINY);
  const res = defaultResources();
  const opts = { epochs: 5, seed: 7, minCount: 1, models: 2, firstPassEpochs: 2 };

  it('is deterministic for a seed', () => {
    const a = serializeModel(trainNer(sentences, res, opts), {}, 0);
    const b = serializeModel(trainNer(sentences, res, opts), {}, 0);
    expect(a).toBe(b);
  });

  it('learns its training sentences and survives the model file round trip', () => {
    const text = serializeModel(trainNer(sentences, res, opts), {}, 0);
    const tagger = createTagger(parseModel('tiny.json', text), res);
    const { tokens } = analyzeText('وصل وزير الخارجية سامح شكري إلى القاهرة');
    expect(tagger.tag(tokens)).toEqual(['O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC']);
  });
});
