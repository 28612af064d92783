-- Indexed candidate retrieval for story assignment (replaces ranking every article that shares a
-- term, which grew with the corpus): each article's heaviest terms, dated, with its cluster.
-- Unknown dates are stored as '-infinity' so one btree (term, day, seq) serves both the dated
-- window scans and the undated "most recent" scans.
CREATE TABLE story_terms (
  term       text NOT NULL,
  day        date NOT NULL,
  seq        integer NOT NULL,
  cluster_id integer NOT NULL
);
CREATE INDEX story_terms_idx ON story_terms (term, day, seq);

-- Existing articles: their heaviest content terms from the stored keys (term frequency from the
-- key positions, IDF from term_df, which holds content terms only). The write path weighs with the
-- document frequencies of the moment of insertion, so these lists can differ a little from the
-- ones new writes file (about 4 postings in 5 identical on a 60-article test store).
INSERT INTO story_terms (term, day, seq, cluster_id)
SELECT term, day, seq, cluster_id FROM (
  SELECT u.lexeme AS term, COALESCE(a.pub_date, '-infinity'::date) AS day, a.seq, a.cluster_id,
         row_number() OVER (PARTITION BY a.id ORDER BY
           (1 + ln(COALESCE(array_length(u.positions, 1), 1))) * (ln((d.n + 1.0) / (t.df + 1)) + 1) DESC, u.lexeme) AS r
    FROM articles a CROSS JOIN unnest(a.keys) AS u
    JOIN term_df t ON t.key = u.lexeme
    CROSS JOIN (SELECT value AS n FROM counters WHERE name = 'documents') d
   WHERE a.cluster_id IS NOT NULL) x
 WHERE r <= 32;
