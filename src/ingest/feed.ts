/**
 * RSS 2.0 and Atom feeds → items (title, link, date, inline content). fast-xml-parser reads the
 * XML as data; entity expansion is limited to the predefined XML entities (no DTD processing).
 */
import { XMLParser } from 'fast-xml-parser';
import { MarsadError } from '../errors.js';
import { blockText, toIsoDate } from './html.js';

export interface FeedItem {
  readonly title: string | null;
  readonly link: string | null;
  readonly published: string | null;
  /** Plain text of the item's inline content (content:encoded, content, description, summary). */
  readonly content: string;
}

export interface Feed {
  readonly title: string | null;
  readonly items: readonly FeedItem[];
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '#text' in v) return textOf((v as Record<string, unknown>)['#text']);
  return null;
}

export function looksLikeFeed(body: string): boolean {
  const head = body.slice(0, 2000);
  return /<rss[\s>]/iu.test(head) || /<feed[\s>]/iu.test(head) || /<rdf:RDF[\s>]/iu.test(head);
}

export function parseFeed(xml: string, source: string): Feed {
  let doc: Record<string, unknown>;
  try {
    doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', processEntities: true, htmlEntities: false }).parse(xml) as Record<string, unknown>;
  } catch (e) {
    throw new MarsadError('MARSAD_FEED_INVALID', { source, detail: (e as Error).message });
  }
  const rss = doc['rss'] as { channel?: Record<string, unknown> } | undefined;
  const rdf = doc['rdf:RDF'] as Record<string, unknown> | undefined;
  if (rss?.channel || rdf) {
    const channel = (rss?.channel ?? rdf?.['channel'] ?? {}) as Record<string, unknown>;
    const items = asArray((rss?.channel?.['item'] ?? rdf?.['item']) as Record<string, unknown>[] | undefined);
    return {
      title: textOf(channel['title']),
      items: items.map((it) => ({
        title: textOf(it['title']),
        link: textOf(it['link']) ?? textOf(it['guid']),
        published: toIsoDate(textOf(it['pubDate']) ?? textOf(it['dc:date'])),
        content: blockText(textOf(it['content:encoded']) ?? textOf(it['description']) ?? ''),
      })),
    };
  }
  const feed = doc['feed'] as Record<string, unknown> | undefined;
  if (feed) {
    return {
      title: textOf(feed['title']),
      items: asArray(feed['entry'] as Record<string, unknown>[] | undefined).map((e) => {
        const links = asArray(e['link'] as Record<string, string>[] | Record<string, string> | undefined);
        const link = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate')?.['@_href'] ?? null;
        return {
          title: textOf(e['title']),
          link,
          published: toIsoDate(textOf(e['published']) ?? textOf(e['updated'])),
          content: blockText(textOf(e['content']) ?? textOf(e['summary']) ?? ''),
        };
      }),
    };
  }
  throw new MarsadError('MARSAD_FEED_INVALID', { source, detail: 'no <rss>, <rdf:RDF> or <feed> root element' });
}
