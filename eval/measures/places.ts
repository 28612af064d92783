import type { PlaceMention } from '../../src/doc/annotations.js';
import { matchByOverlap, prfFigures, type Counts } from '../score.js';
import type { GoldSpan, Measure } from '../types.js';

interface GoldPlace {
  readonly id: string;
  readonly feature: string;
  readonly country: string | null;
  readonly geonames_id: string | number | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly mentions: readonly GoldSpan[];
}

/** README tolerance by feature: how far system coordinates may be from the gold's. */
const TOLERANCE_KM: Readonly<Record<string, number>> = {
  city: 25, site: 25, district: 50, region: 150, sea: 500, continent: 500, country: 500,
};

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = (d: number): number => (d * Math.PI) / 180;
  const a = Math.sin(r(lat2 - lat1) / 2) ** 2 + Math.cos(r(lat1)) * Math.cos(r(lat2)) * Math.sin(r(lon2 - lon1) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * The README's resolution rule: the same GeoNames id, or the same country for countries, or
 * coordinates within the feature's tolerance. Returns null when the gold place has neither a
 * GeoNames id nor coordinates (it then counts for places.f1 only).
 */
export function placeCorrect(g: GoldPlace, s: PlaceMention): boolean | null {
  const gid = g.geonames_id === null || g.geonames_id === '' ? null : Number(g.geonames_id);
  if (g.feature === 'country') return s.feature === 'country' && s.country === g.country;
  if (gid === null && (g.lat === null || g.lon === null)) return null;
  if (gid !== null && s.geonamesId === gid) return true;
  if (g.lat !== null && g.lon !== null && s.lat !== null && s.lon !== null) {
    return haversineKm(g.lat, g.lon, s.lat, s.lon) <= (TOLERANCE_KM[g.feature] ?? 25);
  }
  return false;
}

/** places.f1 (+precision/recall) on mention spans; places.acc over matched, scorable mentions. */
export const placesMeasure: Measure = {
  name: 'places',
  description: 'Place mention F1 and resolution accuracy (README scoring rules)',
  run(ctx) {
    const counts: Counts = { tp: 0, fp: 0, fn: 0 };
    let right = 0;
    let scored = 0;
    for (const pair of ctx.pairs) {
      const gold = (pair.gold.places as unknown as GoldPlace[]).flatMap((p) => p.mentions.map((m) => ({ place: p, span: m })));
      const system = pair.system.layers.places ?? [];
      const matched = matchByOverlap(gold, system, (g) => g.span, (s) => s.span);
      counts.tp += matched.length;
      counts.fp += system.length - matched.length;
      counts.fn += gold.length - matched.length;
      for (const [gi, si] of matched) {
        const ok = placeCorrect(gold[gi]!.place, system[si]!);
        if (ok === null) continue;
        scored++;
        if (ok) right++;
      }
    }
    return { ...prfFigures('places', counts), 'places.acc': scored === 0 ? 1 : right / scored };
  },
};
