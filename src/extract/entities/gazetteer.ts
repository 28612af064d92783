import { createRequire } from 'node:module';
import type { Token } from '../../doc/token.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable } from '../../lexicons/table.js';
import { MarsadError } from '../../errors.js';
import { matchKey } from '../../text/index.js';
import { longestPhraseMarks, type PhraseMark } from './phrase-marks.js';

/** What a trigger word announces (data/ar/ner-triggers.tsv, column `kind`). */
export type TriggerKind = 'title' | 'person_role' | 'org_head' | 'place_head';

const TRIGGER_KINDS: readonly TriggerKind[] = ['title', 'person_role', 'org_head', 'place_head'];

export interface Trigger {
  readonly kind: TriggerKind;
  /** The entry is written with the article («الرئيس»): the token must carry ال too. */
  readonly definite: boolean;
}

/**
 * The NER gazetteer: country names (i18n-iso-countries, Arabic) as token-key sequences, and trigger
 * words keyed by light stem key. Keys are the text core's `matchKey` of the stem, so data and tokens
 * meet through the same function.
 */
export interface Gazetteer {
  /** Country names, each as the list of its words' stem keys («الولايات المتحدة» → [ولايات, متحده]). */
  readonly countries: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly triggers: ReadonlyMap<string, readonly Trigger[]>;
  /** Longest country name in words (bounds the phrase search). */
  readonly maxCountryWords: number;
}

const ARTICLE = 'ال';

/** Stem key of one data word: matchKey, then the article removed, as `Token.key` has it. */
export function wordKey(word: string): { key: string; definite: boolean } {
  const k = matchKey(word);
  if (k.startsWith(ARTICLE) && k.length > ARTICLE.length + 1) return { key: k.slice(ARTICLE.length), definite: true };
  return { key: k, definite: false };
}

function loadCountries(): string[] {
  const require = createRequire(import.meta.url);
  const countries = require('i18n-iso-countries') as {
    registerLocale(l: unknown): void;
    getNames(lang: string, o: { select: 'all' }): Record<string, string[]>;
  };
  countries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
  return Object.values(countries.getNames('ar', { select: 'all' })).flat();
}

let cached: Gazetteer | undefined;

export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const countries = new Map<string, string[][]>();
  let maxCountryWords = 1;
  for (const name of loadCountries()) {
    const words = name.split(/[\s()،,]+/u).filter((w) => w.length > 0).map((w) => wordKey(w).key);
    if (words.length === 0) continue;
    maxCountryWords = Math.max(maxCountryWords, words.length);
    const list = countries.get(words[0]!) ?? [];
    list.push(words);
    countries.set(words[0]!, list);
  }
  for (const list of countries.values()) list.sort((a, b) => b.length - a.length);
  const file = dataPath('ar', 'ner-triggers.tsv');
  const triggers = new Map<string, Trigger[]>();
  for (const row of readTable(file).rows) {
    const kind = row.cells['kind'] as TriggerKind;
    if (!TRIGGER_KINDS.includes(kind)) {
      throw new MarsadError('MARSAD_DATA_INVALID', { file, line: row.line, detail: `unknown kind "${kind}" (expected ${TRIGGER_KINDS.join(' | ')})` });
    }
    const { key, definite } = wordKey(row.cells['word'] ?? '');
    if (!key) throw new MarsadError('MARSAD_DATA_INVALID', { file, line: row.line, detail: 'empty word' });
    const list = triggers.get(key) ?? [];
    list.push({ kind, definite });
    triggers.set(key, list);
  }
  cached = { countries, triggers, maxCountryWords };
  return cached;
}

export function hasArticle(t: Token): boolean {
  return t.parts.some((p) => p.role === 'proclitic' && p.form === ARTICLE);
}

/** The trigger kinds a token realises (definite entries need the article on the token). */
export function triggersOf(g: Gazetteer, t: Token): TriggerKind[] {
  const list = g.triggers.get(t.key);
  if (!list) return [];
  const definite = hasArticle(t);
  return list.filter((x) => x.definite === definite).map((x) => x.kind);
}

/**
 * Marks the tokens of a sentence covered by a country name: 'B' on the first word, 'I' after.
 * Longest match first, left to right, over token stem keys.
 */
export function countryMarks(g: Gazetteer, tokens: readonly Token[]): PhraseMark[] {
  return longestPhraseMarks(g.countries, tokens.map((t) => [t.key]));
}
