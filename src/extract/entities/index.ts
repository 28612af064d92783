import type { EntityMention, EntityType } from '../../doc/annotations.js';
import type { Token } from '../../doc/token.js';
import { defineStage, type Stage } from '../../pipeline/stage.js';
import { chunks } from './conll.js';
import { countryMarks, type Gazetteer } from './gazetteer.js';
import { findPatterns } from './patterns.js';
import { entitySpan } from './spans.js';
import { createTagger, type NerTagger } from './tagger.js';

export const ENTITIES_STAGE = 'entities';

interface Proposal {
  readonly type: EntityType;
  readonly first: number;
  readonly end: number;
  readonly source: EntityMention['source'];
}

/** A LOC the gazetteer knows as a country is a GPE (a state that can act), other LOCs stay LOC. */
function refineType(type: string, first: number, end: number, marks: readonly ('B' | 'I' | null)[]): EntityType {
  if (type === 'LOC') {
    for (let i = first; i < end; i++) if (marks[i] === 'B') return 'GPE';
    return 'LOC';
  }
  return type === 'PER' || type === 'ORG' || type === 'MISC' ? type : 'MISC';
}

/** Entities of one sentence: the tagger's chunks, then pattern matches wherever the tagger found nothing. */
export function sentenceEntities(tagger: NerTagger, tokens: readonly Token[], usePatterns = true): Proposal[] {
  const g: Gazetteer = tagger.resources.gazetteer;
  const marks = countryMarks(g, tokens);
  const out: Proposal[] = chunks(tagger.tag(tokens)).map((c) => ({
    type: refineType(c.type, c.first, c.end, marks), first: c.first, end: c.end, source: 'tagger' as const,
  }));
  if (usePatterns) {
    const taken = new Uint8Array(tokens.length);
    for (const p of out) taken.fill(1, p.first, p.end);
    for (const m of findPatterns(tokens, tagger.resources)) {
      if (taken.subarray(m.first, m.end).some((x) => x === 1)) continue;
      out.push({ type: m.type, first: m.first, end: m.end, source: 'pattern' });
      taken.fill(1, m.first, m.end);
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

/**
 * The `entities` stage: named entities (PER, ORG, LOC/GPE, MISC) over the text core's tokens, one
 * sentence at a time. Spans exclude proclitics other than «ال» and a trailing pronoun enclitic.
 * The tagger model is loaded once, when the stage is created.
 */
export function createEntitiesStage(tagger: NerTagger = createTagger()): Stage<never, 'entities'> {
  return defineStage({
    name: ENTITIES_STAGE,
    version: 1,
    description: 'Named entities (PER/ORG/LOC/GPE/MISC): averaged-perceptron tagger trained on ANERcorp, plus title and organisation-head patterns',
    reads: [],
    adds: ['entities'],
    run(article) {
      const entities: EntityMention[] = [];
      for (const s of article.sentences) {
        const tokens = article.tokens.slice(s.tokens.first, s.tokens.end);
        for (const p of sentenceEntities(tagger, tokens)) {
          const span = entitySpan(tokens, p.first, p.end);
          if (span.end <= span.start) continue;
          entities.push(Object.freeze({ kind: 'entity', type: p.type, source: p.source, span, stage: ENTITIES_STAGE }));
        }
      }
      return { entities };
    },
  });
}
