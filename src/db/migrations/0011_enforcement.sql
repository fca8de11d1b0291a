CREATE TABLE "escalation_rules" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"subject" text NOT NULL,
	"kind" text NOT NULL,
	"threshold" integer NOT NULL,
	"years" integer DEFAULT 1 NOT NULL,
	"owner_business" text NOT NULL,
	"legal_basis" text NOT NULL,
	"level" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "escalation_samples" (
	"escalation_id" uuid NOT NULL,
	"sample_id" uuid NOT NULL,
	"sample_no" text NOT NULL,
	"sampling_date" date NOT NULL,
	"counted" boolean DEFAULT true NOT NULL,
	CONSTRAINT "escalation_samples_escalation_id_sample_id_pk" PRIMARY KEY("escalation_id","sample_id")
);
--> statement-breakpoint
CREATE TABLE "escalations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"rule_id" text NOT NULL,
	"year" integer NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"assigned_unit_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"count_at_firing" integer NOT NULL,
	"current_count" integer NOT NULL,
	"threshold" integer NOT NULL,
	"below_threshold" boolean DEFAULT false NOT NULL,
	"matched_by_name" boolean DEFAULT false NOT NULL,
	"fired_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"provisional" boolean DEFAULT false NOT NULL,
	"report" text,
	"reported_at" timestamp with time zone,
	"reported_by_user_id" uuid,
	"closing_note" text,
	"closed_at" timestamp with time zone,
	"closed_by_user_id" uuid,
	"withdraw_reason" text,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"escalation_id" uuid,
	"enterprise_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"requested_by_unit_id" uuid NOT NULL,
	"inspection_unit_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"due_on" date,
	"status" text DEFAULT 'requested' NOT NULL,
	"inspected_on" date,
	"inspectors" text,
	"findings" text,
	"conclusion" text,
	"done_at" timestamp with time zone,
	"done_by_user_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"escalation_id" uuid,
	"disposal_id" uuid,
	"unit_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"place" text,
	"officials" text NOT NULL,
	"attendees" text NOT NULL,
	"reason" text NOT NULL,
	"commitments" text NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_stages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"done_on" date NOT NULL,
	"text" text NOT NULL,
	"document_no" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"done_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_no" text NOT NULL,
	"title" text NOT NULL,
	"enterprise_id" uuid,
	"party_name" text NOT NULL,
	"source" text NOT NULL,
	"disposal_id" uuid,
	"escalation_id" uuid,
	"complaint_ref" text,
	"owner_unit_id" uuid NOT NULL,
	"filed_by_unit_id" uuid NOT NULL,
	"stage" text DEFAULT 'investigation' NOT NULL,
	"major" boolean DEFAULT false NOT NULL,
	"cross_region" boolean DEFAULT false NOT NULL,
	"facts" text NOT NULL,
	"filed_on" date NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"provisional" boolean DEFAULT false NOT NULL,
	"legal_review" jsonb,
	"decision" jsonb,
	"fine_amount" numeric,
	"judicial_transfer" jsonb,
	"closed_on" date,
	"created_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rule_settings" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"value" numeric NOT NULL,
	"unit" text NOT NULL,
	"legal_basis" text NOT NULL,
	"level" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "credit_export_batches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"record_count" integer NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_publications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"record_kind" text NOT NULL,
	"record_id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dishonest_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"case_id" uuid,
	"reason" text NOT NULL,
	"legal_basis" text NOT NULL,
	"decision_no" text NOT NULL,
	"listed_on" date NOT NULL,
	"reviewable_on" date,
	"status" text DEFAULT 'listed' NOT NULL,
	"removed_on" date,
	"removal_reason" text,
	"listed_by_unit_id" uuid NOT NULL,
	"created_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "escalation_samples" ADD CONSTRAINT "escalation_samples_escalation_id_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."escalations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_samples" ADD CONSTRAINT "escalation_samples_sample_id_samples_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."samples"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_rule_id_escalation_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."escalation_rules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_assigned_unit_id_org_units_id_fk" FOREIGN KEY ("assigned_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_escalation_id_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."escalations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_requested_by_unit_id_org_units_id_fk" FOREIGN KEY ("requested_by_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_inspection_unit_id_org_units_id_fk" FOREIGN KEY ("inspection_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_escalation_id_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."escalations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_disposal_id_disposals_id_fk" FOREIGN KEY ("disposal_id") REFERENCES "public"."disposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_stages" ADD CONSTRAINT "case_stages_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_disposal_id_disposals_id_fk" FOREIGN KEY ("disposal_id") REFERENCES "public"."disposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_escalation_id_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."escalations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_filed_by_unit_id_org_units_id_fk" FOREIGN KEY ("filed_by_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_publications" ADD CONSTRAINT "credit_publications_batch_id_credit_export_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."credit_export_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dishonest_entries" ADD CONSTRAINT "dishonest_entries_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dishonest_entries" ADD CONSTRAINT "dishonest_entries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dishonest_entries" ADD CONSTRAINT "dishonest_entries_listed_by_unit_id_org_units_id_fk" FOREIGN KEY ("listed_by_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "escalation_samples_sample_idx" ON "escalation_samples" USING btree ("sample_id");--> statement-breakpoint
CREATE UNIQUE INDEX "escalations_enterprise_rule_year_key" ON "escalations" USING btree ("enterprise_id","rule_id","year");--> statement-breakpoint
CREATE INDEX "escalations_owner_status_idx" ON "escalations" USING btree ("owner_unit_id","status","due_at");--> statement-breakpoint
CREATE INDEX "escalations_assigned_status_idx" ON "escalations" USING btree ("assigned_unit_id","status");--> statement-breakpoint
CREATE INDEX "inspections_escalation_idx" ON "inspections" USING btree ("escalation_id");--> statement-breakpoint
CREATE INDEX "inspections_unit_status_idx" ON "inspections" USING btree ("inspection_unit_id","status");--> statement-breakpoint
CREATE INDEX "interviews_enterprise_idx" ON "interviews" USING btree ("enterprise_id","held_on");--> statement-breakpoint
CREATE INDEX "interviews_escalation_idx" ON "interviews" USING btree ("escalation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_stages_stage_key" ON "case_stages" USING btree ("case_id","stage");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_case_no_key" ON "cases" USING btree ("case_no");--> statement-breakpoint
CREATE INDEX "cases_owner_stage_idx" ON "cases" USING btree ("owner_unit_id","stage");--> statement-breakpoint
CREATE INDEX "cases_enterprise_idx" ON "cases" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "cases_disposal_idx" ON "cases" USING btree ("disposal_id");--> statement-breakpoint
CREATE INDEX "cases_escalation_idx" ON "cases" USING btree ("escalation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_publications_record_key" ON "credit_publications" USING btree ("record_kind","record_id");--> statement-breakpoint
CREATE INDEX "credit_publications_batch_idx" ON "credit_publications" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "dishonest_entries_enterprise_idx" ON "dishonest_entries" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "dishonest_entries_status_idx" ON "dishonest_entries" USING btree ("status","listed_on");