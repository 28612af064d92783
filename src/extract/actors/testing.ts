import type { ActorMention, EntityMention, PlaceMention } from '../../doc/annotations.js';
import { makeArticle, withLayers, type ArticleWith } from '../../doc/article.js';
import { analyzeText } from '../../text/index.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createActorsStage } from './index.js';
import { loadActorKb } from './kb.js';

/**
 * Test helper: runs the actors stage on a text with hand-built PER and ORG entities and city place
 * mentions (given by their surface), and finds mentions by their exact surface.
 */
let stage: ReturnType<typeof createActorsStage> | undefined;

export function runActors(text: string, opts: { published?: string; persons?: string[]; orgs?: string[]; places?: string[] } = {}) {
  stage ??= createActorsStage();
  const { sentences, tokens } = analyzeText(text);
  // A surface listed twice is tagged at its first two occurrences.
  const from = new Map<string, number>();
  const entity = (type: 'PER' | 'ORG') => (p: string): EntityMention => {
    const start = text.indexOf(p, from.get(p) ?? 0);
    from.set(p, start + p.length);
    return { kind: 'entity', stage: 'entities', type, source: 'tagger', span: { start, end: start + p.length } };
  };
  const entities = [...(opts.persons ?? []).map(entity('PER')), ...(opts.orgs ?? []).map(entity('ORG'))];
  const places: PlaceMention[] = (opts.places ?? []).map((p) => {
    const start = text.indexOf(p);
    return { kind: 'place', stage: 'places', span: { start, end: start + p.length }, placeId: `test:${p}`, nameAr: p, nameEn: p,
      feature: 'city', country: null, geonamesId: null, lat: null, lon: null };
  });
  const article = withLayers(makeArticle('t', text, { published: opts.published ?? null }, sentences, tokens), { entities, places });
  const out = stage.run(article as ArticleWith<'entities' | 'places'>, { log: () => {} });
  /** The mention whose span is exactly `surface`, searched from offset `from` (the first occurrence after it). */
  const at = (surface: string, from = 0): ActorMention | undefined => {
    const start = text.indexOf(surface, from);
    return out.mentions.find((m) => m.span.start === start && m.span.end === start + surface.length);
  };
  const slice = (m: { span: { start: number; end: number } }): string => text.slice(m.span.start, m.span.end);
  const parentOf = (id: string): string | null | undefined => out.actors.find((a) => a.id === id)?.parent;
  return { ...out, at, slice, parentOf, text };
}

/**
 * Test helper: writes one user KB file (`name`, the given lines) in a fresh folder, loads the KB
 * with that folder added, and returns the file's path and what loading threw (undefined if nothing).
 */
export function loadUserKbFile(name: string, lines: readonly string[]): { file: string; err: unknown } {
  const file = join(mkdtempSync(join(tmpdir(), 'marsad-kb-')), name);
  writeFileSync(file, lines.join('\n'));
  try {
    loadActorKb([join(file, '..')]);
    return { file, err: undefined };
  } catch (err) {
    return { file, err };
  }
}
