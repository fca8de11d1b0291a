-- 投诉举报, 12345 transfers and the intake API's keys (issue 14 §1). Complainant name and phone are
-- stored only as AES-256-GCM ciphertext (the key is JJLD_COMPLAINT_KEY, never in the database).
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tracking_no" text NOT NULL,
	"channel" text NOT NULL,
	"intake" text NOT NULL,
	"kind" text NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"complainant_name_enc" text,
	"complainant_phone_enc" text,
	"complainant_fingerprint" text,
	"enterprise_id" uuid REFERENCES "enterprises"("id"),
	"enterprise_name" text,
	"enterprise_credit_code" text,
	"enterprise_needs_review" boolean DEFAULT false NOT NULL,
	"food_name" text,
	"address" text,
	"region_code" text,
	"routing_note" text,
	"description" text NOT NULL,
	"hotline_no" text,
	"hotline_due_at" timestamp with time zone,
	"request_key" text,
	"intake_key_id" uuid,
	"handler_unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
	"division_unit_id" uuid REFERENCES "org_units"("id"),
	"status" text NOT NULL,
	"outcome" text,
	"outcome_note" text,
	"case_id" uuid,
	"suggestion_id" uuid,
	"reply_text" text,
	"replied_at" timestamp with time zone,
	"merged_into_id" uuid,
	"duplicate_count" integer DEFAULT 0 NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"accept_due_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"provisional" boolean DEFAULT false NOT NULL,
	"created_by_user_id" uuid REFERENCES "users"("id"),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_tracking_no_key" ON "complaints" ("tracking_no");
--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_hotline_no_key" ON "complaints" ("hotline_no") WHERE "hotline_no" IS NOT NULL AND "merged_into_id" IS NULL;
--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_request_key" ON "complaints" ("intake_key_id", "request_key") WHERE "request_key" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "complaints_handler_idx" ON "complaints" ("handler_unit_id", "status");
--> statement-breakpoint
CREATE INDEX "complaints_duplicate_idx" ON "complaints" ("complainant_fingerprint", "enterprise_id", "received_at");
--> statement-breakpoint
CREATE INDEX "complaints_received_idx" ON "complaints" ("received_at");
--> statement-breakpoint
CREATE TABLE "intake_keys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"key_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "intake_keys_hash_key" ON "intake_keys" ("key_hash");
--> statement-breakpoint
CREATE TABLE "complaint_imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
	"file_name" text NOT NULL,
	"status" text NOT NULL,
	"summary" jsonb,
	"error" text,
	"created_by_user_id" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "complaint_imports_unit_idx" ON "complaint_imports" ("unit_id", "created_at");
