import type { Layers, LayerName } from './layers.js';
import type { Sentence, Token } from './token.js';

/** What is known about an article besides its text. Every field is optional. */
export interface ArticleMeta {
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly url?: string | null;
  /** ISO date (YYYY-MM-DD or a full ISO timestamp) or null when unknown. */
  readonly published?: string | null;
  /** Where the text came from (file path, URL), for messages. */
  readonly source?: string | null;
}

export interface Article {
  readonly id: string;
  /** The plain text as ingested. Never rewritten: every offset points into it. */
  readonly text: string;
  readonly meta: ArticleMeta;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly layers: Partial<Layers>;
}

/** An article seen by a stage that declared it reads layers `R`: those layers are present. */
export type ArticleWith<R extends LayerName> = Omit<Article, 'layers'> & {
  readonly layers: Pick<Layers, R>;
};

export function makeArticle(
  id: string,
  text: string,
  meta: ArticleMeta,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
): Article {
  return Object.freeze({ id, text, meta: Object.freeze({ ...meta }), sentences, tokens, layers: Object.freeze({}) });
}

export function withLayers(article: Article, added: Partial<Layers>): Article {
  return Object.freeze({ ...article, layers: Object.freeze({ ...article.layers, ...added }) });
}

/**
 * The outlet to show for an article: its metadata's outlet, else the base name of its source file
 * without extension or record number («examples/000_f880.txt» → «000_f880», «feed.jsonl#3» → «feed»),
 * else the fallback (the article id).
 */
export function outletName(meta: ArticleMeta, fallback = 'unknown'): string {
  if (meta.outlet) return meta.outlet;
  if (!meta.source) return fallback;
  const file = meta.source.replace(/#\d+$/u, '').split(/[\\/]/u).pop() ?? meta.source;
  return file.replace(/\.[^.]+$/u, '') || fallback;
}
