import { readFileSync } from 'node:fs';
import type { FeatureType, PlaceMention } from '../../doc/annotations.js';
import { MarsadError } from '../../errors.js';
import { dataPath } from '../../lexicons/paths.js';
import { parseTable, readTable } from '../../lexicons/table.js';
import { phraseKey } from '../../text/normalize.js';

/**
 * One place the gazetteer knows, under every spelling that points to it. Its description is exactly
 * what a place mention carries (the same fields, so a match copies them over).
 */
export interface GazetteerEntry extends Pick<PlaceMention, 'nameAr' | 'nameEn' | 'feature' | 'country' | 'geonamesId' | 'lat' | 'lon'> {
  /** Stable id: `gn:<geonameid>`, `country:<ISO alpha-2>` or `gz:<name>` for our own additions. */
  readonly id: string;
  /** GeoNames population (0 when unknown; countries rank above every city). */
  readonly population: number;
  readonly capital: boolean;
  /** A country code when the phrase names this place only in coverage of that country. */
  readonly context: string | null;
}

export interface Gazetteer {
  /** phraseKey of a spelling → the places it can name. */
  readonly byKey: ReadonlyMap<string, readonly GazetteerEntry[]>;
  readonly byId: ReadonlyMap<string, GazetteerEntry>;
  /** Longest spelling in words: the matcher never looks further. */
  readonly maxWords: number;
  /** ISO alpha-2 → the national capital. */
  readonly capitals: ReadonlyMap<string, GazetteerEntry>;
}

const FEATURES: ReadonlySet<string> = new Set(['country', 'city', 'region', 'district', 'site', 'sea', 'continent']);

function num(s: string | undefined): number | null {
  if (s === undefined || s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function feature(file: string, line: number, s: string): FeatureType {
  if (!FEATURES.has(s)) throw new MarsadError('MARSAD_DATA_INVALID', { file, line, detail: `unknown feature «${s}»` });
  return s as FeatureType;
}

/** Loads the generated GeoNames/country table and our reviewed additions (which win on conflicts). */
export function loadGazetteer(
  generatedFile = dataPath('gazetteer', 'gazetteer.tsv'),
  additionsFile = dataPath('gazetteer', 'additions.tsv'),
): Gazetteer {
  const byKey = new Map<string, GazetteerEntry[]>();
  const byId = new Map<string, GazetteerEntry>();
  const capitals = new Map<string, GazetteerEntry>();
  const add = (key: string, e: GazetteerEntry): void => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [e]);
    else if (!list.some((x) => x.id === e.id)) list.push(e);
  };

  // The generated file is machine-written (≈3,000 rows): read it column by column without building
  // a record per row, which keeps the load well under the stage-creation budget.
  const content = readFileSync(generatedFile, 'utf8');
  const generated = parseTable(generatedFile, content.slice(0, content.indexOf('\n', content.indexOf('\nkey\t') + 1) + 1));
  const col = (name: string): number => generated.columns.indexOf(name);
  const [K, ID, AR, EN, FE, CC, GN, LAT, LON, POP, CAP] = ['key', 'id', 'name_ar', 'name_en', 'feature', 'country',
    'geonames_id', 'lat', 'lon', 'population', 'capital'].map(col) as number[];
  const lines = content.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!;
    if (raw === '' || raw.startsWith('#') || raw.startsWith('key\t')) continue;
    const c = raw.split('\t');
    const id = c[ID!]!;
    let e = byId.get(id);
    if (!e) {
      e = Object.freeze({
        id, nameAr: c[AR!]!, nameEn: c[EN!]!, feature: feature(generatedFile, n + 1, c[FE!]!),
        country: c[CC!] || null, geonamesId: num(c[GN!]), lat: num(c[LAT!]), lon: num(c[LON!]),
        population: c[FE!] === 'country' ? Number.MAX_SAFE_INTEGER : (num(c[POP!]) ?? 0),
        capital: c[CAP!] === '1', context: null,
      });
      byId.set(id, e);
      if (e.capital && e.country) capitals.set(e.country, e);
    }
    add(c[K!]!, e);
  }

  for (const { line, cells: c } of readTable(additionsFile).rows) {
    const id = c['id']!;
    const key = phraseKey(c['name_ar']!);
    let e = byId.get(id);
    if (!e || c['feature']) {
      if (!c['feature']) {
        throw new MarsadError('MARSAD_DATA_INVALID', { file: additionsFile, line, detail: `${id} is not in the gazetteer: give its feature and coordinates` });
      }
      e = Object.freeze({
        id, nameAr: c['name_ar']!, nameEn: c['name_en'] || c['name_ar']!, feature: feature(additionsFile, line, c['feature']),
        country: c['country'] || null, geonamesId: num(c['geonames_id']), lat: num(c['lat']), lon: num(c['lon']),
        population: e?.population ?? 0, capital: e?.capital ?? false, context: c['context'] || null,
      });
      // A reviewed row replaces the generated entry of the same id everywhere it is listed.
      for (const list of byKey.values()) {
        const i = list.findIndex((x) => x.id === id);
        if (i >= 0) list[i] = e;
      }
      byId.set(id, e);
    }
    add(key, e);
  }

  let maxWords = 1;
  for (const k of byKey.keys()) maxWords = Math.max(maxWords, k.split(' ').length);
  return { byKey, byId, maxWords, capitals };
}

let shared: Gazetteer | undefined;

/** The default gazetteer, loaded once per process. */
export function defaultGazetteer(): Gazetteer {
  return (shared ??= loadGazetteer());
}
