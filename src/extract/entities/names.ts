import type { Token } from '../../doc/token.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable } from '../../lexicons/table.js';
import { MarsadError } from '../../errors.js';
import { loadTextTables, matchKey } from '../../text/index.js';
import { trainCharLm, type CharLm } from './char-lm.js';
import { loadGazetteer, wordKey } from './gazetteer.js';
import { longestPhraseMarks } from './phrase-marks.js';

/**
 * Name lists the tagger reads as features (never as answers):
 * - persons and organisations from data/ar/ner-names.tsv (CAMEO actor dictionary, MIT;
 *   built by scripts/build-ner-names.ts), with the first and last words of person names as sets;
 *   organisations of data/ner/org-names.tsv; given names of data/ner/given-names.tsv (first
 *   names only);
 * - places from data/gazetteer/gazetteer.tsv (GeoNames, CC BY 4.0; the places stage's gazetteer);
 * - nationality adjectives (nisba forms) from data/actors/countries.tsv (i18n-iso-countries, MIT).
 * Every name is stored as the list of its words' stem keys (`wordKey`: matchKey, article removed),
 * the form `Token.key` has, so «والقاهرة» meets «القاهرة» and the lemmatised CAMEO «وزارة دفاع»
 * meets «وزارة الدفاع».
 */
export interface PhraseIndex {
  /** First word key → the phrases starting with it, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
}

export interface NameLists {
  readonly persons: PhraseIndex;
  readonly orgs: PhraseIndex;
  /**
   * Organisations written as the press writes them (the reviewed list data/ner/org-names.tsv).
   * Kept apart from the CAMEO list, whose lemmatised entries are noisier, so the tagger weighs the
   * two separately.
   */
  readonly knownOrgs: PhraseIndex;
  readonly places: PhraseIndex;
  readonly firstNames: ReadonlySet<string>;
  readonly lastNames: ReadonlySet<string>;
  readonly nisba: ReadonlySet<string>;
  /**
   * How prominent a one-word place is (`PlaceTier`), by stem key: a country or capital, or a
   * city of a million people, is rarely an ordinary word in the news, a town of 20,000 often is.
   */
  readonly placeTiers: ReadonlyMap<string, PlaceTier>;
  /** Letter models of the listed person and place name words, and of ordinary words (char-lm.ts). */
  readonly nameLm: CharLm;
  readonly wordLm: CharLm;
}

/**
 * Prominence of a listed place: `S` a state (country name, alias, press spelling) or national
 * capital; `M` a city of 1,000,000 people or more; `C` 100,000 or more; `T` a smaller town or a
 * district (GeoNames population, data/gazetteer/gazetteer.tsv).
 */
export type PlaceTier = 'S' | 'M' | 'C' | 'T';

const TIER_RANK: Readonly<Record<PlaceTier, number>> = { S: 3, M: 2, C: 1, T: 0 };

/** The tier of a gazetteer row (columns feature, population, capital). */
export function gazetteerTier(feature: string, population: number, capital: boolean): PlaceTier {
  if (feature === 'country' || capital) return 'S';
  if (feature === 'city' && population >= 1_000_000) return 'M';
  if (feature === 'city' && population >= 100_000) return 'C';
  return 'T';
}

/** Keeps the most prominent tier a key is listed with (a name shared by a capital and a town is the capital). */
function addTier(tiers: Map<string, PlaceTier>, words: readonly string[], tier: PlaceTier): void {
  if (words.length !== 1) return;
  const old = tiers.get(words[0]!);
  if (!old || TIER_RANK[tier] > TIER_RANK[old]) tiers.set(words[0]!, tier);
}

/** The prominence tier of a token listed as a one-word place (under any candidate key), or '-'. */
export function placeTierOf(lists: NameLists, t: Token, alt: string | null): PlaceTier | '-' {
  if (t.kind !== 'word') return '-';
  let best: PlaceTier | '-' = '-';
  for (const k of candidateKeys(t, alt)) {
    const tier = lists.placeTiers.get(k);
    if (tier && (best === '-' || TIER_RANK[tier] > TIER_RANK[best])) best = tier;
  }
  return best;
}

export function phraseIndex(phrases: readonly (readonly string[])[]): PhraseIndex {
  const byFirst = new Map<string, (readonly string[])[]>();
  for (const p of phrases) {
    if (p.length === 0) continue;
    const list = byFirst.get(p[0]!) ?? [];
    if (!list.some((q) => q.length === p.length && q.every((w, i) => w === p[i]))) list.push(p);
    byFirst.set(p[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return { byFirst };
}

/** Stem keys of the words of a name written with spaces. */
export function nameKeys(name: string): string[] {
  return name.split(/[\s\-()،,]+/u).filter((w) => w.length > 0).map((w) => wordKey(w).key).filter((k) => k.length > 0);
}

/**
 * The keys a token may be listed under: its stem key; the guessed stem of an unsplit proclitic word
 * (alt-key.ts); the stem key with an article the text core kept inside («الله» → له, as `wordKey`
 * writes data words); and the whole surface read as one word, for a name whose first letter the
 * text core took for a proclitic («ليتوانيا» → ل + يتوانيا), also behind a conjunction («وبعقوبة»).
 */
export function candidateKeys(t: Token, alt: string | null): string[] {
  const out = [t.key];
  const add = (k: string | null): void => {
    if (k && k.length > 0 && !out.includes(k)) out.push(k);
  };
  add(alt);
  add(t.key.startsWith('ال') && t.key.length > 3 ? t.key.slice(2) : null);
  if (t.kind === 'word' && t.parts.some((p) => p.role === 'proclitic' && p.form !== 'ال')) {
    add(wordKey(t.norm).key);
    // The same behind a conjunction the text core did split off: «وبعقوبة» is و + «بعقوبة», not
    // و + ب + «عقوبة».
    const first = t.parts[0]!;
    if (first.role === 'proclitic' && (first.form === 'و' || first.form === 'ف') && t.parts[1]?.role === 'proclitic') add(wordKey(t.norm.slice(1)).key);
  }
  return out;
}

/**
 * Marks the tokens covered by a phrase of the index: 'B' on the first word, 'I' after. Longest
 * match first, left to right, over each token's candidate keys (the same scan as country names).
 */
export function phraseMarks(index: PhraseIndex, tokens: readonly Token[],
  alts: readonly (string | null)[] = []): ('B' | 'I' | null)[] {
  const cands = tokens.map((t, i) => candidateKeys(t, alts[i] ?? null));
  return longestPhraseMarks(index.byFirst, cands);
}

/**
 * The masculine lemma of a feminine nisba adjective («عربيه» → «عربي»): CAMEO writes organisation
 * names from lemmatised parses («جامعة_دولة_عربي_», «جامعة_عربي_»), the press «الجامعة العربية».
 * Read as an extra key for the CAMEO organisation list only.
 */
export function nisbaLemma(key: string): string | null {
  return key.length >= 5 && key.endsWith('يه') ? key.slice(0, -1) : null;
}

/**
 * Organisation names from data/ner/org-names.tsv. The actor knowledge base (data/actors/*.tsv) is
 * not read here: its aliases keep the head noun («حكومة طرابلس», «قوات حكومة الوفاق») where
 * ANERcorp leaves it out, and its persons made the tagger read «قوات حفتر» as a person (measured on
 * the seed articles); the actors stage resolves those names from the knowledge base itself.
 */
function knownOrgNames(): string[][] {
  const out: string[][] = [];
  const add = (name: string): void => {
    const words = nameKeys(name.trim());
    if (words.length > 1 || (words.length === 1 && words[0]!.length >= MIN_KEY)) out.push(words);
  };
  const orgFile = dataPath('ner', 'org-names.tsv');
  for (const row of readTable(orgFile).rows) {
    const names = (row.cells['names'] ?? '').split('|').filter((n) => n.trim());
    if (names.length === 0) throw new MarsadError('MARSAD_DATA_INVALID', { file: orgFile, line: row.line, detail: 'no name' });
    names.forEach(add);
  }
  return out;
}

/** Single-word names shorter than this are not listed: two-letter keys are mostly particles. */
const MIN_KEY = 3;

let cached: NameLists | undefined;

export function loadNameLists(): NameLists {
  if (cached) return cached;
  const persons: string[][] = [];
  const orgs: string[][] = [];
  const firstNames = new Set<string>();
  const lastNames = new Set<string>();
  const namesFile = dataPath('ar', 'ner-names.tsv');
  for (const row of readTable(namesFile).rows) {
    const words = nameKeys(row.cells['name'] ?? '');
    const kind = row.cells['kind'];
    if (words.length === 0) throw new MarsadError('MARSAD_DATA_INVALID', { file: namesFile, line: row.line, detail: 'empty name' });
    if (kind === 'person') {
      persons.push(words);
      if (words[0]!.length >= MIN_KEY) firstNames.add(words[0]!);
      if (words.length > 1 && words[words.length - 1]!.length >= MIN_KEY) lastNames.add(words[words.length - 1]!);
    } else if (kind === 'org') orgs.push(words);
    else throw new MarsadError('MARSAD_DATA_INVALID', { file: namesFile, line: row.line, detail: `unknown kind "${kind}" (expected person | org)` });
  }
  // Common given names (data/ner/given-names.tsv): first names the CAMEO entries do not start with.
  for (const row of readTable(dataPath('ner', 'given-names.tsv')).rows) {
    const words = nameKeys(row.cells['name'] ?? '');
    if (words.length === 1 && words[0]!.length >= MIN_KEY) firstNames.add(words[0]!);
  }
  const gazetteerTriggers = loadGazetteer().triggers;
  const places: string[][] = [];
  const placeTiers = new Map<string, PlaceTier>();
  for (const row of readTable(dataPath('gazetteer', 'gazetteer.tsv')).rows) {
    const words = nameKeys(row.cells['key'] ?? '');
    if (words.length > 1 || (words.length === 1 && words[0]!.length >= MIN_KEY)) {
      places.push(words);
      addTier(placeTiers, words, gazetteerTier(row.cells['feature'] ?? '', Number(row.cells['population'] ?? 0) || 0, row.cells['capital'] === '1'));
    }
  }
  // Country names as the actors' table writes them (aliases: «أمريكا», «بريطانيا», «سورية»; the
  // capitals used for the state) and spelling variants neither table has (data/ner/place-variants.tsv).
  // An alias headed by an organisation noun («الإدارة الأمريكية») names a body, not a place.
  const orgHead = (words: readonly string[]): boolean => (gazetteerTriggers.get(words[0]!) ?? []).some((t) => t.kind === 'org_head');
  for (const row of readTable(dataPath('actors', 'countries.tsv')).rows) {
    for (const name of [row.cells['name_ar'] ?? '', row.cells['capital_ar'] ?? '', ...(row.cells['aliases_ar'] ?? '').split('|')]) {
      const words = nameKeys(name.trim());
      if (words.length > 1 || (words.length === 1 && words[0]!.length >= MIN_KEY)) if (!orgHead(words)) {
        places.push(words);
        addTier(placeTiers, words, 'S');
      }
    }
  }
  for (const row of readTable(dataPath('ner', 'place-variants.tsv')).rows) {
    const words = nameKeys(row.cells['name'] ?? '');
    places.push(words);
    addTier(placeTiers, words, 'S');
  }
  // Name words for the letter model: each distinct word of a person or place name once.
  const nameWords = new Set<string>();
  for (const list of [persons, places]) for (const words of list) for (const w of words) if (w.length >= MIN_KEY) nameWords.add(w);
  const nisba = new Set<string>();
  for (const row of readTable(dataPath('actors', 'countries.tsv')).rows) {
    for (const form of (row.cells['nisba_ar'] ?? '').split('|')) {
      const k = wordKey(form.trim()).key;
      if (k.length >= MIN_KEY && !form.includes(' ')) nisba.add(k);
    }
  }
  const vocabulary = loadTextTables().vocabulary;
  const ordinary = [...vocabulary].map((w) => matchKey(w)).filter((w) => !nameWords.has(w));
  cached = {
    persons: phraseIndex(persons), orgs: phraseIndex(orgs), knownOrgs: phraseIndex(knownOrgNames()), places: phraseIndex(places), firstNames, lastNames, nisba, placeTiers,
    nameLm: trainCharLm(nameWords), wordLm: trainCharLm(ordinary),
  };
  return cached;
}

function withNisbaLemmas(keys: readonly string[]): readonly string[] {
  const lemmas = keys.map(nisbaLemma).filter((k): k is string => k !== null && !keys.includes(k));
  return lemmas.length ? [...keys, ...lemmas] : keys;
}

/**
 * One compact feature value per token: which lists cover it, joined by '+' in a fixed order
 * (person / CAMEO org / known org / place match with B or I, first name, last name, nisba adjective); '-' for none.
 */
export function nameMarks(lists: NameLists, tokens: readonly Token[], alts: readonly (string | null)[] = []): string[] {
  const cands = tokens.map((t, i) => candidateKeys(t, alts[i] ?? null));
  const per = longestPhraseMarks(lists.persons.byFirst, cands);
  const org = longestPhraseMarks(lists.orgs.byFirst, cands.map((c) => withNisbaLemmas(c)));
  const known = longestPhraseMarks(lists.knownOrgs.byFirst, cands);
  const loc = longestPhraseMarks(lists.places.byFirst, cands);
  return tokens.map((t, i) => {
    if (t.kind !== 'word') return '-';
    const parts: string[] = [];
    const has = (set: ReadonlySet<string>): boolean => cands[i]!.some((k) => set.has(k));
    if (per[i]) parts.push('P' + per[i]);
    if (org[i]) parts.push('O' + org[i]);
    if (known[i]) parts.push('K' + known[i]);
    if (loc[i]) parts.push('L' + loc[i]);
    if (has(lists.firstNames)) parts.push('fn');
    if (has(lists.lastNames)) parts.push('ln');
    if (has(lists.nisba)) parts.push('N');
    return parts.length ? parts.join('+') : '-';
  });
}
