-- Issue 11 §1 and §3: the "321" risk-analysis rhythm as data (seed art. 22), the periods the
-- scheduler opened (unique per unit and period, so opening twice creates nothing), meeting
-- records with their actions, and the leading group's composition (seed arts. 19–20).
CREATE TABLE "risk_meeting_rules" (
	"level" text PRIMARY KEY NOT NULL,
	"unit_kinds" jsonb NOT NULL,
	"period_months" integer NOT NULL,
	"effective_from" date NOT NULL,
	"basis" text NOT NULL,
	"edited" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "risk_meeting_periods" (
	"unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"level" text NOT NULL,
	"work_item_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risk_meeting_periods_pk" PRIMARY KEY ("unit_id", "period_start")
);
--> statement-breakpoint
CREATE TABLE "risk_meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
	"level" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"late" boolean DEFAULT false NOT NULL,
	"held_on" date NOT NULL,
	"form" text NOT NULL,
	"leading_group" boolean DEFAULT false NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"participants" jsonb NOT NULL,
	"sources" jsonb NOT NULL,
	"risks" jsonb NOT NULL,
	"conclusions" text,
	"minutes" text,
	"recorded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "risk_meetings_unit_period_idx" ON "risk_meetings" USING btree ("unit_id", "period_start");
--> statement-breakpoint
CREATE INDEX "risk_meetings_period_idx" ON "risk_meetings" USING btree ("level", "period_start");
--> statement-breakpoint
CREATE TABLE "risk_meeting_actions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL REFERENCES "risk_meetings"("id") ON DELETE cascade,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"owner_unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
	"due_on" date NOT NULL,
	"category_id" uuid,
	"region_code" text,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"work_item_id" uuid,
	"suggestion_id" uuid,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "risk_meeting_actions_meeting_idx" ON "risk_meeting_actions" USING btree ("meeting_id");
--> statement-breakpoint
CREATE TABLE "leading_group_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"role" text NOT NULL,
	"unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
	"position" text NOT NULL,
	"person_name" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
