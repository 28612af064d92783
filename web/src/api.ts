/** Thin fetch wrappers for the JSON API; errors carry the server's message. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function get<T>(path: string, params: Record<string, string | number | undefined | null> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const url = `api/${path}${qs.size ? `?${qs}` : ''}`;
  const r = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await r.json().catch(() => null);
  if (!r.ok) throw new ApiError(r.status, body?.error?.message ?? `${r.status} ${r.statusText}`);
  return body as T;
}

export async function post<T>(path: string, body: BodyInit, token: string, json: boolean): Promise<T> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
  if (json) headers['content-type'] = 'application/json';
  const r = await fetch(`api/${path}`, { method: 'POST', body, headers });
  const out = await r.json().catch(() => null);
  if (!r.ok) throw new ApiError(r.status, out?.error?.message ?? `${r.status} ${r.statusText}`);
  return out as T;
}

// ------------------------------------------------------------------ shapes the UI reads

export interface SpanT { start: number; end: number }
export interface Page<T> { items: T[]; total: number; limit: number; offset: number }
export interface ArticleText { id: string; text: string; sentences: SpanT[] }
export interface LabelUse { key: string; text: string; labelKind: string; gloss: string | null; count: number; spans: SpanT[]; unique: boolean }
export interface Column {
  articleId: string; outlet: string; published: string | null;
  headline: { text: string; span: SpanT | null };
  actors: { actorId: string; name: string; labels: LabelUse[] }[];
  quotes: { index: number; speaker: string | null; speakerName: string | null; content: string; span: SpanT; act: string; direct: boolean | 'mixed'; alsoIn: string[] }[];
  omitted: { articleId: string; outlet: string; index: number; speakerName: string | null; content: string; span: SpanT }[];
  events: { index: number; type: string; trigger: string; span: SpanT; sources: string[]; targets: string[]; alsoIn: string[] }[];
}
export interface Comparison { columns: Column[]; articles: ArticleText[] }
export interface ClusterSummary {
  id: number; threadId: number; title: string; firstDate: string | null; lastDate: string | null; size: number; outlets: string[];
  keyActors: { id: string; name: string; articles: number }[];
}
export interface StoryResponse extends Comparison {
  story: ClusterSummary & { members: { outlet: string; articles: { id: string; title: string | null }[] }[]; terms: string[] };
}
export interface ThreadDetail { id: number; title: string; clusters: number; articles: number; clusterList: ClusterSummary[] }
export interface ArticleSummary { id: string; title: string | null; outlet: string | null; outletName: string; published: string | null; source: string | null; seq: number; clusterId: number | null; threadId: number | null; chars: number }
export interface ArticleDetail extends ArticleSummary {
  text: string; sentences: SpanT[];
  layers: {
    mentions?: { span: SpanT; actorId: string; mentionKind: string; labels: { span: SpanT; labelKind: string; key: string }[] }[];
    actors?: { id: string; nameAr: string; nameEn: string | null; type: string }[];
    quotes?: { span: SpanT; content: SpanT; speaker: string | null; act: string }[];
    events?: { span: SpanT; type: string; trigger: SpanT; source: string[]; target: string[] }[];
    places?: { span: SpanT; placeId: string; nameAr: string; feature: string }[];
    times?: { span: SpanT; timeKind: string; value: string | null }[];
  };
}
export interface StoredQuote { articleId: string; index: number; outlet: string | null; speaker: string | null; speakerName: string | null; content: string; quote: { span: SpanT; act: string; target: string | null } }
export interface StoredEvent { articleId: string; index: number; outlet: string | null; type: string; sourceNames: string[]; targetNames: string[]; sentence: string; event: { span: SpanT }; place: { nameAr: string } | null }
export interface ActorSummary { id: string; type: string; nameAr: string; nameEn: string | null; mentions: number; articles: number }
export interface ActorProfile {
  actor: ActorSummary & { aliases: { text: string; count: number }[]; parent: string | null };
  matrix: { outlet: string; labels: { key: string; text: string; labelKind: string; gloss: string | null; count: number }[] }[];
  roles: string[];
  overTime: { month: string; outlet: string; key: string; count: number }[];
  quotesBy: StoredQuote[]; quotesAbout: StoredQuote[]; eventsAsSource: StoredEvent[]; eventsAsTarget: StoredEvent[];
}
export interface Place { placeId: string; nameAr: string; nameEn: string; feature: string; country: string | null; lat: number | null; lon: number | null; mentions: number; articles: number }
export interface TimelineItem { kind: 'event' | 'quote'; articleId: string; index: number; outlet: string; seq: number; date: string | null; dateFrom: string | null; type: string; who: string[]; whom: string[]; text: string; span: SpanT }
export interface SearchHit { article: ArticleSummary; score: number; snippets: { text: string; start: number; highlights: SpanT[] }[] }
export interface IngestResult { source: string; status: 'added' | 'skipped' | 'failed'; id: string | null; storyId: number | null; error: { code: string; message: string } | null }
