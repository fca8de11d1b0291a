-- Issue 12 §2: risk signals (风险信号). A signal is one row per stable key (method, region,
-- category, item or producer), however many runs find it; each run that finds it adds a history
-- row. Routing (the link's division, the regions' bureaus) is a row per unit, so the scope is SQL.
-- The thresholds are data (signal_rules), edited by 抽检监测处 with audit. The 321 agenda link lets
-- a signal wait on the owner unit's next meeting form.
CREATE TABLE "signal_rules" (
	"key" text PRIMARY KEY NOT NULL,
	"value" double precision NOT NULL,
	"edited" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "signal_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"trigger" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"tests" integer DEFAULT 0 NOT NULL,
	"signals" integer DEFAULT 0 NOT NULL,
	"new_signals" integer DEFAULT 0 NOT NULL,
	"phase_ms" jsonb,
	"error" text,
	"started_by_user_id" uuid
);
--> statement-breakpoint
CREATE INDEX "signal_runs_started_idx" ON "signal_runs" ("started_at");
--> statement-breakpoint
CREATE TABLE "signals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"method" text NOT NULL,
	"title" text NOT NULL,
	"explanation" text NOT NULL,
	"region_code" text,
	"category_id" uuid REFERENCES "food_categories"("id"),
	"link" text,
	"subject" text,
	"status" text DEFAULT 'new' NOT NULL,
	"statistic" jsonb NOT NULL,
	"sample_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sample_nos" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"runs" integer DEFAULT 1 NOT NULL,
	"first_run_id" uuid NOT NULL REFERENCES "signal_runs"("id"),
	"last_run_id" uuid NOT NULL REFERENCES "signal_runs"("id"),
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"decision_reason" text,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "signals_key_key" ON "signals" ("key");
--> statement-breakpoint
CREATE INDEX "signals_status_idx" ON "signals" ("status", "last_seen_at");
--> statement-breakpoint
CREATE TABLE "signal_units" (
	"signal_id" uuid NOT NULL REFERENCES "signals"("id") ON DELETE CASCADE,
	"unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
	CONSTRAINT "signal_units_pk" PRIMARY KEY ("signal_id", "unit_id")
);
--> statement-breakpoint
CREATE INDEX "signal_units_unit_idx" ON "signal_units" ("unit_id");
--> statement-breakpoint
CREATE TABLE "signal_history" (
	"signal_id" uuid NOT NULL REFERENCES "signals"("id") ON DELETE CASCADE,
	"run_id" uuid NOT NULL REFERENCES "signal_runs"("id"),
	"seen_at" timestamp with time zone NOT NULL,
	"observed" double precision,
	"expected" double precision,
	"p" double precision NOT NULL,
	"q" double precision NOT NULL,
	CONSTRAINT "signal_history_pk" PRIMARY KEY ("signal_id", "run_id")
);
--> statement-breakpoint
CREATE TABLE "signal_follow_ups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"signal_id" uuid NOT NULL REFERENCES "signals"("id") ON DELETE CASCADE,
	"kind" text NOT NULL,
	"ref_id" uuid,
	"unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "signal_follow_ups_signal_idx" ON "signal_follow_ups" ("signal_id");
--> statement-breakpoint
CREATE TABLE "risk_meeting_agenda" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
	"signal_id" uuid NOT NULL REFERENCES "signals"("id") ON DELETE CASCADE,
	"added_by_user_id" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"meeting_id" uuid REFERENCES "risk_meetings"("id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "risk_meeting_agenda_open_key" ON "risk_meeting_agenda" ("unit_id", "signal_id") WHERE "meeting_id" IS NULL;
