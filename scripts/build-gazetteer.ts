/**
 * Builds data/gazetteer/gazetteer.tsv: every Arabic spelling of a GeoNames place (cities15000, Arabic
 * names from its alternatenames column and from Debian's geonames-ar.mo) and of every country
 * (i18n-iso-countries' Arabic names, centroids from world-atlas), one row per (phrase key, place).
 *
 *   npx tsx scripts/build-gazetteer.ts [../shared/data/geonames] [../shared/data/ner-anercorp/train.txt]
 *
 * Names that are far more often ordinary words than places in real Arabic news are dropped: a
 * single-word key seen ≥ 5 times in ANERcorp's training split and tagged a location less than a
 * quarter of the time («مالي» financial, «صور» pictures, «عدن» …). Reviewed spellings of our own go
 * to data/gazetteer/additions.tsv (read at run time, not by this script).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import { matchKey, phraseKey } from '../src/text/normalize.js';

const require = createRequire(import.meta.url);
const GEONAMES_DIR = resolve(process.argv[2] ?? '../shared/data/geonames');
const ANER_FILE = resolve(process.argv[3] ?? '../shared/data/ner-anercorp/train.txt');
const OUT = 'data/gazetteer/gazetteer.tsv';

interface Place {
  id: string;
  nameAr: string;
  nameEn: string;
  feature: string;
  country: string;
  geonamesId: string;
  lat: string;
  lon: string;
  population: number;
  capital: boolean;
  names: Set<string>;
}

/** GNU gettext .mo: magic, revision, count, offset of original table, offset of translation table. */
export function parseMo(buf: Buffer): Map<string, string> {
  const magic = buf.readUInt32LE(0);
  const read = magic === 0x950412de ? (o: number) => buf.readUInt32LE(o) : (o: number) => buf.readUInt32BE(o);
  const n = read(8);
  const origTable = read(12);
  const transTable = read(16);
  const out = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const ol = read(origTable + 8 * i);
    const oo = read(origTable + 8 * i + 4);
    const tl = read(transTable + 8 * i);
    const to = read(transTable + 8 * i + 4);
    const key = buf.toString('utf8', oo, oo + ol);
    if (key) out.set(key, buf.toString('utf8', to, to + tl));
  }
  return out;
}

/** Arabic-script names only, and not Persian/Urdu/Pashto spellings (letters Arabic news does not use). */
function isArabicName(s: string): boolean {
  return /^[\u0621-\u064A\u064B-\u0652\u0670\u0671 \-]+$/u.test(s) && /[\u0621-\u064A]/u.test(s);
}

/**
 * GeoNames gives some cities under their administrative name («شعبية سرت», Persian «استان سرت»):
 * the city itself is written without the word for district/province in news.
 */
const ADMIN_WORDS = /^(شعبية|شَعبية|استان|محافظة|ولاية|إقليم|قرية)\s+/u;
function withoutAdminWord(s: string): string {
  return s.replace(ADMIN_WORDS, '');
}

/** GeoNames feature code → our feature type. */
function featureOf(cls: string, code: string): string {
  if (cls === 'P') return code === 'PPLX' ? 'district' : 'city';
  if (cls === 'A') return 'district';
  if (cls === 'S') return 'site';
  return 'region';
}

/**
 * Arabic news names small towns of its own region, rarely small towns elsewhere, whose Arabic
 * alternate names in GeoNames are mostly transliterations that collide with common words
 * («امن» Emmen, «الم» Ulm). Cities elsewhere are kept from 100,000 people up, and every capital.
 */
const REGION = new Set(['DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA', 'OM', 'PS', 'QA', 'SA',
  'SO', 'SD', 'SY', 'TN', 'AE', 'YE', 'EH', 'TR', 'IR', 'IL', 'TD', 'NE', 'ML', 'SS', 'ER', 'ET', 'CY', 'AF']);
const MIN_POPULATION_ELSEWHERE = 100_000;

const places: Place[] = [];
const mo = parseMo(readFileSync(join(GEONAMES_DIR, 'geonames-ar.mo')));
for (const line of readFileSync(join(GEONAMES_DIR, 'cities15000.txt'), 'utf8').split('\n')) {
  const c = line.split('\t');
  if (c.length < 15) continue;
  const names = new Set<string>();
  for (const alt of (c[3] ?? '').split(',')) if (isArabicName(alt.trim())) names.add(withoutAdminWord(alt.trim()));
  const fromMo = mo.get(c[0]!)?.trim();
  if (fromMo && isArabicName(fromMo)) names.add(withoutAdminWord(fromMo));
  if (names.size === 0) continue;
  if (!REGION.has(c[8]!) && c[7] !== 'PPLC' && Number(c[14] ?? 0) < MIN_POPULATION_ELSEWHERE) continue;
  const preferred = fromMo && isArabicName(fromMo) ? withoutAdminWord(fromMo) : [...names][0]!;
  places.push({
    id: `gn:${c[0]}`, nameAr: preferred, nameEn: c[2]!, feature: featureOf(c[6]!, c[7]!), country: c[8]!,
    geonamesId: c[0]!, lat: c[4]!, lon: c[5]!, population: Number(c[14] ?? 0), capital: c[7] === 'PPLC', names,
  });
}

// Countries: Arabic names (a string or a list of variants) and a centroid of the 110m outline.
const countries = require('i18n-iso-countries') as { numericToAlpha2(n: string): string | undefined };
const arNames = (require('i18n-iso-countries/langs/ar.json') as { countries: Record<string, string | string[]> }).countries;
const enNames = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
const centroids = new Map<string, [number, number]>();
const shapes = feature(atlas, atlas.objects.countries) as unknown as { features: { id?: string; geometry: unknown }[] };
for (const f of shapes.features) {
  const a2 = f.id ? countries.numericToAlpha2(String(f.id)) : undefined;
  if (a2) centroids.set(a2, geoCentroid(f as never) as [number, number]);
}
for (const [code, name] of Object.entries(arNames)) {
  const list = Array.isArray(name) ? name : [name];
  const en = enNames[code];
  const c = centroids.get(code);
  places.push({
    id: `country:${code}`, nameAr: list[0]!, nameEn: Array.isArray(en) ? en[0]! : (en ?? code), feature: 'country',
    country: code, geonamesId: '', lat: c ? c[1].toFixed(3) : '', lon: c ? c[0].toFixed(3) : '',
    population: Number.MAX_SAFE_INTEGER, capital: false, names: new Set(list.filter(isArabicName)),
  });
}

// How often each single word is a location in ANERcorp (clitics not split there: the bare form only).
const seen = new Map<string, { loc: number; all: number }>();
for (const line of readFileSync(ANER_FILE, 'utf8').split('\n')) {
  const [tok, tag] = line.split(/\s+/u);
  if (!tok || !tag) continue;
  const k = matchKey(tok);
  const s = seen.get(k) ?? { loc: 0, all: 0 };
  s.all++;
  if (tag.endsWith('LOC')) s.loc++;
  seen.set(k, s);
}
const commonWord = (key: string): boolean => {
  if (key.includes(' ')) return false;
  const s = seen.get(key);
  return s !== undefined && s.all >= 5 && s.loc / s.all < 0.25;
};

const rows: string[] = [];
const dropped = new Set<string>();
for (const p of places) {
  const keys = new Set<string>();
  for (const n of p.names) {
    const k = phraseKey(n.replace(/-/gu, ' '));
    if (k.length < 2) continue;
    if (commonWord(k)) {
      dropped.add(k);
      continue;
    }
    keys.add(k);
  }
  for (const k of keys) {
    rows.push([k, p.id, matchKeyDisplay(p.nameAr), p.nameEn, p.feature, p.country, p.geonamesId, p.lat, p.lon,
      p.population === Number.MAX_SAFE_INTEGER ? '' : String(p.population), p.capital ? '1' : ''].join('\t'));
  }
}
rows.sort();

/** The display name without vowel marks («طَرَابُلُس» → «طرابلس»), letters otherwise as GeoNames has them. */
function matchKeyDisplay(s: string): string {
  return s.replace(/[\u064B-\u0652\u0670]/gu, '');
}

mkdirSync('data/gazetteer', { recursive: true });
const header = [
  '# generated by scripts/build-gazetteer.ts — do not edit',
  '# source: GeoNames cities15000.txt (2012 export) and geonames-ar.mo (Debian libgeonames-common); i18n-iso-countries 7.14.0 (Arabic country names); world-atlas 2.0.2 countries-110m (country centroids); ANERcorp train split (only to drop names that are mostly common words)',
  '# licence: CC BY 4.0 — GeoNames, geonames.org (places); MIT (i18n-iso-countries); ISC (world-atlas, Natural Earth public domain)',
  `# conventions: key = phraseKey of one Arabic spelling; id gn:<geonameid> or country:<ISO alpha-2>; feature city|district|site|region|country; capital 1 for national capitals; dropped as common words: ${[...dropped].sort().join(' ')}`,
  ['key', 'id', 'name_ar', 'name_en', 'feature', 'country', 'geonames_id', 'lat', 'lon', 'population', 'capital'].join('\t'),
];
writeFileSync(OUT, header.join('\n') + '\n' + rows.join('\n') + '\n');
console.log(`${OUT}: ${rows.length} rows, ${places.length} places, ${dropped.size} common-word keys dropped`);
