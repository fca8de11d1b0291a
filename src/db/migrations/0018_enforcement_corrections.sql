-- Issue 9 (B3, B4, B5, B7, C): corrections of the enforcement records. Hand-written, PostgreSQL 15.

-- B7: how a batchesInYear rule reads "一年内" (calendar year by default, or a rolling 12 months).
-- Seeded rule rows nobody edited are brought to the corrected defaults at start, with audit
-- (seedEscalationRules), so administrators' edits are kept.
ALTER TABLE "escalation_rules" ADD COLUMN "window" text DEFAULT 'calendarYear' NOT NULL;
--> statement-breakpoint

-- C: the institute's risk warnings (风险预警提示, seed art. 16(6)) go the way of sampling suggestions.
ALTER TABLE "sampling_suggestions" ADD COLUMN "kind" text DEFAULT 'sampling' NOT NULL;
--> statement-breakpoint

-- B3: the grounds of 行政处罚法 art. 58 the case officer states (the hearing one is derived).
ALTER TABLE "cases" ADD COLUMN "public_interest" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "complex" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "review_required_by" text;
--> statement-breakpoint

-- C: the link division that reads and cooperates on a case (配合), and 稽查局's take-over.
ALTER TABLE "cases" ADD COLUMN "link_unit_id" uuid;
--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_link_unit_id_org_units_id_fk" FOREIGN KEY ("link_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "cases_link_unit_idx" ON "cases" USING btree ("link_unit_id");
--> statement-breakpoint
-- Existing cases take the link division of their disposal (its guiding division) or escalation (its owner division).
UPDATE "cases" c SET "link_unit_id" = d."guiding_unit_id" FROM "disposals" d WHERE c."disposal_id" = d."id" AND c."link_unit_id" IS NULL;
--> statement-breakpoint
UPDATE "cases" c SET "link_unit_id" = e."owner_unit_id" FROM "escalations" e WHERE c."escalation_id" = e."id" AND c."link_unit_id" IS NULL;
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "take_over" jsonb;
--> statement-breakpoint

-- B4: the time limits of a case (立案 from the lead, the decision period's extensions and excluded time).
ALTER TABLE "cases" ADD COLUMN "discovered_on" date;
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "filing_due_on" date;
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "time_limits" jsonb DEFAULT '{}'::jsonb NOT NULL;
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "clock_suspended" boolean DEFAULT false NOT NULL;
--> statement-breakpoint

-- C (seed art. 11(6)): 抽检监测处 prepares the credit collection, 信用处 approves and sends it.
ALTER TABLE "credit_export_batches" ADD COLUMN "status" text DEFAULT 'sent' NOT NULL;
--> statement-breakpoint
ALTER TABLE "credit_export_batches" ADD COLUMN "prepared_by_unit_id" uuid;
--> statement-breakpoint
ALTER TABLE "credit_export_batches" ADD CONSTRAINT "credit_export_batches_prepared_by_unit_id_org_units_id_fk" FOREIGN KEY ("prepared_by_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "credit_export_batches" ADD COLUMN "approved_by_user_id" uuid;
--> statement-breakpoint
ALTER TABLE "credit_export_batches" ADD COLUMN "approved_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "credit_export_batches" ADD COLUMN "return_reason" text;
--> statement-breakpoint
ALTER TABLE "credit_export_batches" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;
--> statement-breakpoint

-- B5: 严重违法失信名单 — listed by the authority that penalised, a bureau's listing approved by the
-- level above, expiring after the listing period.
ALTER TABLE "dishonest_entries" ADD COLUMN "expires_on" date;
--> statement-breakpoint
UPDATE "dishonest_entries" SET "expires_on" = ("listed_on" + interval '3 years')::date WHERE "expires_on" IS NULL;
--> statement-breakpoint
ALTER TABLE "dishonest_entries" ADD COLUMN "approved_by_unit_id" uuid;
--> statement-breakpoint
ALTER TABLE "dishonest_entries" ADD CONSTRAINT "dishonest_entries_approved_by_unit_id_org_units_id_fk" FOREIGN KEY ("approved_by_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "dishonest_entries" ADD COLUMN "approved_by_user_id" uuid;
--> statement-breakpoint
ALTER TABLE "dishonest_entries" ADD COLUMN "approved_on" date;
--> statement-breakpoint
ALTER TABLE "dishonest_entries" ADD COLUMN "refusal_reason" text;
--> statement-breakpoint
ALTER TABLE "dishonest_entries" ADD COLUMN "removal_kind" text;
--> statement-breakpoint
DROP INDEX IF EXISTS "dishonest_entries_listed_key";
--> statement-breakpoint
CREATE UNIQUE INDEX "dishonest_entries_active_key" ON "dishonest_entries" USING btree ("enterprise_id") WHERE "dishonest_entries"."status" IN ('proposed', 'listed');
