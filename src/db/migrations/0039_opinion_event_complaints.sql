-- Issue 14 §2: an opinion event's links to complaints (e.g. the 12345 transfers of a 12345 surge),
-- beside its links to enterprises, samples and publications (0035).
CREATE TABLE "opinion_event_complaints" (
  "event_id" uuid NOT NULL REFERENCES "opinion_events"("id") ON DELETE CASCADE,
  "complaint_id" uuid NOT NULL REFERENCES "complaints"("id"),
  PRIMARY KEY ("event_id", "complaint_id")
);
--> statement-breakpoint
CREATE INDEX "opinion_event_complaints_complaint_idx" ON "opinion_event_complaints" ("complaint_id");
