/**
 * Turns what the user names — files, folders, URLs of pages or feeds — into article texts with
 * metadata. Each unit yields results one by one, and a failure is a result, never an exception:
 * one bad input never stops the others.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ArticleMeta } from '../doc/article.js';
import { MarsadError } from '../errors.js';
import { checkArabic, decodeUtf8, readInputFile, TEXT_EXTENSIONS } from './read-input.js';
import { looksLikeFeed, parseFeed, type FeedItem } from './feed.js';
import { safeFetch, type FetchOptions } from './fetch.js';
import { htmlToArticle } from './html.js';

export type SourceItem =
  | { readonly ok: true; readonly source: string; readonly text: string; readonly meta: ArticleMeta }
  | { readonly ok: false; readonly source: string; readonly reason: string; readonly code: string };

/** One thing to ingest: a file or a URL (a feed URL expands into many items). */
export interface Unit {
  readonly kind: 'file' | 'url';
  readonly location: string;
}

export interface SourceOptions extends FetchOptions {
  readonly allowNonArabic?: boolean;
  /** Feed items whose inline content is shorter than this (characters) have their link fetched. */
  readonly minInlineChars?: number;
}

const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const FEED_EXT = new Set(['.xml', '.rss', '.atom']);

export const isUrl = (s: string): boolean => /^https?:\/\//iu.test(s);

/** Files, folders (recursively, sorted, hidden entries skipped) and URLs → units; missing paths are failures. */
export function expandUnits(inputs: readonly string[]): { units: Unit[]; missing: string[] } {
  const units: Unit[] = [];
  const missing: string[] = [];
  const walk = (p: string, explicit: boolean): void => {
    if (!existsSync(p)) {
      missing.push(p);
      return;
    }
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith('.')) walk(join(p, name), false);
      return;
    }
    const ext = extname(p).toLowerCase();
    if (explicit || TEXT_EXTENSIONS.has(ext) || HTML_EXT.has(ext) || FEED_EXT.has(ext)) units.push({ kind: 'file', location: p });
  };
  for (const i of inputs) {
    if (isUrl(i)) units.push({ kind: 'url', location: i });
    else walk(i, true);
  }
  return { units, missing };
}

function fail(source: string, e: unknown): SourceItem {
  if (e instanceof MarsadError) return { ok: false, source, reason: e.message, code: e.code };
  return { ok: false, source, reason: e instanceof Error ? e.message : String(e), code: 'ERROR' };
}

function checked(source: string, text: string, meta: ArticleMeta, opts: SourceOptions): SourceItem {
  try {
    if (text.trim() === '') throw new MarsadError('MARSAD_INPUT_EMPTY', { path: source });
    if (!opts.allowNonArabic) checkArabic(text, source);
    return { ok: true, source, text, meta };
  } catch (e) {
    return fail(source, e);
  }
}

async function* feedItems(body: string, source: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const feed = parseFeed(body, source);
  const min = opts.minInlineChars ?? 300;
  for (const [i, item] of feed.items.entries()) {
    const where = item.link ?? `${source}#${i + 1}`;
    yield await feedItem(item, where, feed.title, min, opts);
  }
}

async function feedItem(item: FeedItem, where: string, feedTitle: string | null, min: number, opts: SourceOptions): Promise<SourceItem> {
  const meta = { title: item.title, outlet: feedTitle, url: item.link, published: item.published, source: where };
  if (item.content.length >= min || !item.link || !isUrl(item.link)) return checked(where, item.content, meta, opts);
  try {
    const page = await safeFetch(item.link, opts);
    const art = htmlToArticle(page.body, page.url);
    return checked(where, art.text, {
      title: art.meta.title ?? item.title, outlet: feedTitle ?? art.meta.outlet, url: page.url,
      published: item.published ?? art.meta.published, source: where,
    }, opts);
  } catch (e) {
    // The page could not be fetched: the item's own content is better than nothing.
    if (item.content.trim()) return checked(where, item.content, meta, opts);
    return fail(where, e);
  }
}

export async function* readUnit(unit: Unit, opts: SourceOptions = {}): AsyncGenerator<SourceItem> {
  const src = unit.location;
  try {
    if (unit.kind === 'url') {
      const page = await safeFetch(src, opts);
      if (/xml|rss|atom/iu.test(page.contentType) || looksLikeFeed(page.body)) {
        yield* feedItems(page.body, src, opts);
      } else if (/html/iu.test(page.contentType) || /<html[\s>]/iu.test(page.body.slice(0, 2000))) {
        const art = htmlToArticle(page.body, page.url);
        yield checked(src, art.text, art.meta, opts);
      } else {
        yield checked(src, page.body, { url: page.url, source: src }, opts);
      }
      return;
    }
    const ext = extname(src).toLowerCase();
    if (HTML_EXT.has(ext) || FEED_EXT.has(ext)) {
      const body = decodeUtf8(readFileSync(src), src);
      if (FEED_EXT.has(ext) || looksLikeFeed(body)) yield* feedItems(body, src, opts);
      else {
        const art = htmlToArticle(body, null);
        yield checked(src, art.text, { ...art.meta, source: src }, opts);
      }
      return;
    }
    for (const r of readInputFile(src, opts.allowNonArabic ? { allowNonArabic: true } : {})) {
      yield r.ok ? { ok: true, source: r.source, text: r.text, meta: r.meta } : fail(r.source, r.error);
    }
  } catch (e) {
    yield fail(src, e);
  }
}
