-- The briefing pack's unqualified test items (src/modules/stats/briefing/get-briefing.ts) join the
-- period's unqualified samples to their effective unqualified items. Through result_items_sample_idx
-- that is one heap visit per sample over ~2×10^6 items (75–230 ms at 10^6 samples, mostly cold
-- pages); this partial index holds only the ~1.5 % of items the query reads, with the name, so the
-- join is an index-only scan of a small, hot index (docs/performance.md, "Province view and briefing pack").
CREATE INDEX "result_items_unqualified_idx" ON "result_items" ("sample_id", "item_name") WHERE "effective" AND "judgement" = 'unqualified';
