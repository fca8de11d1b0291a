-- Custom SQL migration file, put your code below! --
-- The distinct two-character substrings of a text, lower-cased: '芹菜炒肉' → {芹菜,菜炒,炒肉}.
-- Chinese searches are often two characters long, which a trigram index cannot serve; a GIN
-- index on text_bigrams(column) can (column LIKE '%芹菜%' implies text_bigrams(column) @> '{芹菜}').
-- Only pg_catalog functions: safe inside index expressions, on PostgreSQL 15 and PGlite.
CREATE OR REPLACE FUNCTION text_bigrams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT coalesce(array_agg(DISTINCT substr(lower(t), i, 2)), '{}') FROM generate_series(1, char_length(t) - 1) AS i $$;
