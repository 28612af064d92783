import type { Article } from './article.js';

/**
 * The versioned JSON form of an analysed article (`marsad analyze --format json`, one object per
 * line). Documented in docs/analyze-json.md; bump the version when a field changes meaning.
 */
export const ARTICLE_JSON_SCHEMA = 'marsad.article/1';

export interface ArticleJson {
  readonly schema: typeof ARTICLE_JSON_SCHEMA;
  readonly id: string;
  readonly meta: Article['meta'];
  readonly text: string;
  readonly sentences: readonly { start: number; end: number; tokens: readonly [number, number] }[];
  readonly tokens: readonly {
    start: number; end: number; text: string; kind: string; norm: string; key: string;
    parts: readonly { role: string; form: string; start: number; end: number }[];
  }[];
  readonly layers: Article['layers'];
  readonly stages: readonly { name: string; version: number }[];
}

export function articleToJson(article: Article, stages: readonly { name: string; version: number }[] = []): ArticleJson {
  return {
    schema: ARTICLE_JSON_SCHEMA,
    id: article.id,
    meta: article.meta,
    text: article.text,
    sentences: article.sentences.map((s) => ({ start: s.start, end: s.end, tokens: [s.tokens.first, s.tokens.end] as const })),
    tokens: article.tokens.map((t) => ({
      start: t.start, end: t.end, text: t.text, kind: t.kind, norm: t.norm, key: t.key,
      parts: t.parts.map((p) => ({ role: p.role, form: p.form, start: p.start, end: p.end })),
    })),
    layers: article.layers,
    stages: stages.map((s) => ({ name: s.name, version: s.version })),
  };
}
