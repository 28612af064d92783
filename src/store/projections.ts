/**
 * Writes an article's layers: each whole layer as JSON (exact retrieval of every span), and
 * relational rows for what lists, filters and exports need (actors, mentions, labels, quotes,
 * events, places). Runs inside the article's transaction.
 */
import type { Article } from '../doc/article.js';
import { LAYER_NAMES } from '../doc/layers.js';
import type { Sql } from './db.js';

export async function writeProjections(tx: Sql, id: string, article: Article): Promise<void> {
  const L = article.layers;
  const text = article.text;
  // One multi-row statement per table (round trips dominate on PGlite).
  const layers = LAYER_NAMES.filter((name) => L[name]);
  if (layers.length > 0) {
    await tx.query(
      'INSERT INTO article_layers (article_id, layer, data) SELECT $1, n, d::jsonb FROM unnest($2::text[], $3::text[]) AS u(n, d)',
      [id, layers, layers.map((name) => JSON.stringify(L[name]))]);
  }
  // One row per actor id (an upsert cannot touch a row twice in one statement): first seen wins,
  // later ones only fill what is missing, as successive upserts did.
  const actors = new Map<string, { id: string; type: string; nameAr: string; nameEn: string | null; parent: string | null; known: boolean }>();
  for (const a of L.actors ?? []) {
    const seen = actors.get(a.id);
    if (!seen) actors.set(a.id, { id: a.id, type: a.type, nameAr: a.nameAr, nameEn: a.nameEn, parent: a.parent, known: a.known });
    else actors.set(a.id, { ...seen, nameEn: seen.nameEn ?? a.nameEn, parent: seen.parent ?? a.parent, known: seen.known || a.known });
  }
  if (actors.size > 0) {
    const list = [...actors.values()];
    await tx.query(
      `INSERT INTO actors (id, type, name_ar, name_en, parent, known)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[])
       ON CONFLICT (id) DO UPDATE SET name_en = COALESCE(actors.name_en, EXCLUDED.name_en),
         parent = COALESCE(actors.parent, EXCLUDED.parent), known = actors.known OR EXCLUDED.known`,
      [list.map((a) => a.id), list.map((a) => a.type), list.map((a) => a.nameAr), list.map((a) => a.nameEn), list.map((a) => a.parent), list.map((a) => a.known)]);
  }
  const mentions = L.mentions ?? [];
  if (mentions.length > 0) {
    await tx.query(
      `INSERT INTO mentions (article_id, idx, actor_id, start_offset, end_offset, surface, mention_kind)
       SELECT $1, i - 1, a, s, e, t, k FROM unnest($2::text[], $3::integer[], $4::integer[], $5::text[], $6::text[]) WITH ORDINALITY AS u(a, s, e, t, k, i)`,
      [id, mentions.map((m) => m.actorId), mentions.map((m) => m.span.start), mentions.map((m) => m.span.end),
        mentions.map((m) => text.slice(m.span.start, m.span.end)), mentions.map((m) => m.mentionKind)]);
    const labels = mentions.flatMap((m, mi) => m.labels.map((l, li) => ({ m, mi, l, li })));
    if (labels.length > 0) {
      await tx.query(
        `INSERT INTO labels (article_id, mention_idx, idx, actor_id, outlet, key, label_kind, gloss, start_offset, end_offset)
         SELECT $1, mi, li, a, $2, k, lk, g, s, e
           FROM unnest($3::integer[], $4::integer[], $5::text[], $6::text[], $7::text[], $8::text[], $9::integer[], $10::integer[]) AS u(mi, li, a, k, lk, g, s, e)`,
        [id, article.meta.outlet ?? null, labels.map((x) => x.mi), labels.map((x) => x.li), labels.map((x) => x.m.actorId),
          labels.map((x) => x.l.key), labels.map((x) => x.l.labelKind), labels.map((x) => x.l.gloss), labels.map((x) => x.l.span.start),
          labels.map((x) => x.l.span.end)]);
    }
  }
  const quotes = L.quotes ?? [];
  if (quotes.length > 0) {
    await tx.query(
      `INSERT INTO quotes (article_id, idx, speaker, act, content)
       SELECT $1, i - 1, sp, act, c FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS u(sp, act, c, i)`,
      [id, quotes.map((q) => q.speaker), quotes.map((q) => q.act), quotes.map((q) => text.slice(q.content.start, q.content.end))]);
  }
  const events = L.events ?? [];
  if (events.length > 0) {
    await tx.query(
      `INSERT INTO events (article_id, idx, type, place_id, actors)
       SELECT $1, i - 1, t, p, string_to_array(a, chr(31)) FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS u(t, p, a, i)`,
      [id, events.map((e) => e.type), events.map((e) => e.place), events.map((e) => [...e.source, ...e.target].join('\u001f'))]);
  }
  const places = L.places ?? [];
  if (places.length > 0) {
    await tx.query(
      `INSERT INTO place_mentions (article_id, idx, place_id, name_ar, name_en, feature, country, lat, lon, start_offset, end_offset)
       SELECT $1, i - 1, p, na, ne, f, c, la, lo, s, e
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[], $9::integer[], $10::integer[])
         WITH ORDINALITY AS u(p, na, ne, f, c, la, lo, s, e, i)`,
      [id, places.map((p) => p.placeId), places.map((p) => p.nameAr), places.map((p) => p.nameEn), places.map((p) => p.feature),
        places.map((p) => p.country), places.map((p) => p.lat), places.map((p) => p.lon), places.map((p) => p.span.start), places.map((p) => p.span.end)]);
  }
}
