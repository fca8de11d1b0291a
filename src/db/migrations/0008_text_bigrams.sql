-- Custom SQL migration file, put your code below! --
-- The two-character substrings of a text, lower-cased: '芹菜炒肉' → {芹菜,菜炒,炒肉}.
-- Chinese searches are often two characters long, which a trigram index cannot serve; a GIN
-- index on text_bigrams(column) can: for a two-character q, text_bigrams(column) @> text_bigrams(q)
-- holds exactly when lower(column) contains lower(q), i.e. column ILIKE '%q%'.
-- PL/pgSQL because it is evaluated per row wherever a plan filters on it: this loop costs about
-- a third of the same thing written as one SQL query (array_agg over generate_series).
CREATE OR REPLACE FUNCTION text_bigrams(t text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
  l text := lower(t);
  grams text[] := '{}';
BEGIN
  FOR i IN 1 .. char_length(l) - 1 LOOP
    grams := grams || substr(l, i, 2);
  END LOOP;
  RETURN grams;
END
$$;
