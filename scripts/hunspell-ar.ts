/**
 * Reads Debian's hunspell-ar dictionary (Ayaspell, /usr/share/hunspell/ar.dic) for our build
 * scripts. ar.dic is made of sections (a `::::` line, then the section's file name, then one more
 * line) — closed-class words (stopwords.dic, tools.dic), names and nouns, and verb.huns.dic — each
 * listing stems with affix flags (`قال/45`). Yields every Arabic entry once per listing, as its
 * match key with ta marbuta kept (as data/ar/vocabulary.txt), with the section it is listed in.
 */
import { readFileSync } from 'node:fs';
import { matchKey } from '../src/text/normalize.js';

export const HUNSPELL_AR = '/usr/share/hunspell/ar.dic';
/** The sections of closed-class words (full forms with their clitics). */
export const CLOSED_CLASS_SECTIONS: ReadonlySet<string> = new Set(['stopwords.dic', 'tools.dic']);

export interface HunspellEntry {
  readonly section: string;
  readonly key: string;
}

export function* hunspellEntries(path: string = HUNSPELL_AR): Generator<HunspellEntry> {
  const lines = readFileSync(path, 'utf8').split('\n');
  let section = '';
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line.startsWith('::::')) {
      section = (lines[i + 1] ?? '').trim();
      i += 2;
      continue;
    }
    if (!line || line.startsWith('#') || /^\d/u.test(line)) continue;
    const word = line.split(/[/\t ]/u)[0] ?? '';
    if (!/^[\u0621-\u064A\u0671]+$/u.test(word)) continue;
    const key = matchKey(word, { foldTehMarbuta: false });
    if (key.length >= 2) yield { section, key };
  }
}
