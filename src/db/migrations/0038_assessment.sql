-- 考核评价 (issue 15): indicators as data per year, published results (the freeze), checks,
-- the checked units and the findings with their rectification.
CREATE TABLE "assessment_indicators" (
  "id" uuid PRIMARY KEY NOT NULL,
  "year" integer NOT NULL,
  "code" text NOT NULL,
  "name" text NOT NULL,
  "definition" text NOT NULL,
  "computation" text NOT NULL,
  "params" jsonb DEFAULT '{}'::jsonb NOT NULL,
  "measure" text DEFAULT 'ratio' NOT NULL,
  "direction" text NOT NULL,
  "target" numeric NOT NULL,
  "weight" numeric NOT NULL,
  "unit_kinds" jsonb NOT NULL,
  "period" text DEFAULT 'year' NOT NULL,
  "sort_order" integer DEFAULT 0 NOT NULL,
  "version" integer DEFAULT 1 NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_by_user_id" uuid
);
--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_indicators_year_code_key" ON "assessment_indicators" ("year", "code");
--> statement-breakpoint
CREATE TABLE "assessment_results" (
  "year" integer NOT NULL,
  "period" text NOT NULL,
  "published_at" timestamp with time zone NOT NULL,
  "published_by_user_id" uuid,
  "snapshot" jsonb NOT NULL,
  CONSTRAINT "assessment_results_year_period_pk" PRIMARY KEY ("year", "period")
);
--> statement-breakpoint
CREATE TABLE "assessment_checks" (
  "id" uuid PRIMARY KEY NOT NULL,
  "year" integer NOT NULL,
  "title" text NOT NULL,
  "method" text NOT NULL,
  "start_on" date NOT NULL,
  "end_on" date NOT NULL,
  "team" jsonb DEFAULT '[]'::jsonb NOT NULL,
  "notes" text,
  "created_by_unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
  "created_by_user_id" uuid,
  "version" integer DEFAULT 1 NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "assessment_checks_year_idx" ON "assessment_checks" ("year");
--> statement-breakpoint
CREATE TABLE "assessment_check_units" (
  "check_id" uuid NOT NULL REFERENCES "assessment_checks"("id") ON DELETE CASCADE,
  "unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
  CONSTRAINT "assessment_check_units_check_id_unit_id_pk" PRIMARY KEY ("check_id", "unit_id")
);
--> statement-breakpoint
CREATE INDEX "assessment_check_units_unit_idx" ON "assessment_check_units" ("unit_id");
--> statement-breakpoint
CREATE TABLE "assessment_findings" (
  "id" uuid PRIMARY KEY NOT NULL,
  "check_id" uuid NOT NULL REFERENCES "assessment_checks"("id") ON DELETE CASCADE,
  "unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
  "description" text NOT NULL,
  "requirement" text NOT NULL,
  "due_on" date NOT NULL,
  "found_on" date NOT NULL,
  "indicator_code" text,
  "deduction" numeric DEFAULT 0 NOT NULL,
  "status" text DEFAULT 'open' NOT NULL,
  "report" text,
  "reported_at" timestamp with time zone,
  "accepted_at" timestamp with time zone,
  "review_note" text,
  "created_by_user_id" uuid,
  "version" integer DEFAULT 1 NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "assessment_findings_unit_idx" ON "assessment_findings" ("unit_id", "found_on");
--> statement-breakpoint
CREATE INDEX "assessment_findings_check_idx" ON "assessment_findings" ("check_id");
--> statement-breakpoint
-- The data-quality indicator (sample.pendingReview) counts, per owner, a year's samples and those
-- still 待复核, for every unit at once: an index-only scan of this index instead of a heap visit
-- per sample (docs/performance.md, "Assessment scores").
CREATE INDEX "samples_date_owner_review_idx" ON "samples" ("sampling_date", "owner_unit_id", "needs_review");
