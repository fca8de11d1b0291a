-- Microbiological sampling plans (GB 4789.1-2016 §3.2: n, c, m, M) as data, and the n results
-- an item was judged by. Until now a plan lived only in a limit's note and M was judged alone.
ALTER TABLE "item_limits" ADD COLUMN "sampling_plan" jsonb;--> statement-breakpoint
ALTER TABLE "result_items" ADD COLUMN "sub_results" jsonb;--> statement-breakpoint
ALTER TABLE "result_items" ADD COLUMN "sampling_plan" jsonb;--> statement-breakpoint
-- Limits whose note carries a plan in the seed's old wording ("n=5, c=2, m=10000, M=100000（…）",
-- "n=5, c=0, m=0/25g") keep it as data, edited limits included: three-class plans only where M
-- is still the stored limit, two-class plans only for 不得检出 (m = 0).
UPDATE "item_limits" AS l
SET "sampling_plan" = jsonb_build_object('n', s.p[1]::int, 'c', s.p[2]::int, 'm', s.p[3]::numeric, 'M', s.p[4]::numeric)
FROM (SELECT "id", regexp_match("note", 'n=(\d+), c=(\d+), m=(\d+(?:\.\d+)?), M=(\d+(?:\.\d+)?)') AS p FROM "item_limits") AS s
WHERE s."id" = l."id" AND s.p IS NOT NULL AND l."limit_type" = 'max' AND l."limit_value" = s.p[4]::numeric;--> statement-breakpoint
UPDATE "item_limits" AS l
SET "sampling_plan" = jsonb_build_object('n', s.p[1]::int, 'c', s.p[2]::int, 'm', 0, 'M', NULL)
FROM (SELECT "id", regexp_match("note", 'n=(\d+), c=(\d+), m=0(?:/|；|$)') AS p FROM "item_limits") AS s
WHERE s."id" = l."id" AND s.p IS NOT NULL AND l."limit_type" = 'not_detected';
