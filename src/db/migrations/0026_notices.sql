-- Issue 11 §2: information notices (信息通报) between units, and the notification centre.
-- A notice goes from one sending unit to recipient units; each recipient row keeps its read
-- receipt (first user and time), acknowledgement, reply time and reminders.
CREATE TABLE "notices" (
  "id" uuid PRIMARY KEY,
  "kind" text NOT NULL,
  "title" text NOT NULL,
  "body" text NOT NULL,
  "sender_unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
  "created_by_user_id" uuid NOT NULL REFERENCES "users"("id"),
  "status" text NOT NULL,
  "reply_due_on" date,
  "related_sample_ids" jsonb NOT NULL DEFAULT '[]'::jsonb,
  "related_meeting_id" uuid,
  "related_signal_id" uuid,
  "approved_by_user_id" uuid REFERENCES "users"("id"),
  "sent_at" timestamptz,
  "withdrawn_at" timestamptz,
  "withdrawn_by_user_id" uuid REFERENCES "users"("id"),
  "version" integer NOT NULL DEFAULT 1,
  "created_at" timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX "notices_sender_idx" ON "notices" ("sender_unit_id", "created_at");
--> statement-breakpoint
CREATE TABLE "notice_recipients" (
  "notice_id" uuid NOT NULL REFERENCES "notices"("id") ON DELETE CASCADE,
  "unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
  "read_at" timestamptz,
  "read_by_user_id" uuid REFERENCES "users"("id"),
  "acknowledged_at" timestamptz,
  "acknowledged_by_user_id" uuid REFERENCES "users"("id"),
  "replied_at" timestamptz,
  "reminded_at" timestamptz,
  "overdue_warned_at" timestamptz,
  PRIMARY KEY ("notice_id", "unit_id")
);
--> statement-breakpoint
CREATE INDEX "notice_recipients_unit_idx" ON "notice_recipients" ("unit_id", "notice_id");
--> statement-breakpoint
CREATE TABLE "notice_replies" (
  "id" uuid PRIMARY KEY,
  "notice_id" uuid NOT NULL REFERENCES "notices"("id") ON DELETE CASCADE,
  "unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
  "user_id" uuid NOT NULL REFERENCES "users"("id"),
  "body" text NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX "notice_replies_notice_idx" ON "notice_replies" ("notice_id", "created_at");
--> statement-breakpoint
-- Whether a unit's head approves its notices of a kind before they go out (off when no row).
CREATE TABLE "notice_approval_settings" (
  "unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
  "kind" text NOT NULL,
  "required" boolean NOT NULL,
  "updated_at" timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY ("unit_id", "kind")
);
--> statement-breakpoint
-- A notification is addressed to one user or to a whole unit; read state is per user.
-- dedupe_key makes a sweep that warns of the same thing twice (two processes) a no-op.
CREATE TABLE "notifications" (
  "id" uuid PRIMARY KEY,
  "user_id" uuid REFERENCES "users"("id") ON DELETE CASCADE,
  "unit_id" uuid REFERENCES "org_units"("id"),
  "kind" text NOT NULL,
  "title" text NOT NULL,
  "href" text,
  "dedupe_key" text,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  CHECK ("user_id" IS NOT NULL OR "unit_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_key" ON "notifications" ("dedupe_key");
--> statement-breakpoint
CREATE INDEX "notifications_unit_idx" ON "notifications" ("unit_id", "created_at");
--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" ("user_id", "created_at");
--> statement-breakpoint
CREATE TABLE "notification_reads" (
  "notification_id" uuid NOT NULL REFERENCES "notifications"("id") ON DELETE CASCADE,
  "user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  "read_at" timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY ("notification_id", "user_id")
);
--> statement-breakpoint
-- When each user was last sent the e-mail digest: the job claims a user by moving this forward.
CREATE TABLE "notification_digests" (
  "user_id" uuid PRIMARY KEY REFERENCES "users"("id") ON DELETE CASCADE,
  "last_sent_at" timestamptz NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email" text;
