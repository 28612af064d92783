import type { PlaceMention } from '../../doc/annotations.js';
import type { ArticleWith } from '../../doc/article.js';
import type { Token } from '../../doc/token.js';
import { defineStage, type Stage } from '../../pipeline/stage.js';
import { loadPlaceCues, type PlaceCues } from './cues.js';
import { defaultGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.js';
import { findPlaceCandidates, type PlaceCandidate } from './match.js';
import { articleGeo, capitalOf, resolvePlace, type ArticleGeo } from './resolve.js';
import { cuesBefore, decideUse, tokenCues, type PlaceUse } from './use.js';

export { loadGazetteer, defaultGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.js';

function mention(start: number, end: number, e: GazetteerEntry): PlaceMention {
  return Object.freeze({
    kind: 'place', stage: 'places', span: { start, end }, placeId: e.id, nameAr: e.nameAr, nameEn: e.nameEn,
    feature: e.feature, country: e.country, geonamesId: e.geonamesId, lat: e.lat, lon: e.lon,
  });
}

/** Span start of a token without its proclitics, keeping the article ال (README convention). */
function startWithoutProclitics(t: Token): number {
  const art = t.parts.find((p) => p.role === 'proclitic' && p.form === 'ال');
  if (art) return art.start;
  return (t.parts.find((p) => p.role === 'stem') ?? t).start;
}

/**
 * Nominal references to a place: «البلاد», «هذا البلد» (the country the article is about) and
 * «العاصمة» alone (its capital), counted only after a location cue and when no name or adjective
 * follows («العاصمة الليبية طرابلس» is not one: the name follows).
 */
function anaphors(article: ArticleWith<never>, cues: PlaceCues, gaz: Gazetteer, geo: ArticleGeo,
  taken: ReadonlySet<number>): PlaceMention[] {
  const out: PlaceMention[] = [];
  const country = geo.dominant ? gaz.byId.get(`country:${geo.dominant}`) ?? null : null;
  if (!country) return out;
  const tokens = article.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || taken.has(i)) continue;
    let kinds = tokenCues(cues, t);
    let first = i;
    let last = i + 1;
    const two = tokens[i + 1]?.kind === 'word' ? cues.byKey.get(`${t.norm} ${tokens[i + 1]!.norm}`) : undefined;
    if (two?.has('anaphor-country')) [kinds, last] = [two, i + 2];
    const isCountry = kinds.has('anaphor-country');
    const isCapital = kinds.has('anaphor-capital');
    if (!isCountry && !isCapital) continue;
    const hasPrep = t.parts.some((p) => p.role === 'proclitic' && (p.form === 'ب'));
    if (!hasPrep && !cuesBefore(cues, tokens, first).has('location')) continue;
    const next = tokens[last];
    if (next?.kind === 'word' && (taken.has(last) || (next.norm.startsWith('ال') && /(يه|ين|يون)$/u.test(next.norm)))) continue;
    if (next?.kind === 'word' && isCapital && next.norm.startsWith('ال')) continue;
    const target = isCountry ? country : capitalOf(gaz, geo.dominant);
    if (!target) continue;
    out.push(mention(startWithoutProclitics(tokens[first]!), tokens[last - 1]!.end, target));
    i = last - 1;
  }
  return out;
}

/**
 * Locations the gazetteer does not know (villages, areas, bases below GeoNames' 15,000 threshold):
 * LOC entities from the NER stage, taken only after a location cue («منطقة جارف», «في بلدة …»).
 * They get a `new:` id, the article's country and no coordinates — found, not resolved.
 */
function fromEntities(article: ArticleWith<'entities'>, cues: PlaceCues, geo: ArticleGeo, taken: ReadonlySet<number>): PlaceMention[] {
  const out: PlaceMention[] = [];
  const tokens = article.tokens;
  for (const e of article.layers.entities) {
    if (e.type !== 'LOC') continue;
    const first = tokens.findIndex((t) => t.end > e.span.start);
    if (first < 0 || taken.has(first)) continue;
    const before = cuesBefore(cues, tokens, first);
    if (!before.has('location')) continue;
    const head = tokenCues(cues, tokens[first - 1]);
    const text = article.text.slice(e.span.start, e.span.end);
    out.push(Object.freeze({
      kind: 'place', stage: 'places', span: e.span, placeId: `new:${text}`, nameAr: text, nameEn: text,
      feature: head.has('district-head') ? 'district' : head.has('city-head') ? 'city' : 'site',
      country: geo.dominant, geonamesId: null, lat: null, lon: null,
    }));
  }
  return out;
}

export interface PlacesStageOptions {
  readonly gazetteer?: Gazetteer;
  readonly cues?: PlaceCues;
}

/** Finds location uses of place names and resolves each to a gazetteer entry. */
export function createPlacesStage(options: PlacesStageOptions = {}): Stage<'entities', 'places'> {
  const gaz = options.gazetteer ?? defaultGazetteer();
  const cues = options.cues ?? loadPlaceCues();
  return defineStage({
    name: 'places',
    version: 1,
    description: 'Place mentions (location uses) resolved to the GeoNames-based gazetteer, with coordinates, country and feature',
    reads: ['entities'],
    adds: ['places'],
    run(article) {
      const tokens = article.tokens;
      const candidates = findPlaceCandidates(article.text, tokens, gaz);
      const geo = articleGeo(candidates.filter((c) => !tokenCues(cues, tokens[c.first]).has('not-place')));
      const sentenceStart = new Int32Array(tokens.length);
      for (const s of article.sentences) for (let k = s.tokens.first; k < s.tokens.end; k++) sentenceStart[k] = s.tokens.first;
      const places: PlaceMention[] = [];
      const taken = new Set<number>();
      let previous: { candidate: PlaceCandidate; use: PlaceUse } | null = null;
      for (const c of candidates) {
        const use = decideUse(c, tokens, cues, previous, sentenceStart[c.first] ?? 0);
        previous = { candidate: c, use };
        for (let k = c.first; k < c.last; k++) taken.add(k);
        if (use !== 'location') continue;
        const cityCue = tokenCues(cues, tokens[c.first - 1]).has('city-head');
        const e = resolvePlace(c.entries, geo, cityCue);
        if (e) places.push(mention(c.start, c.end, e));
      }
      places.push(...anaphors(article as ArticleWith<never>, cues, gaz, geo, taken));
      places.push(...fromEntities(article, cues, geo, taken));
      places.sort((a, b) => a.span.start - b.span.start);
      return { places };
    },
  });
}
