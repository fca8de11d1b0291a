-- Issue 16 §4: several server processes on one PostgreSQL database.
-- Scheduled jobs: one row per (job, tick); the process whose INSERT wins runs that tick, the
-- others skip it, so a manifest job runs once per tick however many processes are up.
CREATE TABLE "job_runs" (
  "job" text NOT NULL,
  "tick" bigint NOT NULL,
  "worker" text NOT NULL,
  "started_at" timestamptz NOT NULL DEFAULT now(),
  "finished_at" timestamptz,
  "count" integer,
  "error" text,
  PRIMARY KEY ("job", "tick")
);
--> statement-breakpoint
CREATE INDEX "job_runs_started_idx" ON "job_runs" ("started_at");
--> statement-breakpoint
-- The login rate limit's counters, shared by every process: one row per key (client address and
-- username), counting the attempts of its current window.
CREATE TABLE "login_rate_limits" (
  "key" text PRIMARY KEY,
  "window_start" timestamptz NOT NULL,
  "hits" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "login_rate_limits_window_idx" ON "login_rate_limits" ("window_start");
--> statement-breakpoint
-- An import job whose process died is resumed by another process, at most a few times (a file
-- that kills every process it runs in must not go round them for ever).
ALTER TABLE "import_jobs" ADD COLUMN "attempts" integer NOT NULL DEFAULT 1;
