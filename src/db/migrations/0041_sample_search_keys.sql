-- Issue 16: the two-character sample search (芹菜) of a city or county bureau read every match in
-- the province and discarded the others' (a 成都 search at 10^6 samples: 6,879 rows read for 1,796,
-- 104–555 ms a page). The food name's bigrams are now indexed together with the owner unit as one
-- more key ('#' and its id), so one GIN scan intersects "contains 芹菜" with "owned by one of these
-- units" (src/modules/sampling/sample-filter.ts). The key never equals a bigram (37 characters
-- against 2), so the same index serves a search without an owner, and replaces the bigram index.
-- text_bigrams is named with its schema: PostgreSQL 17 (PGlite) builds and maintains indexes with
-- search_path = pg_catalog, where the function's body would not find it.
CREATE OR REPLACE FUNCTION sample_search_keys(food_name text, owner_unit_id uuid) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT coalesce(public.text_bigrams(food_name), '{}') || ('#' || owner_unit_id::text) $$;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "samples_search_keys_idx" ON "samples" USING gin (sample_search_keys("food_name", "owner_unit_id"));
--> statement-breakpoint
DROP INDEX IF EXISTS "samples_food_name_bigram_idx";
