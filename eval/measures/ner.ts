import { makeArticle } from '../../src/doc/article.js';
import { alignSentence, normaliseTag, tagsFromSpans } from '../../src/extract/entities/align.js';
import { readConll, scoreChunks, type ConllCounts } from '../../src/extract/entities/conll.js';
import { createEntitiesStage } from '../../src/extract/entities/index.js';
import { createTagger, predictWordTags } from '../../src/extract/entities/tagger.js';
import { analyzeText } from '../../src/text/index.js';
import { prf } from '../score.js';
import type { Measure } from '../types.js';

const TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;

/**
 * NER on the --ner file (ANERcorp dev by default), entity level by CoNLL rules: an entity counts
 * when its type and its first and last whitespace word both match. The `entities` stage runs on
 * each sentence as a one-sentence article (tagger + patterns); each span tags the corpus words it
 * touches, so a span that leaves out a proclitic still covers its word. GPE is scored as LOC
 * (ANERcorp has no GPE). `ner.dev_f1_tagger` scores the tagger alone, without the patterns.
 */
export const nerMeasure: Measure = {
  name: 'ner',
  description: 'Entity-level F1 (CoNLL rules) of the entities stage on the ANERcorp dev split',
  run(ctx) {
    const sentences = readConll(ctx.nerFile);
    const tagger = createTagger();
    const stage = createEntitiesStage(tagger);
    const gold = sentences.map((s) => s.tags.map(normaliseTag));
    const system = sentences.map((s, i) => {
      const a = alignSentence(s.words);
      const { sentences: sents, tokens } = analyzeText(a.text);
      const article = makeArticle(`ner-${i}`, a.text, {}, sents, tokens);
      const { entities } = stage.run(article, { log: () => {} });
      return tagsFromSpans(a, entities.map((e) => ({ ...e.span, type: e.type === 'GPE' ? 'LOC' : e.type })));
    });
    const { all, byType } = scoreChunks(gold, system);
    const r = prf(all);
    const out: Record<string, number> = { 'ner.dev_f1': r.f1, 'ner.dev_precision': r.precision, 'ner.dev_recall': r.recall };
    for (const t of TYPES) out[`ner.dev_f1_${t}`] = prf(byType.get(t) ?? ({ tp: 0, fp: 0, fn: 0 } as ConllCounts)).f1;
    out['ner.dev_f1_tagger'] = prf(scoreChunks(gold, predictWordTags(tagger, sentences)).all).f1;
    return out;
  },
};
