-- Custom SQL migration file, put your code below! --
-- Drafts of 0008/0009 (committed in the checkpoint 32f7d19) defined text_bigrams() in plain SQL
-- and dropped the food-name trigram index; databases migrated from them differ from fresh ones.
-- This brings them in line and is a no-op everywhere else: the function as 0008 now defines it
-- (same bigrams, about three times cheaper per call), and the index that three-character and
-- longer food-name searches use (src/modules/sampling/sample-filter.ts).
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
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "samples_food_name_trgm_idx" ON "samples" USING gin ("food_name" gin_trgm_ops);
