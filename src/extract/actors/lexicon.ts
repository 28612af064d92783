import { dataPath } from '../../lexicons/paths.js';
import { readTable } from '../../lexicons/table.js';
import { matchKey, phraseKey } from '../../text/normalize.js';

/**
 * The Arabic word lists the actors stage reads (data/ar/*.tsv), keyed with phraseKey once so code
 * compares keys with keys. Each list is loaded once per process.
 */
export interface Phrase<T> {
  /** phraseKey of the phrase, split into words. */
  readonly words: readonly string[];
  readonly text: string;
  readonly value: T;
}

function phrases<T>(file: string, column: string, value: (cells: Readonly<Record<string, string>>) => T): Phrase<T>[] {
  return readTable(dataPath('ar', file)).rows
    .map((r) => ({ words: phraseKey(r.cells[column] ?? '').split(' '), text: r.cells[column] ?? '', value: value(r.cells) }))
    .filter((p) => p.words[0] !== '')
    .sort((a, b) => b.words.length - a.words.length);
}

export interface EpithetInfo {
  readonly cls: string;
  readonly plural: boolean;
  readonly gloss: string;
}

export interface Lexicons {
  readonly titles: readonly Phrase<string>[];
  readonly epithets: readonly Phrase<EpithetInfo>[];
  readonly groups: readonly Phrase<{ loaded: boolean; gloss: string }>[];
  readonly roles: readonly Phrase<string>[];
  readonly organs: readonly Phrase<string>[];
  /** Nouns that with a bare organ name an office («وزراء الخارجية»): data/actors/lexicon/office-heads.tsv, by matchKey. */
  readonly officeHeads: ReadonlySet<string>;
  /** Phrases for the other party of a two-sided conflict (data/actors/lexicon/other-party.tsv). */
  readonly otherParty: readonly Phrase<string>[];
  /** Keys (article off every word) of the titles that are military ranks (titles.tsv, class `rank`). */
  readonly rankTitles: ReadonlySet<string>;
  /** The office of an organ's head by organ key (state-organs.tsv, column `head_role`). */
  readonly organHeads: ReadonlyMap<string, string>;
  /** Organ phrases that name an organ alone, the state given by the context («الخارجية», «الوفد»). */
  readonly bareOrgans: readonly Phrase<BareOrgan>[];
  /** Stems of nouns after which a nisba denotes the state acting. */
  readonly nisbaHeads: ReadonlyMap<string, 'state' | 'forces'>;
  /** Nouns that build event/agreement/body names from a place name («مؤتمر برلين»). */
  readonly nameHeads: ReadonlySet<string>;
  readonly locativePreps: ReadonlySet<string>;
  readonly possessiveHeads: ReadonlyMap<string, 'state' | 'forces' | 'government'>;
  /**
   * Function words (data/ar/stopwords.tsv, by matchKey) other than relative pronouns: «إلى» after
   * «الائتلاف» is no definite adjective, while a relative clause («القوات التي ثارت») defines a new referent.
   */
  readonly functionWords: ReadonlySet<string>;
}

let organsCache: Phrase<string>[] | undefined;
export function loadOrgans(): Phrase<string>[] {
  return (organsCache ??= phrases('state-organs.tsv', 'phrase', (c) => c['organ']!));
}

/** How a bare organ phrase finds its state (data/ar/state-organs.tsv, column `bare`). */
export type BareOrganUse = 'state' | 'earlier';

export interface BareOrgan {
  readonly organ: string;
  readonly use: BareOrganUse;
}

let cache: Lexicons | undefined;
export function loadLexicons(): Lexicons {
  if (cache) return cache;
  const keySet = (file: string, col: string): Set<string> =>
    new Set(readTable(dataPath('ar', file)).rows.map((r) => phraseKey(r.cells[col] ?? '')).filter((k) => k.length > 0));
  cache = {
    titles: phrases('titles.tsv', 'term', (c) => c['gloss'] ?? ''),
    epithets: phrases('epithets.tsv', 'term', (c) => ({ cls: c['class'] ?? '', plural: c['plural'] === '1', gloss: c['gloss'] ?? '' })),
    groups: phrases('group-nouns.tsv', 'term', (c) => ({ loaded: c['loaded'] === '1', gloss: c['gloss'] ?? '' })),
    roles: phrases('role-nouns.tsv', 'phrase', (c) => c['role']!),
    organs: loadOrgans(),
    officeHeads: new Set(readTable(dataPath('actors', 'lexicon', 'office-heads.tsv')).rows.map((r) => matchKey(r.cells['noun'] ?? '')).filter((k) => k !== '')),
    otherParty: readTable(dataPath('actors', 'lexicon', 'other-party.tsv')).rows
      .map((r) => ({ words: phraseKey(r.cells['phrase'] ?? '').split(' '), text: r.cells['phrase'] ?? '', value: r.cells['gloss'] ?? '' }))
      .filter((p) => p.words[0] !== ''),
    rankTitles: new Set(readTable(dataPath('ar', 'titles.tsv')).rows.filter((r) => r.cells['class'] === 'rank')
      .map((r) => phraseKey(r.cells['term'] ?? '').split(' ').map(stripArticle).join(' '))),
    organHeads: new Map(readTable(dataPath('ar', 'state-organs.tsv')).rows
      .filter((r) => (r.cells['head_role'] ?? '') !== '').map((r) => [r.cells['organ']!, r.cells['head_role']!] as const)),
    bareOrgans: phrases('state-organs.tsv', 'phrase', (c): BareOrgan | null => {
      const use = c['bare'];
      return use === 'state' || use === 'earlier' ? { organ: c['organ']!, use } : null;
    }).filter((p): p is Phrase<BareOrgan> => p.value !== null),
    nisbaHeads: new Map(readTable(dataPath('ar', 'nisba-heads.tsv')).rows.map(
      (r) => [phraseKey(r.cells['noun'] ?? ''), r.cells['target'] === 'forces' ? 'forces' : 'state'] as const,
    )),
    nameHeads: keySet('name-heads.tsv', 'noun'),
    locativePreps: keySet('locative-preps.tsv', 'word'),
    functionWords: new Set(readTable(dataPath('ar', 'stopwords.tsv')).rows.filter((r) => r.cells['class'] !== 'relative').map((r) => matchKey(r.cells['word'] ?? '')).filter((k) => k.length > 0)),
    possessiveHeads: new Map(readTable(dataPath('ar', 'possessive-heads.tsv')).rows.map(
      (r) => [phraseKey(r.cells['noun'] ?? ''), r.cells['target'] as 'state' | 'forces' | 'government'],
    )),
  };
  return cache;
}

/** Gloss of a label from the loaded-terms lexicon (epithets and loaded group nouns), by its key. */
const glossCache = new WeakMap<Lexicons, Map<string, string>>();
export function glossOf(lex: Lexicons, key: string): string | null {
  let m = glossCache.get(lex);
  if (!m) {
    m = new Map();
    for (const t of lex.titles) m.set(stripArticle(t.words.join(' ')), t.value);
    for (const g of lex.groups) m.set(stripArticle(g.words.join(' ')), g.value.gloss);
    for (const e of lex.epithets) m.set(stripArticle(e.words.join(' ')), e.value.gloss);
    glossCache.set(lex, m);
  }
  return m.get(stripArticle(key)) ?? null;
}

export function stripArticle(key: string): string {
  return key.split(' ').map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w)).join(' ');
}
