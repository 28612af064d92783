import type { Sentence, Token } from '../doc/token.js';
import { dataPath } from '../lexicons/paths.js';
import { readList, readTable } from '../lexicons/table.js';
import { analyzeForm, ArticleStems, chooseCandidate, stemKeyOf, type CliticTable, type FormAnalysis } from './clitics.js';
import { matchKey } from './normalize.js';
import { splitSentences } from './sentences.js';
import { TextToken } from './text-token.js';
import { scanTokens } from './tokens.js';

export { matchKey, phraseKey, stripMarks } from './normalize.js';
export { detectArabic, MIN_ARABIC_SHARE } from './language.js';
export type { CliticTable, StemEvidence } from './clitics.js';
export { segmentWord, ArticleStems } from './clitics.js';

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

/**
 * Word forms repeat heavily in news, and everything about a form except the article evidence is
 * fixed, so each distinct surface is analysed once per tables object. Bounded: cleared when full.
 */
const FORM_CACHE_LIMIT = 200_000;
const formCaches = new WeakMap<TextTables, Map<string, FormAnalysis>>();

function formAnalyzer(tables: TextTables): (surface: string) => FormAnalysis {
  let cache = formCaches.get(tables);
  if (!cache) formCaches.set(tables, (cache = new Map()));
  const evidence = { vocabulary: tables.vocabulary, functionWords: tables.functionWords };
  const c = cache;
  return (surface) => {
    let form = c.get(surface);
    if (!form) {
      if (c.size >= FORM_CACHE_LIMIT) c.clear();
      form = analyzeForm(surface, tables.clitics, evidence);
      c.set(surface, form);
    }
    return form;
  };
}

/**
 * The text core's whole public surface: sentences and tokens (with clitic parts and match keys),
 * every offset pointing into `text`, which is never changed.
 */
export function analyzeText(text: string, tables: TextTables = loadTextTables()): AnalyzedText {
  const { starts, ends, kinds } = scanTokens(text);
  const n = starts.length;
  const analyze = formAnalyzer(tables);
  const forms: (FormAnalysis | null)[] = new Array(n);
  for (let i = 0; i < n; i++) forms[i] = kinds[i] === 'word' ? analyze(text.slice(starts[i]!, ends[i]!)) : null;
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
