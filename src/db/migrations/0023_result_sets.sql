-- Issue 10: a retest no longer replaces the first lab's results. Each result item belongs to a
-- result set: 'initial' (entry, correction, import) or 'retest' (linked to its application);
-- `effective` marks the sample's latest set, which its conclusion and everything downstream go by.
ALTER TABLE "result_items" ADD COLUMN IF NOT EXISTS "result_set" text DEFAULT 'initial' NOT NULL;
--> statement-breakpoint
ALTER TABLE "result_items" ADD COLUMN IF NOT EXISTS "objection_id" uuid;
--> statement-breakpoint
ALTER TABLE "result_items" ADD COLUMN IF NOT EXISTS "effective" boolean DEFAULT true NOT NULL;
--> statement-breakpoint
ALTER TABLE "result_items" ADD CONSTRAINT "result_items_objection_id_objections_id_fk" FOREIGN KEY ("objection_id") REFERENCES "public"."objections"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
-- Backfill: the items of a sample whose retest overturned its result are the retest lab's (the
-- conclusion replaced the first lab's items until now).
UPDATE "result_items" ri SET "result_set" = 'retest', "objection_id" = o."id"
FROM "objections" o
WHERE o."sample_id" = ri."sample_id" AND o."kind" = 'retest' AND o."status" = 'concluded' AND o."outcome" = 'overturned';
--> statement-breakpoint
-- ... and the first lab's items they replaced come back, not effective, from the audit row of the
-- overturn (its `before.items`, the rows as they were), with their original ids.
INSERT INTO "result_items" ("id", "sample_id", "test_item_id", "item_name", "result_text", "result_value", "sub_results", "unit", "limit_text", "limit_type", "limit_value", "sampling_plan", "standard", "judgement", "microbiological", "sort_order", "result_set", "objection_id", "effective")
SELECT x."id", a."entity_id"::uuid, x."testItemId", x."itemName", x."resultText", x."resultValue", x."subResults", x."unit", x."limitText", x."limitType", x."limitValue", x."samplingPlan", x."standard", x."judgement", coalesce(x."microbiological", false), coalesce(x."sortOrder", 0), 'initial', NULL, false
FROM "audit_log" a
CROSS JOIN LATERAL jsonb_to_recordset(a."before"->'items') AS x("id" uuid, "testItemId" uuid, "itemName" text, "resultText" text, "resultValue" numeric, "subResults" jsonb, "unit" text, "limitText" text, "limitType" text, "limitValue" numeric, "samplingPlan" jsonb, "standard" text, "judgement" text, "microbiological" boolean, "sortOrder" integer)
WHERE a."action" = 'sample.overturned' AND a."after"->>'kind' = 'retest' AND jsonb_typeof(a."before"->'items') = 'array'
  AND EXISTS (SELECT 1 FROM "samples" s WHERE s."id" = a."entity_id"::uuid)
ON CONFLICT ("id") DO NOTHING;
--> statement-breakpoint
ALTER TABLE "result_items" ADD CONSTRAINT "result_items_result_set_check" CHECK (("result_set" = 'initial' AND "objection_id" IS NULL) OR ("result_set" = 'retest' AND "objection_id" IS NOT NULL));
