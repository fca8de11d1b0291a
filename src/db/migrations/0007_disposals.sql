CREATE TABLE "calendar_days" (
	"date" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"confirmed" boolean DEFAULT true NOT NULL,
	"note" text,
	"confirmed_by_user_id" uuid,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deadline_rules" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"trigger" text NOT NULL,
	"amount" integer NOT NULL,
	"unit" text NOT NULL,
	"actor" text NOT NULL,
	"legal_basis" text NOT NULL,
	"level" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "assist_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"disposal_id" uuid NOT NULL,
	"from_unit_id" uuid NOT NULL,
	"to_unit_id" uuid,
	"outside_province" text,
	"producer_name" text NOT NULL,
	"producer_address" text,
	"status" text DEFAULT 'requested' NOT NULL,
	"reply" text,
	"replied_at" timestamp with time zone,
	"document_no" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_path" text NOT NULL,
	"uploaded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disposal_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"disposal_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"done_on" date,
	"text" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"done_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disposals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"sample_id" uuid NOT NULL,
	"sample_no" text NOT NULL,
	"kind" text DEFAULT 'disposal' NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"guiding_unit_id" uuid,
	"link" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"rule_id" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"provisional" boolean DEFAULT false NOT NULL,
	"original_due_at" timestamp with time zone NOT NULL,
	"extension" jsonb,
	"closing_requested_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_by_user_id" uuid,
	"voided_at" timestamp with time zone,
	"void_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_sequences" (
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"last" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "urgent_report_recipients" (
	"report_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"role" text NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by_user_id" uuid,
	CONSTRAINT "urgent_report_recipients_report_id_unit_id_pk" PRIMARY KEY("report_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "urgent_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"sample_id" uuid,
	"sample_no" text,
	"title" text NOT NULL,
	"hazard" text NOT NULL,
	"food_name" text NOT NULL,
	"enterprise_name" text NOT NULL,
	"link" text NOT NULL,
	"region_code" text,
	"owner_unit_id" uuid NOT NULL,
	"raised_by_user_id" uuid,
	"raised_by_unit_id" uuid NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"handling_report" text,
	"handled_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_by_user_id" uuid,
	"escalated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"sample_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"ground" text,
	"applicant" text NOT NULL,
	"window_start_on" date NOT NULL,
	"applied_on" date NOT NULL,
	"content" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decision_reason" text,
	"decided_at" timestamp with time zone,
	"lab_draw" jsonb,
	"outcome" text,
	"outcome_text" text,
	"concluded_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retest_labs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"scope" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reconciliation_checks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reconciliation_id" uuid NOT NULL,
	"disposal_id" uuid NOT NULL,
	"items" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"findings" text,
	"checked_at" timestamp with time zone,
	"checked_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "reconciliations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"mode" text NOT NULL,
	"sample_size" integer,
	"draw" jsonb,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by_user_id" uuid,
	"created_by_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assist_requests" ADD CONSTRAINT "assist_requests_disposal_id_disposals_id_fk" FOREIGN KEY ("disposal_id") REFERENCES "public"."disposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assist_requests" ADD CONSTRAINT "assist_requests_from_unit_id_org_units_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assist_requests" ADD CONSTRAINT "assist_requests_to_unit_id_org_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disposal_steps" ADD CONSTRAINT "disposal_steps_disposal_id_disposals_id_fk" FOREIGN KEY ("disposal_id") REFERENCES "public"."disposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disposals" ADD CONSTRAINT "disposals_sample_id_samples_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."samples"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disposals" ADD CONSTRAINT "disposals_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disposals" ADD CONSTRAINT "disposals_guiding_unit_id_org_units_id_fk" FOREIGN KEY ("guiding_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "urgent_report_recipients" ADD CONSTRAINT "urgent_report_recipients_report_id_urgent_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."urgent_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "urgent_report_recipients" ADD CONSTRAINT "urgent_report_recipients_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "urgent_reports" ADD CONSTRAINT "urgent_reports_sample_id_samples_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."samples"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "urgent_reports" ADD CONSTRAINT "urgent_reports_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "urgent_reports" ADD CONSTRAINT "urgent_reports_raised_by_unit_id_org_units_id_fk" FOREIGN KEY ("raised_by_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_sample_id_samples_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."samples"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reconciliation_checks" ADD CONSTRAINT "reconciliation_checks_reconciliation_id_reconciliations_id_fk" FOREIGN KEY ("reconciliation_id") REFERENCES "public"."reconciliations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reconciliation_checks" ADD CONSTRAINT "reconciliation_checks_disposal_id_disposals_id_fk" FOREIGN KEY ("disposal_id") REFERENCES "public"."disposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reconciliations" ADD CONSTRAINT "reconciliations_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assist_requests_to_idx" ON "assist_requests" USING btree ("to_unit_id","status");--> statement-breakpoint
CREATE INDEX "assist_requests_disposal_idx" ON "assist_requests" USING btree ("disposal_id");--> statement-breakpoint
CREATE INDEX "attachments_entity_idx" ON "attachments" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "disposal_steps_kind_key" ON "disposal_steps" USING btree ("disposal_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "disposals_sample_key" ON "disposals" USING btree ("sample_id");--> statement-breakpoint
CREATE INDEX "disposals_owner_status_idx" ON "disposals" USING btree ("owner_unit_id","status","due_at");--> statement-breakpoint
CREATE INDEX "disposals_guiding_idx" ON "disposals" USING btree ("guiding_unit_id","status");--> statement-breakpoint
CREATE INDEX "disposals_sample_no_idx" ON "disposals" USING btree ("sample_no");--> statement-breakpoint
CREATE INDEX "disposals_opened_idx" ON "disposals" USING btree ("opened_at");--> statement-breakpoint
CREATE UNIQUE INDEX "document_sequences_key" ON "document_sequences" USING btree ("unit_id","year","kind");--> statement-breakpoint
CREATE INDEX "urgent_reports_owner_status_idx" ON "urgent_reports" USING btree ("owner_unit_id","status");--> statement-breakpoint
CREATE INDEX "urgent_reports_due_idx" ON "urgent_reports" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "objections_sample_idx" ON "objections" USING btree ("sample_id");--> statement-breakpoint
CREATE INDEX "reconciliation_checks_rec_idx" ON "reconciliation_checks" USING btree ("reconciliation_id");--> statement-breakpoint
CREATE INDEX "reconciliations_unit_idx" ON "reconciliations" USING btree ("unit_id");