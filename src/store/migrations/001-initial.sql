-- Marsad schema v1. Runs unchanged on PGlite and PostgreSQL >= 15.
-- Dates are kept as ISO text (as given) plus a `date` column for range filters.

CREATE TABLE articles (
  id          text PRIMARY KEY,                -- 'a' + first 16 hex digits of the content hash
  hash        text NOT NULL UNIQUE,            -- sha256 of the UTF-8 text: re-ingest is a no-op
  seq         integer GENERATED ALWAYS AS IDENTITY UNIQUE, -- ingestion order
  title       text,
  outlet      text,
  url         text,
  published   text,
  pub_date    date,
  source      text,
  text        text NOT NULL,                   -- byte-exact original: every offset points into it
  sentences   jsonb NOT NULL,                  -- [[start,end],…]: re-derivable, kept for display
  pipeline    jsonb NOT NULL DEFAULT '{}',     -- stage name → version
  credits     text[] NOT NULL DEFAULT '{}',
  keys        tsvector NOT NULL,               -- token match keys with positions ('simple' lexemes)
  minhash     integer[] NOT NULL,              -- MinHash signature of word shingles
  cluster_id  integer,
  ingested_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_keys_idx ON articles USING gin (keys);
CREATE INDEX articles_outlet_idx ON articles (outlet);
CREATE INDEX articles_pub_date_idx ON articles (pub_date);
CREATE INDEX articles_cluster_idx ON articles (cluster_id);

-- Every layer as produced, for exact retrieval (offsets, spans, evidence).
CREATE TABLE article_layers (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  layer      text NOT NULL,
  data       jsonb NOT NULL,
  PRIMARY KEY (article_id, layer)
);

-- Relational projections of the layers, for lists, filters and exports.
CREATE TABLE actors (
  id      text PRIMARY KEY,
  type    text NOT NULL,
  name_ar text NOT NULL,
  name_en text,
  parent  text,
  known   boolean NOT NULL
);

CREATE TABLE mentions (
  article_id   text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx          integer NOT NULL,
  actor_id     text NOT NULL,
  start_offset integer NOT NULL,
  end_offset   integer NOT NULL,
  surface      text NOT NULL,
  mention_kind text NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX mentions_actor_idx ON mentions (actor_id);

CREATE TABLE labels (
  article_id   text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  mention_idx  integer NOT NULL,
  idx          integer NOT NULL,
  actor_id     text NOT NULL,
  outlet       text,
  key          text NOT NULL,
  label_kind   text NOT NULL,
  gloss        text,
  start_offset integer NOT NULL,
  end_offset   integer NOT NULL,
  PRIMARY KEY (article_id, mention_idx, idx)
);
CREATE INDEX labels_actor_idx ON labels (actor_id);

CREATE TABLE quotes (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        integer NOT NULL,
  speaker    text,
  act        text NOT NULL,
  content    text NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX quotes_speaker_idx ON quotes (speaker);

CREATE TABLE events (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        integer NOT NULL,
  type       text NOT NULL,
  place_id   text,
  actors     text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_type_idx ON events (type);

CREATE TABLE place_mentions (
  article_id   text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx          integer NOT NULL,
  place_id     text NOT NULL,
  name_ar      text NOT NULL,
  name_en      text NOT NULL,
  feature      text NOT NULL,
  country      text,
  lat          double precision,
  lon          double precision,
  start_offset integer NOT NULL,
  end_offset   integer NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX place_mentions_place_idx ON place_mentions (place_id);

-- Near-duplicate detection: locality-sensitive buckets of the MinHash signature.
CREATE TABLE minhash_bands (
  band       smallint NOT NULL,
  bucket     integer NOT NULL,
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (band, bucket, article_id)
);

CREATE TABLE copies (
  copy_id    text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  origin_id  text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  similarity double precision NOT NULL,
  changes    jsonb NOT NULL,
  PRIMARY KEY (copy_id, origin_id)
);
CREATE INDEX copies_origin_idx ON copies (origin_id);

-- Stories: event clusters inside threads. Centroids are sparse term-frequency sums
-- (key → weight); IDF is applied at comparison time from term_df, so they stay valid as the corpus grows.
CREATE TABLE threads (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title      text NOT NULL,
  centroid   jsonb NOT NULL,
  entities   jsonb NOT NULL DEFAULT '{}',
  first_date date,
  last_date  date,
  size       integer NOT NULL DEFAULT 0
);

CREATE TABLE clusters (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  thread_id  integer NOT NULL REFERENCES threads (id),
  title      text NOT NULL,
  centroid   jsonb NOT NULL,
  entities   jsonb NOT NULL DEFAULT '{}',       -- actor/place id → number of member articles
  first_date date,
  last_date  date,
  size       integer NOT NULL DEFAULT 0
);
CREATE INDEX clusters_thread_idx ON clusters (thread_id);

-- Document frequency of content-term keys, and the number of documents, for IDF.
CREATE TABLE term_df (
  key text PRIMARY KEY,
  df  integer NOT NULL
);

CREATE TABLE counters (
  name  text PRIMARY KEY,
  value bigint NOT NULL
);
INSERT INTO counters (name, value) VALUES ('documents', 0);
