/**
 * The one storage interface of Marsad. The CLI, the HTTP API and the web UI use only this.
 * Two back ends run the same SQL: embedded PGlite (default, a data directory or `memory://`)
 * and a PostgreSQL server (`postgres://…`). Open one with `openStore(url)` from ./open.ts.
 *
 * Every read returns plain readonly records (JSON-serialisable) so the API can send them as they are.
 */
import type { Article } from '../doc/article.js';
import type { CopyChanges } from '../stories/copy-diff.js';
import type {
  ActorMention, ArticleActor, EntityMention, Event, PlaceMention, Quote, TimeExpression,
} from '../doc/annotations.js';

// ---------------------------------------------------------------- writing

export interface IngestExtras {
  /** Agencies/outlets the text credits («رويترز», «الجزيرة»), as written. */
  readonly credits?: readonly string[];
  /** Stage name → version that produced the layers (from `pipeline.stages`). */
  readonly pipeline?: Readonly<Record<string, number>>;
}

export type IngestOutcome =
  | { readonly status: 'added'; readonly id: string; readonly hash: string; readonly clusterId: number; readonly threadId: number;
      readonly copyOf: string | null }
  /** Same content (same hash) is already stored: nothing was written. */
  | { readonly status: 'skipped'; readonly id: string; readonly hash: string; readonly reason: 'duplicate-content' };

// ---------------------------------------------------------------- paging and filters

export interface Page<T> {
  readonly items: readonly T[];
  /** Total number of matches (for paging), independent of limit/offset. */
  readonly total: number;
}

export interface Paging {
  readonly limit?: number; // default 50, max 1000
  readonly offset?: number;
}

/** Filters shared by most lists and by search. Dates are ISO (YYYY-MM-DD), inclusive. */
export interface ArticleFilter extends Paging {
  readonly outlet?: string;
  readonly from?: string;
  readonly to?: string;
  /** Actor id: only articles that mention it. */
  readonly actor?: string;
  /** Place id: only articles that name it. */
  readonly place?: string;
  readonly clusterId?: number;
}

// ---------------------------------------------------------------- articles

export interface ArticleSummary {
  readonly id: string;
  readonly hash: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly source: string | null;
  /** Order of ingestion (1, 2, …): the tie-breaker when dates are unknown. */
  readonly seq: number;
  readonly ingestedAt: string;
  readonly chars: number;
  readonly credits: readonly string[];
  readonly clusterId: number | null;
  readonly threadId: number | null;
}

export interface CopyLink {
  /** The article that copies (later). */
  readonly copyId: string;
  /** The article copied (earliest published; unknown dates → ingestion order). */
  readonly originId: string;
  /** Estimated Jaccard similarity of word shingles (MinHash). */
  readonly similarity: number;
  readonly changes: CopyChanges;
}

/** What the copy changed relative to the origin: headline, inserted and removed sentences. */
export type { CopyChanges };

export interface StoredLayers {
  readonly entities?: readonly EntityMention[];
  readonly places?: readonly PlaceMention[];
  readonly times?: readonly TimeExpression[];
  readonly actors?: readonly ArticleActor[];
  readonly mentions?: readonly ActorMention[];
  readonly quotes?: readonly Quote[];
  readonly events?: readonly Event[];
}

export interface ArticleDetail extends ArticleSummary {
  /** The original text, exactly as ingested: every offset points into it. */
  readonly text: string;
  /** Sentence spans (re-derivable from the text; kept for fast display). */
  readonly sentences: readonly { readonly start: number; readonly end: number }[];
  readonly layers: StoredLayers;
  /** Stage name → version that produced the layers. */
  readonly pipeline: Readonly<Record<string, number>>;
  /** Links where this article is the copy or the origin. */
  readonly copies: readonly CopyLink[];
}

// ---------------------------------------------------------------- stories

export interface StoryMemberOutlet {
  readonly outlet: string;
  readonly articles: readonly { readonly id: string; readonly title: string | null; readonly published: string | null }[];
}

export interface ClusterSummary {
  readonly id: number;
  readonly threadId: number;
  readonly title: string;
  /** Earliest and latest known publication dates of members (null when none is known). */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly size: number;
  readonly outlets: readonly string[];
  /** Most mentioned actors: id, name, number of member articles mentioning them. */
  readonly keyActors: readonly { readonly id: string; readonly name: string; readonly articles: number }[];
}

export interface ClusterDetail extends ClusterSummary {
  readonly members: readonly StoryMemberOutlet[];
  readonly copies: readonly CopyLink[];
  /** Top weighted terms of the cluster (match keys), for display. */
  readonly terms: readonly string[];
}

export interface ThreadSummary {
  readonly id: number;
  readonly title: string;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly clusters: number;
  readonly articles: number;
}

export interface ThreadDetail extends ThreadSummary {
  readonly clusterList: readonly ClusterSummary[];
}

// ---------------------------------------------------------------- actors, quotes, events, places

export interface ActorSummary {
  readonly id: string;
  readonly type: string;
  readonly nameAr: string;
  readonly nameEn: string | null;
  readonly parent: string | null;
  readonly known: boolean;
  readonly mentions: number;
  readonly articles: number;
}

export interface ActorDetail extends ActorSummary {
  /** Every surface form seen for the actor, with counts. */
  readonly aliases: readonly { readonly text: string; readonly count: number }[];
  /** Label matrix row: per outlet, per label key, the count. */
  readonly labelsByOutlet: readonly {
    readonly outlet: string;
    readonly labels: readonly { readonly key: string; readonly labelKind: string; readonly gloss: string | null; readonly count: number }[];
  }[];
}

export interface StoredQuote {
  readonly articleId: string;
  readonly index: number;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly speaker: string | null;
  readonly speakerName: string | null;
  /** The quoted content as written. */
  readonly content: string;
  readonly quote: Quote;
}

export interface StoredEvent {
  readonly articleId: string;
  readonly index: number;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly type: string;
  readonly sourceNames: readonly string[];
  readonly targetNames: readonly string[];
  /** The sentence containing the trigger. */
  readonly sentence: string;
  readonly place: { readonly id: string; readonly nameAr: string; readonly nameEn: string; readonly lat: number | null; readonly lon: number | null } | null;
  readonly event: Event;
}

export interface StoredPlace {
  readonly placeId: string;
  readonly nameAr: string;
  readonly nameEn: string;
  readonly feature: string;
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly mentions: number;
  readonly articles: number;
}

export interface QuoteFilter extends ArticleFilter {
  readonly speaker?: string;
}

export interface EventFilter extends ArticleFilter {
  readonly type?: string;
}

// ---------------------------------------------------------------- search

export interface SearchQuery extends ArticleFilter {
  /** Free text; every word must match (by its match key, clitics removed). */
  readonly q: string;
}

export interface SearchHit {
  readonly article: ArticleSummary;
  readonly score: number;
  /** Snippets with matched words wrapped: `{ text, highlights: spans relative to text }`. */
  readonly snippets: readonly { readonly text: string; readonly start: number; readonly highlights: readonly { readonly start: number; readonly end: number }[] }[];
}

export interface StoreStats {
  readonly articles: number;
  readonly outlets: number;
  readonly clusters: number;
  readonly threads: number;
  readonly actors: number;
  readonly quotes: number;
  readonly events: number;
  readonly copies: number;
}

// ---------------------------------------------------------------- the interface

export interface Store {
  /** `pglite` or `postgres`, and the location (never a password). */
  readonly kind: 'pglite' | 'postgres';
  readonly location: string;

  /** Stores one analysed article (one transaction): text, layers, keys, copy link, cluster and thread. */
  ingestArticle(article: Article, extras?: IngestExtras): Promise<IngestOutcome>;
  /**
   * Bulk path for initial loads: the same write code as `ingestArticle`, article after article in
   * one transaction for the whole batch (no per-article commit). A crash loses the whole batch,
   * never part of an article; outcomes are in input order.
   */
  ingestBatch(items: readonly { readonly article: Article; readonly extras?: IngestExtras }[]): Promise<IngestOutcome[]>;
  /** The id of the article with this content hash, or null. */
  findByHash(hash: string): Promise<string | null>;

  listArticles(filter?: ArticleFilter): Promise<Page<ArticleSummary>>;
  getArticle(id: string): Promise<ArticleDetail | null>;
  listOutlets(): Promise<readonly { readonly outlet: string; readonly articles: number }[]>;

  listClusters(filter?: Paging & { readonly threadId?: number }): Promise<Page<ClusterSummary>>;
  getCluster(id: number): Promise<ClusterDetail | null>;
  listThreads(filter?: Paging): Promise<Page<ThreadSummary>>;
  getThread(id: number): Promise<ThreadDetail | null>;
  listCopies(filter?: Paging): Promise<Page<CopyLink>>;

  listActors(filter?: Paging & { readonly q?: string; readonly outlet?: string }): Promise<Page<ActorSummary>>;
  getActor(id: string): Promise<ActorDetail | null>;
  listQuotes(filter?: QuoteFilter): Promise<Page<StoredQuote>>;
  listEvents(filter?: EventFilter): Promise<Page<StoredEvent>>;
  listPlaces(filter?: Paging): Promise<Page<StoredPlace>>;

  search(query: SearchQuery): Promise<Page<SearchHit>>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
