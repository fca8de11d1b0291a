CREATE TABLE "enterprises" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"normalized_name" text NOT NULL,
	"credit_code" text,
	"licence_numbers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"kind" text NOT NULL,
	"region_code" text,
	"address" text,
	"owner_unit_id" uuid NOT NULL,
	"needs_review" boolean DEFAULT false NOT NULL,
	"review_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "food_categories" (
	"id" uuid PRIMARY KEY NOT NULL,
	"parent_id" uuid,
	"level" integer NOT NULL,
	"name" text NOT NULL,
	"root_id" uuid NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "item_limits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"test_item_id" uuid NOT NULL,
	"category_id" uuid,
	"food_keyword" text,
	"standard" text NOT NULL,
	"limit_type" text NOT NULL,
	"limit_value" numeric,
	"unit" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "test_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"aliases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"kind" text NOT NULL,
	"microbiological" boolean DEFAULT false NOT NULL,
	"unit" text
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"file_path" text,
	"format" text DEFAULT 'auto' NOT NULL,
	"dry_run" boolean DEFAULT false NOT NULL,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"progress" numeric DEFAULT 0 NOT NULL,
	"summary" jsonb,
	"error" text,
	"created_by_user_id" uuid,
	"unit_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "plan_quotas" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"category_id" uuid,
	"region_code" text,
	"quota" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "result_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"sample_id" uuid NOT NULL,
	"test_item_id" uuid,
	"item_name" text NOT NULL,
	"result_text" text NOT NULL,
	"result_value" numeric,
	"unit" text,
	"limit_text" text,
	"limit_type" text,
	"limit_value" numeric,
	"standard" text,
	"judgement" text NOT NULL,
	"microbiological" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "samples" (
	"id" uuid PRIMARY KEY NOT NULL,
	"sample_no" text NOT NULL,
	"plan_id" uuid,
	"sampling_type" text NOT NULL,
	"task_source" text,
	"food_name" text NOT NULL,
	"spec" text,
	"trademark" text,
	"batch_no" text,
	"production_date" date,
	"category_id" uuid,
	"category_root_id" uuid,
	"link" text NOT NULL,
	"sampled_party_id" uuid,
	"sampled_party_name" text NOT NULL,
	"sampled_party_address" text,
	"nominal_producer_id" uuid,
	"nominal_producer_name" text,
	"nominal_producer_address" text,
	"region_code" text,
	"owner_unit_id" uuid NOT NULL,
	"sampling_date" date NOT NULL,
	"samplers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"organised_by_market_regulation" boolean DEFAULT true NOT NULL,
	"imported_cold_chain" boolean DEFAULT false NOT NULL,
	"accompanying_officer" text,
	"lab_name" text,
	"report_no" text,
	"conclusion" text DEFAULT 'pending' NOT NULL,
	"remarks" text,
	"inferred" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"needs_review" boolean DEFAULT false NOT NULL,
	"review_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"import_job_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sampling_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"sampling_type" text NOT NULL,
	"plan_kind" text NOT NULL,
	"organiser_unit_id" uuid NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sampling_suggestions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"from_unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"category_id" uuid,
	"region_code" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"plan_id" uuid,
	"decision_reason" text,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_limits" ADD CONSTRAINT "item_limits_test_item_id_test_items_id_fk" FOREIGN KEY ("test_item_id") REFERENCES "public"."test_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_limits" ADD CONSTRAINT "item_limits_category_id_food_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."food_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_quotas" ADD CONSTRAINT "plan_quotas_plan_id_sampling_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."sampling_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_quotas" ADD CONSTRAINT "plan_quotas_category_id_food_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."food_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_items" ADD CONSTRAINT "result_items_sample_id_samples_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."samples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_items" ADD CONSTRAINT "result_items_test_item_id_test_items_id_fk" FOREIGN KEY ("test_item_id") REFERENCES "public"."test_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samples" ADD CONSTRAINT "samples_plan_id_sampling_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."sampling_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samples" ADD CONSTRAINT "samples_category_id_food_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."food_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samples" ADD CONSTRAINT "samples_category_root_id_food_categories_id_fk" FOREIGN KEY ("category_root_id") REFERENCES "public"."food_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samples" ADD CONSTRAINT "samples_sampled_party_id_enterprises_id_fk" FOREIGN KEY ("sampled_party_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samples" ADD CONSTRAINT "samples_nominal_producer_id_enterprises_id_fk" FOREIGN KEY ("nominal_producer_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samples" ADD CONSTRAINT "samples_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sampling_plans" ADD CONSTRAINT "sampling_plans_organiser_unit_id_org_units_id_fk" FOREIGN KEY ("organiser_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sampling_suggestions" ADD CONSTRAINT "sampling_suggestions_from_unit_id_org_units_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sampling_suggestions" ADD CONSTRAINT "sampling_suggestions_category_id_food_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."food_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sampling_suggestions" ADD CONSTRAINT "sampling_suggestions_plan_id_sampling_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."sampling_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_credit_code_key" ON "enterprises" USING btree ("credit_code");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_name_region_nocode_key" ON "enterprises" USING btree ("normalized_name",coalesce("region_code", '')) WHERE "enterprises"."credit_code" IS NULL;--> statement-breakpoint
CREATE INDEX "enterprises_owner_idx" ON "enterprises" USING btree ("owner_unit_id");--> statement-breakpoint
CREATE INDEX "enterprises_region_idx" ON "enterprises" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "enterprises_name_trgm_idx" ON "enterprises" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "food_categories_parent_name_key" ON "food_categories" USING btree ("parent_id","name");--> statement-breakpoint
CREATE INDEX "food_categories_root_idx" ON "food_categories" USING btree ("root_id");--> statement-breakpoint
CREATE INDEX "item_limits_item_idx" ON "item_limits" USING btree ("test_item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "test_items_name_key" ON "test_items" USING btree ("name");--> statement-breakpoint
CREATE INDEX "import_jobs_unit_idx" ON "import_jobs" USING btree ("unit_id","created_at");--> statement-breakpoint
CREATE INDEX "plan_quotas_plan_idx" ON "plan_quotas" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "result_items_sample_idx" ON "result_items" USING btree ("sample_id");--> statement-breakpoint
CREATE UNIQUE INDEX "samples_sample_no_key" ON "samples" USING btree ("sample_no");--> statement-breakpoint
CREATE INDEX "samples_owner_date_idx" ON "samples" USING btree ("owner_unit_id","sampling_date");--> statement-breakpoint
CREATE INDEX "samples_date_idx" ON "samples" USING btree ("sampling_date");--> statement-breakpoint
CREATE INDEX "samples_region_idx" ON "samples" USING btree ("region_code","sampling_date");--> statement-breakpoint
CREATE INDEX "samples_category_root_idx" ON "samples" USING btree ("category_root_id","sampling_date");--> statement-breakpoint
CREATE INDEX "samples_conclusion_idx" ON "samples" USING btree ("conclusion","sampling_date");--> statement-breakpoint
CREATE INDEX "samples_plan_idx" ON "samples" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "samples_sampled_party_idx" ON "samples" USING btree ("sampled_party_id");--> statement-breakpoint
CREATE INDEX "samples_nominal_producer_idx" ON "samples" USING btree ("nominal_producer_id");--> statement-breakpoint
CREATE INDEX "samples_food_name_trgm_idx" ON "samples" USING gin ("food_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "sampling_plans_year_idx" ON "sampling_plans" USING btree ("year");--> statement-breakpoint
CREATE INDEX "sampling_plans_organiser_idx" ON "sampling_plans" USING btree ("organiser_unit_id");--> statement-breakpoint
CREATE INDEX "sampling_suggestions_status_idx" ON "sampling_suggestions" USING btree ("status","year");