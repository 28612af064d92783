import type { ActorMention, ArticleActor, Label } from '../../doc/annotations.js';
import type { ArticleWith } from '../../doc/article.js';
import type { Token } from '../../doc/token.js';
import { defineStage, type Stage } from '../../pipeline/stage.js';
import { matchKey, phraseKey } from '../../text/normalize.js';
import { Gazetteer } from './gazetteer.js';
import { loadActorKb, type ActorKb } from './kb.js';
import { glossOf, loadLexicons, type Lexicons } from './lexicon.js';
import { bareOrgans, possessiveOrgans } from './bare-organs.js';
import { otherParties } from './parties.js';
import { bareNominals, nisbas, organs, roles } from './nominals.js';
import { possessives } from './possessives.js';
import { labelEnds, names, newContext } from './recognize.js';
import { createResolver } from './resolve.js';
import { bare, formsOf } from './words.js';

export { loadActorKb, roleCovers, type ActorKb, type KbActor, type KbRole } from './kb.js';

export const ACTORS_STAGE = 'actors';

export interface ActorsStageOptions {
  /** Extra folders of actor TSV files (users' own), read after data/actors/. */
  readonly actorsDirs?: readonly string[];
  readonly kb?: ActorKb;
}

/** Normalised text of a label (matchKey, proclitics off the first word, article off every word): what the label matrix counts. */
export function labelKey(text: string): string {
  return phraseKey(text.replace(/[«»"“”()]/gu, ' ')).split(' ').map((w) => bare(w)).join(' ');
}

function keyOfSpan(text: string, start: number, end: number): string {
  return labelKey(text.slice(start, end));
}

interface Loaded {
  readonly kb: ActorKb;
  readonly gaz: Gazetteer;
  readonly lex: Lexicons;
  readonly headWords: ReadonlySet<string>;
  readonly organNames: ReadonlyMap<string, string>;
  readonly organHeads: ReadonlyMap<string, string>;
}

function load(opts: ActorsStageOptions): Loaded {
  const kb = opts.kb ?? loadActorKb(opts.actorsDirs ?? []);
  const lex = loadLexicons();
  const headWords = new Set<string>();
  for (const a of kb.actors.values()) {
    if (a.type !== 'ORG' || a.kind === 'armed_group' || a.kind === 'people' || a.kind === 'media') continue;
    for (const n of a.aliases) {
      const w = phraseKey(n).split(' ');
      if (w.length > 1) headWords.add(bare(w[0]!));
    }
  }
  const organNames = new Map<string, string>();
  for (const o of lex.organs) if (!organNames.has(o.value)) organNames.set(o.value, o.text);
  return { kb, gaz: Gazetteer.fromKb(kb), lex, headWords, organNames, organHeads: lex.organHeads };
}

function latestYear(tokens: readonly Token[]): number | null {
  let y: number | null = null;
  for (const t of tokens) {
    if (t.kind !== 'number') continue;
    const n = Number(matchKey(t.text));
    if (n >= 1990 && n <= 2100) y = Math.max(y ?? 0, n);
  }
  return y;
}

/** The whole analysis of one article (exported for tests and the label matrix). */
export function findActors(loaded: Loaded, article: ArticleWith<'entities' | 'places'>): { actors: ArticleActor[]; mentions: ActorMention[] } {
  const { kb, gaz, lex } = loaded;
  // Heads that may refer back: first words of the KB's organisation names, and of the
  // organisations this article names that the KB does not know («هيئة الرقابة الإدارية» … «الهيئة»).
  const headWords = new Set(loaded.headWords);
  const ctx = newContext({ tokens: article.tokens, text: article.text, entities: article.layers.entities ?? [], places: article.layers.places ?? [] },
    kb, gaz, lex, headWords);
  const ends = labelEnds(ctx);
  names(ctx, ends);
  for (const d of ctx.drafts) {
    if (d.ref.type === 'new' && d.ref.actorType === 'ORG') headWords.add(bare(article.tokens[d.first]!.key));
  }
  roles(ctx);
  organs(ctx);
  nisbas(ctx);
  possessives(ctx);
  bareOrgans(ctx);
  possessiveOrgans(ctx);
  otherParties(ctx);
  bareNominals(ctx);
  const published = article.meta.published ? article.meta.published.slice(0, 10) : null;
  const sentenceOf: number[] = [];
  for (const s of article.sentences) for (let k = s.tokens.first; k < s.tokens.end; k++) sentenceOf[k] = s.index;
  const resolver = createResolver(kb, {
    published, latestYear: latestYear(article.tokens), text: article.text, sentenceOf: (k) => sentenceOf[k] ?? -1,
    organNames: loaded.organNames, organHeads: loaded.organHeads, rankTitles: lex.rankTitles, nameHeads: lex.nameHeads,
  });
  const drafts = [...ctx.drafts].sort((a, b) => a.start - b.start);
  const mentions: ActorMention[] = [];
  const used = new Set<string>();
  const personSentences = new Set<number>();
  for (const d of drafts) {
    const id = resolver.resolve(d);
    if (!id) continue;
    const labels: Label[] = d.labels
      .sort((a, b) => a.start - b.start)
      .map((l) => {
        const key = keyOfSpan(article.text, l.start, l.end);
        return Object.freeze({ kind: 'label', stage: ACTORS_STAGE, span: { start: l.start, end: l.end }, labelKind: l.kind, key, gloss: glossOf(lex, key) });
      });
    const classes = labels.flatMap((l) => lex.epithets.filter((e) => bare(e.words.join(' ')) === l.key || e.words.join(' ') === l.key).map((e) => e.value.cls));
    if (labels.some((l) => l.labelKind === 'group' && lex.groups.some((g) => g.value.loaded && bare(g.words.join(' ')) === l.key))) classes.push('group:loaded');
    // Only named bodies (KB or new) are referred back to by a bare head («الجيش» → the LNA named earlier), not derived organs («الجيش التركي»).
    const headKeys = d.mentionKind === 'name' && (kb.actors.has(id) || id.startsWith('new:org:')) ? formsOf(article.tokens[d.first]!).map((f) => bare(f.key)) : [];
    const sentence = sentenceOf[d.first] ?? -1;
    const type = resolver.actors.get(id)?.type;
    const sent = article.sentences[sentence];
    // A person is the sentence's subject when named early in it, counting from the first of the
    // labels before the name («قال المتحدث باسم الرئاسة التركية إبراهيم قالن»).
    const labelStart = Math.min(d.start, ...d.labels.map((l) => l.start));
    let firstTok = d.first;
    while (firstTok > 0 && article.tokens[firstTok - 1]!.end > labelStart) firstTok--;
    const early = sent !== undefined && firstTok - sent.tokens.first <= 6;
    const subject = type === 'PER' && early && !personSentences.has(sentence);
    if (type === 'PER') personSentences.add(sentence);
    // A mention opening its sentence (a verb, maybe a conjunction, then it) is the sentence's subject.
    const lead = sent !== undefined && firstTok - sent.tokens.first <= 2;
    resolver.note(d, id, labels.map((l) => l.key), classes, headKeys, subject, lead);
    used.add(id);
    mentions.push(Object.freeze({ kind: 'mention', stage: ACTORS_STAGE, span: { start: d.start, end: d.end }, actorId: id, mentionKind: d.mentionKind, labels: Object.freeze(labels) }));
  }
  const final = mentions.map((m) => (resolver.aliasOf(m.actorId) === m.actorId ? m : Object.freeze({ ...m, actorId: resolver.aliasOf(m.actorId) })));
  const finalIds = new Set(final.map((m) => m.actorId));
  const actors = [...resolver.actors.values()].filter((a) => used.has(a.id) && finalIds.has(a.id));
  return { actors, mentions: final };
}

export function loadActorsData(opts: ActorsStageOptions = {}): Loaded {
  return load(opts);
}

/**
 * The `actors` stage: every mention of an actor (names, role phrases, organs, nisba adjectives,
 * possessives, bare heads and epithets) resolved to one actor id per actor, with the labels the
 * outlet attached at each mention.
 */
export function createActorsStage(opts: ActorsStageOptions = {}): Stage<'entities' | 'places', 'actors' | 'mentions'> {
  const loaded = load(opts);
  return defineStage({
    name: ACTORS_STAGE,
    version: 1,
    description: 'Actors and their mentions (KB names, roles with dates, organs, nisba, possessives) with per-mention labels',
    reads: ['entities', 'places'],
    adds: ['actors', 'mentions'],
    run(article) {
      const { actors, mentions } = findActors(loaded, article);
      return { actors: Object.freeze(actors), mentions: Object.freeze(mentions) };
    },
  });
}
