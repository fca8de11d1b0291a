-- Issue 9 (A4): a 协查 request can be closed with a reason when no reply will come, so that a
-- disposal can close with every assist request answered or explicitly closed. Hand-written,
-- PostgreSQL 15. Status gains 'closed' (requested | replied | closed; text, no constraint).
ALTER TABLE "assist_requests" ADD COLUMN "closed_reason" text;
--> statement-breakpoint
ALTER TABLE "assist_requests" ADD COLUMN "closed_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "assist_requests" ADD COLUMN "closed_by_user_id" uuid;
