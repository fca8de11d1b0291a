-- Issues 11 and 12 at 10^6 samples (docs/performance.md, "Aggregates at 10^6"):
-- 1. The briefing pack's unqualified test items read the analytics explorer's per-item counts
--    (analytics_item_cube, kept by the results hook with the samples' scope columns as
--    dimensions) instead of joining samples and result items per request. Only rows with a
--    failure matter there (about 2 % of the cube): a partial index.
CREATE INDEX "analytics_item_cube_unqualified_idx" ON "analytics_item_cube" ("month", "region_code") WHERE "unqualified" > 0;
--> statement-breakpoint
-- 2. analytics_item_rollup by city, month and item only: the province's item pivots without a
--    大类, link or sampling-type dimension or filter (item × city, item × month, rates by item)
--    read 17,772 rows for a year at 10^6 samples instead of 125,494. Kept by the results hook
--    with the other item aggregates (refresh-sample-stats.ts), rebuilt with them.
CREATE TABLE "analytics_item_months" (
  "region_code" text,
  "month" date NOT NULL,
  "item_name" text NOT NULL,
  "samples" integer NOT NULL DEFAULT 0,
  "unqualified" integer NOT NULL DEFAULT 0,
  "issue" integer NOT NULL DEFAULT 0,
  CONSTRAINT "analytics_item_months_key" UNIQUE NULLS NOT DISTINCT ("region_code", "month", "item_name")
) WITH (fillfactor = 90);
--> statement-breakpoint
CREATE INDEX "analytics_item_months_month_idx" ON "analytics_item_months" ("month");
--> statement-breakpoint
INSERT INTO "analytics_item_months"
SELECT region_code, month, item_name, sum(samples)::int, sum(unqualified)::int, sum(issue)::int
FROM "analytics_item_rollup" GROUP BY 1, 2, 3 ORDER BY 2, 1, 3;
--> statement-breakpoint
-- 3. Every reader of the aggregates reads a range of months. Filled by a GROUP BY (the backfills,
--    `stats rebuild`), their rows lay in hash order: a city's quarter of sample_stats was 13,346
--    rows on 20,388 pages. Rewritten in month order (rebuild-sample-stats.ts now inserts in that
--    order too) with a tenth of each page left free, so that the results hook's updates (counts
--    only, no indexed column) stay on their page (HOT) and the order holds as results change.
ALTER TABLE "sample_stats" SET (fillfactor = 90);
--> statement-breakpoint
ALTER TABLE "sample_stats_area" SET (fillfactor = 90);
--> statement-breakpoint
ALTER TABLE "analytics_cube" SET (fillfactor = 90);
--> statement-breakpoint
ALTER TABLE "analytics_item_cube" SET (fillfactor = 90);
--> statement-breakpoint
ALTER TABLE "analytics_rollup" SET (fillfactor = 90);
--> statement-breakpoint
ALTER TABLE "analytics_item_rollup" SET (fillfactor = 90);
--> statement-breakpoint
CLUSTER "sample_stats" USING "sample_stats_month_idx";
--> statement-breakpoint
CLUSTER "sample_stats_area" USING "sample_stats_area_month_idx";
--> statement-breakpoint
CLUSTER "analytics_cube" USING "analytics_cube_month_idx";
--> statement-breakpoint
CLUSTER "analytics_item_cube" USING "analytics_item_cube_month_idx";
--> statement-breakpoint
CLUSTER "analytics_rollup" USING "analytics_rollup_grain_month_idx";
--> statement-breakpoint
CLUSTER "analytics_item_rollup" USING "analytics_item_rollup_month_idx";
--> statement-breakpoint
ANALYZE "sample_stats", "sample_stats_area", "analytics_cube", "analytics_item_cube", "analytics_rollup", "analytics_item_rollup", "analytics_item_months";
