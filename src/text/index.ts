import type { Sentence, Token } from '../doc/token.js';
import { dataPath } from '../lexicons/paths.js';
import { readList, readTable } from '../lexicons/table.js';
import { ArticleStems } from './article-stems.js';
import { chooseCandidate, stemKeyOf, type CliticTable, type FormAnalysis } from './clitics.js';
import { FormCache } from './form-cache.js';
import { matchKey } from './normalize.js';
import { splitSentences } from './sentences.js';
import { TextToken } from './text-token.js';
import { scanTokens } from './tokens.js';

export { matchKey, phraseKey, stripMarks } from './normalize.js';
export { detectArabic, MIN_ARABIC_SHARE } from './language.js';
export type { CliticTable, StemEvidence } from './clitics.js';
export { segmentWord } from './clitics.js';
export { ArticleStems } from './article-stems.js';

/** The language tables the text core needs, loaded from data/ar once per process. */
export interface TextTables {
  readonly clitics: CliticTable;
  readonly vocabulary: ReadonlySet<string>;
  /** Closed-class words (data/ar/function-words.txt): the two-letter stems a clitic may stand before. */
  readonly functionWords: ReadonlySet<string>;
  readonly abbreviations: ReadonlySet<string>;
}

let defaultTables: TextTables | undefined;

export function loadTextTables(): TextTables {
  if (defaultTables) return defaultTables;
  const rows = readTable(dataPath('ar', 'clitics.tsv')).rows.map((r) => r.cells);
  const pro = (slot: string): string[] => rows.filter((r) => r['role'] === 'proclitic' && r['slot'] === slot).map((r) => r['surface']!);
  const costs = (role: string): Map<string, number> =>
    new Map(rows.filter((r) => r['role'] === role).map((r) => [r['surface']!, Number(r['cost'] ?? 1)]));
  const clitics: CliticTable = {
    conjunctions: pro('1'),
    prepositions: pro('2').filter((s) => s !== 'س'),
    future: pro('2').filter((s) => s === 'س'),
    article: pro('3')[0] ?? 'ال',
    enclitics: rows.filter((r) => r['role'] === 'enclitic').map((r) => r['surface']!).sort((a, b) => b.length - a.length),
    procliticCost: costs('proclitic'),
    encliticCost: costs('enclitic'),
  };
  const vocabulary = new Set(readList(dataPath('ar', 'vocabulary.txt')));
  const functionWords = new Set(readList(dataPath('ar', 'function-words.txt')));
  const abbreviations = new Set(readTable(dataPath('ar', 'abbreviations.tsv')).rows.map((r) => matchKey(r.cells['abbreviation']!)));
  defaultTables = { clitics, vocabulary, functionWords, abbreviations };
  return defaultTables;
}

export interface AnalyzedText {
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}

const formCaches = new WeakMap<TextTables, FormCache>();

function formCacheOf(tables: TextTables): FormCache {
  let cache = formCaches.get(tables);
  if (!cache) formCaches.set(tables, (cache = new FormCache(tables.clitics, tables.vocabulary, tables.functionWords)));
  return cache;
}

/**
 * The text core's whole public surface: sentences and tokens (with clitic parts and match keys),
 * every offset pointing into `text`, which is never changed.
 */
export function analyzeText(text: string, tables: TextTables = loadTextTables()): AnalyzedText {
  const { starts, ends, kinds } = scanTokens(text);
  const n = starts.length;
  const cache = formCacheOf(tables);
  cache.beginText();
  const forms: (FormAnalysis | null)[] = new Array(n);
  for (let i = 0; i < n; i++) forms[i] = kinds[i] === 'word' ? cache.formAt(text, starts[i]!, ends[i]!) : null;
  const articleForms = new ArticleStems(forms);
  // Tokens are not frozen (freezing a million small objects costs more than the rest); their
  // morphemes are built on first read (see TextToken).
  const tokens: Token[] = new Array(n);
  for (let index = 0; index < n; index++) {
    const start = starts[index]!;
    const end = ends[index]!;
    const form = forms[index];
    if (!form) {
      const surface = text.slice(start, end);
      const norm = matchKey(surface);
      tokens[index] = new TextToken(index, start, end, surface, kinds[index]!, norm, norm.toLowerCase(), null, 0);
      continue;
    }
    const c = form.articleSensitive ? chooseCandidate(form, articleForms) : form.vocabularyBest;
    tokens[index] = new TextToken(index, start, end, form.surface, 'word', form.norm, stemKeyOf(form, c), form, c);
  }
  const ranges = splitSentences(text, tokens, { abbreviations: tables.abbreviations });
  const sentences: Sentence[] = new Array(ranges.length);
  for (let index = 0; index < ranges.length; index++) {
    const s = ranges[index]!;
    sentences[index] = { index, start: s.start, end: s.end, tokens: { first: s.first, end: s.last } };
  }
  return { sentences, tokens };
}
