import { readFileSync } from 'node:fs';
import { MarsadError } from '../../errors.js';

/** One sentence of a CoNLL-style `token TAG` file (ANERcorp: whitespace tokens, BIO tags). */
export interface ConllSentence {
  readonly words: readonly string[];
  readonly tags: readonly string[];
}

export function parseConll(file: string, content: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length) out.push({ words, tags });
    words = [];
    tags = [];
  };
  content.split(/\r?\n/u).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return flush();
    const cells = line.split(/\s+/u);
    if (cells.length < 2) {
      throw new MarsadError('MARSAD_DATA_INVALID', { file, line: i + 1, detail: 'expected `token TAG`' });
    }
    words.push(cells[0]!);
    tags.push(cells[cells.length - 1]!);
  });
  flush();
  return out;
}

export function readConll(file: string): ConllSentence[] {
  return parseConll(file, readFileSync(file, 'utf8'));
}

/** An entity chunk: type and token range [first, end). */
export interface Chunk {
  readonly type: string;
  readonly first: number;
  readonly end: number;
}

/**
 * Chunks of a BIO sequence by conlleval's rules: a chunk starts at B-X, or at I-X after O or after
 * a chunk of another type; it continues while I-X follows.
 */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let type: string | null = null;
  let first = 0;
  const close = (i: number): void => {
    if (type !== null) out.push({ type, first, end: i });
    type = null;
  };
  tags.forEach((tag, i) => {
    const prefix = tag.slice(0, 2);
    const t = tag.length > 2 ? tag.slice(2) : null;
    if (tag === 'O' || t === null) return close(i);
    if (prefix === 'B-' || type !== t) {
      close(i);
      type = t;
      first = i;
    }
  });
  close(tags.length);
  return out;
}

export interface ConllCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Entity-level counts (exact type and boundaries), overall and per type. */
export function scoreChunks(gold: readonly (readonly string[])[], system: readonly (readonly string[])[]): {
  all: ConllCounts;
  byType: Map<string, ConllCounts>;
} {
  const all: ConllCounts = { tp: 0, fp: 0, fn: 0 };
  const byType = new Map<string, ConllCounts>();
  const of = (t: string): ConllCounts => {
    let c = byType.get(t);
    if (!c) byType.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  gold.forEach((g, s) => {
    const gc = chunks(g);
    const sc = chunks(system[s] ?? []);
    const key = (c: Chunk): string => `${c.type}:${c.first}:${c.end}`;
    const goldKeys = new Set(gc.map(key));
    const sysKeys = new Set(sc.map(key));
    for (const c of sc) {
      const hit = goldKeys.has(key(c));
      if (hit) { all.tp++; of(c.type).tp++; } else { all.fp++; of(c.type).fp++; }
    }
    for (const c of gc) {
      if (!sysKeys.has(key(c))) { all.fn++; of(c.type).fn++; }
    }
  });
  return { all, byType };
}
