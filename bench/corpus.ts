import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../eval/load.js';
import { prng } from '../src/util/prng.js';

/** Deterministic PRNG (mulberry32) so every run measures the same corpus. */
export { prng };

/** Real Arabic sentences from ../shared: the seed articles' lines and the ANERcorp sentences. */
export function loadSentenceMaterial(): string[] {
  const sentences: string[] = [];
  const seeds = join(SHARED_DIR, 'corpus', 'seeds');
  for (const f of readdirSync(seeds).filter((x) => x.endsWith('.txt')).sort()) {
    for (const line of readFileSync(join(seeds, f), 'utf8').split('\n')) {
      for (const s of line.split(/(?<=[.!؟])\s+/u)) if (s.trim().length > 20) sentences.push(s.trim());
    }
  }
  for (const file of ['train.txt', 'dev.txt']) {
    let words: string[] = [];
    for (const line of readFileSync(join(SHARED_DIR, 'data', 'ner-anercorp', file), 'utf8').split('\n')) {
      const token = line.split(/\s+/u)[0];
      if (!token) {
        if (words.length > 3) sentences.push(words.join(' ').replace(/ ([.,،:؛؟!])/gu, '$1'));
        words = [];
      } else words.push(token);
    }
  }
  return sentences;
}

/**
 * Articles of realistic length (8–40 sentences, 2–6 paragraphs) drawn at random from the material
 * until `targetBytes` of UTF-8 text is reached.
 */
export function buildBenchCorpus(targetBytes: number, seed = 2026): { articles: string[]; totalBytes: number } {
  const material = loadSentenceMaterial();
  const rand = prng(seed);
  const articles: string[] = [];
  let totalBytes = 0;
  while (totalBytes < targetBytes) {
    const n = 8 + Math.floor(rand() * 33);
    const paragraphs: string[] = [];
    let current: string[] = [];
    for (let i = 0; i < n; i++) {
      current.push(material[Math.floor(rand() * material.length)]!);
      if (current.length >= 2 + Math.floor(rand() * 5)) {
        paragraphs.push(current.join(' '));
        current = [];
      }
    }
    if (current.length) paragraphs.push(current.join(' '));
    const article = paragraphs.join('\n');
    articles.push(article);
    totalBytes += Buffer.byteLength(article, 'utf8');
  }
  return { articles, totalBytes };
}
