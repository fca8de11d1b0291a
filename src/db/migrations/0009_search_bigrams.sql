CREATE INDEX IF NOT EXISTS "enterprises_name_bigram_idx" ON "enterprises" USING gin (text_bigrams("name"));--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "samples_food_name_bigram_idx" ON "samples" USING gin (text_bigrams("food_name"));
