import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { GoldDoc } from './types.js';

/** Defaults: the gold and corpus folders in ../shared, beside the repository. */
export const SHARED_DIR = resolve(new URL('.', import.meta.url).pathname, '..', '..', 'shared');
export const DEFAULT_GOLD_DIR = join(SHARED_DIR, 'corpus', 'seeds-gold');
export const DEFAULT_CORPUS_DIR = join(SHARED_DIR, 'corpus', 'seeds');
export const DEFAULT_NER_FILE = join(SHARED_DIR, 'data', 'ner-anercorp', 'dev.txt');

export interface GoldArticle {
  readonly gold: GoldDoc;
  readonly text: string;
}

/** Reads every `*.json` gold file of a folder with its matching `.txt` article from the corpus folder. */
export function loadGold(goldDir: string, corpusDir: string): GoldArticle[] {
  if (!existsSync(goldDir)) throw new Error(`Gold folder not found: ${goldDir}`);
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
  return files.map((f) => {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldDoc;
    const txtName = gold.file ?? basename(f, '.json') + '.txt';
    const textPath = join(corpusDir, txtName);
    if (!existsSync(textPath)) throw new Error(`Article ${textPath} (for gold ${f}) not found: pass --corpus DIR`);
    return { gold, text: readFileSync(textPath, 'utf8') };
  });
}
