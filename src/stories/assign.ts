/**
 * Two-level story assignment, decided one article at a time (incremental, like a news monitor):
 *
 * - An **event cluster** groups reports of the same happening. An article joins the most similar
 *   cluster when the blended similarity is at least CLUSTER_THRESHOLD and, when both sides have
 *   dates, the article falls within CLUSTER_WINDOW_DAYS of the cluster's span. A near-copy
 *   (MinHash) always joins its origin's cluster: a wire copy reports the same happening.
 * - A **thread** links clusters on one subject over a longer time. A new cluster joins the most
 *   similar thread at THREAD_THRESHOLD within THREAD_WINDOW_DAYS, else it starts a thread.
 *
 * Similarity = (1 − ENTITY_WEIGHT) · cosine(TF-IDF of content-word keys, article vs centroid)
 *            + ENTITY_WEIGHT · overlap coefficient of the actor and place ids (when both have some).
 *
 * Why these values (not fitted to any sample): a cosine of TF-IDF vectors of ≥ 0.5 means that
 * more than half of the weighted vocabulary — names, places, the event's own nouns and verbs — is
 * shared, which in topic-detection work separates reports of one happening from reports of
 * related happenings; 0.2 is the usual "same topic" level (different events of one conflict share
 * the protagonists, places and the conflict's vocabulary but not the event terms). Entities get a
 * minority weight because the protagonists of a conflict recur in all its events: they should
 * bind threads more than clusters. News of one event is reported within a few days (3), a thread
 * of one conflict may pause for weeks (60). All constants are exported and documented in the
 * report; none is chosen to make a particular article pass.
 *
 * Candidates (src/store/write-story.ts): the decision above is taken over a short list of
 * candidate clusters, not over every cluster. The list used to be the clusters of the 12 articles
 * ranked highest (ts_rank) for the new article's 12 heaviest terms within THREAD_WINDOW_DAYS — a
 * cost that grew with the corpus. Since migration 003 every article files its 32 heaviest terms
 * (TF-IDF at insertion) in an indexed table with its date and cluster; a new article reads, for
 * each of its 12 heaviest terms, at most 40 postings on each side of its date within the window
 * (nearest days first; undated postings by recency), and compares the 12 clusters sharing the most
 * distinct terms. Same signal (shared heavy terms, time window), bounded cost; the similarity,
 * thresholds and windows are unchanged, and threads are still found among the candidates' threads.
 */
import { cosineIdf, type Sparse } from './terms.js';

export const CLUSTER_THRESHOLD = 0.5;
export const THREAD_THRESHOLD = 0.2;
export const ENTITY_WEIGHT = 0.2;
export const CLUSTER_WINDOW_DAYS = 3;
export const THREAD_WINDOW_DAYS = 60;

export interface Candidate {
  readonly id: number;
  readonly centroid: Sparse;
  /** Entity id → number of members naming it. */
  readonly entities: Readonly<Record<string, number>>;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

export interface ArticleProfile {
  readonly vector: Sparse;
  readonly entities: readonly string[];
  readonly date: string | null;
}

export function overlapCoefficient(a: readonly string[], b: Readonly<Record<string, number>>): number | null {
  const bk = Object.keys(b);
  if (a.length === 0 || bk.length === 0) return null;
  let shared = 0;
  for (const x of new Set(a)) if (b[x] !== undefined) shared++;
  return shared / Math.min(new Set(a).size, bk.length);
}

export function similarity(p: ArticleProfile, c: Candidate, weight: (k: string) => number): number {
  const cos = cosineIdf(p.vector, c.centroid, weight);
  const ent = overlapCoefficient(p.entities, c.entities);
  return ent === null ? cos : (1 - ENTITY_WEIGHT) * cos + ENTITY_WEIGHT * ent;
}

const DAY = 86_400_000;

/** Days between a date and a [first, last] span; 0 inside; null when either is unknown. */
export function daysOutside(date: string | null, first: string | null, last: string | null): number | null {
  if (!date || !first || !last) return null;
  const t = Date.parse(date.slice(0, 10));
  const a = Date.parse(first.slice(0, 10));
  const b = Date.parse(last.slice(0, 10));
  if ([t, a, b].some(Number.isNaN)) return null;
  if (t < a) return (a - t) / DAY;
  if (t > b) return (t - b) / DAY;
  return 0;
}

/** The best candidate at or above `threshold` within `windowDays`, or null. */
export function bestMatch(
  p: ArticleProfile, candidates: readonly Candidate[], weight: (k: string) => number, threshold: number, windowDays: number,
): { id: number; score: number } | null {
  let best: { id: number; score: number } | null = null;
  for (const c of candidates) {
    const gap = daysOutside(p.date, c.firstDate, c.lastDate);
    if (gap !== null && gap > windowDays) continue;
    const score = similarity(p, c, weight);
    if (score >= threshold && (!best || score > best.score || (score === best.score && c.id < best.id))) best = { id: c.id, score };
  }
  return best;
}
