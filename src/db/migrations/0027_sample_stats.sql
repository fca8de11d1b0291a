-- Issue 11 §3: the province view and the briefing pack read counts of samples kept as results
-- change, instead of scanning the samples table per request (docs/dashboard.md).
-- sample_stats: one row per (owner unit, county region, month of the sampling date, food
-- category root, link, sampling type, plan) with the number of samples, of unqualified ones and
-- of risk-monitoring findings (问题). The owner unit is a dimension because the samples list is
-- scoped by it (jurisdiction sample.see); link and category root because link divisions and
-- 特殊食品处 are scoped by them. NULLs are values of a dimension (unknown link, no plan …).
CREATE TABLE "sample_stats" (
  "owner_unit_id" uuid NOT NULL,
  "region_code" text,
  "month" date NOT NULL,
  "category_root_id" uuid,
  "link" text,
  "sampling_type" text NOT NULL,
  "plan_id" uuid,
  "samples" integer NOT NULL DEFAULT 0,
  "unqualified" integer NOT NULL DEFAULT 0,
  "issue" integer NOT NULL DEFAULT 0,
  CONSTRAINT "sample_stats_key" UNIQUE NULLS NOT DISTINCT ("owner_unit_id", "region_code", "month", "category_root_id", "link", "sampling_type", "plan_id")
);
--> statement-breakpoint
CREATE INDEX "sample_stats_month_idx" ON "sample_stats" ("month", "region_code");
--> statement-breakpoint
-- The same counts without category root, sampling type and plan: about a fifth of the rows, read by
-- the province view's figures by area and month when the reader's scope does not depend on the
-- category root (everyone but 特殊食品处).
CREATE TABLE "sample_stats_area" (
  "owner_unit_id" uuid NOT NULL,
  "region_code" text,
  "month" date NOT NULL,
  "link" text,
  "samples" integer NOT NULL DEFAULT 0,
  "unqualified" integer NOT NULL DEFAULT 0,
  "issue" integer NOT NULL DEFAULT 0,
  CONSTRAINT "sample_stats_area_key" UNIQUE NULLS NOT DISTINCT ("owner_unit_id", "region_code", "month", "link")
);
--> statement-breakpoint
CREATE INDEX "sample_stats_area_month_idx" ON "sample_stats_area" ("month", "region_code");
--> statement-breakpoint
CREATE INDEX "sample_stats_plan_idx" ON "sample_stats" ("plan_id") WHERE "plan_id" IS NOT NULL;
--> statement-breakpoint
-- What each sample contributes to sample_stats now: the maintenance subtracts a changed sample's
-- old contribution and adds its new one in one statement (src/modules/stats/refresh-sample-stats.ts).
CREATE TABLE "sample_stat_members" (
  "sample_id" uuid PRIMARY KEY,
  "owner_unit_id" uuid NOT NULL,
  "region_code" text,
  "month" date NOT NULL,
  "category_root_id" uuid,
  "link" text,
  "sampling_type" text NOT NULL,
  "plan_id" uuid,
  "conclusion" text NOT NULL
);
--> statement-breakpoint
INSERT INTO "sample_stat_members"
SELECT s.id, s.owner_unit_id, s.region_code, date_trunc('month', s.sampling_date)::date, s.category_root_id, s.link, s.sampling_type, s.plan_id, s.conclusion
FROM "samples" s;
--> statement-breakpoint
INSERT INTO "sample_stats"
SELECT m.owner_unit_id, m.region_code, m.month, m.category_root_id, m.link, m.sampling_type, m.plan_id,
  count(*)::int, (count(*) FILTER (WHERE m.conclusion = 'unqualified'))::int, (count(*) FILTER (WHERE m.conclusion = 'issue'))::int
FROM "sample_stat_members" m
GROUP BY m.owner_unit_id, m.region_code, m.month, m.category_root_id, m.link, m.sampling_type, m.plan_id;
--> statement-breakpoint
INSERT INTO "sample_stats_area"
SELECT owner_unit_id, region_code, month, link, sum(samples)::int, sum(unqualified)::int, sum(issue)::int
FROM "sample_stats"
GROUP BY owner_unit_id, region_code, month, link;
