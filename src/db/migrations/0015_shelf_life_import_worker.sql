-- Issue 9 (A3): 保质期 as published, kept with the sample instead of being dropped at import.
ALTER TABLE "samples" ADD COLUMN "shelf_life" text;--> statement-breakpoint
-- Issue 9 (B2.8): which process runs an import job ("host:pid"), so a live process can tell a
-- job whose owner is gone from one that is merely between heartbeats.
ALTER TABLE "import_jobs" ADD COLUMN "worker" text;
