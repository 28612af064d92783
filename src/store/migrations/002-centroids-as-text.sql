-- Centroids are read on every article write; PGlite spends most of that time converting jsonb to
-- text. Stored as JSON text instead, parsed by the application.
ALTER TABLE clusters ALTER COLUMN centroid TYPE text USING centroid::text;
ALTER TABLE threads ALTER COLUMN centroid TYPE text USING centroid::text;
