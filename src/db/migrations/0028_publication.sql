-- Issue 13: publication with co-review (会审), the public portal, open data, consumer warnings
-- and standard explainers (seed arts. 11(5)–(6), 14, 16(5), 24).
-- A publication is a batch of samples (抽检信息公告) or a consumer warning (消费提示); both are
-- reviewed by 抽检监测处 and 新闻宣传处 and published at a time that may lie ahead.
CREATE TABLE "publications" (
  "id" uuid PRIMARY KEY,
  "kind" text NOT NULL,
  "title" text NOT NULL,
  "body" text,
  "tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
  "notice_no" text,
  "status" text DEFAULT 'review' NOT NULL,
  "round" integer DEFAULT 1 NOT NULL,
  "drafted_by_unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
  "drafted_by_user_id" uuid,
  "publish_at" timestamptz,
  "published_at" timestamptz,
  "watch_days" integer,
  "withdrawn_at" timestamptz,
  "withdrawal_note" text,
  "version" integer DEFAULT 1 NOT NULL,
  "created_at" timestamptz DEFAULT now() NOT NULL,
  "updated_at" timestamptz DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "publications_status_idx" ON "publications" ("kind", "status", "publish_at");
--> statement-breakpoint
CREATE INDEX "publications_drafter_idx" ON "publications" ("drafted_by_unit_id");
--> statement-breakpoint
-- The samples a batch announces (or a warning relates to); a held-back sample stays listed with why.
CREATE TABLE "publication_samples" (
  "publication_id" uuid NOT NULL REFERENCES "publications"("id") ON DELETE CASCADE,
  "sample_id" uuid NOT NULL REFERENCES "samples"("id"),
  "held_back" boolean DEFAULT false NOT NULL,
  "public_note" text,
  PRIMARY KEY ("publication_id", "sample_id")
);
--> statement-breakpoint
CREATE INDEX "publication_samples_sample_idx" ON "publication_samples" ("sample_id");
--> statement-breakpoint
-- Each approval or return, per review round: a returned batch keeps its history.
CREATE TABLE "publication_reviews" (
  "id" uuid PRIMARY KEY,
  "publication_id" uuid NOT NULL REFERENCES "publications"("id") ON DELETE CASCADE,
  "round" integer NOT NULL,
  "side" text NOT NULL,
  "decision" text NOT NULL,
  "comment" text,
  "user_id" uuid,
  "unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
  "at" timestamptz DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "publication_reviews_publication_idx" ON "publication_reviews" ("publication_id", "round");
--> statement-breakpoint
-- The public snapshot: what the portal and the open data API read, and nothing else. Written when
-- a batch is published, changed only by a correction or withdrawal (with its public note), so a
-- later internal edit of the sample never leaks. A withdrawn row keeps no content.
CREATE TABLE "published_results" (
  "id" uuid PRIMARY KEY,
  "publication_id" uuid NOT NULL REFERENCES "publications"("id"),
  "sample_id" uuid NOT NULL REFERENCES "samples"("id"),
  "sample_no" text NOT NULL,
  "published_at" timestamptz NOT NULL,
  "status" text DEFAULT 'current' NOT NULL,
  "food_name" text,
  "category" text,
  "category_root" text,
  "spec" text,
  "trademark" text,
  "production_date_text" text,
  "sampled_party_name" text,
  "sampled_party_address" text,
  "nominal_producer_name" text,
  "nominal_producer_address" text,
  "credit_code" text,
  "region_code" text,
  "region_name" text,
  "sampling_date" date,
  "conclusion" text,
  "failed_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
  "lab_name" text,
  "task_source" text,
  "notice_no" text,
  "public_note" text,
  "corrections" jsonb DEFAULT '[]'::jsonb NOT NULL,
  "search_text" text DEFAULT '' NOT NULL,
  "search_bigrams" text[] DEFAULT '{}' NOT NULL,
  "updated_at" timestamptz DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "published_results_publication_sample_key" ON "published_results" ("publication_id", "sample_id");
--> statement-breakpoint
CREATE INDEX "published_results_time_idx" ON "published_results" ("published_at" DESC, "id") WHERE "status" <> 'withdrawn';
--> statement-breakpoint
CREATE INDEX "published_results_updated_idx" ON "published_results" ("updated_at");
--> statement-breakpoint
CREATE INDEX "published_results_sample_no_idx" ON "published_results" ("sample_no");
--> statement-breakpoint
CREATE INDEX "published_results_credit_code_idx" ON "published_results" ("credit_code");
--> statement-breakpoint
CREATE INDEX "published_results_region_idx" ON "published_results" ("region_code", "published_at");
--> statement-breakpoint
CREATE INDEX "published_results_conclusion_idx" ON "published_results" ("conclusion", "published_at");
--> statement-breakpoint
CREATE INDEX "published_results_search_trgm_idx" ON "published_results" USING gin ("search_text" gin_trgm_ops);
--> statement-breakpoint
-- The bigrams are stored, not an expression index on text_bigrams(): a plan that walks the time
-- index and filters would call the PL/pgSQL function on every row it passes.
CREATE INDEX "published_results_search_bigram_idx" ON "published_results" USING gin ("search_bigrams");
--> statement-breakpoint
-- 标准解读: per test item, what it is, its limit and clause, why it matters, common causes.
CREATE TABLE "explainers" (
  "id" uuid PRIMARY KEY,
  "item_name" text NOT NULL,
  "summary" text NOT NULL,
  "limit_text" text,
  "standard_clause" text,
  "health_meaning" text NOT NULL,
  "common_causes" text NOT NULL,
  "review_status" text DEFAULT 'draft' NOT NULL,
  "reviewer_note" text,
  "version" integer DEFAULT 1 NOT NULL,
  "updated_by_user_id" uuid,
  "updated_at" timestamptz DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "explainers_item_name_key" ON "explainers" ("item_name");
