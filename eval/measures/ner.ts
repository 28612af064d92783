import { makeArticle } from '../../src/doc/article.js';
import { alignedDocument, alignSentence, normaliseTag, tagsFromSpans } from '../../src/extract/entities/align.js';
import { blocks } from '../../src/extract/entities/document.js';
import { readConll, scoreChunks, type ConllCounts } from '../../src/extract/entities/conll.js';
import { createEntitiesStage } from '../../src/extract/entities/index.js';
import { createTagger, predictWordTags } from '../../src/extract/entities/tagger.js';
import { prf } from '../score.js';
import type { Measure } from '../types.js';

const TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;

/**
 * NER on the --ner file (ANERcorp dev by default), entity level by CoNLL rules: an entity counts
 * when its type and its first and last whitespace word both match. The `entities` stage runs on
 * runs of consecutive sentences read as one article (the corpus keeps an article's sentences
 * together but marks no boundaries; document.ts), as on a real article; each span tags the corpus words it
 * touches, so a span that leaves out a proclitic still covers its word. GPE is scored as LOC
 * (ANERcorp has no GPE). `ner.dev_f1_sentence` scores the stage on each sentence alone (no
 * document context); `ner.dev_f1_tagger` scores the tagger alone, without the patterns.
 */
export const nerMeasure: Measure = {
  name: 'ner',
  description: 'Entity-level F1 (CoNLL rules) of the entities stage on the ANERcorp dev split',
  run(ctx) {
    const sentences = readConll(ctx.nerFile);
    const tagger = createTagger();
    const stage = createEntitiesStage(tagger);
    const gold = sentences.map((s) => s.tags.map(normaliseTag));
    const aligned = sentences.map((s) => alignSentence(s.words));
    const system: string[][] = [];
    const tagBlock = (b: { first: number; end: number }, into: string[][]): void => {
      const part = aligned.slice(b.first, b.end);
      const doc = alignedDocument(part);
      const { entities } = stage.run(makeArticle(`ner-${b.first}`, doc.text, {}, doc.sentences, doc.tokens), { log: () => {} });
      part.forEach((a, k) => {
        const off = doc.offsets[k]!;
        const spans = entities.filter((e) => e.span.start >= off && e.span.end <= off + a.text.length)
          .map((e) => ({ start: e.span.start - off, end: e.span.end - off, type: e.type === 'GPE' ? 'LOC' : e.type }));
        into.push(tagsFromSpans(a, spans));
      });
    };
    for (const b of blocks(aligned.length)) tagBlock(b, system);
    // The same stage with every sentence read as an article of its own (no document context):
    // what a corpus of unrelated single sentences would score.
    const alone: string[][] = [];
    for (let i = 0; i < aligned.length; i++) tagBlock({ first: i, end: i + 1 }, alone);
    const { all, byType } = scoreChunks(gold, system);
    const r = prf(all);
    const out: Record<string, number> = { 'ner.dev_f1': r.f1, 'ner.dev_precision': r.precision, 'ner.dev_recall': r.recall };
    for (const t of TYPES) out[`ner.dev_f1_${t}`] = prf(byType.get(t) ?? ({ tp: 0, fp: 0, fn: 0 } as ConllCounts)).f1;
    out['ner.dev_f1_sentence'] = prf(scoreChunks(gold, alone).all).f1;
    out['ner.dev_f1_tagger'] = prf(scoreChunks(gold, predictWordTags(tagger, sentences)).all).f1;
    return out;
  },
};
