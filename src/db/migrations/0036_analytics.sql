-- Issue 12 §1: the analytics explorer (风险分析) pivots any two of category (four levels), test item,
-- region, link, sampling type, enterprise kind, lab and time. It reads counts kept as results
-- change, like the province view's sample_stats (migration 0027, docs/analytics.md):
-- - analytics_cube: samples, unqualified and 问题 per owner unit, county region, month, category
--   (the sample's own, any level: drill-down maps it to its ancestor), category root, link,
--   sampling type, the sampled party's enterprise kind and the lab;
-- - analytics_item_cube: per test item, the samples tested for it and those that failed it (split
--   by the sample's conclusion: 不合格 or 问题; an overturned sample counts as tested only), by
--   owner unit, county region, month, category root, link and sampling type.
-- Owner unit, link and category root are there because the samples' scope reads exactly those.
-- - analytics_rollup, analytics_item_rollup: the same counts without the owner unit and at city
--   level, for the readers whose scope does not depend on the owner (provincial units: their
--   province-wide pivots would otherwise read a row per sample or so). analytics_rollup holds four
--   grains side by side (column `grain`): 1 city × month × 大类 × link × sampling type; 2 the same
--   by county; 3 grain 1 with enterprise kind and lab; 4 grain 1 with the sample's category. A
--   pivot reads the smallest grain that has its dimensions and filters (analytics/pivot-query.ts).
-- What each sample contributed so far lives in sample_stat_members (three more columns) and
-- analytics_item_members, so a change subtracts the old and adds the new in one statement.
ALTER TABLE "sample_stat_members" ADD COLUMN "category_id" uuid, ADD COLUMN "enterprise_kind" text, ADD COLUMN "lab_name" text;
--> statement-breakpoint
UPDATE "sample_stat_members" m SET "category_id" = s.category_id, "enterprise_kind" = e.kind, "lab_name" = s.lab_name
FROM "samples" s LEFT JOIN "enterprises" e ON e.id = s.sampled_party_id
WHERE s.id = m.sample_id;
--> statement-breakpoint
CREATE TABLE "analytics_cube" (
  "owner_unit_id" uuid NOT NULL,
  "region_code" text,
  "month" date NOT NULL,
  "category_id" uuid,
  "category_root_id" uuid,
  "link" text,
  "sampling_type" text NOT NULL,
  "enterprise_kind" text,
  "lab_name" text,
  "samples" integer NOT NULL DEFAULT 0,
  "unqualified" integer NOT NULL DEFAULT 0,
  "issue" integer NOT NULL DEFAULT 0,
  CONSTRAINT "analytics_cube_key" UNIQUE NULLS NOT DISTINCT ("owner_unit_id", "region_code", "month", "category_id", "category_root_id", "link", "sampling_type", "enterprise_kind", "lab_name")
);
--> statement-breakpoint
CREATE INDEX "analytics_cube_month_idx" ON "analytics_cube" ("month", "region_code");
--> statement-breakpoint
CREATE INDEX "analytics_cube_root_idx" ON "analytics_cube" ("category_root_id", "month");
--> statement-breakpoint
CREATE TABLE "analytics_item_members" (
  "sample_id" uuid NOT NULL,
  "item_name" text NOT NULL,
  "failed" boolean NOT NULL,
  PRIMARY KEY ("sample_id", "item_name")
);
--> statement-breakpoint
CREATE TABLE "analytics_item_cube" (
  "owner_unit_id" uuid NOT NULL,
  "region_code" text,
  "month" date NOT NULL,
  "category_root_id" uuid,
  "link" text,
  "sampling_type" text NOT NULL,
  "item_name" text NOT NULL,
  "samples" integer NOT NULL DEFAULT 0,
  "unqualified" integer NOT NULL DEFAULT 0,
  "issue" integer NOT NULL DEFAULT 0,
  CONSTRAINT "analytics_item_cube_key" UNIQUE NULLS NOT DISTINCT ("owner_unit_id", "region_code", "month", "category_root_id", "link", "sampling_type", "item_name")
);
--> statement-breakpoint
CREATE INDEX "analytics_item_cube_month_idx" ON "analytics_item_cube" ("month", "region_code");
--> statement-breakpoint
INSERT INTO "analytics_cube"
SELECT m.owner_unit_id, m.region_code, m.month, m.category_id, m.category_root_id, m.link, m.sampling_type, m.enterprise_kind, m.lab_name,
  count(*)::int, (count(*) FILTER (WHERE m.conclusion = 'unqualified'))::int, (count(*) FILTER (WHERE m.conclusion = 'issue'))::int
FROM "sample_stat_members" m
GROUP BY m.owner_unit_id, m.region_code, m.month, m.category_id, m.category_root_id, m.link, m.sampling_type, m.enterprise_kind, m.lab_name;
--> statement-breakpoint
INSERT INTO "analytics_item_members"
SELECT ri.sample_id, coalesce(ti.name, ri.item_name), bool_or(ri.judgement IN ('unqualified', 'issue'))
FROM "result_items" ri LEFT JOIN "test_items" ti ON ti.id = ri.test_item_id
WHERE ri.effective
GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO "analytics_item_cube"
SELECT m.owner_unit_id, m.region_code, m.month, m.category_root_id, m.link, m.sampling_type, i.item_name, count(*)::int,
  (count(*) FILTER (WHERE i.failed AND m.conclusion = 'unqualified'))::int, (count(*) FILTER (WHERE i.failed AND m.conclusion = 'issue'))::int
FROM "analytics_item_members" i JOIN "sample_stat_members" m ON m.sample_id = i.sample_id
GROUP BY 1, 2, 3, 4, 5, 6, 7;

--> statement-breakpoint
CREATE TABLE "analytics_rollup" (
  "grain" smallint NOT NULL,
  "region_code" text,
  "month" date NOT NULL,
  "category_id" uuid,
  "category_root_id" uuid,
  "link" text,
  "sampling_type" text NOT NULL,
  "enterprise_kind" text,
  "lab_name" text,
  "samples" integer NOT NULL DEFAULT 0,
  "unqualified" integer NOT NULL DEFAULT 0,
  "issue" integer NOT NULL DEFAULT 0,
  CONSTRAINT "analytics_rollup_key" UNIQUE NULLS NOT DISTINCT ("grain", "region_code", "month", "category_id", "category_root_id", "link", "sampling_type", "enterprise_kind", "lab_name")
);
--> statement-breakpoint
CREATE INDEX "analytics_rollup_grain_month_idx" ON "analytics_rollup" ("grain", "month");
--> statement-breakpoint
CREATE TABLE "analytics_item_rollup" (
  "region_code" text,
  "month" date NOT NULL,
  "category_root_id" uuid,
  "link" text,
  "sampling_type" text NOT NULL,
  "item_name" text NOT NULL,
  "samples" integer NOT NULL DEFAULT 0,
  "unqualified" integer NOT NULL DEFAULT 0,
  "issue" integer NOT NULL DEFAULT 0,
  CONSTRAINT "analytics_item_rollup_key" UNIQUE NULLS NOT DISTINCT ("region_code", "month", "category_root_id", "link", "sampling_type", "item_name")
);
--> statement-breakpoint
CREATE INDEX "analytics_item_rollup_month_idx" ON "analytics_item_rollup" ("month");
--> statement-breakpoint
INSERT INTO "analytics_rollup"
SELECT grain, region_code, month, category_id, category_root_id, link, sampling_type, enterprise_kind, lab_name, sum(samples)::int, sum(unqualified)::int, sum(issue)::int
FROM (
  SELECT 1 AS grain, substring(region_code from 1 for 4) || '00' AS region_code, month, NULL::uuid AS category_id, category_root_id, link, sampling_type, NULL::text AS enterprise_kind, NULL::text AS lab_name, samples, unqualified, issue FROM "analytics_cube"
  UNION ALL
  SELECT 2, region_code, month, NULL, category_root_id, link, sampling_type, NULL, NULL, samples, unqualified, issue FROM "analytics_cube"
  UNION ALL
  SELECT 3, substring(region_code from 1 for 4) || '00', month, NULL, category_root_id, link, sampling_type, enterprise_kind, lab_name, samples, unqualified, issue FROM "analytics_cube"
  UNION ALL
  SELECT 4, substring(region_code from 1 for 4) || '00', month, category_id, category_root_id, link, sampling_type, NULL, NULL, samples, unqualified, issue FROM "analytics_cube"
) g
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
--> statement-breakpoint
INSERT INTO "analytics_item_rollup"
SELECT substring(region_code from 1 for 4) || '00', month, category_root_id, link, sampling_type, item_name, sum(samples)::int, sum(unqualified)::int, sum(issue)::int
FROM "analytics_item_cube"
GROUP BY 1, 2, 3, 4, 5, 6;
