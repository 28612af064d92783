import type { EntityMention, EntityType } from '../../doc/annotations.js';
import type { Token } from '../../doc/token.js';
import { defineStage, type Stage } from '../../pipeline/stage.js';
import { chunks } from './conll.js';
import { countryMarks, type Gazetteer } from './gazetteer.js';
import { vocabularyClass } from './known.js';
import { findPatterns } from './patterns.js';
import { entitySpan, procliticIsNameLetter } from './spans.js';
import { completeNames, unifyTypes } from './stage-consistency.js';
import { trimPersonFronts } from './stage-edges.js';
import { fillPersonLists } from './stage-lists.js';
import { loadPlacePrepositions, placesAfterPrepositions } from './stage-places.js';
import { propagateSurnames } from './stage-surnames.js';
import { loadWorkHeads, quotedTitles } from './stage-titles.js';
import { documentNameKeys, loadNameParticles, loadNotNames, loadTypeHeads, miscComplements, REPAIRS, repairTags, type Repair, type RepairResources } from './stage-repair.js';
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

/**
 * Entities of one sentence: the tagger's chunks, then pattern matches wherever the tagger found
 * nothing. `tags` are the sentence's tags from a document pass (`tagDocument`); without them the
 * sentence is tagged alone.
 */
export function sentenceEntities(tagger: NerTagger, tokens: readonly Token[], usePatterns = true,
  tags: readonly string[] = tagger.tag(tokens)): Proposal[] {
  const g: Gazetteer = tagger.resources.gazetteer;
  const marks = countryMarks(g, tokens);
  const out: Proposal[] = chunks(tags).map((c) => ({
    type: refineType(c.type, c.first, c.end, marks), first: c.first, end: c.end, source: 'tagger' as const,
  }));
  if (usePatterns) {
    const taken = new Uint8Array(tokens.length);
    for (const p of out) taken.fill(1, p.first, p.end);
    const runs = new Map<number, string[]>();
    const person = (start: number, i: number): boolean => {
      let tags = runs.get(start);
      if (!tags) runs.set(start, (tags = tagger.personFrom(tokens, start)));
      return tags[i] === 'I-PER';
    };
    for (const m of findPatterns(tokens, tagger.resources, person)) {
      if (taken.subarray(m.first, m.end).some((x) => x === 1)) continue;
      out.push({ type: m.type, first: m.first, end: m.end, source: 'pattern' });
      taken.fill(1, m.first, m.end);
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

/**
 * One name, one type per article, for the tagger's own one-word guesses too: a word the article
 * writes as the surname of a full person name («خليفة حفتر») is that person wherever the tagger,
 * from a thinner context, typed it alone as something else («زيارة حفتر» read as a place).
 * Only surnames of two-word-or-longer PER entities count, and not ordinary vocabulary words.
 */
function unifyPersonNames(tokens: readonly Token[], found: { first: number; end: number; p: Proposal }[],
  vocabulary: ReadonlySet<string>): void {
  const surnames = new Set<string>();
  for (const f of found) {
    const last = tokens[f.end - 1]!;
    if (f.p.type === 'PER' && f.end - f.first >= 2 && last.kind === 'word' && last.key.length >= 3
      && vocabularyClass(last, vocabulary) !== 'known') surnames.add(last.key);
  }
  found.forEach((f, k) => {
    if (f.p.type !== 'PER' && f.end - f.first === 1 && surnames.has(tokens[f.first]!.key)) found[k] = { ...f, p: { ...f.p, type: 'PER' } };
  });
}

/**
 * The `entities` stage: named entities (PER, ORG, LOC/GPE, MISC) over the text core's tokens.
 * The tagger reads the article (tagDocument); its tags are repaired sentence by sentence
 * (stage-repair.ts), a common noun in front of a person the article names alone is cut off
 * (stage-edges.ts), untagged members of person lists joined by «و» are filled (stage-lists.ts),
 * each name gets one type and its full extent across the article
 * (stage-consistency.ts), a listed place after a preposition of place is the place (stage-places.ts),
 * a quoted title after a work noun is MISC (stage-titles.ts), patterns fill what the tagger left, and surnames spread
 * (stage-surnames.ts). Spans exclude proclitics other than «ال» and a trailing pronoun enclitic.
 * The tagger model and data tables are loaded once, when the stage is created. `options` turn
 * parts off, for measuring each one's share (all on by default).
 */
export function createEntitiesStage(tagger: NerTagger = createTagger(),
  options: { readonly repairs?: readonly Repair[]; readonly patterns?: boolean; readonly consistency?: boolean; readonly lists?: boolean; readonly places?: boolean; readonly edges?: boolean; readonly titles?: boolean } = {}): Stage<never, 'entities'> {
  const repairs = options.repairs ?? REPAIRS;
  const usePatterns = options.patterns ?? true;
  const consistency = options.consistency ?? true;
  const lists = options.lists ?? true;
  const places = options.places ?? true;
  const edges = options.edges ?? true;
  const titles = options.titles ?? true;
  const workHeads = loadWorkHeads();
  const prepositions = loadPlacePrepositions();
  const { vocabulary, names, verbs } = tagger.resources;
  const repair: RepairResources = { vocabulary, names, ...(verbs ? { verbs } : {}), particles: loadNameParticles(), typeHeads: loadTypeHeads(), notNames: loadNotNames() };
  const fronts = { particles: repair.particles, firstNames: names.firstNames, ...(tagger.resources.tagDictionary ? { tagDictionary: tagger.resources.tagDictionary } : {}) };
  return defineStage({
    name: ENTITIES_STAGE,
    version: 2,
    description: 'Named entities (PER/ORG/LOC/GPE/MISC): averaged-perceptron tagger trained on ANERcorp, span repairs after decoding, one name one type per article, plus title and organisation-head patterns',
    reads: [],
    adds: ['entities'],
    run(article) {
      const found: { first: number; end: number; p: Proposal }[] = [];
      const sentences = article.sentences.map((s) => article.tokens.slice(s.tokens.first, s.tokens.end));
      const decoded = tagger.tagDocument(sentences);
      const nameKeys = documentNameKeys(sentences, decoded);
      // Tokens (article indices) whose first letter is a proclitic the text core left on the word
      // (a conjunction «و» between names, or a preposition on a propagated surname).
      const waw = new Set<number>();
      const repaired = decoded.map((t, k) => {
        const local = new Set<number>();
        const repairedTags = repairTags(sentences[k]!, t, repair, repairs, nameKeys, local);
        const out = lists ? fillPersonLists(sentences[k]!, repairedTags, local) : repairedTags;
        for (const i of local) waw.add(article.sentences[k]!.tokens.first + i);
        return out;
      });
      const trimmed = edges ? trimPersonFronts(sentences, repaired, fronts) : repaired;
      const unified = consistency ? completeNames(sentences, unifyTypes(sentences, trimmed)) : trimmed;
      // After the article's majority type: a club's city after «في» is the city all the same.
      const placed = places ? unified.map((t, k) => placesAfterPrepositions(sentences[k]!, t, names.places, prepositions)) : unified;
      const titled = titles ? placed.map((t, k) => quotedTitles(sentences[k]!, t, workHeads)) : placed;
      const tags = repairs.length > 0 ? titled.map((t, k) => miscComplements(sentences[k]!, t)) : titled;
      for (const [k, s] of article.sentences.entries()) {
        for (const p of sentenceEntities(tagger, sentences[k]!, usePatterns, tags[k])) {
          found.push({ first: s.tokens.first + p.first, end: s.tokens.first + p.end, p });
        }
      }
      unifyPersonNames(article.tokens, found, tagger.resources.vocabulary);
      for (const { index, clitic } of propagateSurnames(article.tokens, found.map((f) => ({ first: f.first, end: f.end, type: f.p.type })), vocabulary,
        (t) => procliticIsNameLetter(t, names, vocabulary, nameKeys))) {
        found.push({ first: index, end: index + 1, p: { type: 'PER', first: index, end: index + 1, source: 'pattern' } });
        if (clitic) waw.add(index);
      }
      found.sort((a, b) => a.first - b.first);
      const entities: EntityMention[] = [];
      for (const { first, end, p } of found) {
        const whole = p.type === 'PER' && procliticIsNameLetter(article.tokens[first]!, names, vocabulary, nameKeys);
        const span = entitySpan(article.tokens, first, end, waw.has(first), whole);
        if (span.end <= span.start) continue;
        entities.push(Object.freeze({ kind: 'entity', type: p.type, source: p.source, span, stage: ENTITIES_STAGE }));
      }
      return { entities };
    },
  });
}
