-- Issue 9 (B1, B2, B6): periods count from their legal trigger, not from when a record was created.
-- The date the unqualified conclusion was received: disposal and notice periods count from it.
ALTER TABLE "samples" ADD COLUMN "conclusion_received_on" date;--> statement-breakpoint
-- An application late only by a provisional calendar: a person decides, with this reason shown.
ALTER TABLE "objections" ADD COLUMN "window_review_reason" text;--> statement-breakpoint
-- The moment the lab found the result: the 24-hour clock of a 24小时限时报告 runs from it.
ALTER TABLE "urgent_reports" ADD COLUMN "found_at" timestamp with time zone;--> statement-breakpoint
UPDATE "urgent_reports" SET "found_at" = "raised_at" WHERE "found_at" IS NULL;--> statement-breakpoint
ALTER TABLE "urgent_reports" ALTER COLUMN "found_at" SET NOT NULL;
