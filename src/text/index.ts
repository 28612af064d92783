import type { Morpheme, Sentence, Token } from '../doc/token.js';
import { dataPath } from '../lexicons/paths.js';
import { readList, readTable } from '../lexicons/table.js';
import { segmentWord, type CliticTable } from './clitics.js';
import { matchKey } from './normalize.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

export { matchKey, phraseKey, stripMarks } from './normalize.js';
export { detectArabic, MIN_ARABIC_SHARE } from './language.js';
export type { CliticTable } from './clitics.js';

/** The language tables the text core needs, loaded from data/ar once per process. */
export interface TextTables {
  readonly clitics: CliticTable;
  readonly vocabulary: ReadonlySet<string>;
  readonly abbreviations: ReadonlySet<string>;
}

let defaultTables: TextTables | undefined;

export function loadTextTables(): TextTables {
  if (defaultTables) return defaultTables;
  const rows = readTable(dataPath('ar', 'clitics.tsv')).rows.map((r) => r.cells);
  const pro = (slot: string): string[] => rows.filter((r) => r['role'] === 'proclitic' && r['slot'] === slot).map((r) => r['surface']!);
  const clitics: CliticTable = {
    conjunctions: pro('1'),
    prepositions: pro('2').filter((s) => s !== 'س'),
    future: pro('2').filter((s) => s === 'س'),
    article: pro('3')[0] ?? 'ال',
    enclitics: rows.filter((r) => r['role'] === 'enclitic').map((r) => r['surface']!).sort((a, b) => b.length - a.length),
  };
  const vocabulary = new Set(readList(dataPath('ar', 'vocabulary.txt')));
  const abbreviations = new Set(readTable(dataPath('ar', 'abbreviations.tsv')).rows.map((r) => r.cells['abbreviation']!));
  defaultTables = { clitics, vocabulary, abbreviations };
  return defaultTables;
}

export interface AnalyzedText {
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}

/**
 * The text core's whole public surface: sentences and tokens (with clitic parts and match keys),
 * every offset pointing into `text`, which is never changed.
 */
export function analyzeText(text: string, tables: TextTables = loadTextTables()): AnalyzedText {
  const raw = tokenize(text);
  const norms = raw.map((t) => (t.kind === 'word' ? matchKey(text.slice(t.start, t.end)) : ''));
  const articleForms = new Set<string>();
  for (const n of norms) if (n) articleForms.add(n);
  const evidence = { vocabulary: tables.vocabulary, articleForms };
  const tokens: Token[] = raw.map((t, index) => {
    const surface = text.slice(t.start, t.end);
    if (t.kind !== 'word') {
      const norm = matchKey(surface);
      return Object.freeze({
        index, start: t.start, end: t.end, text: surface, kind: t.kind, norm, key: norm.toLowerCase(),
        parts: Object.freeze([{ role: 'stem', form: surface, start: t.start, end: t.end }] as Morpheme[]),
      });
    }
    const parts = segmentWord(surface, t.start, tables.clitics, evidence);
    const stem = parts.find((p) => p.role === 'stem')!;
    return Object.freeze({
      index, start: t.start, end: t.end, text: surface, kind: t.kind, norm: norms[index]!, key: matchKey(stem.form),
      parts: Object.freeze(parts),
    });
  });
  const sentences: Sentence[] = splitSentences(text, raw, { abbreviations: tables.abbreviations }).map((s, index) =>
    Object.freeze({ index, start: s.start, end: s.end, tokens: Object.freeze({ first: s.first, end: s.last }) }),
  );
  return { sentences, tokens };
}
