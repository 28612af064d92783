import type { Gazetteer, GazetteerEntry } from './gazetteer.js';

/**
 * What the article says about countries, gathered before resolving each name: how often each
 * country is named or implied by an unambiguous place («ليبيا», «مصراتة» → LY).
 */
export interface ArticleGeo {
  readonly countryWeight: ReadonlyMap<string, number>;
  /** The most-weighted country, or null. */
  readonly dominant: string | null;
}

export function articleGeo(candidates: readonly { readonly entries: readonly GazetteerEntry[] }[]): ArticleGeo {
  const w = new Map<string, number>();
  for (const c of candidates) {
    const countries = new Set(c.entries.map((e) => e.country));
    if (countries.size !== 1) continue; // ambiguous names do not vote
    const cc = [...countries][0];
    if (cc) w.set(cc, (w.get(cc) ?? 0) + 1);
  }
  let dominant: string | null = null;
  let best = 0;
  for (const [cc, n] of w) if (n > best) [dominant, best] = [cc, n];
  return { countryWeight: w, dominant };
}

/**
 * Picks the place a name denotes: a population prior (countries above every city of the same name,
 * «تونس» Tunisia over Tunis) plus the article's own countries (Tripoli, Libya in an article about
 * Libya; Tripoli, Lebanon in one about Lebanon). `cityCue` is set after «مدينة»/«العاصمة».
 */
export function resolvePlace(entries: readonly GazetteerEntry[], geo: ArticleGeo, cityCue: boolean): GazetteerEntry | null {
  let pool = entries.filter((e) => e.context === null || e.context === geo.dominant);
  if (cityCue && pool.some((e) => e.feature === 'city')) pool = pool.filter((e) => e.feature !== 'country');
  let best: GazetteerEntry | null = null;
  let bestScore = -Infinity;
  for (const e of pool) {
    const prior = e.feature === 'country' ? 9 : Math.log10(e.population + 10);
    const support = e.country ? Math.log2(1 + (geo.countryWeight.get(e.country) ?? 0)) : 0;
    const score = prior + 2 * support + (e.capital ? 0.5 : 0);
    if (score > bestScore) [best, bestScore] = [e, score];
  }
  return best;
}

export function capitalOf(gaz: Gazetteer, country: string | null): GazetteerEntry | null {
  return country ? (gaz.capitals.get(country) ?? null) : null;
}
